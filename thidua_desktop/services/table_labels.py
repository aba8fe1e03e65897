"""Vietnamese names of the stored tables, for the record counts and differences the secretary reads."""

from __future__ import annotations

# Keyed by storage table name (storage.repositories.TABLES). ui/domain_labels.py lists the same
# texts for translation; a table missing here is shown under its storage name.
TABLE_LABELS: dict[str, str] = {
    "clusters": "Cụm thi đua",
    "units": "Đơn vị",
    "years": "Năm thi đua",
    "year_roles": "Trưởng, phó cụm theo năm",
    "legal_grounds": "Căn cứ pháp lý",
    "conferences": "Hội nghị",
    "people": "Đại biểu, khách mời",
    "attendance": "Điểm danh",
    "agenda_items": "Mục chương trình",
    "speeches": "Tham luận, phát biểu",
    "awards": "Danh hiệu, hình thức khen thưởng",
    "pledge_signatures": "Chữ ký giao ước",
    "registrations": "Đăng ký danh hiệu",
    "votes": "Cuộc bỏ phiếu",
    "candidates": "Đơn vị được đề nghị",
    "ballots": "Phiếu bầu",
    "vote_totals": "Kết quả kiểm phiếu",
    "counting_members": "Ban kiểm phiếu",
    "criteria_sets": "Bộ tiêu chí chấm điểm",
    "criteria": "Tiêu chí chấm điểm",
    "scores": "Điểm chấm",
    "templates": "Mẫu văn bản",
    "documents": "Văn bản đã lập",
    "doc_numbers": "Số văn bản",
    "handovers": "Lần bàn giao",
    "audit_log": "Nhật ký thay đổi",
}


def table_label(table: str) -> str:
    """The Vietnamese name of a stored table ("units" → "Đơn vị")."""
    return TABLE_LABELS.get(table, table)
