"""Candidates on the ballot: number, unit, registration, withdrawal (checkable) and its note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from thidua_desktop.domain.model import Candidate
from thidua_desktop.ui.models.record_table_model import Column, EditCallback, RecordTableModel

NUMBER, NAME, REGISTERED, WITHDRAWN, NOTE = range(5)


@dataclass(frozen=True)
class CandidateLine:
    candidate: Candidate
    name: str
    registered: bool
    is_member: bool


class VoteCandidateTableModel(RecordTableModel):
    def __init__(self, on_edit: EditCallback | None = None, parent: QObject | None = None) -> None:
        super().__init__(on_edit, parent)
        self.set_columns(
            [
                Column(NUMBER, self.tr("Số")),
                Column(NAME, self.tr("Đơn vị")),
                Column(REGISTERED, self.tr("Đăng ký")),
                Column(WITHDRAWN, self.tr("Xin rút"), checkable=True),
                Column(NOTE, self.tr("Ghi chú xin rút"), editable=True),
            ]
        )

    def value(self, line: CandidateLine, key: int) -> Any:
        c = line.candidate
        if key == NUMBER:
            return c.number
        if key == NAME:
            return (
                line.name
                if line.is_member
                else self.tr("{0} (đơn vị trực thuộc)").format(line.name)
            )
        if key == REGISTERED:
            return self.tr("Có") if line.registered else self.tr("Chưa đăng ký")
        if key == WITHDRAWN:
            return c.withdrawn
        return c.withdrawal_note

    def extra(self, line: CandidateLine, key: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and key == REGISTERED and not line.registered:
            return QBrush(QColor("#b06000"))
        return None
