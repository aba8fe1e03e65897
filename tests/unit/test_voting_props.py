"""Voting rules engine: properties that must hold for any stack of ballots and any rules."""

from __future__ import annotations

import dataclasses
from collections import Counter
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

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

percent = st.one_of(
    st.integers(0, 100).map(Fraction),
    st.fractions(min_value=0, max_value=100, max_denominator=12),
)


@st.composite
def scenarios(draw):
    """Candidates, rules, counts and a stack of ballots consistent with them."""
    n = draw(st.integers(1, 7))
    candidates = [
        Candidate(10 + i, i, f"Đơn vị {i}", withdrawn=draw(st.booleans())) for i in range(1, n + 1)
    ]
    comparison = draw(st.sampled_from(Comparison))
    threshold = draw(percent.filter(lambda p: not (comparison is Comparison.GT and p == 100)))
    rules = VoteRules(
        threshold_pct=threshold,
        comparison=comparison,
        base=draw(st.sampled_from(Base)),
        quota=draw(st.integers(1, 3)),
        quorum_pct=draw(st.sampled_from([Fraction(0), Fraction(200, 3), Fraction(50)])),
    )
    members = draw(st.integers(1, 25))
    present = draw(st.integers(0, members))
    issued = draw(st.integers(0, present))
    returned = draw(st.integers(0, issued))
    numbers = [c.number for c in candidates]
    ballots = []
    for _ in range(returned):
        marks = draw(st.sets(st.sampled_from(numbers), max_size=min(n, rules.quota + 1)))
        reason = draw(st.one_of(st.none(), st.sampled_from(InvalidReason), st.just(None)))
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


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_statuses_respect_threshold_quota_and_quorum(scenario):
    candidates, rules, counts, ballots = scenario
    result = tally_ballots(candidates, ballots, counts, rules)
    by_status = Counter(r.status for r in result.rows)
    for r in result.rows:
        assert r.passes_threshold == passes_exactly(rules, r.votes, result.base_value)
        if r.status in (Status.ELECTED, Status.TIED, Status.OVER_QUOTA):
            assert r.passes_threshold and not r.candidate.withdrawn and result.quorum_met
        if r.candidate.withdrawn:
            assert r.status is Status.WITHDRAWN
    assert by_status[Status.ELECTED] <= rules.quota
    assert len(result.elected) == by_status[Status.ELECTED]
    if not result.quorum_met:
        assert by_status[Status.ELECTED] == 0 and not result.valid
        return
    contenders = [r for r in result.rows if r.passes_threshold and not r.candidate.withdrawn]
    if len(contenders) > rules.quota:
        assert by_status[Status.TIED] or by_status[Status.OVER_QUOTA]
    else:
        assert all(r.status is Status.ELECTED for r in contenders)
    elected_votes = [r.votes for r in result.rows if r.status is Status.ELECTED]
    tied_votes = {r.votes for r in result.rows if r.status is Status.TIED}
    over_votes = [r.votes for r in result.rows if r.status is Status.OVER_QUOTA]
    assert len(tied_votes) <= 1
    assert by_status[Status.TIED] != 1
    if by_status[Status.TIED]:
        assert by_status[Status.ELECTED] + by_status[Status.TIED] > rules.quota
        assert result.needs_new_round and result.remaining_quota >= 1
    for v in list(tied_votes) + over_votes:
        assert all(e > v for e in elected_votes)
    for v in over_votes:
        assert all(t > v for t in tied_votes)


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
