"""Text fields that commit when the secretary leaves them (nothing waits for a Save button)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from thidua_desktop.domain.errors import ValidationError

# commit(new text): store it; raise ValidationError to refuse (the field shows the message)
Commit = Callable[[str], None]


class _CommitOnLeave:
    """Mixin: remember the stored text; on focus-out, commit when it changed."""

    stored = ""
    commit: Commit | None = None

    def load(self, text: str) -> None:
        """Show the stored text, unless the secretary is typing a change here right now."""
        dirty = self.current_text() != self.stored
        self.stored = text
        if self.hasFocus() and dirty:
            return
        if self.current_text() != text:
            self.set_current_text(text)

    def commit_now(self) -> None:
        text = self.current_text()
        if self.commit is None or text == self.stored:
            return
        previous, self.stored = self.stored, text  # a reload during the commit may refine it
        try:
            self.commit(text)
        except ValidationError as exc:
            self.stored = previous
            self.setToolTip(exc.message)
            self.setStyleSheet("border: 2px solid #b00020;")
            return
        self.setToolTip("")
        self.setStyleSheet("")
        self.forget_typing()  # Ctrl+Z now undoes the saved edit (the app's undo), not the typing


class CommitPlainTextEdit(_CommitOnLeave, QPlainTextEdit):
    """Multi-line text (commitments, points, conclusions) committed on focus-out."""

    def __init__(self, commit: Commit | None = None, parent: QWidget | None = None) -> None:
        QPlainTextEdit.__init__(self, parent)
        self.commit = commit
        self.setTabChangesFocus(True)  # Tab leaves the field, as in a form

    def current_text(self) -> str:
        return self.toPlainText()

    def set_current_text(self, text: str) -> None:
        self.setPlainText(text)

    def forget_typing(self) -> None:
        self.document().clearUndoRedoStacks()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_now()
        super().focusOutEvent(event)


class CommitLineEdit(_CommitOnLeave, QLineEdit):
    """One-line text committed on focus-out or Enter."""

    def __init__(self, commit: Commit | None = None, parent: QWidget | None = None) -> None:
        QLineEdit.__init__(self, parent)
        self.commit = commit
        self.returnPressed.connect(self.commit_now)

    def current_text(self) -> str:
        return self.text()

    def set_current_text(self, text: str) -> None:
        self.setText(text)
        self.setCursorPosition(0)  # a long theme shows its beginning

    def forget_typing(self) -> None:
        cursor = self.cursorPosition()
        self.setText(self.text())  # setText starts the box's own undo history afresh
        self.setCursorPosition(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_now()
        super().focusOutEvent(event)
