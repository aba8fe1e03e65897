"""Scoring: totals by kind, limits, ranking with stated tie-breaks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.model import Criterion, CriterionKind, Score
from thidua_desktop.domain.scoring import (
    TieBreak,
    UnitTotals,
    check_score,
    parse_tie_breaks,
    rank,
    scale_warning,
    top_units,
    unit_totals,
)

CRITERIA = [
    Criterion(set_id=1, id=1, title="Nhóm I", kind=CriterionKind.GROUP, max_points=60),
    Criterion(set_id=1, id=2, title="Công tác chuyên môn", max_points=60, parent_id=1),
    Criterion(set_id=1, id=3, title="Công tác thi đua", max_points=40),
    Criterion(set_id=1, id=4, title="Sáng kiến", kind=CriterionKind.BONUS, max_points=5),
    Criterion(set_id=1, id=5, title="Vi phạm", kind=CriterionKind.PENALTY, max_points=5),
]
UNITS = {10: "Sở Tư pháp Hà Giang", 11: "Cục THADS Yên Bái", 12: "Sở Tư pháp Hòa Bình"}


def scores(table: dict[int, tuple[float, float, float, float]]) -> list[Score]:
    out = []
    for uid, values in table.items():
        for cid, v in zip((2, 3, 4, 5), values, strict=True):
            out.append(Score(criterion_id=cid, unit_id=uid, cluster_score=v, self_score=v + 1))
    return out


def test_totals_add_base_and_bonus_and_deduct_penalty():
    totals = unit_totals(CRITERIA, scores({10: (50, 30, 2, 1)}), {10: "A"})
    t = totals[10]
    assert (t.base, t.bonus, t.penalty, t.total) == (80, 2, 1, 81)
    assert t.self_total == 51 + 31 + 3 - 2
    assert t.scored == 4


def test_scores_outside_the_limits_are_refused():
    check_score(CRITERIA[1], 60)
    with pytest.raises(ValidationError, match="vượt mức tối đa 60"):
        check_score(CRITERIA[1], 60.5)
    with pytest.raises(ValidationError, match="không được âm"):
        check_score(CRITERIA[4], -1)
    with pytest.raises(ValidationError, match="nhóm"):
        check_score(CRITERIA[0], 1)


def test_scale_warning():
    assert scale_warning(CRITERIA, 100) is None
    assert "khác thang điểm 1000" in scale_warning(CRITERIA, 1000)


def test_tie_break_order_decides_and_is_named():
    # 10 and 11 both total 81; 11 has fewer penalty points, 12 is behind.
    table = {10: (50, 30, 3, 2), 11: (50, 30, 1, 0), 12: (40, 30, 0, 0)}
    ranked = rank(unit_totals(CRITERIA, scores(table), UNITS).values(), [TieBreak.PENALTY])
    assert [(t.unit_id, t.rank) for t in ranked] == [(11, 1), (10, 2), (12, 3)]
    assert "ít điểm trừ hơn" in ranked[1].decided_by
    # With base first instead, 10 and 11 are still equal on base: penalty was not asked, so tie.
    ranked = rank(unit_totals(CRITERIA, scores(table), UNITS).values(), [TieBreak.BASE])
    assert [t.rank for t in ranked[:2]] == [1, 1]
    assert set(ranked[0].tied_with + ranked[1].tied_with) == {10, 11}


def test_top_units_never_cuts_a_tie():
    ranked = [
        UnitTotals(1, "A", base=90, rank=1),
        UnitTotals(2, "B", base=80, rank=2),
        UnitTotals(3, "C", base=80, rank=2),
        UnitTotals(4, "D", base=70, rank=4),
    ]
    assert top_units(ranked, 2) == [1, 2, 3]
    assert top_units(ranked, 1) == [1]
    assert top_units(ranked, 0) == []


def test_parse_tie_breaks():
    assert parse_tie_breaks("penalty, base,penalty") == [TieBreak.PENALTY, TieBreak.BASE]
    with pytest.raises(ValidationError, match="không có"):
        parse_tie_breaks("age")


@given(
    st.dictionaries(
        st.integers(1, 30),
        st.tuples(st.integers(0, 60), st.integers(0, 40), st.integers(0, 5), st.integers(0, 5)),
        min_size=1,
        max_size=12,
    )
)
def test_ranking_is_ordered_and_ranks_are_consistent(table):
    units = {uid: f"Đơn vị {uid}" for uid in table}
    ranked = rank(
        unit_totals(CRITERIA, scores(table), units).values(), [TieBreak.PENALTY, TieBreak.BASE]
    )
    assert len(ranked) == len(table)
    for a, b in zip(ranked, ranked[1:], strict=False):
        assert a.total >= b.total
        assert a.rank <= b.rank
        if a.rank == b.rank:
            assert (a.total, a.penalty, a.base) == (b.total, b.penalty, b.base)
    assert ranked[0].rank == 1
