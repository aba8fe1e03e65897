"""Result lines of a vote (VoteRow): votes, percentage, rank, status; explanation as tooltip.

Refreshed after every keypad Enter, so cells are precomputed per row and a refresh of the
same candidates updates the cells in place instead of resetting the view.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from thidua_desktop.domain.voting import Status, VoteRow
from thidua_desktop.ui.domain_labels import label
from thidua_desktop.ui.models.record_table_model import Column, Index, RecordTableModel, RowRole

NUMBER, NAME, VOTES, PERCENT, RANK, STATUS = range(6)
BACKGROUNDS = {
    Status.ELECTED: "#dff2e3",
    Status.TIED: "#fff0cc",
    Status.OVER_QUOTA: "#e3ecf7",
    Status.VOID: "#eeeeee",
    Status.WITHDRAWN: "#f3f3f3",
}
_BRUSHES = {s: QBrush(QColor(c)) for s, c in BACKGROUNDS.items()}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_D = Qt.ItemDataRole


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class VoteResultTableModel(RecordTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)
        self._cells: list[tuple[str, ...]] = []
        self._bold = _bold()
        self.set_columns(
            [
                Column(NUMBER, self.tr("TT")),
                Column(NAME, self.tr("Đơn vị")),
                Column(VOTES, self.tr("Số phiếu")),
                Column(PERCENT, self.tr("Tỷ lệ")),
                Column(RANK, self.tr("Hạng")),
                Column(STATUS, self.tr("Kết quả")),
            ]
        )

    def set_rows(self, rows: Sequence[VoteRow]) -> None:
        rows = list(rows)
        same = [r.candidate.number for r in rows] == [r.candidate.number for r in self._rows]
        cells = [self._texts(r) for r in rows]
        if same and rows:
            # repaint only the lines that changed (one ballot moves a few votes and ranks)
            changed = [
                i
                for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                if self._cells[i] != cells[i] or old.status is not new.status
            ]
            self._rows, self._cells = rows, cells
            for i in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, STATUS))
            return
        self.beginResetModel()
        self._rows, self._cells = rows, cells
        self.endResetModel()

    @staticmethod
    def _texts(row: VoteRow) -> tuple[str, ...]:
        return (
            str(row.candidate.number),
            row.candidate.name,
            row.fraction_text,
            row.percent_text,
            str(row.rank),
            label(row.status.label),
        )

    def value(self, row: VoteRow, key: int) -> Any:
        return self._texts(row)[key]

    def data(self, index: Index, role: int = _D.DisplayRole) -> Any:
        r = index.row()
        if not index.isValid() or r >= len(self._rows):
            return None
        if role == _D.DisplayRole:
            return self._cells[r][index.column()]
        row = self._rows[r]
        if role == _D.BackgroundRole:
            return _BRUSHES.get(row.status)
        if role == _D.FontRole:
            return self._bold if row.status is Status.ELECTED else None
        if role == _D.TextAlignmentRole:
            return _RIGHT if index.column() in (NUMBER, VOTES, PERCENT, RANK) else None
        if role == _D.ToolTipRole:
            return row.explanation
        if role == RowRole:
            return row
        return None
