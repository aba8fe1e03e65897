"""Votes service on a real database: setup, keypad ballots, totals, ties, withdrawal, double entry."""

from __future__ import annotations

import pytest

from tests.vote_helpers import build_vote_setup
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.voting import Status
from thidua_desktop.services.vote_counting import parse_keypad


@pytest.fixture
def vote_setup(services, small_cluster):
    return build_vote_setup(services, small_cluster)


def make_vote(services, s, **kw):
    return services.votes.create_vote(s["conference"].id, s["award"].id, **kw)


def test_create_vote_from_registrations_snapshots_rules_and_counts(services, vote_setup):
    s = vote_setup
    vote = make_vote(services, s, from_registrations=True)
    assert (vote.threshold_pct, vote.quota, vote.base) == ("70", 2, "members")
    assert vote.members_count == 5  # the Chi cục stands but does not vote
    assert vote.present_count == 3  # units represented by a present delegate
    cands = services.votes.candidates(vote.id)
    assert [c.number for c in cands] == [1, 2, 3, 4]
    assert [c.unit_id for c in cands] == [u.id for u in s["units"][:4]]
    # the award's rules change later: the vote keeps its snapshot
    services.edits.change(m.Award, s["award"].id, threshold_pct="50")
    assert services.votes.vote(vote.id).threshold_pct == "70"


def test_unregistered_or_non_member_candidate_is_a_warning(services, vote_setup):
    s = vote_setup
    vote = make_vote(services, s, unit_ids=[s["units"][0].id, s["chi_cuc"].id, s["units"][4].id])
    warnings = services.votes.eligibility_warnings(vote.id)
    assert len(warnings) == 2
    assert warnings[0].startswith("Số 2 – Chi cục Thi hành án dân sự huyện Văn Chấn")
    assert "chưa đăng ký" in warnings[1] and "Sơn La" in warnings[1]
    assert len(services.votes.candidates(vote.id)) == 3


def test_keypad_separator_rule():
    assert parse_keypad("13", 5) == [1, 3]
    assert parse_keypad("13", 20) == [13]
    assert parse_keypad("1 13", 20) == [1, 13]
    assert parse_keypad("1+13.2", 20) == [1, 13, 2]
    assert parse_keypad("  ", 20) == []
    with pytest.raises(ValidationError, match="hai lần"):
        parse_keypad("1 1", 20)
    with pytest.raises(ValidationError, match="chỉ gõ"):
        parse_keypad("1a", 20)


def counted_vote(services, s, returned=5):
    vote = make_vote(services, s, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=returned)
    return vote


def test_ballots_entered_one_insert_each_with_running_tally(services, vote_setup):
    vote = counted_vote(services, vote_setup)
    session = services.votes.counting.session(vote.id)
    session.enter("12")
    session.enter("1 3")
    session.enter("")  # blank ballot: valid, agrees with nobody
    over = session.enter("123")  # three marks, quota 2
    assert over.invalid_reason.startswith("Đánh dấu quá số lượng")
    assert services.repo.count(m.BallotRecord, "vote_id = ?", [vote.id]) == 4
    with pytest.raises(ValidationError, match="Số 7 không có trong danh sách"):
        session.enter("17")
    assert services.repo.count(m.BallotRecord, "vote_id = ?", [vote.id]) == 4
    session.enter("1", invalid_reason="Có ký tên hoặc đánh dấu nhận dạng")
    stored = services.votes.counting.records(vote.id)
    assert [(b.seq, b.marks, bool(b.invalid_reason)) for b in stored] == [
        (1, "1,2", False),
        (2, "1,3", False),
        (3, "", False),
        (4, "1,2,3", True),
        (5, "1", True),
    ]
    # a fresh session (the app restarted) sees the same tally
    result = services.votes.result(vote.id)
    assert not result.provisional
    assert (result.valid_ballots, result.invalid_ballots, result.blank_ballots) == (3, 2, 1)
    assert result.row(1).votes == 2 and result.row(1).quote == "2/5 phiếu (40,00%)"
    assert all(r.status is Status.NOT_PASSED for r in result.rows)
    with pytest.raises(ValidationError, match="đủ 5 phiếu"):
        session.enter("1")


def test_undo_last_ballot(services, vote_setup):
    vote = counted_vote(services, vote_setup)
    session = services.votes.counting.session(vote.id)
    session.enter("1")
    session.enter("2")
    session.undo_last()
    assert [b.marks for b in services.votes.counting.records(vote.id)] == ["1"]
    session.enter("3")
    assert [b.seq for b in services.votes.counting.records(vote.id)] == [1, 2]
    assert session.result().row(2).votes == 0 and session.result().row(3).votes == 1


def test_provisional_result_cannot_be_accepted(services, vote_setup):
    vote = counted_vote(services, vote_setup)
    services.votes.counting.session(vote.id).enter("1")
    assert services.votes.result(vote.id).provisional
    with pytest.raises(ValidationError, match="chưa nhập đủ"):
        services.votes.accept(vote.id)


def test_counts_are_checked(services, vote_setup):
    vote = counted_vote(services, vote_setup)
    with pytest.raises(ValidationError, match="lớn hơn số phiếu phát ra"):
        services.votes.set_counts(vote.id, returned=6)
    services.votes.counting.session(vote.id).enter("1")
    services.votes.counting.session(vote.id).enter("2")
    with pytest.raises(ValidationError, match="Đã nhập 2 phiếu"):
        services.votes.set_counts(vote.id, returned=1)
    assert services.votes.vote(vote.id).ballots_returned == 5


def test_totals_validation_names_the_inconsistency_and_stores_nothing(services, vote_setup):
    vote = counted_vote(services, vote_setup)
    counting = services.votes.counting
    with pytest.raises(ValidationError, match="chuyển sang nhập số tổng hợp"):
        counting.save_totals(vote.id, {1: 4}, 5, 0)
    counting.set_entry_mode(vote.id, "totals")
    with pytest.raises(ValidationError, match="khác số phiếu thu vào"):
        counting.save_totals(vote.id, {1: 4}, 4, 0)
    with pytest.raises(ValidationError, match="nhiều hơn số phiếu hợp lệ"):
        counting.save_totals(vote.id, {1: 5}, 4, 1)
    with pytest.raises(ValidationError, match="vượt quá"):
        counting.save_totals(vote.id, {1: 4, 2: 4, 3: 4}, 5, 0)
    assert services.repo.count(m.VoteTotal) == 0
    assert services.votes.vote(vote.id).totals_valid == 0
    result = counting.save_totals(vote.id, {1: 5, 2: 4, 3: 1}, 5, 0)
    assert [r.status for r in result.rows][:3] == [
        Status.ELECTED,
        Status.ELECTED,
        Status.NOT_PASSED,
    ]
    again = services.votes.result(vote.id)
    assert again.row(2).quote == "4/5 phiếu (80,00%)"
    assert [e.name for e in again.elected] == [
        "Sở Tư pháp tỉnh Hà Giang",
        "Cục Thi hành án dân sự tỉnh Yên Bái",
    ]


def totals_vote(services, s, totals):
    vote = counted_vote(services, s)
    services.votes.set_rules(vote.id, threshold_pct="50")  # 3 of 5 passes
    services.votes.counting.set_entry_mode(vote.id, "totals")
    services.votes.counting.save_totals(vote.id, totals, 5, 0)
    return vote


def test_tie_then_new_round_among_the_tied_for_the_seat_left(services, vote_setup):
    vote = totals_vote(services, vote_setup, {1: 4, 2: 3, 3: 3})
    result = services.votes.result(vote.id)
    assert [r.status for r in result.rows] == [
        Status.ELECTED,
        Status.TIED,
        Status.TIED,
        Status.NOT_PASSED,  # no vote at all
    ]
    assert "bằng phiếu" in result.row(2).explanation
    second = services.votes.new_round(vote.id)
    assert services.votes.vote(vote.id).status == "closed"
    assert (second.round_no, second.previous_vote_id, second.quota) == (2, vote.id, 1)
    assert second.title.endswith("(vòng 2)")
    cands = services.votes.candidates(second.id)
    units = vote_setup["units"]
    assert [(c.number, c.unit_id) for c in cands] == [(1, units[1].id), (2, units[2].id)]
    with pytest.raises(ValidationError, match="vòng bỏ phiếu sau"):
        services.votes.reopen(vote.id)


def test_new_round_refused_without_a_tie(services, vote_setup):
    vote = totals_vote(services, vote_setup, {1: 5, 2: 4})
    with pytest.raises(ValidationError, match="không cần bỏ phiếu vòng mới"):
        services.votes.new_round(vote.id)
    assert services.repo.count(m.Vote) == 1


def test_withdrawal_resolves_a_tie(services, vote_setup):
    vote = totals_vote(services, vote_setup, {1: 4, 2: 3, 3: 3})
    cand3 = services.votes.candidates(vote.id)[2]
    services.votes.set_withdrawn(cand3.id, True, "Xin rút, nhường cơ hội cho đơn vị bạn")
    result = services.votes.result(vote.id)
    assert [r.status for r in result.rows][:3] == [Status.ELECTED, Status.ELECTED, Status.WITHDRAWN]
    assert services.repo.get(m.Candidate, cand3.id).withdrawal_note.startswith("Xin rút")
    services.votes.accept(vote.id)
    with pytest.raises(ValidationError, match="đã được chốt"):
        services.votes.set_withdrawn(cand3.id, False)


def test_quorum_not_met_makes_the_result_void(services, vote_setup):
    vote = make_vote(services, vote_setup, from_registrations=True)
    services.votes.set_rules(vote.id, quorum_pct="200/3")
    services.votes.set_counts(vote.id, present=3, issued=3, returned=3)
    services.votes.counting.set_entry_mode(vote.id, "totals")
    result = services.votes.counting.save_totals(vote.id, {1: 3}, 3, 0)
    assert not result.valid
    assert result.row(1).status is Status.VOID
    assert "dưới mức tham dự tối thiểu" in result.row(1).explanation


def test_double_entry_discrepancy_blocks_acceptance(services, vote_setup):
    vote = counted_vote(services, vote_setup, returned=3)
    counting = services.votes.counting
    with pytest.raises(ValidationError, match="Chưa bật nhập hai lần"):
        counting.session(vote.id, 2).enter("1")
    counting.set_entry_mode(vote.id, "ballots", double_entry=True)
    first, second = counting.session(vote.id, 1), counting.session(vote.id, 2)
    for text in ("12", "1", ""):
        first.enter(text)
    for text in ("12", "13", ""):
        second.enter(text)
    diffs = counting.discrepancies(vote.id)
    assert [d.index for d in diffs] == [1]
    problems = services.votes.acceptance_problems(vote.id)
    assert any("Phiếu thứ 2" in p for p in problems)
    with pytest.raises(ValidationError, match="Phiếu thứ 2"):
        services.votes.accept(vote.id)
    second.undo_last()
    second.undo_last()
    second.enter("1")
    second.enter("")
    assert counting.discrepancies(vote.id) == []
    assert services.votes.accept(vote.id).status == "closed"
    assert services.repo.count(m.BallotRecord, "entry_pass = 2") == 3


def test_candidates_frozen_once_ballots_exist_and_renumbered_on_removal(services, vote_setup):
    vote = counted_vote(services, vote_setup)
    cands = services.votes.candidates(vote.id)
    services.votes.remove_candidate(cands[1].id)
    after = services.votes.candidates(vote.id)
    assert [(c.number, c.unit_id) for c in after] == [
        (1, cands[0].unit_id),
        (2, cands[2].unit_id),
        (3, cands[3].unit_id),
    ]
    services.votes.counting.session(vote.id).enter("1")
    with pytest.raises(ValidationError, match="không thể đổi danh sách"):
        services.votes.add_candidates(vote.id, [vote_setup["units"][4].id])


def test_new_award_gets_level_defaults(services, small_cluster):
    award = services.votes.new_award(
        small_cluster["cluster"].id, "Cờ thi đua ngành Tư pháp", m.AwardLevel.SECTOR_FLAG
    )
    assert (award.threshold_pct, award.quota, award.quorum_pct) == ("70", 2, "200/3")


def test_votes_and_ballots_travel_in_the_json_interchange(services, vote_setup, tmp_path):
    from thidua_desktop.services.container import Services
    from thidua_desktop.services.interchange import export_data, import_data

    vote = counted_vote(services, vote_setup, returned=2)
    session = services.votes.counting.session(vote.id)
    session.enter("12")
    session.enter("", invalid_reason="Không đọc được, không xác định được ý kiến")
    before = services.votes.report(vote.id)
    other = Services.open(tmp_path / "copy.db")
    try:
        import_data(other.repo, export_data(services.repo))
        assert other.votes.report(vote.id) == before
    finally:
        other.close()


def test_delete_vote_with_its_ballots_but_not_once_accepted(services, vote_setup):
    vote = counted_vote(services, vote_setup, returned=1)
    services.votes.counting.session(vote.id).enter("1")
    services.votes.delete_vote(vote.id)
    assert services.repo.count(m.Vote) == 0 and services.repo.count(m.BallotRecord) == 0
    assert services.repo.count(m.Candidate) == 0
    other = counted_vote(services, vote_setup, returned=1)
    services.votes.counting.session(other.id).enter("1")
    services.votes.accept(other.id)
    with pytest.raises(ValidationError, match="đã được chốt"):
        services.votes.delete_vote(other.id)


def test_a_vote_without_ballots_cannot_be_accepted(services, vote_setup):
    vote = make_vote(services, vote_setup, from_registrations=True)
    with pytest.raises(ValidationError, match="Chưa nhập số phiếu phát ra và thu vào"):
        services.votes.accept(vote.id)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=5)
    services.votes.counting.set_entry_mode(vote.id, "totals")
    assert services.votes.acceptance_problems(vote.id) == ["Chưa nhập số phiếu của Ban kiểm phiếu."]
