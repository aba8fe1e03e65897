"""Small shared widgets: a keyboard-first table view, an inline error label, a search box."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QWidget,
)

from thidua_desktop.domain.errors import DomainError, ValidationError
from thidua_desktop.ui.focus import focus_kept

T = TypeVar("T")
# A plain red line for refusals shown next to the field or list they concern.
ERROR_STYLE = "color: #b00020; font-weight: bold;"


class EditTableView(QTableView):
    """A table edited from the keyboard: Enter/F2 edits, Ins/Ctrl+N adds, Del deletes,
    Ctrl+Up/Down moves the current row; rows can be dragged to a new place."""

    insert_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None, *, movable: bool = False) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(28)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        if movable:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Ins and Del belong to the table (elsewhere they edit text); Ctrl+N works from anywhere
        # on the page that holds the table, the search box included.
        for keys, owner, context, signal in (
            (Qt.Key.Key_Insert, self, Qt.ShortcutContext.WidgetShortcut, self.insert_requested),
            (Qt.Key.Key_Delete, self, Qt.ShortcutContext.WidgetShortcut, self.delete_requested),
            (
                "Ctrl+N",
                parent or self,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
                self.insert_requested,
            ),
        ):
            shortcut = QShortcut(QKeySequence(keys), owner, context=context)
            shortcut.activated.connect(signal.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
        ):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                return
        super().keyPressEvent(event)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        rows = (
            {i.row() for i in self.selectionModel().selectedIndexes()}
            if self.selectionModel()
            else set()
        )
        if not rows and self.current_row() >= 0:
            rows = {self.current_row()}
        return sorted(rows)

    def go_to(self, row: int, column: int | None = None) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        col = self.currentIndex().column() if column is None else column
        index = model.index(row, max(col, 0), QModelIndex())
        self.setCurrentIndex(index)
        self.scrollTo(index)


class LazyRefresh(QObject):
    """A page's refresh slot that runs at once while the page is shown, and otherwise once when
    it is next shown: an edit on one page does not make every hidden page re-read the database.

    Connect it instead of `refresh`: ``edits.changed.connect(LazyRefresh(self, self.refresh))``.
    """

    def __init__(self, page: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.refresh = refresh
        self.stale = False
        page.installEventFilter(self)

    def __call__(self, *_args: object) -> None:
        if self.page.isVisible():
            self.stale = False
            with focus_kept(self.page):
                self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area holding `widget` until it is in view — a refusal shown at the
    bottom of a long page must be seen. Runs once the layout has placed a newly shown label."""

    def scroll() -> None:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None:
                parent.ensureWidgetVisible(widget, 0, 12)
            parent = parent.parentWidget()

    QTimer.singleShot(0, widget, scroll)


class ErrorLabel(QLabel):
    """Inline error shown under the widget it concerns; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { color: #9b1c1c; background: #fdecec; border: 1px solid #f3b4b4;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        self.hide()

    def show_error(self, error: Exception | str) -> None:
        self.setText(getattr(error, "message", None) or str(error))
        self.show()
        reveal(self)

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class SearchLineEdit(QLineEdit):
    """A filter box: accents optional (the caller folds), Esc clears, Ctrl+F focuses it."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(180)
        self.setMaximumWidth(320)
        if parent is not None:
            focus = QShortcut(QKeySequence.StandardKey.Find, parent)
            focus.activated.connect(self.setFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


def run_showing_refusal(error: QLabel, action: Callable[[], T]) -> T | None:
    """Do a user action; a refusal (ValidationError) is shown in `error` and changes nothing,
    success hides `error`. Returns the action's result, or None when refused."""
    try:
        result = action()
    except ValidationError as exc:
        error.setText(exc.message)
        error.show()
        reveal(error)
        return None
    error.hide()
    return result


def show_domain_error(parent: QWidget | None, error: DomainError, title: str = "") -> None:
    """A refused action as a dialog in the user's words (nothing was changed)."""
    default = QCoreApplication.translate("Widgets", "Không thực hiện được")
    QMessageBox.warning(parent, title or default, str(error))


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("QLabel { font-size: 16pt; font-weight: 600; color: #1d3557; }")
    return label


def label_text(text: str) -> str:
    """Data shown as an action, button, check box or tab text: a '&' stays a '&' (Qt would take
    it for a shortcut mark: "Lào Cai & Sa Pa" became "Lào Cai _Sa Pa")."""
    return text.replace("&", "&&")


class MiddleElideComboBox(QComboBox):
    """A combo box whose shown text, when too long, keeps its start and its end ("23/03 · Hội
    nghị … năm 2016"); the whole text is the tooltip."""

    def shown_text(self) -> str:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideMiddle, max(field.width() - 4, 0)
        )

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 (Qt name)
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class PathField(QLineEdit):
    """A read-only path that, when too long, shows its start and its end (the folder's own name
    stays readable); the whole path is the tooltip and what `path()` returns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._full = ""

    def set_path(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._show()

    def path(self) -> str:
        return self._full

    def _show(self) -> None:
        room = self.contentsRect().width() - 2 * self.fontMetrics().averageCharWidth()
        super().setText(
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(room, 0))
        )
        self.setCursorPosition(0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        super().resizeEvent(event)
        self._show()
