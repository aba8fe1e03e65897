"""Result lines of a vote (VoteRow): votes, percentage, rank, status; explanation as tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from thidua_desktop.domain.voting import Status, VoteRow
from thidua_desktop.ui.models.record_table_model import Column, RecordTableModel

NUMBER, NAME, VOTES, PERCENT, RANK, STATUS = range(6)
BACKGROUNDS = {
    Status.ELECTED: "#dff2e3",
    Status.TIED: "#fff0cc",
    Status.OVER_QUOTA: "#e3ecf7",
    Status.VOID: "#eeeeee",
    Status.WITHDRAWN: "#f3f3f3",
}


class VoteResultTableModel(RecordTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)
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

    def value(self, row: VoteRow, key: int) -> Any:
        return {
            NUMBER: row.candidate.number,
            NAME: row.candidate.name,
            VOTES: row.fraction_text,
            PERCENT: row.percent_text,
            RANK: row.rank,
            STATUS: row.status.label,
        }[key]

    def extra(self, row: VoteRow, key: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.status in BACKGROUNDS:
            return QBrush(QColor(BACKGROUNDS[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.explanation
        if role == Qt.ItemDataRole.FontRole and row.status is Status.ELECTED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (NUMBER, VOTES, PERCENT, RANK):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
