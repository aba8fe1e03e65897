"""Check-in at a conference: the expected delegates, walk-ins, carry-forward, counts and quorum."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from thidua_desktop.domain import model as m
from thidua_desktop.domain.attendance_rules import Presence, head_counts
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import fold, format_percent, nfc
from thidua_desktop.domain.voting_rules import parse_percent
from thidua_desktop.services.conferences import member_units_of
from thidua_desktop.services.editing import EditService, normalized
from thidua_desktop.storage.repositories import Repository

DEFAULT_QUORUM = Fraction(200, 3)  # two thirds of the member units, when no award sets one


@dataclass
class RosterRow:
    """One line of the check-in list: an Attendance with its person and unit, search-ready."""

    attendance_id: int
    person_id: int
    full_name: str
    title: str
    unit_id: int | None
    unit_name: str
    organization: str
    role: m.AttendanceRole
    present: bool
    checked_in_at: str
    search_key: str  # " name unit-or-organization" as folded words, computed once per load

    @property
    def place(self) -> str:
        """The unit of a delegate, the organization of a guest."""
        return self.unit_name or self.organization


@dataclass(frozen=True)
class QuorumRule:
    pct: Fraction
    source: str  # which award sets it, "" for the default

    @property
    def share(self) -> str:
        """ "2/3", "75%", "66,50%"."""
        if self.pct == DEFAULT_QUORUM:
            return "2/3"
        return format_percent(self.pct).replace(",00%", "%")

    @property
    def label(self) -> str:
        return f"{self.share} ({self.source})" if self.source else f"{self.share} (mặc định)"


@dataclass(frozen=True)
class AttendanceCounts:
    delegates_present: int
    delegates_expected: int
    guests_present: int
    guests_expected: int
    units_represented: int
    member_units: int
    quorum: QuorumRule

    @property
    def quorum_met(self) -> bool:
        if self.member_units == 0:
            return False
        return Fraction(self.units_represented * 100, self.member_units) >= self.quorum.pct


_WORD = re.compile(r"[^\W_]+")


def _key(*folded: str) -> str:
    """The search key of already folded texts: their words (as vntext.search_key gives them)
    joined by single spaces, with a leading space so " word" finds a word start."""
    return " " + " ".join(_WORD.findall(" ".join(folded)))


_ROSTER_SQL = """
SELECT a.id AS attendance_id, a.person_id, a.role, a.present, a.checked_in_at,
       p.full_name, p.title, p.unit_id, p.organization, p.name_fold,
       COALESCE(u.name, '') AS unit_name, COALESCE(u.name_fold, '') AS unit_fold,
       COALESCE(u.sort_order, 1000000) AS unit_order
FROM attendance a JOIN people p ON p.id = a.person_id LEFT JOIN units u ON u.id = p.unit_id
WHERE a.conference_id = ?
ORDER BY a.role = 'guest', unit_order, u.id, a.id
"""


class AttendanceService:
    """Attendance use cases; every write is one transaction with its audit entry."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits

    @property
    def repo(self) -> Repository:
        return self.edits.repo

    # -- reads ------------------------------------------------------------------------------
    def roster(self, conference_id: int) -> list[RosterRow]:
        """Everyone listed for the conference, delegates by unit order, then guests."""
        rows = self.repo.db.query(_ROSTER_SQL, [conference_id])
        return [
            RosterRow(
                attendance_id=r["attendance_id"],
                person_id=r["person_id"],
                full_name=r["full_name"],
                title=r["title"],
                unit_id=r["unit_id"],
                unit_name=r["unit_name"],
                organization=r["organization"],
                role=m.AttendanceRole(r["role"]),
                present=bool(r["present"]),
                checked_in_at=r["checked_in_at"],
                search_key=_key(r["name_fold"], r["unit_fold"] or fold(r["organization"])),
            )
            for r in rows
        ]

    def cluster_of(self, conference_id: int) -> int:
        conf = self.repo.get(m.Conference, conference_id)
        return self.repo.get(m.Year, conf.year_id).cluster_id

    def member_units(self, cluster_id: int) -> list[m.Unit]:
        return self.repo.find(
            m.Unit, "cluster_id = ? AND active AND is_member", [cluster_id], "sort_order, id"
        )

    def quorum_rule(self, cluster_id: int) -> QuorumRule:
        """The largest quorum of the cluster's active awards, else two thirds."""
        best: QuorumRule | None = None
        for award in self.repo.find(m.Award, "cluster_id = ? AND active", [cluster_id]):
            pct = parse_percent(award.quorum_pct, "quorum_pct")
            if pct > 0 and (best is None or pct > best.pct):
                best = QuorumRule(pct, award.name)
        return best or QuorumRule(DEFAULT_QUORUM, "")

    def counts(self, conference_id: int, roster: list[RosterRow] | None = None) -> AttendanceCounts:
        """Live counts; pass the roster already loaded to avoid reading it twice."""
        cluster_id = self.cluster_of(conference_id)
        rows = self.roster(conference_id) if roster is None else roster
        members = {u.id for u in self.member_units(cluster_id)}
        # the rule the minutes count by (domain.attendance_rules): everyone listed is expected
        c = head_counts((Presence(r.role, r.unit_id, True, r.present) for r in rows), members)
        return AttendanceCounts(
            delegates_present=c.delegates_present,
            delegates_expected=c.delegates_expected,
            guests_present=c.guests_present,
            guests_expected=c.guests_expected,
            units_represented=len(c.units_present),
            member_units=member_units_of(self.repo.get(m.Conference, conference_id), len(members)),
            quorum=self.quorum_rule(cluster_id),
        )

    # -- check-in ---------------------------------------------------------------------------
    @staticmethod
    def checked_in(now: datetime | None = None) -> dict[str, object]:
        """The fields a check-in writes: present, with the arrival time to the second."""
        stamp = (now or datetime.now()).isoformat(timespec="seconds")
        return {"present": True, "checked_in_at": stamp}

    @staticmethod
    def checked_out() -> dict[str, object]:
        """The fields taking a check-in back (the undo keeps the arrival time it erases)."""
        return {"present": False, "checked_in_at": ""}

    @classmethod
    def toggled(cls, att: m.Attendance, now: datetime | None = None) -> dict[str, object]:
        """The fields a check-in toggle writes: present flips; the time is kept with it."""
        return cls.checked_out() if att.present else cls.checked_in(now)

    def toggle_check_in(self, attendance_id: int, now: datetime | None = None) -> m.Attendance:
        att = self.repo.get(m.Attendance, attendance_id)
        return self.edits.change(m.Attendance, attendance_id, **self.toggled(att, now))

    # -- people -----------------------------------------------------------------------------
    def resolve_unit(self, cluster_id: int, text: str) -> m.Unit:
        """The unit a typed or imported name means: same folded name or short name, else the
        only unit whose name contains it; anything else is refused with the reason."""
        key = fold(text)
        if not key:
            raise ValidationError("Đại biểu của đơn vị phải có đơn vị.", "unit")
        units = self.repo.find(m.Unit, "cluster_id = ?", [cluster_id], "sort_order, id")
        exact = [u for u in units if key in (fold(u.name), fold(u.short_name))]
        found = exact or [u for u in units if key in fold(u.name)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise ValidationError(f"Không có đơn vị nào tên “{nfc(text)}” trong cụm.", "unit")
        raise ValidationError(
            f"“{nfc(text)}” khớp {len(found)} đơn vị; hãy chọn một đơn vị trong danh sách gợi ý.",
            "unit",
        )

    def person_for(
        self, cluster_id: int, full_name: str, title: str, unit_id: int | None, organization: str
    ) -> m.Person:
        """A new person record (not stored) checked for what a conference list needs."""
        person = normalized(
            m.Person(cluster_id, full_name, title, unit_id=unit_id, organization=organization)
        )
        if not person.full_name:
            raise ValidationError("Họ và tên không được để trống.", "full_name")
        if unit_id is None and not person.organization:
            raise ValidationError("Khách mời phải có cơ quan, tổ chức.", "organization")
        return person

    def _existing_person(self, person: m.Person) -> m.Person | None:
        same_unit = "unit_id = ?" if person.unit_id is not None else "unit_id IS NULL"
        return self.repo.find_one(
            m.Person,
            f"cluster_id = ? AND name_fold = ? AND {same_unit}",
            [person.cluster_id, fold(person.full_name)]
            + ([person.unit_id] if person.unit_id is not None else []),
        )

    def add_listed(
        self, conference_id: int, person: m.Person, role: m.AttendanceRole, present: bool
    ) -> tuple[m.Attendance, bool]:
        """Inside a transaction: reuse or create the person, list them; (attendance, created?)."""
        existing = self._existing_person(person)
        created = existing is None
        if existing is None:
            existing = self.repo.insert(person)
            self.edits.audit("create", "Person", existing.id, None, existing)
        elif self.repo.find_one(
            m.Attendance, "conference_id = ? AND person_id = ?", [conference_id, existing.id]
        ):
            raise ValidationError(f"{existing.full_name} đã có trong danh sách dự.", "full_name")
        stamp = datetime.now().isoformat(timespec="seconds") if present else ""
        att = self.repo.insert(m.Attendance(conference_id, existing.id, role, True, present, stamp))
        self.edits.audit("create", "Attendance", att.id, None, att)
        return att, created

    def walk_in(
        self,
        conference_id: int,
        full_name: str,
        title: str = "",
        unit_text: str = "",
        organization: str = "",
        guest: bool = False,
    ) -> WalkIn:
        """A delegate (with a unit) or guest (with an organization) arriving unlisted: listed
        and checked in, in one transaction."""
        cluster_id = self.cluster_of(conference_id)
        if guest:
            person = self.person_for(cluster_id, full_name, title, None, organization)
            role = m.AttendanceRole.GUEST
        else:
            unit = self.resolve_unit(cluster_id, unit_text)
            person = self.person_for(cluster_id, full_name, title, unit.id, organization)
            role = m.AttendanceRole.DELEGATE
        with self.edits.transaction():
            att, created = self.add_listed(conference_id, person, role, present=True)
        return WalkIn(att, att.person_id if created else None)

    def remove(
        self, attendance_ids: Sequence[int], person_ids: Sequence[int] = ()
    ) -> tuple[list[m.Attendance], list[m.Person]]:
        """Take lines off the list (the undo of a walk-in, carry-forward or import); people
        created by that action go too unless another conference lists them. Returns the
        records taken off, for `put_back`."""
        lines: list[m.Attendance] = []
        people: list[m.Person] = []
        with self.edits.transaction() as repo:
            for att_id in attendance_ids:
                lines.append(repo.get(m.Attendance, att_id))
                repo.delete(m.Attendance, att_id)
                self.edits.audit("delete", "Attendance", att_id, lines[-1], None)
            for person_id in person_ids:
                if repo.count(m.Attendance, "person_id = ?", [person_id]) == 0:
                    people.append(repo.get(m.Person, person_id))
                    repo.delete(m.Person, person_id)
                    self.edits.audit("delete", "Person", person_id, people[-1], None)
        return lines, people

    def put_back(self, lines: Sequence[m.Attendance], people: Sequence[m.Person] = ()) -> None:
        """Restore what `remove` took off, same ids and arrival times (the redo of a listing)."""
        with self.edits.transaction():
            for record in (*people, *lines):  # people first: the lines refer to them
                self.edits.restore(record)

    # -- carry forward ----------------------------------------------------------------------
    def previous_conference(self, conference_id: int) -> m.Conference:
        """The cluster's conference held just before this one (by date, then id)."""
        conf = self.repo.get(m.Conference, conference_id)
        cluster_id = self.cluster_of(conference_id)
        older = self.repo.find(
            m.Conference,
            "year_id IN (SELECT id FROM years WHERE cluster_id = ?) AND id != ? "
            "AND (COALESCE(date, '') < ? OR (COALESCE(date, '') = ? AND id < ?))",
            [cluster_id, conf.id, *(2 * [conf.date.isoformat() if conf.date else ""]), conf.id],
            order_by="COALESCE(date, '') DESC, id DESC",
        )
        if not older:
            raise ValidationError("Chưa có hội nghị nào trước hội nghị này để lấy danh sách.")
        return older[0]

    def carry_forward(self, conference_id: int) -> list[m.Attendance]:
        """List here everyone listed at the previous conference (not yet checked in)."""
        prev = self.previous_conference(conference_id)
        have = {
            a.person_id for a in self.repo.find(m.Attendance, "conference_id = ?", [conference_id])
        }
        previous = self.repo.find(m.Attendance, "conference_id = ?", [prev.id])
        if not previous:
            raise ValidationError(f"“{prev.title}” chưa có danh sách đại biểu để lấy sang.")
        added = []
        with self.edits.transaction() as repo:
            for old in previous:
                if old.person_id in have:
                    continue
                att = repo.insert(m.Attendance(conference_id, old.person_id, old.role))
                self.edits.audit("create", "Attendance", att.id, None, att)
                added.append(att)
        if not added:
            raise ValidationError(
                f"Mọi người của “{prev.title}” đã có trong danh sách; không có gì để thêm."
            )
        return added


@dataclass(frozen=True)
class WalkIn:
    attendance: m.Attendance
    created_person_id: int | None  # set when the person was new (undo removes them too)

    def undo_args(self) -> tuple[list[int], list[int]]:
        people = [self.created_person_id] if self.created_person_id is not None else []
        return [self.attendance.id], people
