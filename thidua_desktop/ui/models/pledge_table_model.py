"""The pledge grid: member units × signature fields × one checkable column per active award."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from thidua_desktop.domain.model import Award
from thidua_desktop.services.pledges import PledgeRow
from thidua_desktop.ui.models.record_table_model import Column, EditCallback, RecordTableModel

SIGNED, SIGNER, SIGNER_TITLE, SIGNED_ON = "signed", "signer_name", "signer_title", "signed_on"


class PledgeTableModel(RecordTableModel):
    """Edits arrive at `on_edit(row, key, value)` with key a field name or ("award", id)."""

    def __init__(self, on_edit: EditCallback | None = None, parent=None) -> None:
        super().__init__(on_edit, parent)
        self.set_awards([])

    def set_awards(self, awards: Sequence[Award]) -> None:
        self.set_columns(
            [
                Column("unit", self.tr("Đơn vị")),
                Column(SIGNED, self.tr("Đã ký"), checkable=True),
                Column(SIGNER, self.tr("Người ký"), editable=True),
                Column(SIGNER_TITLE, self.tr("Chức vụ"), editable=True),
                Column(SIGNED_ON, self.tr("Ngày ký"), editable=True),
            ]
            + [
                Column(("award", a.id), a.short_name or a.name, checkable=True, tooltip=a.name)
                for a in awards
            ]
        )

    def value(self, record: PledgeRow, key: Any) -> Any:
        if isinstance(key, tuple):
            return key[1] in record.registrations
        if key == "unit":
            return record.unit.name
        if key == SIGNED:
            return record.signed
        sig = record.signature
        if sig is None:
            return ""
        if key == SIGNED_ON:
            return sig.signed_on.strftime("%d/%m/%Y") if sig.signed_on else ""
        return getattr(sig, key)

    def extra(self, record: PledgeRow, key: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and key == "unit":
            return record.unit.name
        return None
