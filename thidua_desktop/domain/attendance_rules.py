"""Who counts as a member unit's delegate, a guest or neither: one rule for check-in and documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from thidua_desktop.domain.model import AttendanceRole

DELEGATE, GUEST, NOT_COUNTED = "delegate", "guest", ""


def attendance_side(role: AttendanceRole | str, unit_id: int | None) -> str:
    """DELEGATE, GUEST or NOT_COUNTED for one person listed at a conference.

    A chair from a unit speaks for it (the host's head chairing makes the host present); a
    chair from outside the cluster's units counts with the guests. The secretary keeps the
    minutes and is neither a delegate nor a guest: listed as a delegate, they are one.
    """
    role = AttendanceRole(role)
    if role is AttendanceRole.SECRETARY:
        return NOT_COUNTED
    if role is AttendanceRole.GUEST or not unit_id:
        return GUEST
    return DELEGATE


@dataclass(frozen=True)
class Presence:
    """One listed person as the counts see them."""

    role: AttendanceRole | str
    unit_id: int | None
    expected: bool
    present: bool


@dataclass(frozen=True)
class HeadCounts:
    delegates_present: int
    delegates_expected: int
    guests_present: int
    guests_expected: int
    units_present: frozenset[int]  # member units with a delegate present


def head_counts(people: Iterable[Presence], member_ids: Iterable[int]) -> HeadCounts:
    """Delegates and guests present / listed (a person neither expected nor present is not
    listed), and the member units represented by a delegate present."""
    members = set(member_ids)
    listed = [p for p in people if p.expected or p.present]
    delegates = [p for p in listed if attendance_side(p.role, p.unit_id) == DELEGATE]
    guests = [p for p in listed if attendance_side(p.role, p.unit_id) == GUEST]
    return HeadCounts(
        delegates_present=sum(p.present for p in delegates),
        delegates_expected=len(delegates),
        guests_present=sum(p.present for p in guests),
        guests_expected=len(guests),
        units_present=frozenset(p.unit_id for p in delegates if p.present and p.unit_id in members),
    )
