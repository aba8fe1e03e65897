"""Scoring use cases: criteria sets per year, scores per unit, ranking, last year's set as a start."""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound, ValidationError
from thidua_desktop.domain.scoring import (
    UnitTotals,
    check_score,
    parse_tie_breaks,
    rank,
    scale_warning,
    unit_totals,
)
from thidua_desktop.services.editing import EditService

SCORE_FIELDS = ("self_score", "cluster_score", "note")
MAX_NUMBER_TEXT = 30  # characters of a typed or imported score ("85,25" is 5)
MAX_NOTE = 2000  # characters of a score's note


def finite_score(value: object, where: str = "") -> float | None:
    """A score as stored: None, or a finite number; ∞ and NaN (which SQLite would store as
    NULL, erasing the score) are refused with a message naming the place."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            f"Điểm phải là một số (nhận được “{str(value)[:20]}”).", where or None
        )
    if not math.isfinite(value):
        raise ValidationError(
            "Điểm phải là một số hữu hạn, ví dụ 85 hoặc 85,5 (không nhận vô cực hay NaN).",
            where or None,
        )
    return float(value)


def parse_score(text: str, where: str = "") -> float | None:
    """'85,5' or '85.5' -> 85.5; '' -> None; anything else (too long, not finite) refused."""
    typed = text.strip()
    text = typed.replace(",", ".")
    if not text:
        return None
    if len(text) > MAX_NUMBER_TEXT:
        raise ValidationError(
            f"Điểm “{text[:12]}…” quá dài ({len(text)} ký tự): nhập một số như 85 hoặc 85,5.",
            where or None,
        )
    try:
        number = float(text)
    except ValueError as exc:
        raise ValidationError(
            f"“{typed[:12]}” không phải là số: nhập một số như 85 hoặc 85,5.", where or None
        ) from exc
    return finite_score(number, where)


def year_phrase(year: int) -> re.Pattern[str]:
    """The phrase "năm 2016" (any case, any spacing) as a whole; not 2016 in "15/2016/NĐ-CP",
    nor the start of a period ("năm 2016 - 2020")."""
    return re.compile(rf"(?<!\w)(năm)(\s+){year}(?!\d)(?!\s*[-–]\s*\d)", re.IGNORECASE)


@dataclass(frozen=True)
class ScoreChange:
    """What one score edit did, so the GUI can undo it exactly."""

    criterion_id: int
    unit_id: int
    before: m.Score | None
    after: m.Score | None


@dataclass(frozen=True)
class SetSnapshot:
    """A removed criteria set with its criteria (parents first), to put back as it was."""

    cset: m.CriteriaSet
    criteria: tuple[m.Criterion, ...]


class ScoringService:
    def __init__(self, edits: EditService) -> None:
        self.edits = edits
        self.repo = edits.repo

    # -- reading --------------------------------------------------------------------------------
    def sets_for_year(self, year_id: int) -> list[m.CriteriaSet]:
        return self.repo.find(m.CriteriaSet, "year_id = ?", [year_id])

    def criteria(self, set_id: int) -> list[m.Criterion]:
        """Criteria in reading order: groups followed by their children."""
        rows = self.repo.find(m.Criterion, "set_id = ?", [set_id], order_by="sort_order, id")
        children: dict[int | None, list[m.Criterion]] = {}
        for c in rows:
            children.setdefault(c.parent_id, []).append(c)
        ordered: list[m.Criterion] = []

        def walk(parent: int | None) -> None:
            for c in children.get(parent, []):
                ordered.append(c)
                walk(c.id)

        walk(None)
        return ordered

    def scores(self, set_id: int) -> list[m.Score]:
        return self.repo.find(
            m.Score, "criterion_id IN (SELECT id FROM criteria WHERE set_id = ?)", [set_id]
        )

    def member_units(self, year_id: int) -> list[m.Unit]:
        year = self.repo.get(m.Year, year_id)
        return self.repo.find(
            m.Unit,
            "cluster_id = ? AND is_member = 1 AND active = 1",
            [year.cluster_id],
            order_by="sort_order, id",
        )

    def ranking(self, set_id: int, registered_for: int | None = None) -> list[UnitTotals]:
        """Ranked member units the cluster has scored; with `registered_for`, only those
        registered for that award."""
        cset = self.repo.get(m.CriteriaSet, set_id)
        units = self.member_units(cset.year_id)
        if registered_for is not None:
            registered = {
                r.unit_id
                for r in self.repo.find(
                    m.Registration, "year_id = ? AND award_id = ?", [cset.year_id, registered_for]
                )
            }
            units = [u for u in units if u.id in registered]
        totals = unit_totals(
            self.criteria(set_id),
            self.scores(set_id),
            {u.id: u.short_name or u.name for u in units},
        )
        # a unit the cluster has not scored yet is not last with 0 points: it is not ranked
        return rank([t for t in totals.values() if t.scored], parse_tie_breaks(cset.tie_break))

    def warnings(self, set_id: int) -> list[str]:
        cset = self.repo.get(m.CriteriaSet, set_id)
        warning = scale_warning(self.criteria(set_id), cset.scale)
        return [warning] if warning else []

    # -- writing --------------------------------------------------------------------------------
    def set_score(self, criterion_id: int, unit_id: int, **fields: object) -> ScoreChange:
        """Set a unit's self and/or cluster score on a criterion (refused above the maximum)."""
        unknown = set(fields) - set(SCORE_FIELDS)
        if unknown:
            raise ValueError(f"unknown score fields: {sorted(unknown)}")
        criterion = self.repo.get(m.Criterion, criterion_id)
        for key in ("self_score", "cluster_score"):
            if key in fields:
                fields[key] = finite_score(fields[key], key)
                check_score(criterion, fields[key], key)  # type: ignore[arg-type]
        note = fields.get("note")
        if isinstance(note, str) and len(note) > MAX_NOTE:
            raise ValidationError(
                f"Ghi chú dài {len(note)} ký tự, quá mức {MAX_NOTE} ký tự: hãy rút gọn.", "note"
            )
        before = self.repo.find_one(
            m.Score, "criterion_id = ? AND unit_id = ?", [criterion_id, unit_id]
        )
        if before is None:
            after = self.edits.create(
                m.Score(criterion_id=criterion_id, unit_id=unit_id, **fields)  # type: ignore[arg-type]
            )
        else:
            after = self.edits.update(dataclasses.replace(before, **fields))  # type: ignore[arg-type]
        return ScoreChange(criterion_id, unit_id, before, after)

    def revert(self, change: ScoreChange) -> None:
        """Undo a set_score: put the previous score back (or remove the one it created)."""
        if change.before is None:
            if change.after is not None:
                self.edits.delete(m.Score, change.after.id)  # type: ignore[arg-type]
        else:
            self.edits.update(change.before)

    def create_set(
        self, year_id: int, name: str, scale: int = 100, tie_break: str = "penalty,base"
    ) -> m.CriteriaSet:
        parse_tie_breaks(tie_break)
        if scale <= 0:
            raise ValidationError("Thang điểm phải là số dương (ví dụ 100 hoặc 1000).", "scale")
        return self.edits.create(
            m.CriteriaSet(year_id=year_id, name=name, scale=scale, tie_break=tie_break)
        )

    def _earlier_years(self, year_id: int) -> list[m.Year]:
        year = self.repo.get(m.Year, year_id)
        return self.repo.find(
            m.Year,
            "cluster_id = ? AND year < ?",
            [year.cluster_id, year.year],
            order_by="year DESC",
        )

    def previous_set(self, year_id: int) -> m.CriteriaSet | None:
        """The set `copy_previous_year` starts from: the newest of the latest earlier year."""
        earlier = self._earlier_years(year_id)
        return next((s for y in earlier for s in reversed(self.sets_for_year(y.id))), None)

    def year_mentions(self, set_id: int, year: int) -> list[m.Criterion]:
        """The criteria of a set whose title or note says "năm <year>"."""
        phrase = year_phrase(year)
        return [c for c in self.criteria(set_id) if phrase.search(c.title + "\n" + c.note)]

    def update_year_mentions(self, set_id: int, old: int, new: int) -> list[m.Criterion]:
        """Make "năm <old>" read "năm <new>" in the set's titles and notes, all or nothing;
        return the criteria as they were (to undo with `put_back`)."""
        phrase = year_phrase(old)
        before = self.year_mentions(set_id, old)
        with self.edits.transaction():
            for c in before:
                title, note = (phrase.sub(rf"\g<1>\g<2>{new}", t) for t in (c.title, c.note))
                self.edits.update(dataclasses.replace(c, title=title, note=note))
        return before

    def put_back(self, criteria: list[m.Criterion]) -> None:
        """Store criteria as they were (undo of `update_year_mentions`)."""
        with self.edits.transaction():
            for c in criteria:
                self.edits.update(c)

    def remove_set(self, set_id: int) -> SetSnapshot:
        """Delete a set and its criteria, refused while any criterion has a score."""
        scored = self.repo.count(
            m.Score, "criterion_id IN (SELECT id FROM criteria WHERE set_id = ?)", [set_id]
        )
        if scored:
            raise ValidationError(f"Bảng tiêu chí đã có {scored} điểm: xóa các điểm đó trước.")
        snap = SetSnapshot(self.repo.get(m.CriteriaSet, set_id), tuple(self.criteria(set_id)))
        with self.edits.transaction():
            for c in reversed(snap.criteria):  # children before their group
                self.edits.delete(m.Criterion, c.id)  # type: ignore[arg-type]
            self.edits.delete(m.CriteriaSet, set_id)
        return snap

    def restore_set(self, snap: SetSnapshot) -> m.CriteriaSet:
        """Put a removed set back under its old ids (redo of a copy, undo of a removal)."""
        with self.edits.transaction():
            saved = self.edits.restore(snap.cset)
            for c in snap.criteria:
                self.edits.restore(c)
        return saved

    def copy_previous_year(self, year_id: int) -> m.CriteriaSet:
        """Start this year's set from the newest set of the latest earlier year (no scores)."""
        year = self.repo.get(m.Year, year_id)
        earlier = self._earlier_years(year_id)
        source = self.previous_set(year_id)
        if source is None:
            raise NotFound(f"Chưa có bảng tiêu chí của năm nào trước năm {year.year} để sao chép.")
        name = source.name
        for y in earlier:
            name = name.replace(str(y.year), str(year.year))
        with self.edits.transaction() as repo:
            new_set = repo.insert(dataclasses.replace(source, id=None, year_id=year_id, name=name))
            mapping: dict[int, int] = {}
            for c in self.criteria(source.id):  # parents come before their children
                parent = mapping.get(c.parent_id) if c.parent_id else None
                copy = repo.insert(
                    dataclasses.replace(c, id=None, set_id=new_set.id, parent_id=parent)
                )
                mapping[c.id] = copy.id  # type: ignore[index]
            self.edits.audit(
                "copy",
                "CriteriaSet",
                new_set.id,
                {"from_set": source.id},
                {"criteria": len(mapping)},
            )
        return new_set
