"""Results text: a ratio reads as a ratio, and a unit that misses the threshold never shows a
percentage rounded up to it."""

from __future__ import annotations

from fractions import Fraction

from thidua_desktop.domain.voting import Status, tally_totals
from thidua_desktop.domain.voting_rules import Candidate, Counts, VoteRules
from thidua_desktop.domain.voting_text import level_text, percent_below, threshold_phrase

NINE = Counts(9, 9, 9, 9)


def one(votes: int, rules: VoteRules, counts: Counts = NINE):
    return tally_totals(
        [Candidate(1, 1, "Sở Tư pháp tỉnh Hà Giang")], {1: votes}, 9, 0, counts, rules
    )


def test_six_of_nine_against_66_67_percent_is_not_printed_as_66_67():
    result = one(6, VoteRules("66,67", ">=", "members"))
    row = result.rows[0]
    assert row.status is Status.NOT_PASSED
    assert row.quote == "6/9 phiếu (66,667%)" and row.percent_text == "66,667%"
    assert row.explanation == (
        "Được 6/9 phiếu (66,667%), không đạt mức ≥ 66,67% trên tổng số 9 đơn vị thành viên."
    )
    assert "66,67%)" not in result.summary.split("Quy chế")[0]


def test_a_two_thirds_threshold_reads_as_two_thirds():
    rules = VoteRules("2/3", ">=", "members")
    assert threshold_phrase(rules) == "≥ 2/3"
    passed, missed = one(6, rules).rows[0], one(5, rules).rows[0]
    assert passed.status is Status.ELECTED
    assert passed.explanation.startswith("Đạt 6/9 phiếu (66,67%) ≥ 2/3 trên tổng số 9")
    assert missed.explanation == (
        "Được 5/9 phiếu (55,56%), không đạt mức ≥ 2/3 trên tổng số 9 đơn vị thành viên."
    )
    assert "Quy chế: đạt ≥ 2/3 tính trên" in one(6, rules).summary


def test_exactly_the_level_of_a_strict_rule_says_so():
    row = one(6, VoteRules("2/3", ">", "members")).rows[0]
    assert row.status is Status.NOT_PASSED
    assert row.explanation == (
        "Được 6/9 phiếu (66,67%), bằng đúng mức 2/3, chưa đạt mức > 2/3 trên tổng số 9 "
        "đơn vị thành viên."
    )


def test_plain_percentages_are_unchanged():
    row = one(6, VoteRules(70, ">=", "members")).rows[0]
    assert row.quote == "6/9 phiếu (66,67%)"
    assert "không đạt mức ≥ 70% trên" in row.explanation
    assert level_text(Fraction(70)) == "70%" and level_text(Fraction(6667, 100)) == "66,67%"


def test_a_quorum_missed_by_a_hair_is_not_rounded_up_to_its_level():
    counts = Counts(members=3, present=2, issued=2, returned=2)
    rules = VoteRules(50, ">=", "present", 1, "66,67")
    result = tally_totals([Candidate(1, 1, "Sở Tư pháp")], {1: 2}, 2, 0, counts, rules)
    assert not result.quorum_met
    assert result.quorum_explanation.startswith(
        "Không đủ tỷ lệ tham dự: có mặt 2/3 thành viên (66,667%), dưới mức tối thiểu ≥ 66,67%"
    )
    assert "(66,667%)" in result.rows[0].explanation
    assert percent_below(Fraction(200, 3), Fraction(6667, 100)) == "66,667%"
    assert percent_below(Fraction(6666999, 100000), Fraction(6667, 100)) == "66,66999%"
