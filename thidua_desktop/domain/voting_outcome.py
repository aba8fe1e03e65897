"""Applying the rules to vote totals: threshold, ranking, quota and ties, quorum → VoteResult."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from thidua_desktop.domain.voting_result import Status, VoteResult, VoteRow, percent_of
from thidua_desktop.domain.voting_rules import Candidate, Counts, VoteRules
from thidua_desktop.domain.voting_text import (
    quorum_explanation,
    row_explanation,
    summary,
    vote_quote,
)


def ranks(candidates: Sequence[Candidate], votes: Mapping[int, int]) -> dict[int, int]:
    """Competition ranking (1, 2, 2, 4) by votes; withdrawn units rank after all others."""
    out: dict[int, int] = {}
    active = sorted((c for c in candidates if not c.withdrawn), key=lambda c: -votes[c.number])
    gone = sorted((c for c in candidates if c.withdrawn), key=lambda c: -votes[c.number])
    for offset, group in ((0, active), (len(active), gone)):
        for i, c in enumerate(group):
            same = i and votes[group[i - 1].number] == votes[c.number]
            out[c.number] = out[group[i - 1].number] if same else offset + i + 1
    return out


def statuses(
    candidates: Sequence[Candidate], votes: Mapping[int, int], passing: set[int], quota: int
) -> dict[int, Status]:
    """ELECTED up to the quota; a tie straddling the last seat is TIED, never picked."""
    ordered = sorted(
        (c for c in candidates if c.number in passing and not c.withdrawn),
        key=lambda c: -votes[c.number],
    )
    status = {c.number: Status.NOT_PASSED for c in candidates}
    status.update({c.number: Status.WITHDRAWN for c in candidates if c.withdrawn})
    if len(ordered) <= quota:
        status.update({c.number: Status.ELECTED for c in ordered})
        return status
    cut = votes[ordered[quota - 1].number]
    boundary_tied = votes[ordered[quota].number] == cut
    for c in ordered:
        v = votes[c.number]
        if v > cut or (v == cut and not boundary_tied):
            status[c.number] = Status.ELECTED
        elif v == cut:
            status[c.number] = Status.TIED
        else:
            status[c.number] = Status.OVER_QUOTA
    return status


def build_result(
    candidates: Sequence[Candidate],
    votes: Mapping[int, int],
    valid_ballots: int,
    invalid_ballots: int,
    blank_ballots: int | None,
    counts: Counts,
    rules: VoteRules,
    provisional_note: str | None = None,
) -> VoteResult:
    """Apply the rules to already-checked totals (``votes`` by ballot number, missing = 0)."""
    votes = {c.number: votes.get(c.number, 0) for c in candidates}
    base_value = counts.base_value(rules.base, valid_ballots)
    quorum_met = rules.quorum_met(counts.present, counts.members)
    quorum_text = quorum_explanation(rules, counts, quorum_met)
    passing = {n for n, v in votes.items() if rules.passes(v, base_value)}
    rank = ranks(candidates, votes)
    status = statuses(candidates, votes, passing, rules.quota)
    if not quorum_met:
        status = {n: s if s is Status.WITHDRAWN else Status.VOID for n, s in status.items()}
    elected = tuple(c for c in candidates if status[c.number] is Status.ELECTED)
    tied = tuple(c for c in candidates if status[c.number] is Status.TIED)
    remaining = rules.quota - len(elected)

    rows = []
    for c in candidates:
        v, s, r = votes[c.number], status[c.number], rank[c.number]
        quote = vote_quote(rules, v, base_value)
        rows.append(
            VoteRow(
                candidate=c,
                votes=v,
                base_value=base_value,
                percent=percent_of(v, base_value),
                percent_text=quote[quote.rindex("(") + 1 : -1],  # the same rounding, done once
                quote=quote,
                passes_threshold=c.number in passing,
                rank=r,
                status=s,
                explanation=row_explanation(
                    rules, counts, base_value, c, v, s, r, quote, tied, remaining
                ),
            )
        )
    text = summary(
        rules,
        counts,
        rows,
        base_value,
        valid_ballots,
        invalid_ballots,
        blank_ballots,
        quorum_met,
        quorum_text,
        remaining,
    )
    return VoteResult(
        rules=rules,
        counts=counts,
        rows=tuple(rows),
        base_value=base_value,
        valid_ballots=valid_ballots,
        invalid_ballots=invalid_ballots,
        blank_ballots=blank_ballots,
        quorum_met=quorum_met,
        quorum_explanation=quorum_text,
        elected=elected,
        tied=tied,
        needs_new_round=bool(tied),
        summary=f"{provisional_note} {text}" if provisional_note else text,
        provisional=provisional_note is not None,
    )
