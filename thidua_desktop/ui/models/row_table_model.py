"""Base table model over a list of dataclass rows: columns, custom roles, set_rows(), drag order."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from thidua_desktop.domain.errors import DomainError

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's dataclass object
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's id
FIELD_ROLE = Qt.ItemDataRole.UserRole + 3  # the field a column shows
ROW_MIME = "application/x-thidua-row-ids"

Index = QModelIndex | QPersistentModelIndex
# Called with (row object, field, new value); raises DomainError to refuse the edit.
Committer = Callable[[Any, str, Any], None]


@dataclass(frozen=True)
class Col:
    field: str
    title: str
    editable: bool = False
    check: bool = False  # shown as a check box
    width: int = 0


class RowTableModel(QAbstractTableModel):
    """Rows are dataclasses; edits are handed to `committer` (which writes and may refuse)."""

    COLUMNS: tuple[Col, ...] = ()
    # Translation context of the column titles (marked with QT_TRANSLATE_NOOP); "" = shown as is.
    TR_CONTEXT = ""
    error = Signal(str)  # an edit refused: the message to show inline
    rows_dropped = Signal(list, int)  # ids dragged, target row

    def __init__(self, committer: Committer | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.committer = committer
        self.movable = False

    # -- content -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace the rows; when the same ids stay in the same order only the data changes,
        so the view keeps its current cell and selection."""
        rows = list(rows)
        same = [getattr(r, "id", None) for r in rows] == [
            getattr(r, "id", None) for r in self._rows
        ]
        if same and rows:
            self._rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, id_: int) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == id_), -1)

    # -- Qt API ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            title = self.COLUMNS[section].title
            return QCoreApplication.translate(self.TR_CONTEXT, title) if self.TR_CONTEXT else title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def display(self, row: Any, col: Col) -> Any:
        """Text shown for a cell; subclasses override for computed columns."""
        value = getattr(row, col.field, "")
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == FIELD_ROLE:
            return col.field
        if col.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                on = bool(getattr(row, col.field))
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.display(row, col)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.movable:
            base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        col = self.COLUMNS[index.column()]
        if col.editable and self.committer is not None:
            base |= Qt.ItemFlag.ItemIsUserCheckable if col.check else Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.committer is None:
            return False
        col = self.COLUMNS[index.column()]
        if col.check and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col.check or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if getattr(row, col.field) == value:
            return False
        try:
            self.committer(row, col.field, value)
        except DomainError as exc:  # refused: shown inline by the page, nothing stored
            self.error.emit(getattr(exc, "message", str(exc)))
            return False
        return True

    # -- drag to reorder ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes})
        mime = QMimeData()
        mime.setData(ROW_MIME, json.dumps([self._rows[r].id for r in rows]).encode())
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:  # noqa: N802
        if not self.movable or not data.hasFormat(ROW_MIME):
            return False
        ids = json.loads(bytes(data.data(ROW_MIME)).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        self.rows_dropped.emit(ids, target)
        return False  # the page rewrites the order and refreshes; Qt must not remove rows
