"""Archived years: every year but the newest of its cluster is read-only unless unlocked.

Unlocking is deliberate: the GUI asks first, saying what it means, and remembers the unlock
for the file until the secretary locks the year again (ui/archive_bar.py), so a conference being
finished in a past year stays editable across a restart; nothing else unlocks a year.
"""

from __future__ import annotations

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.storage.repositories import Repository


class ArchiveService:
    """Which years are archived, and the check other services call before writing to one."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self._unlocked: set[int] = set()

    def current_year_id(self, cluster_id: int) -> int | None:
        years = self.repo.find(m.Year, "cluster_id = ?", [cluster_id], order_by="year DESC")
        return years[0].id if years else None

    def is_archived(self, year_id: int) -> bool:
        """Past years (not the newest of their cluster) are archived unless unlocked now."""
        year = self.repo.get(m.Year, year_id)
        return year_id not in self._unlocked and self.current_year_id(year.cluster_id) != year_id

    def archived_year_ids(self) -> set[int]:
        return {y.id for y in self.repo.find(m.Year) if self.is_archived(y.id)}

    def ensure_year_editable(self, year_id: int | None) -> None:
        """Raise ValidationError when the year is archived (read-only)."""
        if year_id is None:
            return
        if self.is_archived(year_id):
            year = self.repo.get(m.Year, year_id)
            raise ValidationError(
                f"Năm {year.year} đã lưu trữ, chỉ xem. "
                "Muốn sửa, hãy mở khóa năm này (trang Bàn giao & lưu trữ)."
            )

    def year_of(self, obj: object) -> int | None:
        """The year a record belongs to (through its conference, vote, set …), or None."""
        repo = self.repo
        if isinstance(obj, m.Year):
            return obj.id
        year_id = getattr(obj, "year_id", None)
        if year_id is not None and not isinstance(obj, m.Document | m.DocNumber | m.Handover):
            return year_id
        parent: object | None = None
        if isinstance(obj, m.Attendance | m.AgendaItem | m.Vote):
            parent = repo.get(m.Conference, obj.conference_id)
        elif isinstance(obj, m.Speech):
            parent = repo.get(m.AgendaItem, obj.agenda_item_id)
        elif isinstance(obj, m.Candidate | m.BallotRecord | m.VoteTotal | m.CountingMember):
            parent = repo.get(m.Vote, obj.vote_id)
        elif isinstance(obj, m.Criterion):
            parent = repo.get(m.CriteriaSet, obj.set_id)
        elif isinstance(obj, m.Score):
            parent = repo.get(m.Criterion, obj.criterion_id)
        return None if parent is None else self.year_of(parent)

    def check_record(self, obj: object) -> None:
        """EditService's guard: refuse writing a record of an archived year.

        A new year, and records of no year (units, people, awards, templates, documents) are
        always writable; generating documents of a past year is reading it.
        """
        if isinstance(obj, m.Year) and obj.id is None:
            return
        self.ensure_year_editable(self.year_of(obj))

    def unlock(self, year_id: int) -> None:
        """Allow edits to an archived year (the caller confirms, and remembers it if it should)."""
        self.repo.get(m.Year, year_id)
        self._unlocked.add(year_id)

    def lock(self, year_id: int) -> None:
        self._unlocked.discard(year_id)
