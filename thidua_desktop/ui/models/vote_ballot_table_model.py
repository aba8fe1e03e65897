"""Ballots keyed so far (newest last): place in the stack, marks, valid or why it is not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from thidua_desktop.domain.model import BallotRecord
from thidua_desktop.ui.models.record_table_model import Column, Index, RecordTableModel, RowRole

SEQ, MARKS, STATUS = range(3)
_RED = QBrush(QColor("#b00020"))


class VoteBallotTableModel(RecordTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)
        self.set_columns(
            [
                Column(SEQ, self.tr("Phiếu")),
                Column(MARKS, self.tr("Đồng ý với số")),
                Column(STATUS, self.tr("Tình trạng")),
            ]
        )

    def append(self, record: BallotRecord) -> None:
        """Add one ballot without resetting the view (one Enter at the keypad)."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(record)
        self.endInsertRows()

    def pop(self) -> None:
        n = len(self._rows)
        if n:
            self.beginRemoveRows(QModelIndex(), n - 1, n - 1)
            self._rows.pop()
            self.endRemoveRows()

    def value(self, b: BallotRecord, key: int) -> Any:
        if key == SEQ:
            return b.seq
        if key == MARKS:
            if b.marks:
                return b.marks.replace(",", " ")
            # a ballot declared invalid without marks keyed is not a blank (valid) ballot
            return "—" if b.invalid_reason else self.tr("(trắng)")
        return (
            self.tr("Không hợp lệ: {0}").format(b.invalid_reason)
            if b.invalid_reason
            else self.tr("Hợp lệ")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a fast path: the view repaints these rows after every Enter
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            if index.column() == SEQ:  # the place in the stack, as messages and comparisons say
                return str(index.row() + 1)
            return str(self.value(self._rows[index.row()], index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return _RED if self._rows[index.row()].invalid_reason else None
        if role in (Qt.ItemDataRole.EditRole, RowRole):
            return super().data(index, role)
        return None
