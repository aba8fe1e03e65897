"""Votes in an interchange file must be ones the counting can process: its own rules, at import."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.vote_counting import to_ballot, vote_counts, vote_rules

T = TypeVar("T")
Indexed = list[tuple[int, Any]]  # (position in its JSON list, record)

# The engine's names for the head counts → the vote's fields in the file.
_COUNT_FIELDS = {
    "members_count": "members_count",
    "members": "members_count",
    "present": "present_count",
    "issued": "ballots_issued",
    "returned": "ballots_returned",
    "valid": "totals_valid",
    "invalid": "totals_invalid",
}


def _at(place: str, call: Callable[[], T], fields: dict[str, str] | None = None) -> T:
    """Run one counting rule; its refusal is re-raised naming the place in the file."""
    try:
        return call()
    except ValidationError as exc:
        field = (fields or {}).get(exc.where or "")
        raise ValidationError(exc.message, f"{place}.{field}" if field else place) from exc


def _by_vote(items: Indexed) -> dict[int, Indexed]:
    grouped: dict[int, Indexed] = defaultdict(list)
    for i, obj in items:
        grouped[obj.vote_id].append((i, obj))
    return grouped


def check_votes(objs: dict[type, Indexed]) -> None:
    """Replay every vote's entries through the counting rules the app uses (`tally`)."""
    unit_names = {u.id: u.name for _, u in objs.get(m.Unit, [])}
    candidates = _by_vote(objs.get(m.Candidate, []))
    ballots = _by_vote(objs.get(m.BallotRecord, []))
    totals = _by_vote(objs.get(m.VoteTotal, []))
    for vi, vote in objs.get(m.Vote, []):
        place = f"votes[{vi}]"
        rules = _at(place, lambda vote=vote: vote_rules(vote))
        cands = [
            v.Candidate(c.id, c.number, unit_names.get(c.unit_id, ""), c.withdrawn)
            for _, c in sorted(candidates.get(vote.id, []), key=lambda x: x[1].number)
        ]
        own_ballots, own_totals = ballots.get(vote.id, []), totals.get(vote.id, [])
        entered = own_ballots or own_totals or vote.totals_valid or vote.totals_invalid
        if not entered and vote.members_count < 1:
            continue  # a vote being prepared: nothing to count yet
        counts = _at(place, lambda vote=vote: vote_counts(vote), _COUNT_FIELDS)
        if own_ballots:
            _check_ballots(vote, place, cands, counts, rules, own_ballots, own_totals)
        if vote.entry_mode == "totals" and entered:
            _check_totals(vote, place, cands, counts, rules, own_totals)


def _check_ballots(
    vote: m.Vote,
    place: str,
    cands: Sequence[v.Candidate],
    counts: v.Counts,
    rules: v.VoteRules,
    own: Indexed,
    own_totals: Indexed,
) -> None:
    first = own[0][0]
    if vote.entry_mode != "ballots" or own_totals:
        raise ValidationError(
            f"{place} nhập theo số tổng hợp nhưng lại có phiếu nhập từng phiếu "
            "(một cuộc bỏ phiếu chỉ nhập theo một cách)",
            f"ballots[{first}]",
        )
    tallies = {
        p: _at(f"ballots[{first}]", lambda: v.RunningTally(cands, counts, rules)) for p in (1, 2)
    }
    for i, record in sorted(own, key=lambda x: (x[1].entry_pass, x[1].seq)):
        here = f"ballots[{i}]"
        if record.entry_pass == 2 and not vote.double_entry:
            raise ValidationError(
                f"phiếu nhập lần 2 nhưng {place} không bật nhập hai lần", f"{here}.entry_pass"
            )
        ballot = _at(here, lambda r=record: to_ballot(r), {"marks": "marks"})
        _at(here, lambda b=ballot, p=record.entry_pass: tallies[p].add_ballot(b))
    _at(place, tallies[1].result)


def _check_totals(
    vote: m.Vote,
    place: str,
    cands: Sequence[v.Candidate],
    counts: v.Counts,
    rules: v.VoteRules,
    own: Indexed,
) -> None:
    by_id = {c.id: c.number for c in cands}
    numbers: dict[int, int] = {}
    where_of: dict[str, str] = dict(_COUNT_FIELDS)
    for i, total in own:
        if total.candidate_id not in by_id:
            raise ValidationError(
                f"đơn vị ứng cử id {total.candidate_id} không thuộc {place}",
                f"vote_totals[{i}].candidate_id",
            )
        numbers[by_id[total.candidate_id]] = total.votes
        where_of[f"totals[{by_id[total.candidate_id]}]"] = f"@vote_totals[{i}].votes"
    try:
        v.tally_totals(cands, numbers, vote.totals_valid, vote.totals_invalid, counts, rules)
    except ValidationError as exc:
        field = where_of.get(exc.where or "", "")
        if field.startswith("@"):
            raise ValidationError(exc.message, field[1:]) from exc
        raise ValidationError(exc.message, f"{place}.{field}" if field else place) from exc
