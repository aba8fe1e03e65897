"""Scoring members against the cluster's criteria: totals, bonus and penalty, ranking with tie-breaks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.model import Criterion, CriterionKind, Score
from thidua_desktop.domain.vntext import format_decimal, sort_key


class TieBreak(StrEnum):
    """What decides between units with the same total, in the order the cluster states."""

    PENALTY = "penalty"  # fewer penalty points first
    BASE = "base"  # higher base score first
    BONUS = "bonus"  # higher bonus first
    SELF = "self"  # higher self-assessed total first

    @property
    def label(self) -> str:
        return TIE_BREAK_LABELS[self]


TIE_BREAK_LABELS = {
    TieBreak.PENALTY: "ít điểm trừ hơn",
    TieBreak.BASE: "điểm cơ bản cao hơn",
    TieBreak.BONUS: "điểm thưởng cao hơn",
    TieBreak.SELF: "tổng điểm tự chấm cao hơn",
}


def parse_tie_breaks(text: str) -> list[TieBreak]:
    """'penalty,base' -> [TieBreak.PENALTY, TieBreak.BASE]; unknown names are refused."""
    out: list[TieBreak] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            tb = TieBreak(part)
        except ValueError as exc:
            names = ", ".join(t.value for t in TieBreak)
            raise ValidationError(f"tiêu chí phân hạng '{part}' không có (dùng: {names})") from exc
        if tb not in out:
            out.append(tb)
    return out


def check_score(criterion: Criterion, value: float | None, where: str = "") -> None:
    """A score must lie within 0 … the criterion's maximum (penalties are points deducted)."""
    if value is None:
        return
    if criterion.kind is CriterionKind.GROUP:
        raise ValidationError("Không chấm điểm cho dòng nhóm tiêu chí.", where or None)
    if value < 0:
        raise ValidationError(
            f"Điểm không được âm (điểm trừ nhập là số điểm bị trừ, ví dụ 2). "
            f"Tiêu chí: {criterion.title}.",
            where or None,
        )
    if value > criterion.max_points + 1e-9:
        raise ValidationError(
            f"Điểm {format_decimal(value, 2)} vượt mức tối đa "
            f"{format_decimal(criterion.max_points, 2)} của tiêu chí '{criterion.title}'.",
            where or None,
        )


def scale_warning(criteria: Sequence[Criterion], scale: int) -> str | None:
    """A warning when the base criteria's maxima do not add up to the declared scale."""
    total = sum(c.max_points for c in criteria if c.kind is CriterionKind.BASE)
    if abs(total - scale) > 1e-6:
        return (
            f"Tổng điểm tối đa của các tiêu chí cơ bản là {format_decimal(total, 2)}, "
            f"khác thang điểm {scale} đã khai báo."
        )
    return None


@dataclass
class UnitTotals:
    unit_id: int
    name: str
    base: float = 0.0
    bonus: float = 0.0
    penalty: float = 0.0
    self_total: float = 0.0
    scored: int = 0  # criteria with a cluster score
    rank: int = 0
    tied_with: list[int] = field(default_factory=list)  # unit ids sharing this rank
    decided_by: str = ""  # which tie-break separated it from the unit just above, if any

    @property
    def total(self) -> float:
        return round(self.base + self.bonus - self.penalty, 6)


def unit_totals(
    criteria: Sequence[Criterion], scores: Iterable[Score], units: dict[int, str]
) -> dict[int, UnitTotals]:
    """Sum the cluster's (and self-assessed) scores per unit by kind of criterion."""
    by_id = {c.id: c for c in criteria}
    totals = {uid: UnitTotals(uid, name) for uid, name in units.items()}
    for s in scores:
        crit = by_id.get(s.criterion_id)
        t = totals.get(s.unit_id)
        if crit is None or t is None or crit.kind is CriterionKind.GROUP:
            continue
        sign = -1 if crit.kind is CriterionKind.PENALTY else 1
        if s.self_score is not None:
            t.self_total += sign * s.self_score
        if s.cluster_score is None:
            continue
        t.scored += 1
        if crit.kind is CriterionKind.BASE:
            t.base += s.cluster_score
        elif crit.kind is CriterionKind.BONUS:
            t.bonus += s.cluster_score
        else:
            t.penalty += s.cluster_score
    return totals


def _key(t: UnitTotals, tie_breaks: Sequence[TieBreak]) -> tuple:
    parts: list[float] = [-t.total]
    for tb in tie_breaks:
        parts.append(
            {
                TieBreak.PENALTY: t.penalty,
                TieBreak.BASE: -t.base,
                TieBreak.BONUS: -t.bonus,
                TieBreak.SELF: -t.self_total,
            }[tb]
        )
    return tuple(round(p, 6) for p in parts)


def rank(totals: Iterable[UnitTotals], tie_breaks: Sequence[TieBreak]) -> list[UnitTotals]:
    """Order by total, then the tie-breaks; units equal on all of them share a rank."""
    ordered = sorted(totals, key=lambda t: (_key(t, tie_breaks), sort_key(t.name)))
    previous: UnitTotals | None = None
    for position, t in enumerate(ordered, start=1):
        key = _key(t, tie_breaks)
        if previous is not None and _key(previous, tie_breaks) == key:
            t.rank = previous.rank
        else:
            t.rank = position
            if previous is not None and round(previous.total, 6) == round(t.total, 6):
                # Same total: name the first tie-break that separated the two.
                prev_key = _key(previous, tie_breaks)
                for i, tb in enumerate(tie_breaks, start=1):
                    if prev_key[i] != key[i]:
                        previous.decided_by = previous.decided_by or tb.label
                        t.decided_by = f"xếp sau do {tb.label} của đơn vị trên"
                        break
        previous = t
    groups: dict[int, list[int]] = {}
    for t in ordered:
        groups.setdefault(t.rank, []).append(t.unit_id)
    for t in ordered:
        t.tied_with = [u for u in groups[t.rank] if u != t.unit_id]
    return ordered


def top_units(ranked: Sequence[UnitTotals], n: int) -> list[int]:
    """The first n units; units tied with the n-th are all included (never cut a tie)."""
    if n <= 0 or not ranked:
        return []
    cut = ranked[min(n, len(ranked)) - 1].rank
    return [t.unit_id for t in ranked if t.rank <= cut]
