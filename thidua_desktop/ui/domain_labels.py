"""Translated names of the domain's Vietnamese labels (rules, award kinds, statuses) in the UI."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from thidua_desktop.services.table_labels import TABLE_LABELS

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

# The names of the stored tables (services.table_labels.TABLE_LABELS, kept equal by a test), for
# the record counts and the difference table of a received package.
TABLE_NAMES = (
    QT_TRANSLATE_NOOP("DomainLabels", "Cụm thi đua"),
    QT_TRANSLATE_NOOP("DomainLabels", "Đơn vị"),
    QT_TRANSLATE_NOOP("DomainLabels", "Năm thi đua"),
    QT_TRANSLATE_NOOP("DomainLabels", "Trưởng, phó cụm theo năm"),
    QT_TRANSLATE_NOOP("DomainLabels", "Căn cứ pháp lý"),
    QT_TRANSLATE_NOOP("DomainLabels", "Hội nghị"),
    QT_TRANSLATE_NOOP("DomainLabels", "Đại biểu, khách mời"),
    QT_TRANSLATE_NOOP("DomainLabels", "Điểm danh"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mục chương trình"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tham luận, phát biểu"),
    QT_TRANSLATE_NOOP("DomainLabels", "Danh hiệu, hình thức khen thưởng"),
    QT_TRANSLATE_NOOP("DomainLabels", "Chữ ký giao ước"),
    QT_TRANSLATE_NOOP("DomainLabels", "Đăng ký danh hiệu"),
    QT_TRANSLATE_NOOP("DomainLabels", "Cuộc bỏ phiếu"),
    QT_TRANSLATE_NOOP("DomainLabels", "Đơn vị được đề nghị"),
    QT_TRANSLATE_NOOP("DomainLabels", "Phiếu bầu"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kết quả kiểm phiếu"),
    QT_TRANSLATE_NOOP("DomainLabels", "Ban kiểm phiếu"),
    QT_TRANSLATE_NOOP("DomainLabels", "Bộ tiêu chí chấm điểm"),
    QT_TRANSLATE_NOOP("DomainLabels", "Tiêu chí chấm điểm"),
    QT_TRANSLATE_NOOP("DomainLabels", "Điểm chấm"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mẫu văn bản"),
    QT_TRANSLATE_NOOP("DomainLabels", "Văn bản đã lập"),
    QT_TRANSLATE_NOOP("DomainLabels", "Số văn bản"),
    QT_TRANSLATE_NOOP("DomainLabels", "Lần bàn giao"),
    QT_TRANSLATE_NOOP("DomainLabels", "Nhật ký thay đổi"),
)


def label(text: str) -> str:
    """`text` in the user's language (unchanged in Vietnamese or when not listed above)."""
    return QCoreApplication.translate(CONTEXT, text)


def table_label(table: str) -> str:
    """The name of a stored table ("units") as the secretary reads it ("Đơn vị")."""
    return label(TABLE_LABELS.get(table, table))
