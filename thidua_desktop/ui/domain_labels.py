"""Translated names of the domain's Vietnamese labels (rules, award kinds, statuses) in the UI."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DomainLabels"

# The labels of domain.voting_rules (Base, Comparison), voting_result.Status, scoring.TIE_BREAK_LABELS
# ui.models.award_table_model.LEVEL_LABELS and legacy_text_dialog.ENCODING_NAMES, listed for pyside6-lupdate.
LABELS = (
    QT_TRANSLATE_NOOP("DomainLabels", "tổng số đơn vị thành viên"),
    QT_TRANSLATE_NOOP("DomainLabels", "số đại biểu có mặt"),
    QT_TRANSLATE_NOOP("DomainLabels", "số phiếu thu vào"),
    QT_TRANSLATE_NOOP("DomainLabels", "số phiếu hợp lệ"),
    QT_TRANSLATE_NOOP("DomainLabels", "từ … trở lên (≥)"),
    QT_TRANSLATE_NOOP("DomainLabels", "trên … (>)"),
    QT_TRANSLATE_NOOP("DomainLabels", "Đạt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bằng phiếu – bỏ phiếu lại"),
    QT_TRANSLATE_NOOP("DomainLabels", "Đạt tỷ lệ, ngoài số suất"),
    QT_TRANSLATE_NOOP("DomainLabels", "Không đạt"),
    QT_TRANSLATE_NOOP("DomainLabels", "Xin rút"),
    QT_TRANSLATE_NOOP("DomainLabels", "Không có giá trị"),
    QT_TRANSLATE_NOOP("DomainLabels", "ít điểm trừ hơn"),
    QT_TRANSLATE_NOOP("DomainLabels", "điểm cơ bản cao hơn"),
    QT_TRANSLATE_NOOP("DomainLabels", "điểm thưởng cao hơn"),
    QT_TRANSLATE_NOOP("DomainLabels", "tổng điểm tự chấm cao hơn"),
    QT_TRANSLATE_NOOP("DomainLabels", "Cờ thi đua của Chính phủ"),
    QT_TRANSLATE_NOOP("DomainLabels", "Cờ thi đua cấp bộ, ngành, tỉnh"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bằng khen"),
    QT_TRANSLATE_NOOP("DomainLabels", "Danh hiệu tập thể"),
    QT_TRANSLATE_NOOP("DomainLabels", "Khác"),
    QT_TRANSLATE_NOOP("DomainLabels", "TCVN3 (ABC, phông .VnTime)"),
    QT_TRANSLATE_NOOP("DomainLabels", "VNI (phông VNI-Times)"),
)


def label(text: str) -> str:
    """`text` in the user's language (unchanged in Vietnamese or when not listed above)."""
    return QCoreApplication.translate(CONTEXT, text)
