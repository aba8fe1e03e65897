"""Pieces of the check-in page: unit completer, inline walk-in row, import preview dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.model import Unit
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.attendance_import import PreviewRow
from thidua_desktop.ui.undo import empty_box
from thidua_desktop.ui.widgets import ERROR_STYLE

FOLD_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldingCompleter(QCompleter):
    """Suggests entries whose text (or alias) contains the typed text, ignoring accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setCompletionRole(FOLD_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_entries(self, entries: Sequence[tuple[str, str]]) -> None:
        """(text shown and inserted, alias also searched) pairs."""
        self._model.clear()
        for text, alias in entries:
            item = QStandardItem(text)
            item.setData(f"{fold(text)} | {fold(alias)}", FOLD_ROLE)
            self._model.appendRow(item)

    def set_units(self, units: Sequence[Unit]) -> None:
        self.set_entries([(u.name, u.short_name) for u in units])

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


# submit(full_name, title, place, guest) stores the walk-in; raises ValidationError to refuse
SubmitWalkIn = Callable[[str, str, str, bool], None]


class WalkInRow(QFrame):
    """An inline line to add someone not on the list: Enter saves, Esc closes."""

    def __init__(self, submit: SubmitWalkIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Đại biểu đơn vị"), self.tr("Khách mời")])
        self.name = QLineEdit(placeholderText=self.tr("Họ và tên"))
        self.title = QLineEdit(placeholderText=self.tr("Chức vụ"))
        self.place = QLineEdit()
        self.completer = FoldingCompleter(self)
        self.place.setCompleter(self.completer)
        self.save = QPushButton(self.tr("Thêm và điểm danh (Enter)"))
        self.error = QLabel(styleSheet=ERROR_STYLE, wordWrap=True)
        self.error.hide()
        row = QHBoxLayout()
        for w, stretch in ((self.kind, 0), (self.name, 3), (self.title, 2), (self.place, 4)):
            row.addWidget(w, stretch)
        row.addWidget(self.save)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(QLabel(self.tr("Người chưa có trong danh sách:")))
        box.addLayout(row)
        box.addWidget(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.save.clicked.connect(self.accept)
        for w in (self.kind, self.name, self.title, self.place):
            w.installEventFilter(self)
        self._kind_changed()
        self.hide()

    @property
    def guest(self) -> bool:
        return self.kind.currentIndex() == 1

    def _kind_changed(self) -> None:
        self.place.setPlaceholderText(
            self.tr("Cơ quan, tổ chức") if self.guest else self.tr("Đơn vị (gõ vài chữ để chọn)")
        )
        self.place.setCompleter(None if self.guest else self.completer)

    def open(self, name: str = "") -> None:
        self.name.setText(name)
        for box in (self.title, self.place):  # a fresh line: Ctrl+Z has no old typing to redo
            empty_box(box)
        self.error.hide()
        self.show()
        (self.title if name else self.name).setFocus()

    def accept(self) -> None:
        try:
            self.submit(self.name.text(), self.title.text(), self.place.text(), self.guest)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            (self.name if exc.where == "full_name" else self.place).setFocus()
            return
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            popup = self.completer.popup()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not popup.isVisible():
                self.accept()
                return True
            if event.key() == Qt.Key.Key_Escape and not popup.isVisible():
                self.hide()
                return True
        return super().eventFilter(watched, event)


class ImportPreviewDialog(QDialog):
    """Shows what an Excel list import would do; nothing is written until OK."""

    def __init__(self, rows: Sequence[PreviewRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước danh sách nhập từ Excel"))
        self.resize(900, 500)
        table = QTableWidget(len(rows), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Đơn vị"), self.tr("Sẽ nhập là")]
        )
        for i, p in enumerate(rows):
            unit = p.unit.name if p.unit else p.row.unit_text
            for j, text in enumerate((p.row.full_name, p.row.title, unit, p.status)):
                table.setItem(i, j, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.resizeRowsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        ok = sum(not p.problem for p in rows)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Sẽ nhập {0}/{1} dòng.").format(ok, len(rows))))
        box.addWidget(table)
        box.addWidget(buttons)
