"""A table model over a list of records with declared columns; edits go to a callback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1  # the record behind a row


@dataclass(frozen=True)
class Column:
    key: Any  # what `value()` and the edit callback receive
    header: str
    editable: bool = False
    checkable: bool = False
    tooltip: str = ""  # shown over the header (the full name behind a short one)


# on_edit(record, column key, new value): store it (through the undo stack); raise
# ValidationError to refuse. The page reloads the model when the store changes.
EditCallback = Callable[[Any, Any, Any], None]


class RecordTableModel(QAbstractTableModel):
    """Subclasses declare `columns` and implement `value(record, key)` for display."""

    def __init__(self, on_edit: EditCallback | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self._rows: list[Any] = []
        self.on_edit = on_edit

    # -- content ----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def value(self, record: Any, key: Any) -> Any:  # pragma: no cover - subclasses
        raise NotImplementedError

    def extra(self, record: Any, key: Any, role: int) -> Any:
        """Other roles (colours, fonts, tooltips) for subclasses; None = default."""
        return None

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].tooltip or None if section < len(self.columns) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.column()]
        if col.checkable and self.on_edit:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif col.editable and self.on_edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == RowRole:
            return record
        if col.checkable:
            if role == Qt.ItemDataRole.CheckStateRole:
                on = bool(self.value(record, col.key))
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return self.extra(record, col.key, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(record, col.key)
            return "" if value is None else str(value)
        return self.extra(record, col.key, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.on_edit is None:
            return False
        col = self.columns[index.column()]
        record = self._rows[index.row()]
        if col.checkable and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.on_edit(record, col.key, checked)
        elif col.editable and role == Qt.ItemDataRole.EditRole:
            if str(value) == str(self.value(record, col.key) or ""):
                return False
            self.on_edit(record, col.key, value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
