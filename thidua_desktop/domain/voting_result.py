"""The outcome of a vote: per-unit status and rank, each explained in Vietnamese from the rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from thidua_desktop.domain.vntext import format_percent, format_vote
from thidua_desktop.domain.voting_rules import (
    Base,
    Candidate,
    Counts,
    VoteRules,
    percent_storage_text,
    rule_percent_text,
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


def _percent(votes: int, base: int) -> Fraction:
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


def _ranks(candidates: Sequence[Candidate], votes: Mapping[int, int]) -> dict[int, int]:
    """Competition ranking (1, 2, 2, 4) by votes; withdrawn units rank after all others."""
    ranks: dict[int, int] = {}
    active = sorted((c for c in candidates if not c.withdrawn), key=lambda c: -votes[c.number])
    gone = sorted((c for c in candidates if c.withdrawn), key=lambda c: -votes[c.number])
    for offset, group in ((0, active), (len(active), gone)):
        for i, c in enumerate(group):
            same = i and votes[group[i - 1].number] == votes[c.number]
            ranks[c.number] = ranks[group[i - 1].number] if same else offset + i + 1
    return ranks


def _statuses(
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


def _presence(counts: Counts) -> str:
    pct = format_percent(_percent(counts.present, counts.members))
    return f"có mặt {counts.present}/{counts.members} thành viên ({pct})"


def _quorum_explanation(rules: VoteRules, counts: Counts, met: bool) -> str:
    if rules.quorum_pct == 0:
        return "Quy chế không quy định tỷ lệ tham dự tối thiểu."
    need = f"≥ {rule_percent_text(rules.quorum_pct)}"
    if met:
        return f"Đủ tỷ lệ tham dự: {_presence(counts)}, đạt mức tối thiểu {need} theo quy chế."
    return (
        f"Không đủ tỷ lệ tham dự: {_presence(counts)}, dưới mức tối thiểu {need} theo quy chế, "
        "nên kết quả bỏ phiếu không có giá trị."
    )


def _names(cs: Sequence[Candidate]) -> str:
    return ", ".join(c.name for c in cs)


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
    quorum_text = _quorum_explanation(rules, counts, quorum_met)
    passing = {n for n, v in votes.items() if rules.passes(v, base_value)}
    ranks = _ranks(candidates, votes)
    status = _statuses(candidates, votes, passing, rules.quota)
    if not quorum_met:
        status = {
            n: Status.WITHDRAWN if s is Status.WITHDRAWN else Status.VOID for n, s in status.items()
        }
    elected = tuple(c for c in candidates if status[c.number] is Status.ELECTED)
    tied = tuple(c for c in candidates if status[c.number] is Status.TIED)
    remaining = rules.quota - len(elected)
    rule = f"{rules.threshold_text} {rules.base.phrase(base_value)}"
    quota = f"{rules.quota} suất"

    rows = []
    for c in candidates:
        v, s, rank = votes[c.number], status[c.number], ranks[c.number]
        pct = _percent(v, base_value)
        quote = format_vote(v, base_value)
        pct_text = quote[quote.rindex("(") + 1 : -1]  # the same rounding, formatted once
        if s is Status.ELECTED:
            text = f"Đạt {quote} {rule}; xếp thứ {rank}, trong {quota}."
        elif s is Status.TIED:
            others = _names([t for t in tied if t.number != c.number])
            text = (
                f"Đạt {quote} {rule}; xếp thứ {rank}, bằng phiếu với {others} ở ranh giới "
                f"{quota} (còn {remaining} suất cho {len(tied)} đơn vị): cần bỏ phiếu vòng mới "
                "giữa các đơn vị bằng phiếu hoặc có đơn vị xin rút."
            )
        elif s is Status.OVER_QUOTA:
            text = f"Đạt {quote} {rule} nhưng xếp thứ {rank}, ngoài {quota}."
        elif s is Status.WITHDRAWN:
            text = f"Đơn vị xin rút nên không được xét (được {quote})."
        elif s is Status.VOID:
            text = (
                f"Được {quote}, nhưng kết quả không có giá trị vì {_presence(counts)}, "
                f"dưới mức tham dự tối thiểu ≥ {rule_percent_text(rules.quorum_pct)} theo quy chế."
            )
        elif base_value == 0:
            text = f"Được {quote}: không có {rules.base.label.removeprefix('số ')} nên không đơn vị nào đạt."
        elif v == 0 and rules.threshold_pct == 0:
            text = f"Được {quote}: không có phiếu đồng ý nào nên không đạt."
        else:
            text = f"Được {quote}, không đạt mức {rule}."
        rows.append(
            VoteRow(
                c,
                v,
                base_value,
                pct,
                pct_text,
                quote,
                c.number in passing,
                rank,
                s,
                text,
            )
        )

    summary = _summary(
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
    if provisional_note:
        summary = f"{provisional_note} {summary}"
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
        summary=summary,
        provisional=provisional_note is not None,
    )


def _summary(
    rules: VoteRules,
    counts: Counts,
    rows: Sequence[VoteRow],
    base_value: int,
    valid: int,
    invalid: int,
    blank: int | None,
    quorum_met: bool,
    quorum_text: str,
    remaining: int,
) -> str:
    def of(s: Status) -> list[VoteRow]:
        return sorted(
            (r for r in rows if r.status is s), key=lambda r: (r.rank, r.candidate.number)
        )

    parts = [
        f"Số phiếu phát ra: {counts.issued}; thu vào: {counts.returned}; hợp lệ: {valid}"
        + (f" (trong đó {blank} phiếu trắng)" if blank else "")
        + f"; không hợp lệ: {invalid}.",
        f"Quy chế: đạt {rules.threshold_text} tính trên {rules.base.label} ({base_value}), "
        f"tối đa {rules.quota} suất.",
    ]
    if rules.quorum_pct or not quorum_met:
        parts.append(quorum_text)
    if not quorum_met:
        parts.append("Không đơn vị nào được suy tôn; cần tổ chức bỏ phiếu lại khi đủ thành viên.")
        return " ".join(parts)
    elected = of(Status.ELECTED)
    if elected:
        listed = "; ".join(f"{r.candidate.name} – {r.quote}" for r in elected)
        parts.append(f"Đạt ({len(elected)}/{rules.quota} suất): {listed}.")
    else:
        parts.append("Không đơn vị nào đạt.")
    tied = of(Status.TIED)
    if tied:
        parts.append(
            f"Bằng phiếu ở ranh giới ({tied[0].quote}): {_names([r.candidate for r in tied])}; "
            f"còn {remaining} suất: cần bỏ phiếu vòng mới giữa các đơn vị này hoặc có đơn vị xin rút."
        )
    over = of(Status.OVER_QUOTA)
    if over:
        parts.append(f"Đạt tỷ lệ nhưng ngoài số suất: {_names([r.candidate for r in over])}.")
    failed = of(Status.NOT_PASSED)
    if failed:
        parts.append(
            f"Không đạt mức {rules.threshold_text}: {_names([r.candidate for r in failed])}."
        )
    gone = of(Status.WITHDRAWN)
    if gone:
        parts.append(f"Xin rút: {_names([r.candidate for r in gone])}.")
    return " ".join(parts)
