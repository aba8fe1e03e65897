"""The limits every door applies to plain values, and the schema's lists checked in the domain."""

from __future__ import annotations

import math

import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.fields import check_limits, check_record_id, from_plain
from thidua_desktop.domain.rules import validate


@pytest.mark.parametrize(
    "field, value, fragment",
    [
        ("quota", 2**63, "quá lớn"),
        ("members_count", -(2**63) - 1, "quá lớn"),
        ("title", "x" * 501, "giới hạn 500 ký tự"),
        ("threshold_pct", "7" * 41, "giới hạn 40 ký tự"),
    ],
)
def test_check_limits_names_the_place(field, value, fragment):
    with pytest.raises(ValidationError) as err:
        check_limits(m.Vote, {field: value}, "votes[2]")
    assert err.value.where == f"votes[2].{field}" and fragment in err.value.message


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_non_finite_scores_are_refused(value):
    with pytest.raises(ValidationError, match="không hữu hạn"):
        check_limits(m.Score, {"self_score": value}, "scores[0]")


def test_values_within_the_limits_pass():
    check_limits(m.Vote, {"quota": 2**63 - 1, "title": "x" * 500, "closed_at": "y" * 100_000}, "")
    check_limits(m.BallotRecord, {"marks": "1," * 500}, "")


def test_from_plain_refuses_an_integer_sqlite_cannot_hold():
    with pytest.raises(ValidationError, match="quá lớn"):
        from_plain(m.Candidate, {"vote_id": 1, "unit_id": 1, "number": 2**64}, "c")


def test_record_ids_typed_by_a_user():
    assert check_record_id(7, "VOTE_ID") == 7
    for bad in (0, -1, 2**63):
        with pytest.raises(ValidationError, match="số nguyên dương"):
            check_record_id(bad, "VOTE_ID")


@pytest.mark.parametrize(
    "obj, field",
    [
        (m.Vote(1, 1, entry_mode="paper"), "entry_mode"),
        (m.Vote(1, 1, ballots_issued=-1), "ballots_issued"),
        (m.Vote(1, 1, status="deleted"), "status"),
        (m.Award(1, "Cờ", base="all"), "base"),
        (m.Candidate(1, 1, 0), "number"),
        (m.BallotRecord(1, 1, entry_pass=0), "entry_pass"),
        (m.VoteTotal(1, 1, -2), "votes"),
        (m.CountingMember(1, "A", role="boss"), "role"),
    ],
)
def test_validate_holds_the_schema_checks(obj, field):
    with pytest.raises(ValidationError) as err:
        validate(obj)
    assert err.value.where == field
