"""Voting rules engine: properties that must hold for any stack of ballots and any rules."""

from __future__ import annotations

import dataclasses
from collections import Counter
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from thidua_desktop.domain.vntext import format_percent, format_vote
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
    parse_percent,
    percent_storage_text,
    tally_ballots,
    tally_totals,
)

common = st.sampled_from([0, 10, 20, 25, 30, 40, 50, Fraction(200, 3), 70]).map(Fraction)
percent = st.one_of(
    common,
    common,
    st.integers(0, 100).map(Fraction),
    st.fractions(min_value=0, max_value=100, max_denominator=12),
)


def _at_most(draw, upper: int) -> int:
    """Usually the upper bound itself (everyone came, took and returned a ballot), else less."""
    return upper if draw(st.integers(0, 3)) else draw(st.integers(0, upper))


@st.composite
def scenarios(draw):
    """Candidates, rules, counts and a stack of ballots consistent with them.

    Ballots are mostly copies from a small pool of markings, so that votes bunch up and the
    interesting outcomes (elected, tied at the boundary, over quota) come up often.
    """
    n = draw(st.integers(1, 7))
    candidates = [
        Candidate(10 + i, i, f"Đơn vị {i}", withdrawn=draw(st.integers(0, 4)) == 0)
        for i in range(1, n + 1)
    ]
    comparison = draw(st.sampled_from(Comparison))
    threshold = draw(percent.filter(lambda p: not (comparison is Comparison.GT and p == 100)))
    rules = VoteRules(
        threshold_pct=threshold,
        comparison=comparison,
        base=draw(st.sampled_from(Base)),
        quota=draw(st.integers(1, 3)),
        quorum_pct=draw(
            st.sampled_from([Fraction(0), Fraction(0), Fraction(200, 3), Fraction(50)])
        ),
    )
    members = draw(st.integers(1, 25))
    present = _at_most(draw, members)
    issued = _at_most(draw, present)
    returned = _at_most(draw, issued)
    numbers = [c.number for c in candidates]
    marking = st.sets(st.sampled_from(numbers), max_size=rules.quota + 1)
    agreeing = st.sets(st.sampled_from(numbers), min_size=1, max_size=rules.quota)
    pool = draw(st.lists(agreeing, min_size=1, max_size=4))
    ballots = []
    for _ in range(returned):
        marks = draw(st.one_of(st.sampled_from(pool), st.sampled_from(pool), marking))
        reason = draw(st.sampled_from([None] * 8 + list(InvalidReason)))
        ballots.append(classify_ballot(marks, candidates, rules, reason))
    return candidates, rules, Counts(members, present, issued, returned), ballots


def passes_exactly(rules: VoteRules, votes: int, base: int) -> bool:
    if base == 0 or votes == 0:
        return False
    share = Fraction(votes * 100, base)
    return (
        share >= rules.threshold_pct
        if rules.comparison is Comparison.GE
        else share > rules.threshold_pct
    )


@settings(max_examples=300, deadline=None)
@given(scenarios(), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_ballot_order(scenario, rnd):
    candidates, rules, counts, ballots = scenario
    shuffled = list(ballots)
    rnd.shuffle(shuffled)
    assert tally_ballots(candidates, shuffled, counts, rules) == tally_ballots(
        candidates, ballots, counts, rules
    )


def assert_statuses_consistent(result) -> None:
    """Threshold, quota, quorum, ties and withdrawals as the regulation reads."""
    rules = result.rules
    by_status = Counter(r.status for r in result.rows)
    for r in result.rows:
        assert r.passes_threshold == passes_exactly(rules, r.votes, result.base_value)
        assert r.percent_text == format_percent(r.percent)
        assert r.quote == format_vote(r.votes, r.base_value)
        if r.status in (Status.ELECTED, Status.TIED, Status.OVER_QUOTA):
            assert r.passes_threshold and not r.candidate.withdrawn and result.quorum_met
        if r.candidate.withdrawn:
            assert r.status is Status.WITHDRAWN
    elected, tied = by_status[Status.ELECTED], by_status[Status.TIED]
    assert elected <= rules.quota and len(result.elected) == elected
    if not result.quorum_met:
        assert elected == 0 and not result.valid
        return
    contenders = [r for r in result.rows if r.passes_threshold and not r.candidate.withdrawn]
    if len(contenders) > rules.quota:
        assert tied or by_status[Status.OVER_QUOTA]
        assert elected == rules.quota or (tied >= 2 and elected + tied > rules.quota)
    else:
        assert all(r.status is Status.ELECTED for r in contenders)
    elected_votes = [r.votes for r in result.rows if r.status is Status.ELECTED]
    tied_votes = {r.votes for r in result.rows if r.status is Status.TIED}
    over_votes = [r.votes for r in result.rows if r.status is Status.OVER_QUOTA]
    assert len(tied_votes) <= 1 and tied != 1
    assert result.needs_new_round == bool(tied)
    assert result.remaining_quota == rules.quota - elected
    for v in list(tied_votes) + over_votes:
        assert all(e > v for e in elected_votes)
    for v in over_votes:
        assert all(t > v for t in tied_votes)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_statuses_respect_threshold_quota_and_quorum(scenario):
    candidates, rules, counts, ballots = scenario
    assert_statuses_consistent(tally_ballots(candidates, ballots, counts, rules))


@st.composite
def crowded_totals(draw):
    """More units over a low bar than seats, with votes bunched so that ties are common."""
    quota = draw(st.integers(1, 3))
    n = draw(st.integers(quota + 1, quota + 5))
    candidates = [
        Candidate(i, i, f"Đơn vị {i}", withdrawn=draw(st.integers(0, 5)) == 0)
        for i in range(1, n + 1)
    ]
    votes = {i: draw(st.integers(0, 4)) for i in range(1, n + 1)}
    valid = max(max(votes.values()), -(-sum(votes.values()) // quota), 1)
    rules = VoteRules(
        draw(st.sampled_from([0, 10, 20, 25])), draw(st.sampled_from(Comparison)), Base.VALID, quota
    )
    return candidates, votes, valid, rules


@settings(max_examples=300, deadline=None)
@given(crowded_totals())
def test_statuses_when_more_units_pass_than_seats(case):
    candidates, votes, valid, rules = case
    counts = Counts(valid, valid, valid, valid)
    assert_statuses_consistent(tally_totals(candidates, votes, valid, 0, counts, rules))


@settings(max_examples=300, deadline=None)
@given(scenarios(), st.data())
def test_ge_and_gt_differ_exactly_at_the_edge(scenario, data):
    candidates, rules, counts, ballots = scenario
    probe = tally_ballots(candidates, ballots, counts, rules)
    if probe.base_value and data.draw(st.booleans()):  # put the threshold on someone's share
        row = data.draw(st.sampled_from(probe.rows))
        rules = dataclasses.replace(rules, comparison=">=", threshold_pct=row.percent)
    if rules.threshold_pct == 100:  # "> 100%" is refused as a rule
        rules = dataclasses.replace(rules, comparison=">=", threshold_pct=99)
    ge = tally_ballots(candidates, ballots, counts, dataclasses.replace(rules, comparison=">="))
    gt = tally_ballots(candidates, ballots, counts, dataclasses.replace(rules, comparison=">"))
    base = ge.base_value
    for a, b in zip(ge.rows, gt.rows, strict=True):
        at_edge = base > 0 and a.votes > 0 and a.votes * 100 == rules.threshold_pct * base
        assert (a.passes_threshold != b.passes_threshold) == at_edge
        assert a.passes_threshold >= b.passes_threshold


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_ballot_and_totals_entry_agree(scenario):
    candidates, rules, counts, ballots = scenario
    by_ballot = tally_ballots(candidates, ballots, counts, rules)
    valid = [b for b in ballots if b.is_valid]
    totals = Counter(n for b in valid for n in b.marks)
    blank = sum(1 for b in valid if not b.marks)
    by_totals = tally_totals(
        candidates, dict(totals), len(valid), len(ballots) - len(valid), counts, rules, blank
    )
    assert by_totals == by_ballot


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.data())
def test_running_tally_agrees_with_full_tally(scenario, data):
    candidates, rules, counts, ballots = scenario
    running = RunningTally(candidates, counts, rules)
    for b in ballots:
        running.add_ballot(b)
        if data.draw(st.booleans()):
            assert running.remove_last() == b
            running.add_ballot(b)
    assert running.result() == tally_ballots(candidates, ballots, counts, rules)


@given(st.lists(st.frozensets(st.integers(1, 5), max_size=3), max_size=20), st.data())
def test_double_entry_flags_exactly_the_differing_ballots(marks, data):
    first = [Ballot(m) for m in marks]
    changed = data.draw(
        st.sets(st.integers(0, max(len(first) - 1, 0))) if first else st.just(set())
    )
    second = [Ballot(m | {9}) if i in changed else Ballot(m) for i, m in enumerate(marks)]
    assert [d.index for d in compare_entries(first, second)] == sorted(changed)


@given(st.fractions(min_value=0, max_value=100, max_denominator=10**6))
def test_stored_percent_reads_back_exactly(pct):
    assert parse_percent(percent_storage_text(pct)) == pct
