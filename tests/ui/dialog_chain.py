"""Answering several real modal dialogs in turn (a choice, a confirmation, a file dialog…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox


def _describe(dialog) -> str:  # noqa: ANN001
    if isinstance(dialog, QMessageBox):
        buttons = " | ".join(b.text() for b in dialog.buttons())
        return f"{dialog.windowTitle()}\n{dialog.text()}\n{dialog.informativeText()}\n[{buttons}]"
    if isinstance(dialog, QFileDialog):
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else dialog.directory().absolutePath()
    return dialog.windowTitle()


def _act(dialog, answer) -> None:  # noqa: ANN001
    if isinstance(dialog, QMessageBox):
        if isinstance(answer, QMessageBox.StandardButton):
            dialog.button(answer).click()
            return
        wanted = [b for b in dialog.buttons() if b.text().replace("&&", "&") == answer]
        assert wanted, f"no button «{answer}» in {_describe(dialog)}"
        wanted[0].click()
    elif isinstance(dialog, QFileDialog):
        if answer is None:
            dialog.reject()
            return
        path = Path(answer)
        dialog.setDirectory(str(path.parent))
        # typed in full, as a user may: in a real window the folder's listing loads in the
        # background, and a file not listed yet is not taken by selectFile in an open dialog
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if name_edit is not None:
            name_edit.setText(str(path))
        else:
            dialog.selectFile(str(path))
        dialog.accept()
    elif isinstance(dialog, QInputDialog):
        if answer is None:
            dialog.reject()
        else:
            dialog.setIntValue(answer)
            dialog.accept()


def answer_in_turn(*steps: tuple[type, object], tries: int = 3000) -> list[str]:
    """Answer the next modal dialogs one after the other: each step is (kind, answer) where the
    answer is a button's text or StandardButton (QMessageBox), a path or None (QFileDialog), an
    int or None (QInputDialog). Returns what each dialog showed (a message box: its title, texts
    and buttons; a file dialog: the file it proposed), in order."""
    seen: list[str] = []
    answered: list[object] = [None]  # the dialog answered last, until it has closed

    def step(i: int) -> None:
        if i == len(steps):
            return
        kind, answer = steps[i]

        def poll(left: int) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible() and dialog is not answered[0]:
                seen.append(_describe(dialog))
                answered[0] = dialog
                step(i + 1)  # polling for the next one starts before this one closes
                _act(dialog, answer)
            elif left:
                QTimer.singleShot(10, lambda: poll(left - 1))

        QTimer.singleShot(0, lambda: poll(tries))

    step(0)
    return seen
