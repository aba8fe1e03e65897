"""Where the keyboard lands when a page is shown: where the page's work starts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def focus_work(page: QWidget) -> bool:
    """The page's own `focus_work()` when it has one (the check-in search box, the keypad
    field…), else its first widget taking Tab focus. False when the page has nowhere to type."""
    if hasattr(page, "focus_work"):
        page.focus_work()
        return True
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (
            page.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget.isVisibleTo(page)
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False


def focus_first_empty_cell(view: QAbstractItemView) -> None:
    """Focus a grid on its first editable cell still empty (else its current or first cell),
    so typing fills what is left to enter."""
    model = view.model()
    target = None
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            editable = model.flags(index) & Qt.ItemFlag.ItemIsEditable
            if editable and model.data(index, Qt.ItemDataRole.DisplayRole) in ("", None):
                target = index
                break
        if target is not None:
            break
    if target is None and not view.currentIndex().isValid() and model.rowCount():
        target = model.index(0, 0)
    if target is not None:
        view.setCurrentIndex(target)
        view.scrollTo(target)
    view.setFocus(Qt.FocusReason.OtherFocusReason)


@contextmanager
def focus_kept(page: QWidget) -> Iterator[None]:
    """A page reloading under the user's hands (after an undo, say) may disable and enable
    its widgets, and a disabled widget loses the keyboard: the widget that had it gets it back,
    so the next keys land where the secretary was typing."""
    focused = QApplication.focusWidget()
    inside = focused is not None and page.isAncestorOf(focused)
    yield
    if inside and not focused.hasFocus() and focused.isEnabled() and focused.isVisible():
        focused.setFocus(Qt.FocusReason.OtherFocusReason)
