"""Table model of a conference's documents: checkable, with number and last generation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from thidua_desktop.services.documents import DocRow

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the document key ("minutes", "counting:3")
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the DocRow

COL_TITLE, COL_NUMBER, COL_STATUS, COL_FILE = range(4)

Index = QModelIndex | QPersistentModelIndex


class DocumentsTableModel(QAbstractTableModel):
    """One row per producible document; available rows can be ticked for generation."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsTableModel", "Văn bản"),
        QT_TRANSLATE_NOOP("DocumentsTableModel", "Số"),
        QT_TRANSLATE_NOOP("DocumentsTableModel", "Tình trạng"),
        QT_TRANSLATE_NOOP("DocumentsTableModel", "Tệp"),
    )

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[DocRow] = []
        self._checked: set[str] = set()

    def set_rows(self, rows: list[DocRow]) -> None:
        self.beginResetModel()
        keep = self._checked & {r.item.key for r in rows if r.item.available}
        self._rows = list(rows)
        self._checked = keep
        self.endResetModel()

    def row_at(self, row: int) -> DocRow:
        return self._rows[row]

    def checked_keys(self) -> list[str]:
        return [r.item.key for r in self._rows if r.item.key in self._checked]

    def check_all(self, on: bool = True) -> None:
        self._checked = {r.item.key for r in self._rows if r.item.available} if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        base = Qt.ItemFlag.ItemIsSelectable
        if row.item.available:
            base |= Qt.ItemFlag.ItemIsEnabled
            if index.column() == COL_TITLE:
                base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == KEY_ROLE:
            return row.item.key
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TITLE:
            if not row.item.available:
                return None
            on = row.item.key in self._checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not row.item.available:
            return QBrush(QColor("#8a8a8a"))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_TITLE:
                return row.item.title
            if col == COL_NUMBER:
                return row.last.number_text if row.last else ""
            if col == COL_STATUS:
                if not row.item.available:
                    return self.tr("Chưa tạo được: {0}").format(row.item.reason)
                if row.last:
                    return self.tr("Đã tạo {0}").format(row.last.created_at.replace("T", " "))
                return self.tr("Chưa tạo")
            if col == COL_FILE:
                return row.item.filename
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_TITLE:
            return False
        row = self._rows[index.row()]
        if not row.item.available:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(row.item.key)
        else:
            self._checked.discard(row.item.key)
        self.dataChanged.emit(index, index, [role])
        return True
