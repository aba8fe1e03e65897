"""The grounds ("Căn cứ …") a year's letters cite: stored per year, pre-filled by date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.legal_grounds import clean_ground, default_grounds
from thidua_desktop.domain.vntext import fold, nfc
from thidua_desktop.services.editing import EditService

MAX_GROUNDS = 40
MAX_LENGTH = 600


class LegalGroundService:
    """Read the year's list (or its defaults) and replace it in one transaction with audit."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits
        self.repo = edits.repo

    def stored(self, year_id: int) -> list[m.LegalGround]:
        return self.repo.find(m.LegalGround, "year_id = ?", [year_id], "sort_order, id")

    def defaults(self, year_id: int, on: date | None = None) -> list[str]:
        """The national instruments in force on ``on`` (default: the year's last conference,
        else 31 December of the year) and the cluster's Quy chế."""
        year = self.repo.get(m.Year, year_id)
        cluster = self.repo.get(m.Cluster, year.cluster_id)
        return default_grounds(on or self.letter_date(year), cluster.regulation)

    def letter_date(self, year: m.Year) -> date:
        dates = [
            c.date
            for c in self.repo.find(m.Conference, "year_id = ? AND date IS NOT NULL", [year.id])
            if c.date
        ]
        return max(dates) if dates else date(year.year, 12, 31)

    def grounds(self, year_id: int, on: date | None = None) -> tuple[list[str], bool]:
        """(the list, whether it is the secretary's own): stored rows, else the defaults."""
        rows = self.stored(year_id)
        if rows:
            return [r.text for r in rows], True
        return self.defaults(year_id, on), False

    def locked_reason(self, year_id: int) -> str:
        """Why the year's list cannot be changed now ('' when it can): an archived year."""
        if self.edits.guard is None:
            return ""
        try:
            self.edits.guard(m.LegalGround(year_id, "-"))
        except ValidationError as exc:
            return str(exc)
        return ""

    def replace(self, year_id: int, texts: Sequence[str]) -> list[m.LegalGround]:
        """Store ``texts`` as the year's list, in this order (one user action, audited)."""
        cleaned = check_grounds(texts)
        self.repo.get(m.Year, year_id)  # NotFound for a year that is gone
        if self.edits.guard is not None:  # an archived year stays read-only
            self.edits.guard(m.LegalGround(year_id, "-"))
        with self.edits.transaction() as repo:
            before = [r.text for r in self.stored(year_id)]
            repo.db.execute("DELETE FROM legal_grounds WHERE year_id = ?", [year_id])
            for i, text in enumerate(cleaned, 1):
                repo.insert(m.LegalGround(year_id, text, i))
            if before != cleaned:
                self.edits.audit(
                    "replace",
                    "LegalGround",
                    None,
                    {"year_id": year_id, "grounds": before},
                    {"year_id": year_id, "grounds": cleaned},
                )
        return self.stored(year_id)

    def reset(self, year_id: int) -> None:
        """Forget the year's own list: its letters cite the defaults of their date again."""
        self.replace(year_id, [])


def check_grounds(texts: Sequence[str]) -> list[str]:
    """The lines as stored (NFC, no 'Căn cứ', no closing punctuation); refuses duplicates and
    absurd sizes with a message naming the line."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(texts, 1):
        text = clean_ground(nfc(str(raw)))
        if not text:
            continue
        if len(text) > MAX_LENGTH:
            raise ValidationError(
                f"Căn cứ thứ {i} dài {len(text)} ký tự, vượt giới hạn {MAX_LENGTH} ký tự."
            )
        key = fold(text)
        if key in seen:
            raise ValidationError(
                f"Căn cứ thứ {i} trùng với căn cứ thứ {seen[key]}: hãy xóa một dòng."
            )
        seen[key] = i
        out.append(text)
    if len(out) > MAX_GROUNDS:
        raise ValidationError(
            f"Danh sách có {len(out)} căn cứ, nhiều hơn {MAX_GROUNDS}: hãy bớt những dòng thừa."
        )
    return out
