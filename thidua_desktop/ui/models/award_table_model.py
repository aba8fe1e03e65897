"""The award catalogue as a table: name, level and the voting rules in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from thidua_desktop.domain.model import Award, AwardLevel
from thidua_desktop.domain.voting import Base, VoteRules, parse_percent
from thidua_desktop.domain.voting_rules import rule_percent_text
from thidua_desktop.ui.domain_labels import label
from thidua_desktop.ui.models.record_table_model import Column, RecordTableModel

NAME, LEVEL, RULE, QUOTA, QUORUM, REGISTERED = range(6)
LEVEL_LABELS = {
    AwardLevel.GOVERNMENT_FLAG: "Cờ thi đua của Chính phủ",
    AwardLevel.SECTOR_FLAG: "Cờ thi đua cấp bộ, ngành, tỉnh",
    AwardLevel.CERTIFICATE: "Bằng khen",
    AwardLevel.TITLE: "Danh hiệu tập thể",
    AwardLevel.OTHER: "Khác",
}


def rule_text(award: Award) -> str:
    """'≥ 70% tổng số đơn vị thành viên' — the threshold as the regulation says it."""
    rules = VoteRules(
        award.threshold_pct, award.comparison, award.base, award.quota, award.quorum_pct
    )
    return f"{rules.threshold_text} {label(Base(award.base).label)}"


class AwardTableModel(RecordTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)
        self.set_columns(
            [
                Column(NAME, self.tr("Danh hiệu / hình thức")),
                Column(LEVEL, self.tr("Loại")),
                Column(RULE, self.tr("Tỷ lệ đạt")),
                Column(QUOTA, self.tr("Số suất")),
                Column(QUORUM, self.tr("Có mặt tối thiểu")),
                Column(REGISTERED, self.tr("Chỉ đơn vị đã đăng ký")),
            ]
        )

    def value(self, a: Award, key: int) -> Any:
        if key == NAME:
            return a.name
        if key == LEVEL:
            return label(LEVEL_LABELS[AwardLevel(a.level)])
        if key == RULE:
            return rule_text(a)
        if key == QUOTA:
            return a.quota
        if key == QUORUM:
            pct = parse_percent(a.quorum_pct or "0", "quorum_pct")
            return f"≥ {rule_percent_text(pct)}" if pct else self.tr("không quy định")
        return self.tr("Có") if a.registered_only else self.tr("Không")

    def extra(self, a: Award, key: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not a.active:
            return QBrush(QColor("#888888"))
        return None
