"""Criteria sets on a real database: "năm 2016" brought up to date and put back, a set removed
and restored under its ids, refused while scored."""

from __future__ import annotations

import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.scoring import year_phrase


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kết quả năm 2016", True),
        ("NĂM  2016 tốt", True),
        ("Năm 2016.", True),
        ("Nghị định 15/2016/NĐ-CP", False),
        ("kế hoạch năm 2016 - 2020", False),
        ("năm 20161", False),
        ("trong năm 2015", False),
    ],
)
def test_the_year_phrase(text, found):
    assert bool(year_phrase(2016).search(text)) is found


def test_year_mentions_updated_together_and_put_back(services, small_cluster):
    s = services.scoring
    cset = s.create_set(small_cluster["year"].id, "Bảng 2016")
    e = services.edits
    group = e.create(m.Criterion(set_id=cset.id, title="Nhóm năm 2016", kind=m.CriterionKind.GROUP))
    child = e.create(
        m.Criterion(
            set_id=cset.id,
            title="Thực hiện Nghị định 15/2016/NĐ-CP",
            note="Số liệu năm 2016",
            max_points=10,
            parent_id=group.id,
        )
    )
    assert [c.id for c in s.year_mentions(cset.id, 2016)] == [group.id, child.id]
    before = s.update_year_mentions(cset.id, 2016, 2017)
    now = {c.id: (c.title, c.note) for c in s.criteria(cset.id)}
    assert now == {
        group.id: ("Nhóm năm 2017", ""),
        child.id: ("Thực hiện Nghị định 15/2016/NĐ-CP", "Số liệu năm 2017"),
    }
    s.put_back(before)
    assert s.criteria(cset.id) == [group, child]


def test_a_set_removed_comes_back_under_its_ids_and_a_scored_one_stays(services, small_cluster):
    s = services.scoring
    cset = s.create_set(small_cluster["year"].id, "Bảng 2016")
    e = services.edits
    group = e.create(m.Criterion(set_id=cset.id, title="Nhóm", kind=m.CriterionKind.GROUP))
    child = e.create(
        m.Criterion(set_id=cset.id, title="Chuyên môn", max_points=100, parent_id=group.id)
    )
    snap = s.remove_set(cset.id)
    assert services.repo.count(m.CriteriaSet) == 0 and services.repo.count(m.Criterion) == 0
    assert s.restore_set(snap) == cset
    assert s.criteria(cset.id) == [group, child]
    s.set_score(child.id, small_cluster["units"][0].id, cluster_score=90)
    with pytest.raises(ValidationError, match="đã có 1 điểm"):
        s.remove_set(cset.id)
    assert services.repo.count(m.Criterion) == 2
