"""Answering the real modal dialogs a test's click opens (file dialogs, message boxes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox


def when_modal(kind: type, act, tries: int = 200) -> None:  # noqa: ANN001
    """Run `act(dialog)` on the next modal dialog of `kind`, once it is shown."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def answer_file_dialog(path: Path | None) -> list[str]:
    """Choose `path` in the next QFileDialog (Qt's own, as on Linux) or cancel it with None.
    Returns a list that receives the dialog's visible labels (to check its language)."""
    seen: list[str] = []

    def act(dialog: QFileDialog) -> None:
        from PySide6.QtWidgets import QLabel

        seen.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        if path is None:
            dialog.reject()
            return
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(path.name)
        dialog.accept()

    when_modal(QFileDialog, act)
    return seen


def answer_message_box(button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` in the next QMessageBox; the list receives the box's text."""
    texts: list[str] = []

    def act(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(button).click()

    when_modal(QMessageBox, act)
    return texts
