"""Counting at the table: keypad entry ballot by ballot (one insert per Enter), totals, double entry."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from thidua_desktop.services.votes import VoteService

SEPARATORS = " +.,;"
_SPLIT = re.compile(r"[ +.,;]+")


def keypad_hint(candidate_count: int) -> str:
    """The typing rule shown above the entry field."""
    rule = (
        "gõ liền các số (13 = số 1 và số 3) hoặc cách nhau bằng dấu cách, “+” hoặc “.”"
        if candidate_count <= 9
        else "cách các số bằng dấu cách, “+” hoặc “.” (1+13 = số 1 và số 13; 13 = số 13)"
    )
    return (
        f"Gõ số thứ tự các đơn vị được đánh dấu: {rule}. Enter = phiếu tiếp theo; "
        "Enter hai lần khi để trống = phiếu trắng; “/” = phiếu không hợp lệ; "
        "↑/↓ = chọn một phiếu đã nhập để gõ lại; Ctrl+Delete = xóa phiếu đang chọn "
        "(hoặc phiếu cuối); Ctrl+Z / Ctrl+Y = hoàn tác / làm lại."
    )


def parse_keypad(text: str, candidate_count: int) -> list[int]:
    """Typed marks → ballot numbers; with at most 9 candidates digits may run together."""
    text = text.strip()
    if not text:
        return []
    if any(ch not in SEPARATORS and not ch.isdigit() for ch in text) or not text.isascii():
        raise ValidationError(
            f"“{text}”: chỉ gõ các chữ số và dấu cách, + hoặc . để ngăn cách", where="marks"
        )
    tokens = [t for t in _SPLIT.split(text) if t]
    if len(tokens) == 1 and candidate_count <= 9:
        tokens = list(tokens[0])
    numbers = [int(t) for t in tokens]
    seen: set[int] = set()
    for n in numbers:
        if n in seen:
            raise ValidationError(f"Số {n} được gõ hai lần trên cùng một phiếu", where="marks")
        seen.add(n)
    return numbers


def vote_rules(vote: m.Vote | m.Award) -> v.VoteRules:
    """The stored rule texts ("70", "200/3" = two thirds) as the engine's exact rules."""
    return v.VoteRules(vote.threshold_pct, vote.comparison, vote.base, vote.quota, vote.quorum_pct)


def normalized_rules(obj: m.Vote | m.Award) -> m.Vote | m.Award:
    """Typed percentages ("2/3", "66,67", "70%") as the stored text ("200/3", "66.67", "70")."""
    return dataclasses.replace(
        obj,
        threshold_pct=v.percent_storage_text(v.parse_percent(obj.threshold_pct, "threshold_pct")),
        quorum_pct=v.percent_storage_text(v.parse_percent(obj.quorum_pct or "0", "quorum_pct")),
    )


def vote_counts(vote: m.Vote) -> v.Counts:
    if vote.members_count < 1:
        raise ValidationError(
            "Chưa có tổng số đơn vị thành viên của cuộc bỏ phiếu", where="members_count"
        )
    return v.Counts(
        vote.members_count, vote.present_count, vote.ballots_issued, vote.ballots_returned
    )


def to_ballot(record: m.BallotRecord) -> v.Ballot:
    return v.Ballot(v.parse_marks(record.marks), record.invalid_reason or None)


def ballot_label(position: int, record: m.BallotRecord) -> str:
    """ "Phiếu thứ 14 (số 3, 7)": the place in the stack and what was keyed, for messages."""
    if record.invalid_reason:
        what = "không hợp lệ"
    elif record.marks:
        what = "số " + ", ".join(record.marks.split(","))
    else:
        what = "phiếu trắng"
    return f"Phiếu thứ {position} ({what})"


class CountingSession:
    """One person keying one pass of a stack of ballots; the tally follows every Enter."""

    def __init__(self, service: VoteService, vote_id: int, entry_pass: int = 1) -> None:
        self.service = service
        self.vote = service.vote(vote_id)
        if entry_pass not in (1, 2):
            raise ValidationError("Lần nhập phải là 1 hoặc 2", where="entry_pass")
        self.entry_pass = entry_pass
        self.candidates = service.engine_candidates(vote_id)
        self.rules = service_rules = vote_rules(self.vote)
        self.tally = v.RunningTally(self.candidates, vote_counts(self.vote), service_rules)
        self.records = service.counting.records(vote_id, entry_pass)
        for r in self.records:
            self.tally.add_ballot(to_ballot(r))

    @property
    def entered(self) -> int:
        return self.tally.entered

    @property
    def is_complete(self) -> bool:
        return self.tally.is_complete

    def parse(self, text: str) -> list[int]:
        return parse_keypad(text, max(c.number for c in self.candidates))

    def enter(self, marks: str | Sequence[int], invalid_reason: str | None = None) -> v.Ballot:
        """Check, store (one committed insert) and count one ballot; return it as classified.

        A number not on the list is refused and nothing is stored; more marks than the quota
        store an invalid ballot with that reason.
        """
        self._require_open()
        numbers = self.parse(marks) if isinstance(marks, str) else list(marks)
        ballot = v.classify_ballot(numbers, self.candidates, self.rules, invalid_reason)
        if self.tally.is_complete:
            raise ValidationError(
                f"Đã nhập đủ {self.vote.ballots_returned} phiếu thu vào: không thể nhập thêm. "
                "Nếu đếm sót, sửa số phiếu thu vào trước.",
                where="ballots",
            )
        seq = (self.records[-1].seq if self.records else 0) + 1
        record = self.service.edits.create(
            m.BallotRecord(
                vote_id=self.vote.id,
                seq=seq,
                marks=ballot.marks_text,
                invalid_reason=ballot.invalid_reason or "",
                entry_pass=self.entry_pass,
            )
        )
        self.tally.add_ballot(ballot)
        self.records.append(record)
        return ballot

    def record_at(self, position: int) -> m.BallotRecord:
        """The ballot at `position` (1 = first keyed of this pass)."""
        if not 1 <= position <= len(self.records):
            raise ValidationError(f"Không có phiếu thứ {position}", where="ballots")
        return self.records[position - 1]

    def correct(
        self, position: int, marks: str | Sequence[int], invalid_reason: str | None = None
    ) -> tuple[m.BallotRecord, m.BallotRecord]:
        """Re-key one stored ballot in place (committed); return (before, after).

        Only that ballot changes: the ones keyed after it keep their place in the stack.
        """
        self._require_open()
        before = self.record_at(position)
        numbers = self.parse(marks) if isinstance(marks, str) else list(marks)
        ballot = v.classify_ballot(numbers, self.candidates, self.rules, invalid_reason)
        after = self.service.edits.update(
            dataclasses.replace(
                before, marks=ballot.marks_text, invalid_reason=ballot.invalid_reason or ""
            )
        )
        self.records[position - 1] = after
        self._recount()
        return before, after

    def delete(self, position: int) -> m.BallotRecord:
        """Delete one stored ballot (committed) and return it, so it can be put back."""
        self._require_open()
        record = self.record_at(position)
        self.service.edits.delete(m.BallotRecord, record.id)
        del self.records[position - 1]
        if position > len(self.records):
            self.tally.remove_last()  # the usual case, without re-counting the stack
        else:
            self._recount()
        return record

    def undo_last(self) -> m.BallotRecord:
        """Delete the last ballot of this pass (committed) and return it."""
        if not self.records:
            raise ValidationError("Chưa có phiếu nào để xóa", where="ballots")
        return self.delete(len(self.records))

    def _recount(self) -> None:
        self.tally = v.RunningTally(self.candidates, vote_counts(self.vote), self.rules)
        for r in self.records:
            self.tally.add_ballot(to_ballot(r))

    def result(self) -> v.VoteResult:
        return self.tally.result()

    def _require_open(self) -> None:
        if self.service.vote(self.vote.id).status == "closed":
            raise ValidationError("Kết quả đã được chốt: mở lại trước khi nhập phiếu", "status")
        if self.vote.entry_mode != "ballots":
            raise ValidationError("Cuộc bỏ phiếu này nhập theo số tổng hợp, không theo từng phiếu")
        if self.entry_pass == 2 and not self.vote.double_entry:
            raise ValidationError("Chưa bật nhập hai lần cho cuộc bỏ phiếu này", "entry_pass")
        if self.vote.ballots_returned < 1:
            raise ValidationError(
                "Nhập số phiếu phát ra và thu vào trước khi kiểm từng phiếu",
                where="ballots_returned",
            )


class CountingService:
    """Ballot and totals storage of a vote (reached as ``services.votes.counting``)."""

    def __init__(self, votes: VoteService) -> None:
        self.votes = votes
        self.repo = votes.repo

    def session(self, vote_id: int, entry_pass: int = 1) -> CountingSession:
        return CountingSession(self.votes, vote_id, entry_pass)

    def records(self, vote_id: int, entry_pass: int = 1) -> list[m.BallotRecord]:
        return self.repo.find(
            m.BallotRecord, "vote_id = ? AND entry_pass = ?", [vote_id, entry_pass], "seq"
        )

    def ballots(self, vote_id: int, entry_pass: int = 1) -> list[v.Ballot]:
        return [to_ballot(r) for r in self.records(vote_id, entry_pass)]

    def entered(self, vote_id: int) -> int:
        """Ballots keyed so far (the larger pass of a double entry)."""
        return int(
            self.repo.scalar(
                "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM ballots "
                "WHERE vote_id = ? GROUP BY entry_pass)",
                [vote_id],
            )
        )

    def has_entries(self, vote_id: int) -> bool:
        vote = self.votes.vote(vote_id)
        return bool(
            self.entered(vote_id)
            or self.repo.count(m.VoteTotal, "vote_id = ?", [vote_id])
            or vote.totals_valid
            or vote.totals_invalid
        )

    def discrepancies(self, vote_id: int) -> list[v.Discrepancy]:
        """Ballots the two entries read differently (double entry); empty when they agree."""
        return v.compare_entries(self.ballots(vote_id, 1), self.ballots(vote_id, 2))

    def differences_so_far(self, vote_id: int) -> list[v.Discrepancy]:
        """While the second entry is under way: the differences among the ballots both entries
        have keyed (a ballot not yet keyed again is not a difference; acceptance still checks
        the whole stack through `discrepancies`)."""
        first, second = self.ballots(vote_id, 1), self.ballots(vote_id, 2)
        n = min(len(first), len(second))
        return v.compare_entries(first[:n], second[:n])

    def set_entry_mode(self, vote_id: int, mode: str, double_entry: bool | None = None) -> m.Vote:
        """Ballot by ballot or totals; double entry on/off (refused once entries exist)."""
        vote = self.votes.vote(vote_id)
        if mode not in ("ballots", "totals"):
            raise ValidationError(f"Cách nhập “{mode}” không hợp lệ", where="entry_mode")
        double = vote.double_entry if double_entry is None else double_entry
        if (mode, double) == (vote.entry_mode, vote.double_entry):
            return vote
        if mode != vote.entry_mode and self.has_entries(vote_id):
            raise ValidationError(
                "Đã nhập phiếu theo cách hiện tại: xóa các phiếu đã nhập trước khi đổi cách nhập",
                where="entry_mode",
            )
        if not double and self.records(vote_id, 2):
            raise ValidationError(
                "Đã có phiếu nhập lần 2: xóa chúng trước khi tắt nhập hai lần", "double_entry"
            )
        return self.votes.edits.update(
            dataclasses.replace(vote, entry_mode=mode, double_entry=double)
        )

    # -- totals mode ------------------------------------------------------------------------
    def totals(self, vote_id: int) -> dict[int, int]:
        """Votes per ballot number as stored (totals mode)."""
        by_id = {c.id: c.number for c in self.votes.candidates(vote_id)}
        return {
            by_id[t.candidate_id]: t.votes
            for t in self.repo.find(m.VoteTotal, "vote_id = ?", [vote_id])
        }

    def totals_result(self, vote: m.Vote) -> v.VoteResult:
        if vote.ballots_returned and vote.totals_valid + vote.totals_invalid == 0:
            raise ValidationError("Chưa nhập số phiếu của Ban kiểm phiếu.", where="totals")
        return v.tally_totals(
            self.votes.engine_candidates(vote.id),
            self.totals(vote.id),
            vote.totals_valid,
            vote.totals_invalid,
            vote_counts(vote),
            vote_rules(vote),
        )

    def save_totals(
        self, vote_id: int, totals: Mapping[int, int], valid: int, invalid: int
    ) -> v.VoteResult:
        """Store the committee's totals after checking they could come from a real stack.

        ``totals`` maps ballot numbers to votes (missing = 0). Nothing is stored when a check
        fails; the message names the inconsistency.
        """
        vote = self.votes.vote(vote_id)
        self.votes._require_editable(vote, "sửa số phiếu")
        if vote.entry_mode != "totals":
            raise ValidationError(
                "Cuộc bỏ phiếu này nhập từng phiếu: chuyển sang nhập số tổng hợp trước",
                where="entry_mode",
            )
        result = v.tally_totals(
            self.votes.engine_candidates(vote_id),
            totals,
            valid,
            invalid,
            vote_counts(vote),
            vote_rules(vote),
        )
        edits = self.votes.edits
        with edits.transaction():
            stored = {
                t.candidate_id: t for t in self.repo.find(m.VoteTotal, "vote_id = ?", [vote_id])
            }
            for cand in self.votes.candidates(vote_id):
                n = totals.get(cand.number, 0)
                old = stored.get(cand.id)
                if old is None:
                    edits.create(m.VoteTotal(vote_id, cand.id, n))
                elif old.votes != n:
                    edits.update(dataclasses.replace(old, votes=n))
            edits.update(dataclasses.replace(vote, totals_valid=valid, totals_invalid=invalid))
        return result
