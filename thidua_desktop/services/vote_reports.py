"""Plain data out of a vote: the tally report (`thidua tally --json`) and the ballot paper context."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from thidua_desktop.services.votes import VoteService


def vote_report(votes: VoteService, vote_id: int) -> dict[str, Any]:
    """The vote, its result (`VoteResult.to_dict`, rows with ``unit_id``) and open issues."""
    vote = votes.vote(vote_id)
    award = votes.repo.get(m.Award, vote.award_id)
    result = votes.result(vote_id)
    stored = {c.id: c for c in votes.candidates(vote_id)}
    data = result.to_dict()
    for row in data["rows"]:
        row["unit_id"] = stored[row["candidate_id"]].unit_id
        row["withdrawal_note"] = stored[row["candidate_id"]].withdrawal_note
    return {
        "vote": {
            "id": vote.id,
            "title": vote.title,
            "award_id": award.id,
            "award": award.name,
            "conference_id": vote.conference_id,
            "round_no": vote.round_no,
            "previous_vote_id": vote.previous_vote_id,
            "entry_mode": vote.entry_mode,
            "double_entry": vote.double_entry,
            "status": vote.status,
            "closed_at": vote.closed_at,
        },
        "result": data,
        "committee": [
            {
                "full_name": c.full_name,
                "title": c.title,
                "unit_name": c.unit_name,
                "role": c.role,
            }
            for c in votes.committee(vote_id)
        ],
        "discrepancies": [d.message for d in votes.counting.discrepancies(vote_id)]
        if vote.double_entry
        else [],
        "acceptance_problems": []
        if vote.status == "closed"
        else votes.acceptance_problems(vote_id),
        "eligibility_warnings": votes.eligibility_warnings(vote_id),
    }


# -- documents --------------------------------------------------------------------------
def ballot_context(votes: VoteService, vote_id: int, copies: int | None = None) -> dict[str, Any]:
    """Plain context for `documents.ballots_pdf`: one ballot per voter present by default."""
    vote = votes.vote(vote_id)
    award = votes.repo.get(m.Award, vote.award_id)
    year = votes.conference_year(vote.conference_id)
    cluster = votes.repo.get(m.Cluster, year.cluster_id)
    copies = vote.present_count if copies is None else copies
    if copies < 1:
        raise ValidationError(
            "Số phiếu cần in phải từ 1 trở lên (chưa có số đại biểu có mặt?)", "copies"
        )
    return {
        "cluster": cluster.name,
        "award": award.name,
        "year": year.year,
        "round_no": vote.round_no,
        "quota": vote.quota,
        "candidates": [
            {"number": c.number, "name": c.name}
            for c in votes.engine_candidates(vote_id)
            if not c.withdrawn
        ],
        "copies": copies,
    }
