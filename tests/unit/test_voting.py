"""Voting rules engine: concrete cases from the clusters' practice."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction

import pytest

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.voting import (
    Ballot,
    Base,
    Candidate,
    Comparison,
    Counts,
    InvalidReason,
    RunningTally,
    Status,
    VoteRules,
    classify_ballot,
    compare_entries,
    new_round_candidates,
    parse_marks,
    parse_percent,
    percent_storage_text,
    remaining_quota,
    tally_ballots,
    tally_totals,
)

NAMES = [
    "Cục THADS tỉnh Hà Giang",
    "Cục THADS tỉnh Yên Bái",
    "Sở Tư pháp tỉnh Lào Cai",
    "Sở Tư pháp tỉnh Hòa Bình",
    "Cục THADS tỉnh Điện Biên",
]
GOV_FLAG = VoteRules(threshold_pct="70", comparison=">=", base="members", quota=2)
FULL_14 = Counts(members=14, present=14, issued=14, returned=14)


def units(n: int = 3, withdrawn: tuple[int, ...] = ()) -> list[Candidate]:
    return [Candidate(100 + i, i, NAMES[i - 1], i in withdrawn) for i in range(1, n + 1)]


def stack(votes: dict[int, int], n: int, quota: int) -> list[Ballot]:
    """n valid ballots carrying the given votes, each mark on the least-marked ballots."""
    marks: list[set[int]] = [set() for _ in range(n)]
    for number, v in votes.items():
        for m in sorted(marks, key=len)[:v]:
            assert len(m) < quota
            m.add(number)
    return [Ballot(frozenset(m)) for m in marks]


def statuses(result) -> list[Status]:
    return [r.status for r in result.rows]


# --- The Government flag: 14 members, all present, 2 seats, ≥ 70% of members -----------------


def test_government_flag_two_units_elected():
    result = tally_ballots(units(), stack({1: 12, 2: 11, 3: 5}, 14, 2), FULL_14, GOV_FLAG)
    assert statuses(result) == [Status.ELECTED, Status.ELECTED, Status.NOT_PASSED]
    assert [c.name for c in result.elected] == NAMES[:2]
    first = result.rows[0]
    assert first.quote == "12/14 phiếu (85,71%)"
    assert first.percent == Fraction(1200, 14)
    assert first.explanation == (
        "Đạt 12/14 phiếu (85,71%) ≥ 70% trên tổng số 14 đơn vị thành viên; xếp thứ 1, trong 2 suất."
    )
    assert result.rows[1].quote == "11/14 phiếu (78,57%)"
    assert not result.needs_new_round and result.tied == ()
    assert "Cục THADS tỉnh Hà Giang – 12/14 phiếu (85,71%)" in result.summary
    assert "Không đạt mức ≥ 70%: Sở Tư pháp tỉnh Lào Cai." in result.summary


def test_government_flag_nine_of_fourteen_does_not_pass():
    result = tally_ballots(units(), stack({1: 12, 2: 9, 3: 7}, 14, 2), FULL_14, GOV_FLAG)
    assert statuses(result) == [Status.ELECTED, Status.NOT_PASSED, Status.NOT_PASSED]
    row = result.rows[1]
    assert not row.passes_threshold
    assert row.explanation == (
        "Được 9/14 phiếu (64,29%), không đạt mức ≥ 70% trên tổng số 14 đơn vị thành viên."
    )
    assert remaining_quota(result) == 1 and not result.needs_new_round


# --- Threshold: exact arithmetic, ≥ vs > -------------------------------------------------------


@pytest.mark.parametrize(("comparison", "passes"), [(Comparison.GE, True), (Comparison.GT, False)])
def test_exactly_at_threshold_ge_passes_gt_does_not(comparison, passes):
    rules = VoteRules(50, comparison, Base.MEMBERS, quota=1)
    result = tally_totals(units(2), {1: 7, 2: 6}, 14, 0, FULL_14, rules)
    assert result.rows[0].passes_threshold is passes
    assert (result.rows[0].status is Status.ELECTED) is passes


def test_gt_just_above_threshold_passes():
    rules = VoteRules(50, ">", "members", 1)
    result = tally_totals(units(2), {1: 8, 2: 6}, 14, 0, FULL_14, rules)
    assert result.rows[0].status is Status.ELECTED
    assert "> 50%" in result.rows[0].explanation


def test_two_thirds_is_exact_but_66_67_percent_is_not():
    counts = Counts(9, 9, 9, 9)
    two_thirds = tally_totals(units(1), {1: 6}, 9, 0, counts, VoteRules("2/3", ">=", "members"))
    assert two_thirds.rows[0].status is Status.ELECTED
    assert "≥ 2/3 trên tổng số" in two_thirds.rows[0].explanation
    for typed in (66.67, "66,67", "66.67%"):
        rounded = tally_totals(units(1), {1: 6}, 9, 0, counts, VoteRules(typed, ">=", "members"))
        assert rounded.rows[0].status is Status.NOT_PASSED, typed


@pytest.mark.parametrize(
    ("base", "base_value", "passes"),
    [
        (Base.MEMBERS, 14, False),  # 7/14 = 50%
        (Base.PRESENT, 12, False),  # 7/12 = 58,33%
        (Base.RETURNED, 11, True),  # 7/11 = 63,64% (invalid ballot included)
        (Base.VALID, 10, True),  # 7/10 = 70%
    ],
)
def test_each_base(base, base_value, passes):
    counts = Counts(members=14, present=12, issued=12, returned=11)
    ballots = stack({1: 7}, 10, 1) + [Ballot(frozenset({1}), InvalidReason.IDENTIFYING)]
    result = tally_ballots(units(1), ballots, counts, VoteRules(60, ">=", base, 1))
    row = result.rows[0]
    assert (row.base_value, result.base_value, row.votes) == (base_value, base_value, 7)
    assert row.passes_threshold is passes
    assert result.base_label == base.label
    assert base.phrase(base_value) in row.explanation


def test_base_labels_are_vietnamese():
    assert Base.MEMBERS.label == "tổng số đơn vị thành viên"
    assert Base.PRESENT.label == "số đại biểu có mặt"
    assert Base.RETURNED.label == "số phiếu thu vào"
    assert Base.VALID.label == "số phiếu hợp lệ"


def test_no_valid_ballot_means_nobody_passes_on_valid_base():
    counts = Counts(5, 5, 5, 2)
    ballots = [Ballot(frozenset({1}), InvalidReason.NOT_OFFICIAL), Ballot((), "Rách")]
    rules = VoteRules(0, ">=", "valid", 1)
    result = tally_ballots(units(1), ballots, counts, rules)
    assert result.rows[0].status is Status.NOT_PASSED
    assert result.rows[0].quote == "0/0 phiếu (0,00%)"
    assert "không có phiếu hợp lệ" in result.rows[0].explanation


# --- Quorum --------------------------------------------------------------------------------------


def test_quorum_not_met_voids_the_vote():
    counts = Counts(members=14, present=9, issued=9, returned=9)
    rules = dataclasses.replace(GOV_FLAG, threshold_pct=50, quorum_pct="2/3")
    result = tally_totals(units(3, withdrawn=(3,)), {1: 9, 2: 8}, 9, 0, counts, rules)
    assert not result.valid and not result.quorum_met
    assert statuses(result) == [Status.VOID, Status.VOID, Status.WITHDRAWN]
    assert result.elected == () and not result.needs_new_round
    assert "9/14 thành viên (64,29%)" in result.quorum_explanation
    assert "không có giá trị" in result.rows[0].explanation
    assert "không có giá trị" in result.summary
    assert result.to_dict()["valid"] is False


@pytest.mark.parametrize(("quorum", "met"), [("2/3", True), (66.67, False), (0, True)])
def test_quorum_exactly_two_thirds(quorum, met):
    counts = Counts(members=15, present=10, issued=10, returned=10)
    rules = VoteRules(50, ">=", "present", 1, quorum)
    result = tally_totals(units(1), {1: 10}, 10, 0, counts, rules)
    assert result.quorum_met is met
    assert (result.rows[0].status is Status.ELECTED) is met
    if quorum == "2/3":
        assert result.quorum_explanation == (
            "Đủ tỷ lệ tham dự: có mặt 10/15 thành viên (66,67%), "
            "đạt mức tối thiểu ≥ 2/3 theo quy chế."
        )


# --- Ties, quota, withdrawal, new round --------------------------------------------------------


def test_tie_at_the_boundary_is_never_picked():
    counts = Counts(17, 17, 17, 17)
    rules = dataclasses.replace(GOV_FLAG, threshold_pct=60)
    result = tally_ballots(units(3), stack({1: 12, 2: 11, 3: 11}, 17, 2), counts, rules)
    assert statuses(result) == [Status.ELECTED, Status.TIED, Status.TIED]
    assert [r.rank for r in result.rows] == [1, 2, 2]
    assert result.needs_new_round and remaining_quota(result) == 1
    assert [c.id for c in result.tied] == [102, 103]
    assert "bằng phiếu với Sở Tư pháp tỉnh Lào Cai ở ranh giới 2 suất" in result.rows[1].explanation
    assert "cần bỏ phiếu vòng mới" in result.rows[1].explanation
    again = new_round_candidates(result)
    assert [(c.id, c.number, c.name) for c in again] == [(102, 1, NAMES[1]), (103, 2, NAMES[2])]


def test_new_round_among_tied_units_fills_the_remaining_seat():
    first = tally_totals(
        units(3),
        {1: 12, 2: 8, 3: 8},
        14,
        0,
        FULL_14,
        dataclasses.replace(GOV_FLAG, threshold_pct=50),
    )
    assert first.tied and remaining_quota(first) == 1
    rules = dataclasses.replace(first.rules, quota=remaining_quota(first))
    second = tally_totals(new_round_candidates(first), {1: 9, 2: 5}, 14, 0, FULL_14, rules)
    assert [c.id for c in second.elected] == [102]


def test_tie_for_a_single_seat_elects_nobody():
    rules = VoteRules(50, ">=", "members", 1)
    result = tally_totals(units(2), {1: 7, 2: 7}, 14, 0, FULL_14, rules)
    assert statuses(result) == [Status.TIED, Status.TIED]
    assert result.elected == () and remaining_quota(result) == 1


def test_tie_inside_the_quota_elects_both():
    rules = dataclasses.replace(GOV_FLAG, threshold_pct=50)
    result = tally_totals(units(3), {1: 11, 2: 11, 3: 6}, 14, 0, FULL_14, rules)
    assert statuses(result) == [Status.ELECTED, Status.ELECTED, Status.NOT_PASSED]
    assert [r.rank for r in result.rows] == [1, 1, 3]


def test_passed_but_beyond_the_quota_is_over_quota():
    rules = VoteRules(40, ">=", "members", 1)
    result = tally_totals(units(3), {1: 7, 2: 6, 3: 1}, 14, 0, FULL_14, rules)
    assert statuses(result) == [Status.ELECTED, Status.OVER_QUOTA, Status.NOT_PASSED]
    assert "xếp thứ 2, ngoài 1 suất" in result.rows[1].explanation
    assert "ngoài số suất: Cục THADS tỉnh Yên Bái" in result.summary


def test_withdrawal_frees_the_place_and_breaks_the_tie():
    counts = Counts(17, 17, 17, 17)
    ballots = stack({1: 12, 2: 11, 3: 11}, 17, 2)
    rules = dataclasses.replace(GOV_FLAG, threshold_pct=60)
    result = tally_ballots(units(3, withdrawn=(3,)), ballots, counts, rules)
    assert statuses(result) == [Status.ELECTED, Status.ELECTED, Status.WITHDRAWN]
    assert result.rows[2].rank == 3 and not result.needs_new_round
    assert result.rows[2].explanation.startswith("Đơn vị xin rút")


def test_withdrawn_unit_never_wins_even_with_most_votes():
    rules = dataclasses.replace(GOV_FLAG, quota=1)
    result = tally_totals(units(3, withdrawn=(1,)), {1: 14, 2: 0, 3: 0}, 14, 0, FULL_14, rules)
    assert result.rows[0].status is Status.WITHDRAWN and result.rows[0].passes_threshold
    assert result.elected == ()
    assert [r.rank for r in result.rows] == [3, 1, 1]


# --- Ballots: entry, invalid reasons -----------------------------------------------------------


def test_classify_ballot():
    cs = units(3)
    assert classify_ballot([1, 2], cs, GOV_FLAG) == Ballot(frozenset({1, 2}))
    assert classify_ballot([], cs, GOV_FLAG).is_blank
    too_many = classify_ballot([1, 2, 3], cs, GOV_FLAG)
    assert too_many.invalid_reason == "Đánh dấu quá số lượng được bầu (3/2)"
    assert not too_many.is_valid
    signed = classify_ballot([1], cs, GOV_FLAG, InvalidReason.IDENTIFYING)
    assert signed.invalid_reason == "Có ký tên hoặc đánh dấu nhận dạng"


def test_unknown_number_is_refused_at_entry():
    with pytest.raises(ValidationError) as err:
        classify_ballot([1, 7], units(3), GOV_FLAG)
    assert err.value.message == "Số 7 không có trong danh sách ứng cử"


def test_invalid_ballots_are_not_counted_but_blank_ones_are_valid():
    cs = units(2)
    ballots = [
        Ballot(frozenset({1})),
        Ballot(frozenset()),
        Ballot(frozenset({1}), InvalidReason.NOT_OFFICIAL),
        classify_ballot([1, 2], cs, VoteRules(quota=1)),
    ]
    result = tally_ballots(cs, ballots, Counts(4, 4, 4, 4), VoteRules(50, ">=", "valid", 1))
    assert (result.valid_ballots, result.invalid_ballots, result.blank_ballots) == (2, 2, 1)
    assert result.rows[0].quote == "1/2 phiếu (50,00%)"
    assert "(trong đó 1 phiếu trắng)" in result.summary


def test_marks_text_round_trip():
    assert parse_marks("3, 1") == {1, 3} == parse_marks("1 3") == parse_marks("1+3;3")
    assert parse_marks("") == frozenset() and Ballot().marks_text == ""
    assert Ballot({3, 1, 12}).marks_text == "1,3,12"
    for bad in ("1,a", "0", "-1", "1.5", "٣"):
        with pytest.raises(ValidationError):
            parse_marks(bad)


@pytest.mark.parametrize("marks", [{0}, {"1"}, {True}, {-2}])
def test_ballot_marks_must_be_ballot_numbers(marks):
    with pytest.raises(ValidationError):
        Ballot(marks)


def test_ballot_reason_must_not_be_empty():
    with pytest.raises(ValidationError):
        Ballot(frozenset({1}), "  ")


def test_tally_refuses_inconsistent_ballots():
    cs = units(3)
    with pytest.raises(ValidationError, match="Phiếu thứ 2: số 9 không có"):
        tally_ballots(cs, [Ballot({1}), Ballot({9})], Counts(2, 2, 2, 2), GOV_FLAG)
    with pytest.raises(ValidationError, match="Phiếu thứ 1 đánh dấu 3 đơn vị"):
        tally_ballots(cs, [Ballot({1, 2, 3})], Counts(2, 2, 2, 1), GOV_FLAG)
    with pytest.raises(ValidationError, match="thu vào ghi là 3 nhưng đã nhập 2"):
        tally_ballots(cs, [Ballot({1}), Ballot({2})], Counts(3, 3, 3, 3), GOV_FLAG)


def test_duplicate_candidate_numbers_refused():
    with pytest.raises(ValidationError, match="Số 1 bị trùng"):
        tally_totals(
            [Candidate(1, 1, "A"), Candidate(2, 1, "B")], {}, 1, 0, Counts(1, 1, 1, 1), GOV_FLAG
        )
    with pytest.raises(ValidationError, match="trống"):
        tally_totals([], {}, 1, 0, Counts(1, 1, 1, 1), GOV_FLAG)


# --- Totals entry ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("totals", "valid", "invalid", "blank", "message"),
    [
        ({1: 5}, 12, 1, None, "hợp lệ (12) + không hợp lệ (1) = 13, khác số phiếu thu vào (14)"),
        ({1: 15}, 14, 0, None, "được 15 phiếu, nhiều hơn số phiếu hợp lệ (14)"),
        ({1: 14, 2: 14, 3: 1}, 14, 0, None, "(29) vượt quá 14 phiếu × 2 suất = 28"),
        ({7: 1}, 14, 0, None, "Số 7 không có trong danh sách ứng cử"),
        ({1: -1}, 14, 0, None, "không âm"),
        ({1: 2.5}, 14, 0, None, "số nguyên"),
        ({1: 3}, 14, 0, 12, "được 3 phiếu, nhiều hơn số phiếu hợp lệ không trắng (2)"),
        ({1: 1}, 14, 0, 12, "2 phiếu hợp lệ không trắng nhưng tổng số phiếu đồng ý chỉ là 1"),
        ({1: 1}, 14, 0, 15, "phiếu trắng (15)"),
        ({1: 1}, -1, 15, None, "không âm"),
    ],
)
def test_totals_validation(totals, valid, invalid, blank, message):
    with pytest.raises(ValidationError) as err:
        tally_totals(units(3), totals, valid, invalid, FULL_14, GOV_FLAG, blank=blank)
    assert message in str(err.value)


def test_totals_missing_units_count_zero():
    result = tally_totals(units(3), {1: 12}, 14, 0, FULL_14, GOV_FLAG)
    assert [r.votes for r in result.rows] == [12, 0, 0]
    assert result.blank_ballots is None and result.to_dict()["counts"]["blank"] is None


# --- Rules and counts validation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("70", Fraction(70)),
        (70, Fraction(70)),
        (66.67, Fraction(6667, 100)),
        ("2/3", Fraction(200, 3)),
        ("200/3", Fraction(200, 3)),  # the stored form: a percent, since it is worth more than 1
        ("1/2", Fraction(50)),
        ("1/1", Fraction(100)),
        ("66,67", Fraction(6667, 100)),
        (" 70 % ", Fraction(70)),
        (Fraction(1, 2), Fraction(1, 2)),
        ("100", Fraction(100)),
    ],
)
def test_threshold_parsing(typed, expected):
    assert VoteRules(typed).threshold_pct == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"threshold_pct": "abc"},
        {"threshold_pct": 101},
        {"threshold_pct": -1},
        {"threshold_pct": True},
        {"threshold_pct": "1/0"},
        {"threshold_pct": float("nan")},
        {"threshold_pct": "1e-999999999"},
        {"threshold_pct": "inf"},
        {"threshold_pct": "300/2"},
        {"quota": 0},
        {"quota": 1.5},
        {"comparison": "=>"},
        {"base": "delegates"},
        {"quorum_pct": 120},
        {"threshold_pct": 100, "comparison": ">"},
    ],
)
def test_rules_validation(kwargs):
    with pytest.raises(ValidationError):
        VoteRules(**kwargs)


@pytest.mark.parametrize("value", ["70", "66.67", "200/3", "0", "100", "1/300", "0.5", "2/3"])
def test_percent_storage_text_reads_back(value):
    pct = parse_percent(value)
    assert parse_percent(percent_storage_text(pct)) == pct


def test_percent_storage_text_forms():
    assert percent_storage_text(Fraction(70)) == "70"
    assert percent_storage_text(Fraction(6667, 100)) == "66.67"
    assert percent_storage_text(Fraction(200, 3)) == "200/3"


def test_zero_votes_never_pass_even_at_zero_percent():
    rules = VoteRules(0, ">=", "members", 2)
    result = tally_totals(units(2), {1: 3}, 14, 0, FULL_14, rules)
    assert statuses(result) == [Status.ELECTED, Status.NOT_PASSED]
    assert "không có phiếu đồng ý nào" in result.rows[1].explanation


def test_rules_texts():
    assert VoteRules("2/3").threshold_text == "≥ 2/3 (66,67%)"
    assert VoteRules("50,5", ">").threshold_text == "> 50,5%"
    assert VoteRules(70).threshold_text == "≥ 70%"
    assert VoteRules().comparison is Comparison.GE and VoteRules().base is Base.MEMBERS


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((14, 15, 14, 14), "Số đại biểu có mặt (15) lớn hơn tổng số đơn vị thành viên (14)"),
        ((14, 12, 13, 12), "Số phiếu phát ra (13) lớn hơn số đại biểu có mặt (12)"),
        ((14, 14, 12, 13), "Số phiếu thu vào (13) lớn hơn số phiếu phát ra (12)"),
        ((0, 0, 0, 0), "Tổng số đơn vị thành viên phải từ 1 trở lên"),
        ((14, -1, 0, 0), "không được âm"),
        ((14, True, 0, 0), "số nguyên"),
    ],
)
def test_counts_validation(args, message):
    with pytest.raises(ValidationError) as err:
        Counts(*args)
    assert message in str(err.value)


def test_counts_allow_fewer_issued_than_present():
    assert Counts(14, 14, 13, 12).issued == 13


# --- Running tally and double entry ------------------------------------------------------------


def test_running_tally_matches_full_tally_and_undoes():
    cs = units(3)
    ballots = stack({1: 12, 2: 11, 3: 5}, 14, 2)
    running = RunningTally(cs, FULL_14, GOV_FLAG)
    for b in ballots[:-1]:
        running.add_ballot(b)
    partial = running.result()
    assert partial.provisional and "mới nhập 13/14" in partial.summary
    assert partial.counts.returned == 13 and running.remaining == 1
    wrong = running.enter([1, 2, 3])
    assert not wrong.is_valid and running.is_complete
    with pytest.raises(ValidationError, match="Đã nhập đủ 14"):
        running.enter([1])
    assert running.remove_last() == wrong
    running.add_ballot(ballots[-1])
    final = running.result()
    assert not final.provisional
    assert final == tally_ballots(cs, ballots, FULL_14, GOV_FLAG)
    assert running.ballots == tuple(ballots)


def test_running_tally_refuses_bad_input():
    running = RunningTally(units(3), FULL_14, GOV_FLAG)
    with pytest.raises(ValidationError, match="Chưa có phiếu"):
        running.remove_last()
    with pytest.raises(ValidationError, match="Số 7 không có"):
        running.enter([7])
    with pytest.raises(ValidationError, match="quá 2 suất"):
        running.add_ballot(Ballot({1, 2, 3}))
    assert running.entered == 0


def test_compare_entries():
    a = [Ballot({1, 2}), Ballot({1}), Ballot({3}), Ballot({2})]
    assert compare_entries(a, list(a)) == []
    b = [Ballot({1, 2}), Ballot({2}), Ballot({3}, InvalidReason.UNREADABLE)]
    found = compare_entries(a, b)
    assert [d.index for d in found] == [1, 2, 3]
    assert (found[0].first_marks, found[0].second_marks) == ({1}, {2})
    assert found[1].first_status == "hợp lệ"
    assert found[1].second_status.startswith("không hợp lệ: Không đọc được")
    assert found[2].second_marks is None
    assert found[0].message == "Phiếu thứ 2: lần nhập 1 [1] hợp lệ; lần nhập 2 [2] hợp lệ"
    assert "lần nhập 2 không có" in found[2].message


# --- Serialisation -----------------------------------------------------------------------------


def test_to_dict_is_json_and_carries_exact_values():
    result = tally_ballots(units(), stack({1: 12, 2: 11, 3: 5}, 14, 2), FULL_14, GOV_FLAG)
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    row = data["rows"][0]
    assert (row["fraction"], row["percent"], row["percent_text"]) == ("12/14", "85.71", "85,71%")
    assert row["status"] == "elected" and row["status_label"] == "Đạt"
    assert data["rules"] == {
        "threshold_pct": "70",
        "threshold_text": "≥ 70%",
        "comparison": ">=",
        "base": "members",
        "quota": 2,
        "quorum_pct": "0",
    }
    assert data["counts"] == {
        "members": 14, "present": 14, "issued": 14, "returned": 14,
        "valid": 14, "invalid": 0, "blank": 0,
    }  # fmt: skip
    assert [e["number"] for e in data["elected"]] == [1, 2]
    assert data["remaining_quota"] == 0 and data["needs_new_round"] is False
