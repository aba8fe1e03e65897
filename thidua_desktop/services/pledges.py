"""The year's emulation pledge (giao ước thi đua): signatures per member unit and titles registered."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.editing import EditService


def parse_day(text: str) -> date | None:
    """A date as typed: "22/11/2016", "22-11-2016", "2016-11-22"; "" -> None."""
    text = text.strip()
    if not text:
        return None
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(f"“{text}” không phải là ngày (ví dụ 22/11/2016).", "signed_on")


@dataclass
class PledgeRow:
    """A member unit's line of the pledge grid."""

    unit: m.Unit
    signature: m.PledgeSignature | None
    registrations: dict[int, m.Registration] = field(default_factory=dict)  # by award id

    @property
    def signed(self) -> bool:
        return bool(self.signature and self.signature.signed)


@dataclass(frozen=True)
class PledgeCounts:
    signed: int
    units: int
    registered: dict[int, int]  # award id -> units registered


class PledgeService:
    """Pledge use cases; each write is one transaction with its audit entry."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits

    def awards(self, cluster_id: int) -> list[m.Award]:
        """The active awards of the catalogue, in catalogue order (one grid column each)."""
        return self.edits.repo.find(
            m.Award, "cluster_id = ? AND active", [cluster_id], "sort_order, id"
        )

    def grid(self, year_id: int) -> list[PledgeRow]:
        repo = self.edits.repo
        year = repo.get(m.Year, year_id)
        units = repo.find(
            m.Unit, "cluster_id = ? AND active AND is_member", [year.cluster_id], "sort_order, id"
        )
        sigs = {s.unit_id: s for s in repo.find(m.PledgeSignature, "year_id = ?", [year_id])}
        rows = {u.id: PledgeRow(u, sigs.get(u.id)) for u in units}
        for reg in repo.find(m.Registration, "year_id = ?", [year_id]):
            if reg.unit_id in rows:
                rows[reg.unit_id].registrations[reg.award_id] = reg
        return list(rows.values())

    @staticmethod
    def counts(rows: list[PledgeRow], awards: list[m.Award]) -> PledgeCounts:
        return PledgeCounts(
            signed=sum(r.signed for r in rows),
            units=len(rows),
            registered={a.id: sum(a.id in r.registrations for r in rows) for a in awards},
        )

    @staticmethod
    def signature_for(row: PledgeRow, year_id: int, **fields: object) -> m.PledgeSignature:
        """The unit's signature record with `fields` changed (new if it has none yet); signing
        fills the signer from the unit's head when left blank."""
        sig = row.signature or m.PledgeSignature(year_id, row.unit.id)
        sig = dataclasses.replace(sig, **fields)
        if fields.get("signed") and not sig.signer_name:
            sig = dataclasses.replace(
                sig, signer_name=row.unit.head_name, signer_title=row.unit.head_title
            )
        return sig

    def set_signature(self, year_id: int, unit_id: int, **fields: object) -> m.PledgeSignature:
        row = next(r for r in self.grid(year_id) if r.unit.id == unit_id)
        sig = self.signature_for(row, year_id, **fields)
        return self.edits.update(sig) if sig.id else self.edits.create(sig)

    def toggle_registration(self, year_id: int, unit_id: int, award_id: int) -> m.Registration:
        """Register the unit for the award, or withdraw its registration; returns the record
        created or deleted (look it up again to know which)."""
        found = self.edits.repo.find_one(
            m.Registration,
            "year_id = ? AND unit_id = ? AND award_id = ?",
            [year_id, unit_id, award_id],
        )
        if found:
            return self.edits.delete(m.Registration, found.id)
        return self.edits.create(m.Registration(year_id, unit_id, award_id))
