"""'Who led when': the head and deputies of each year, read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from thidua_desktop.services.units import RotationRow
from thidua_desktop.ui.models.row_table_model import Col, RowTableModel


class RotationTableModel(RowTableModel):
    YEAR, HEAD, DEPUTIES, THEME = range(4)
    TR_CONTEXT = "RotationTableModel"
    COLUMNS = (
        Col("year", QT_TRANSLATE_NOOP("RotationTableModel", "Năm"), width=60),
        Col("head", QT_TRANSLATE_NOOP("RotationTableModel", "Trưởng cụm"), width=260),
        Col("deputies", QT_TRANSLATE_NOOP("RotationTableModel", "Phó trưởng cụm"), width=320),
        Col("theme", QT_TRANSLATE_NOOP("RotationTableModel", "Chủ đề thi đua"), width=240),
    )

    def display(self, row: RotationRow, col: Col) -> Any:
        if col.field == "deputies":
            return "; ".join(row.deputies)
        return super().display(row, col)
