"""Scoring service on a real database: scores, limits, ranking filter, copying last year's set."""

from __future__ import annotations

import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound, ValidationError


@pytest.fixture
def scored(services, small_cluster):
    s = services.scoring
    year = small_cluster["year"]
    cset = s.create_set(year.id, "Bảng chấm điểm thi đua năm 2016", scale=100)
    e = services.edits
    group = e.create(m.Criterion(set_id=cset.id, title="Nhóm I", kind=m.CriterionKind.GROUP))
    base = e.create(
        m.Criterion(set_id=cset.id, title="Chuyên môn", max_points=100, parent_id=group.id)
    )
    penalty = e.create(
        m.Criterion(set_id=cset.id, title="Vi phạm", kind=m.CriterionKind.PENALTY, max_points=10)
    )
    units = small_cluster["units"]
    for unit, value in zip(units, (90, 95, 80), strict=True):
        s.set_score(base.id, unit.id, cluster_score=value, self_score=value)
    s.set_score(penalty.id, units[1].id, cluster_score=5)
    return {"set": cset, "base": base, "penalty": penalty, "group": group, **small_cluster}


def test_ranking_from_stored_scores(services, scored):
    ranked = services.scoring.ranking(scored["set"].id)
    names = [t.name for t in ranked]
    assert names == [
        "Sở Tư pháp tỉnh Hà Giang",  # 90
        "Cục Thi hành án dân sự tỉnh Yên Bái",  # 95 - 5 = 90, more penalty → second
        "Sở Tư pháp tỉnh Hòa Bình",
    ]
    assert [t.rank for t in ranked] == [1, 2, 3]
    assert "điểm trừ" in ranked[1].decided_by


def test_score_above_max_is_refused_and_nothing_changes(services, scored):
    unit = scored["units"][2]
    with pytest.raises(ValidationError, match="vượt mức tối đa"):
        services.scoring.set_score(scored["base"].id, unit.id, cluster_score=101)
    stored = services.repo.find_one(
        m.Score, "criterion_id = ? AND unit_id = ?", [scored["base"].id, unit.id]
    )
    assert stored.cluster_score == 80


def test_set_score_and_revert(services, scored):
    unit = scored["units"][0]
    change = services.scoring.set_score(scored["penalty"].id, unit.id, cluster_score=2)
    assert change.before is None and change.after.cluster_score == 2
    services.scoring.revert(change)
    assert (
        services.repo.count(
            m.Score, "unit_id = ? AND criterion_id = ?", [unit.id, scored["penalty"].id]
        )
        == 0
    )


def test_filter_units_registered_for_an_award(services, scored):
    award = scored["award"]
    year = scored["year"]
    services.edits.create(
        m.Registration(year_id=year.id, unit_id=scored["units"][2].id, award_id=award.id)
    )
    ranked = services.scoring.ranking(scored["set"].id, registered_for=award.id)
    assert [t.unit_id for t in ranked] == [scored["units"][2].id]


def test_copy_previous_year_copies_criteria_without_scores(services, scored):
    new_year = services.edits.create(m.Year(cluster_id=scored["cluster"].id, year=2017))
    copied = services.scoring.copy_previous_year(new_year.id)
    assert copied.name == "Bảng chấm điểm thi đua năm 2017"
    crits = services.scoring.criteria(copied.id)
    assert [c.title for c in crits] == ["Nhóm I", "Chuyên môn", "Vi phạm"]
    assert crits[1].parent_id == crits[0].id
    assert services.scoring.scores(copied.id) == []
    with pytest.raises(NotFound):
        services.scoring.copy_previous_year(scored["year"].id)


def test_scale_warning_through_the_service(services, scored):
    assert services.scoring.warnings(scored["set"].id) == []
    services.edits.change(m.Criterion, scored["base"].id, max_points=90)
    assert "khác thang điểm 100" in services.scoring.warnings(scored["set"].id)[0]


def add_late_unit(services, scored):
    """A member unit added after scoring began: nothing scored for it yet."""
    return services.edits.create(
        m.Unit(cluster_id=scored["cluster"].id, name="Sở Tư pháp tỉnh Lai Châu", sort_order=9)
    )


def test_a_unit_not_scored_yet_is_not_ranked_last_with_zero(services, scored):
    late = add_late_unit(services, scored)
    ranked = services.scoring.ranking(scored["set"].id)
    assert late.id not in {t.unit_id for t in ranked} and [t.rank for t in ranked] == [1, 2, 3]
    services.scoring.set_score(scored["base"].id, late.id, cluster_score=99)
    assert services.scoring.ranking(scored["set"].id)[0].unit_id == late.id  # scored: ranked
