"""The outcome of a vote as data: per-unit rows with status, rank and explanation; JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from thidua_desktop.domain.vntext import format_percent
from thidua_desktop.domain.voting_rules import (
    Base,
    Candidate,
    Counts,
    VoteRules,
    percent_storage_text,
)


class Status(StrEnum):
    """What the vote means for one candidate."""

    ELECTED = "elected"
    TIED = "tied"  # tied at the quota boundary: a new round or a withdrawal decides
    OVER_QUOTA = "over_quota"  # passed the threshold but ranked beyond the quota, not tied
    NOT_PASSED = "not_passed"
    WITHDRAWN = "withdrawn"
    VOID = "void"  # quorum not met: the vote has no effect

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.ELECTED: "Đạt",
    Status.TIED: "Bằng phiếu – bỏ phiếu lại",
    Status.OVER_QUOTA: "Đạt tỷ lệ, ngoài số suất",
    Status.NOT_PASSED: "Không đạt",
    Status.WITHDRAWN: "Xin rút",
    Status.VOID: "Không có giá trị",
}


def percent_of(votes: int, base: int) -> Fraction:
    """votes/base as an exact percentage; 0 on an empty base."""
    return Fraction(votes * 100, base) if base else Fraction(0)


def _plain_percent(value: Fraction) -> str:
    """'85.71': two decimals, dot, rounded half up — for JSON."""
    return format_percent(value).removesuffix("%").replace(",", ".")


@dataclass(frozen=True)
class VoteRow:
    """One candidate's line in the counting minutes."""

    candidate: Candidate
    votes: int
    base_value: int
    percent: Fraction
    percent_text: str
    quote: str
    passes_threshold: bool
    rank: int
    status: Status
    explanation: str

    @property
    def fraction_text(self) -> str:
        return f"{self.votes}/{self.base_value}"


@dataclass(frozen=True)
class VoteResult:
    """A tally with everything needed to print and to explain it.

    ``rows`` are in ballot order; ``valid`` is False when the quorum is not met (then no row is
    ELECTED). ``blank_ballots`` is None when totals were entered without a blank count.
    ``provisional`` marks a running tally whose ballots are not all entered yet.
    """

    rules: VoteRules
    counts: Counts
    rows: tuple[VoteRow, ...]
    base_value: int
    valid_ballots: int
    invalid_ballots: int
    blank_ballots: int | None
    quorum_met: bool
    quorum_explanation: str
    elected: tuple[Candidate, ...]
    tied: tuple[Candidate, ...]
    needs_new_round: bool
    summary: str
    provisional: bool = False

    @property
    def valid(self) -> bool:
        return self.quorum_met

    @property
    def base(self) -> Base:
        return self.rules.base

    @property
    def base_label(self) -> str:
        return self.rules.base.label

    @property
    def remaining_quota(self) -> int:
        """Seats still open after this round (the quota minus units already elected)."""
        return self.rules.quota - len(self.elected)

    def row(self, number: int) -> VoteRow:
        """The row of the candidate with this ballot number."""
        for r in self.rows:
            if r.candidate.number == number:
                return r
        raise KeyError(number)

    def ranked_rows(self) -> list[VoteRow]:
        return sorted(self.rows, key=lambda r: (r.rank, r.candidate.number))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict (what ``thidua tally --json`` prints).

        Keys: ``valid`` (bool, quorum met), ``provisional`` (bool), ``rules`` {threshold_pct
        (exact percent as `percent_storage_text`
        writes it: "70", "66.67", "200/3"), threshold_text ("≥ 70%"), comparison (">=" | ">"), base,
        quota, quorum_pct}, ``base`` {kind, label, value}, ``counts`` {members, present,
        issued, returned, valid, invalid, blank (int | null)}, ``quorum`` {met, explanation},
        ``rows`` (ballot order) [{candidate_id, number, name, withdrawn, votes, base_value,
        fraction ("12/14"), percent ("85.71", 2 decimals, half up), percent_text ("85,71%"),
        quote ("12/14 phiếu (85,71%)"), passes_threshold, rank, status (a `Status` value),
        status_label, explanation}], ``elected`` and ``tied`` [{candidate_id, number, name}],
        ``needs_new_round``, ``remaining_quota``, ``summary``.
        """

        def ref(c: Candidate) -> dict[str, Any]:
            return {"candidate_id": c.id, "number": c.number, "name": c.name}

        r, c = self.rules, self.counts
        return {
            "valid": self.valid,
            "provisional": self.provisional,
            "rules": {
                "threshold_pct": percent_storage_text(r.threshold_pct),
                "threshold_text": r.threshold_text,
                "comparison": str(r.comparison),
                "base": str(r.base),
                "quota": r.quota,
                "quorum_pct": percent_storage_text(r.quorum_pct),
            },
            "base": {"kind": str(r.base), "label": r.base.label, "value": self.base_value},
            "counts": {
                "members": c.members,
                "present": c.present,
                "issued": c.issued,
                "returned": c.returned,
                "valid": self.valid_ballots,
                "invalid": self.invalid_ballots,
                "blank": self.blank_ballots,
            },
            "quorum": {"met": self.quorum_met, "explanation": self.quorum_explanation},
            "rows": [
                {
                    **ref(row.candidate),
                    "withdrawn": row.candidate.withdrawn,
                    "votes": row.votes,
                    "base_value": row.base_value,
                    "fraction": row.fraction_text,
                    "percent": _plain_percent(row.percent),
                    "percent_text": row.percent_text,
                    "quote": row.quote,
                    "passes_threshold": row.passes_threshold,
                    "rank": row.rank,
                    "status": str(row.status),
                    "status_label": row.status.label,
                    "explanation": row.explanation,
                }
                for row in self.rows
            ],
            "elected": [ref(x) for x in self.elected],
            "tied": [ref(x) for x in self.tied],
            "needs_new_round": self.needs_new_round,
            "remaining_quota": self.remaining_quota,
            "summary": self.summary,
        }
