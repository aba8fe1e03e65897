"""Secret-ballot voting rules engine: threshold, base, quota, quorum and ties → explained result."""

from __future__ import annotations

from thidua_desktop.domain.voting_result import Status, VoteResult, VoteRow
from thidua_desktop.domain.voting_rules import (
    Ballot,
    Base,
    Candidate,
    Comparison,
    Counts,
    InvalidReason,
    VoteRules,
    classify_ballot,
    over_quota_reason,
    parse_marks,
    parse_percent,
    percent_storage_text,
)
from thidua_desktop.domain.voting_tally import (
    Discrepancy,
    RunningTally,
    compare_entries,
    new_round_candidates,
    remaining_quota,
    tally_ballots,
    tally_totals,
)

__all__ = [
    "Ballot",
    "Base",
    "Candidate",
    "Comparison",
    "Counts",
    "Discrepancy",
    "InvalidReason",
    "RunningTally",
    "Status",
    "VoteResult",
    "VoteRow",
    "VoteRules",
    "classify_ballot",
    "compare_entries",
    "new_round_candidates",
    "over_quota_reason",
    "parse_marks",
    "parse_percent",
    "percent_storage_text",
    "remaining_quota",
    "tally_ballots",
    "tally_totals",
]
