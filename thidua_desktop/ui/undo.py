"""Undoable edits: every create/update/delete the GUI makes goes on one QUndoStack.

Each command is committed to the database when pushed (nothing waits for a Save button);
undo and redo are themselves committed edits through the same EditService (and audited).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from thidua_desktop.services.editing import EditService
from thidua_desktop.ui.widgets import label_text

T = TypeVar("T")


class _Command(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        # text() (the status bar) as written; the part after the line break is the menu's
        # "Hoàn tác …" text, where a '&' in a unit's name must not become a shortcut mark
        super().__init__(f"{text}\n{label_text(text)}")
        self._do = do
        self._undo = undo
        self._first = True
        self.result: Any = None

    def redo(self) -> None:
        if self._first:  # the first run already happened in push(): errors surfaced there
            self._first = False
            return
        self.result = self._do()

    def undo(self) -> None:
        self._undo()


class UndoableEdits(QObject):
    """The GUI's edit path: EditService calls wrapped in undo commands."""

    changed = Signal(str)  # entity name touched (pages refresh on it)

    def __init__(self, edits: EditService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.stack = QUndoStack(self)
        self.stack.indexChanged.connect(self._on_index_changed)
        self._pushing = False

    def _on_index_changed(self, _index: int) -> None:
        if not self._pushing:  # undo/redo; a push announces its own entity once
            self.changed.emit("*")

    def _push(self, text: str, do: Callable[[], T], undo: Callable[[], Any], entity: str) -> T:
        result = do()  # raises ValidationError before anything is pushed
        cmd = _Command(text, do, undo)
        cmd.result = result
        self._pushing = True
        try:
            self.stack.push(cmd)
        finally:
            self._pushing = False
        self.changed.emit(entity)
        return result

    def action(self, text: str, do: Callable[[], T], undo: Callable[[], Any], entity: str) -> T:
        """A multi-record user action (a service call) with the call that reverses it."""
        return self._push(text, do, undo, entity)

    def create(self, obj: T, text: str = "") -> T:
        holder: dict[str, Any] = {}

        def do() -> T:
            if "saved" in holder:  # redo after undo: same id back
                return self.edits.restore(holder["saved"])
            holder["saved"] = self.edits.create(obj)
            return holder["saved"]

        def undo() -> None:
            self.edits.delete(type(obj), holder["saved"].id)

        name = type(obj).__name__
        return self._push(text or self.tr("Thêm {0}").format(name), do, undo, name)

    def update(self, obj: T, text: str = "") -> T:
        before = self.edits.repo.get(type(obj), obj.id)  # type: ignore[attr-defined]
        name = type(obj).__name__
        return self._push(
            text or self.tr("Sửa {0}").format(name),
            lambda: self.edits.update(obj),
            lambda: self.edits.update(before),
            name,
        )

    def change(self, cls: type[T], id_: int, text: str = "", **fields: Any) -> T:
        current = self.edits.repo.get(cls, id_)
        return self.update(dataclasses.replace(current, **fields), text)  # type: ignore[type-var]

    def delete(self, cls: type[T], id_: int, text: str = "") -> T:
        deleted = self.edits.repo.get(cls, id_)
        return self._push(
            text or self.tr("Xóa {0}").format(cls.__name__),
            lambda: self.edits.delete(cls, id_),
            lambda: self.edits.restore(deleted),
            cls.__name__,
        )


def _own_history(widget: QObject) -> tuple[bool, bool] | None:
    """(can undo, can redo) of a text widget's own typing, None for widgets without any."""
    if isinstance(widget, (QComboBox, QAbstractSpinBox)):
        widget = widget.findChild(QLineEdit)  # the editor inside, when there is one
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        doc = widget.document()
        return doc.isUndoAvailable(), doc.isRedoAvailable()
    return None


class UndoKeyRouter(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the app's undo stack from a text box with nothing of its own
    to undo or redo. Text boxes claim those keys for their typing even when they have none
    (the check-in search box always has the focus), so the app's undo would never fire there.
    It watches only the focused text box; only key combos bound to the given actions are
    routed."""

    def __init__(self, undo: QAction, redo: QAction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.redo = redo
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)  # type: ignore[attr-defined]
        self._focus_changed(None, app.focusWidget())  # type: ignore[attr-defined]

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and _own_history(new) is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        history = _own_history(watched)
        if history is None:
            return False
        combo = QKeySequence(event.keyCombination())  # type: ignore[attr-defined]
        for action, own in ((self.undo, history[0]), (self.redo, history[1])):
            if not own and combo in action.shortcuts():
                event.ignore()  # not claimed by the box: the action's shortcut fires
                return True
        return False


def empty_box(box: QLineEdit) -> None:
    """Empty a text box whose content was just saved. `clear()` would be an edit of the box's
    own, so Ctrl+Z would bring the text back instead of undoing the save; `setText` starts
    the box's history afresh and Ctrl+Z reaches the app's undo stack."""
    box.setText("")
