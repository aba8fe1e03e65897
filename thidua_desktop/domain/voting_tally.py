"""Counting: per-ballot and totals entry, the running keypad tally, double entry, new rounds."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.voting_outcome import build_result
from thidua_desktop.domain.voting_result import VoteResult
from thidua_desktop.domain.voting_rules import (
    Ballot,
    Candidate,
    Counts,
    VoteRules,
    check_candidates,
    classify_ballot,
    unknown_number_error,
)


def _check_valid_ballot(
    ballot: Ballot, index: int, known: Mapping[int, Candidate], quota: int
) -> None:
    """A ballot recorded as valid must only mark listed numbers, at most `quota` of them."""
    for n in sorted(ballot.marks):
        if n not in known:
            raise ValidationError(
                f"Phiếu thứ {index + 1}: số {n} không có trong danh sách ứng cử",
                where=f"ballots[{index}]",
            )
    if len(ballot.marks) > quota:
        raise ValidationError(
            f"Phiếu thứ {index + 1} đánh dấu {len(ballot.marks)} đơn vị, quá {quota} suất, "
            "nên không thể là phiếu hợp lệ",
            where=f"ballots[{index}]",
        )


def tally_ballots(
    candidates: Sequence[Candidate], ballots: Sequence[Ballot], counts: Counts, rules: VoteRules
) -> VoteResult:
    """Tally ballot by ballot.

    ``counts.returned`` must equal ``len(ballots)``: the committee's count of ballots collected
    is checked against what was entered, so a lost or doubly entered ballot is caught rather
    than silently changing the base.
    """
    known = check_candidates(candidates)
    if counts.returned != len(ballots):
        raise ValidationError(
            f"Số phiếu thu vào ghi là {counts.returned} nhưng đã nhập {len(ballots)} phiếu: "
            "kiểm tra lại số phiếu thu vào hoặc nhập đủ các phiếu",
            where="ballots",
        )
    valid = [b.marks for b in ballots if b.invalid_reason is None]
    votes = Counter(chain.from_iterable(valid))
    quota = rules.quota
    sizes = list(map(len, valid))
    if not votes.keys() <= known.keys() or max(sizes, default=0) > quota:
        for i, b in enumerate(ballots):  # slow path, only to name the faulty ballot
            if b.invalid_reason is None:
                _check_valid_ballot(b, i, known, quota)
    blank = sizes.count(0)
    return build_result(
        candidates, votes, len(valid), len(ballots) - len(valid), blank, counts, rules
    )


def tally_totals(
    candidates: Sequence[Candidate],
    totals: Mapping[int, int],
    valid: int,
    invalid: int,
    counts: Counts,
    rules: VoteRules,
    blank: int | None = None,
) -> VoteResult:
    """Tally from the committee's totals: votes per ballot number (missing = 0).

    Checks that the totals could come from a real stack of ballots: valid + invalid = returned,
    no unit above the valid ballots, at most ``quota`` marks per valid ballot; with ``blank``
    given, also that every non-blank ballot carries at least one mark.
    """
    known = check_candidates(candidates)
    for label, value, where in (("hợp lệ", valid, "valid"), ("không hợp lệ", invalid, "invalid")):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"Số phiếu {label} phải là số nguyên không âm", where=where)
    if valid + invalid != counts.returned:
        raise ValidationError(
            f"Số phiếu hợp lệ ({valid}) + không hợp lệ ({invalid}) = {valid + invalid}, "
            f"khác số phiếu thu vào ({counts.returned})",
            where="valid",
        )
    if blank is not None and (
        isinstance(blank, bool) or not isinstance(blank, int) or not 0 <= blank <= valid
    ):
        raise ValidationError(
            f"Số phiếu trắng ({blank}) phải từ 0 đến số phiếu hợp lệ ({valid})", where="blank"
        )
    marked_ballots = valid - (blank or 0)
    for n, v in totals.items():
        if n not in known:
            raise unknown_number_error(n)
        name = known[n].name
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise ValidationError(
                f"Số phiếu của {name} phải là số nguyên không âm (đã nhập “{v}”)",
                where=f"totals[{n}]",
            )
        if v > marked_ballots:
            what = "số phiếu hợp lệ" if blank is None else "số phiếu hợp lệ không trắng"
            raise ValidationError(
                f"{name} (số {n}) được {v} phiếu, nhiều hơn {what} ({marked_ballots})",
                where=f"totals[{n}]",
            )
    marks = sum(totals.values())
    if marks > marked_ballots * rules.quota:
        raise ValidationError(
            f"Tổng số phiếu đồng ý của các đơn vị ({marks}) vượt quá "
            f"{marked_ballots} phiếu × {rules.quota} suất = {marked_ballots * rules.quota}: "
            f"mỗi phiếu hợp lệ chỉ được đánh dấu tối đa {rules.quota} đơn vị",
            where="totals",
        )
    if blank is not None and marks < marked_ballots:
        raise ValidationError(
            f"Có {marked_ballots} phiếu hợp lệ không trắng nhưng tổng số phiếu đồng ý chỉ là "
            f"{marks}: mỗi phiếu không trắng có ít nhất một dấu",
            where="blank",
        )
    return build_result(candidates, totals, valid, invalid, blank, counts, rules)


def remaining_quota(result: VoteResult) -> int:
    """Seats still to fill: the round's quota minus the units it elected."""
    return result.remaining_quota


def new_round_candidates(result: VoteResult) -> list[Candidate]:
    """The tied units, renumbered 1…k in their old ballot order for the new round's ballot.

    Ids and names are kept. Vote the new round with ``dataclasses.replace(rules,
    quota=remaining_quota(result))``: seats won in this round are not contested again.
    """
    return [dataclasses.replace(c, number=i) for i, c in enumerate(result.tied, start=1)]


class RunningTally:
    """Incremental tally for keypad entry: add a ballot, undo the last one, see the result.

    ``counts.returned`` is the number of ballots collected; entry stops there. Until then
    ``result()`` is provisional and counts only the ballots entered so far as returned.
    """

    def __init__(self, candidates: Sequence[Candidate], counts: Counts, rules: VoteRules) -> None:
        self._known = check_candidates(candidates)
        self._candidates = tuple(candidates)
        self._counts = counts
        self._rules = rules
        self._votes: dict[int, int] = dict.fromkeys(self._known, 0)
        self._ballots: list[Ballot] = []
        self._invalid = 0
        self._blank = 0

    @property
    def ballots(self) -> tuple[Ballot, ...]:
        return tuple(self._ballots)

    @property
    def entered(self) -> int:
        return len(self._ballots)

    @property
    def remaining(self) -> int:
        return self._counts.returned - len(self._ballots)

    @property
    def is_complete(self) -> bool:
        return self.remaining == 0

    def enter(self, marks: Sequence[int], invalid_reason: str | None = None) -> Ballot:
        """Classify typed numbers (see `classify_ballot`), add the ballot and return it."""
        ballot = classify_ballot(marks, self._candidates, self._rules, invalid_reason)
        self.add_ballot(ballot)
        return ballot

    def add_ballot(self, ballot: Ballot) -> None:
        if self.is_complete:
            raise ValidationError(
                f"Đã nhập đủ {self._counts.returned} phiếu thu vào: không thể nhập thêm",
                where="ballots",
            )
        if ballot.invalid_reason is None:
            _check_valid_ballot(ballot, len(self._ballots), self._known, self._rules.quota)
            for n in ballot.marks:
                self._votes[n] += 1
            self._blank += not ballot.marks
        else:
            self._invalid += 1
        self._ballots.append(ballot)

    def remove_last(self) -> Ballot:
        """Undo the last ballot entered and return it."""
        if not self._ballots:
            raise ValidationError("Chưa có phiếu nào để xóa", where="ballots")
        ballot = self._ballots.pop()
        if ballot.invalid_reason is None:
            for n in ballot.marks:
                self._votes[n] -= 1
            self._blank -= not ballot.marks
        else:
            self._invalid -= 1
        return ballot

    def result(self) -> VoteResult:
        counts, note = self._counts, None
        if not self.is_complete:
            counts = dataclasses.replace(counts, returned=self.entered)
            note = (
                f"Kết quả tạm thời: mới nhập {self.entered}/{self._counts.returned} phiếu thu vào."
            )
        valid = self.entered - self._invalid
        return build_result(
            self._candidates,
            self._votes,
            valid,
            self._invalid,
            self._blank,
            counts,
            self._rules,
            note,
        )


@dataclass(frozen=True)
class Discrepancy:
    """A ballot read differently by the two entries (None: that entry has no such ballot)."""

    index: int
    first_marks: frozenset[int] | None
    second_marks: frozenset[int] | None
    first_status: str | None
    second_status: str | None

    @property
    def message(self) -> str:
        def side(marks: frozenset[int] | None, status: str | None) -> str:
            if marks is None:
                return "không có"
            valid = status == "hợp lệ"  # an invalid ballot with no marks is not a blank one
            listed = ", ".join(map(str, sorted(marks))) or ("phiếu trắng" if valid else "—")
            return f"[{listed}] {status}"

        return (
            f"Phiếu thứ {self.index + 1}: lần nhập 1 {side(self.first_marks, self.first_status)}; "
            f"lần nhập 2 {side(self.second_marks, self.second_status)}"
        )


def compare_entries(first: Sequence[Ballot], second: Sequence[Ballot]) -> list[Discrepancy]:
    """Double entry: the same stack, in the same order, typed twice; accept only if empty.

    A difference in marks, in validity or in the reason for invalidity is a discrepancy; so is
    a ballot present in only one entry.
    """
    out = []
    for i in range(max(len(first), len(second))):
        a = first[i] if i < len(first) else None
        b = second[i] if i < len(second) else None
        if a != b:
            out.append(
                Discrepancy(
                    i,
                    a.marks if a else None,
                    b.marks if b else None,
                    a.status_text if a else None,
                    b.status_text if b else None,
                )
            )
    return out
