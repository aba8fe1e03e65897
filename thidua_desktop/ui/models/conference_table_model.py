"""The conferences of a year as a read-only table (date, kind, title, place)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from thidua_desktop.domain.model import Conference, ConferenceKind
from thidua_desktop.ui.models.row_table_model import Col, RowTableModel

KIND_NAMES = {
    ConferenceKind.LAUNCH: QT_TRANSLATE_NOOP("ConferenceTableModel", "Phát động & ký giao ước"),
    ConferenceKind.MIDYEAR: QT_TRANSLATE_NOOP("ConferenceTableModel", "Sơ kết 6 tháng"),
    ConferenceKind.YEAREND: QT_TRANSLATE_NOOP("ConferenceTableModel", "Tổng kết năm"),
    ConferenceKind.OTHER: QT_TRANSLATE_NOOP("ConferenceTableModel", "Khác"),
}


def kind_name(kind: ConferenceKind) -> str:
    return QCoreApplication.translate("ConferenceTableModel", KIND_NAMES[ConferenceKind(kind)])


class ConferenceTableModel(RowTableModel):
    DATE, KIND, TITLE, PLACE = range(4)
    TR_CONTEXT = "ConferenceTableModel"
    COLUMNS = (
        Col("date", QT_TRANSLATE_NOOP("ConferenceTableModel", "Ngày"), width=80),
        Col("kind", QT_TRANSLATE_NOOP("ConferenceTableModel", "Loại"), width=130),
        Col("title", QT_TRANSLATE_NOOP("ConferenceTableModel", "Tên hội nghị"), width=360),
        Col("place", QT_TRANSLATE_NOOP("ConferenceTableModel", "Địa điểm"), width=100),
    )

    def display(self, row: Conference, col: Col) -> Any:
        if col.field == "date":
            return row.date.strftime("%d/%m/%Y") if row.date else ""
        if col.field == "kind":
            return kind_name(row.kind)
        return super().display(row, col)
