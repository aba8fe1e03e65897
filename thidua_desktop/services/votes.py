"""Award rules and votes: set up a vote, its candidates and head counts, result, acceptance, rounds."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services import vote_reports
from thidua_desktop.services.editing import EditService
from thidua_desktop.services.vote_counting import (
    CountingService,
    normalized_rules,
    vote_counts,
    vote_rules,
)

# Sensible starting rules per award level; every value stays editable in the catalogue.
AWARD_DEFAULTS: dict[m.AwardLevel, dict[str, Any]] = {
    m.AwardLevel.GOVERNMENT_FLAG: dict(
        threshold_pct="70", comparison=">=", base="members", quota=1, quorum_pct="200/3"
    ),
    m.AwardLevel.SECTOR_FLAG: dict(
        threshold_pct="70", comparison=">=", base="members", quota=2, quorum_pct="200/3"
    ),
    m.AwardLevel.CERTIFICATE: dict(
        threshold_pct="50", comparison=">", base="returned", quota=3, quorum_pct="50"
    ),
    m.AwardLevel.TITLE: dict(
        threshold_pct="50", comparison=">", base="returned", quota=5, quorum_pct="50"
    ),
    m.AwardLevel.OTHER: dict(
        threshold_pct="50", comparison=">", base="returned", quota=1, quorum_pct="0"
    ),
}


class VoteService:
    """Use cases of the votes page and the `tally` command; each action one transaction."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits
        self.repo = edits.repo
        self.counting = CountingService(self)

    # -- awards -----------------------------------------------------------------------------
    def new_award(self, cluster_id: int, name: str, level: m.AwardLevel | str) -> m.Award:
        """An award in the catalogue with the default rules of its level."""
        level = m.AwardLevel(level)
        return self.edits.create(
            m.Award(cluster_id=cluster_id, name=name, level=level, **AWARD_DEFAULTS[level])
        )

    def registered_unit_ids(self, year_id: int, award_id: int) -> set[int]:
        regs = self.repo.find(m.Registration, "year_id = ? AND award_id = ?", [year_id, award_id])
        return {r.unit_id for r in regs}

    # -- lookups ----------------------------------------------------------------------------
    def vote(self, vote_id: int) -> m.Vote:
        return self.repo.get(m.Vote, vote_id)

    def conference_year(self, conference_id: int) -> m.Year:
        conf = self.repo.get(m.Conference, conference_id)
        return self.repo.get(m.Year, conf.year_id)

    def votes_of_conference(self, conference_id: int) -> list[m.Vote]:
        return self.repo.find(m.Vote, "conference_id = ?", [conference_id], "id")

    def candidates(self, vote_id: int) -> list[m.Candidate]:
        return self.repo.find(m.Candidate, "vote_id = ?", [vote_id], "number")

    def unit_names(self, unit_ids: Iterable[int]) -> dict[int, str]:
        ids = sorted(set(unit_ids))
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        return {u.id: u.name for u in self.repo.find(m.Unit, f"id IN ({marks})", ids)}

    def engine_candidates(self, vote_id: int) -> list[v.Candidate]:
        """The candidates as the rules engine sees them (id = the candidate record's id)."""
        stored = self.candidates(vote_id)
        if not stored:
            raise ValidationError(
                "Cuộc bỏ phiếu chưa có đơn vị nào trong danh sách ứng cử", where="candidates"
            )
        names = self.unit_names(c.unit_id for c in stored)
        return [v.Candidate(c.id, c.number, names[c.unit_id], c.withdrawn) for c in stored]

    def members_count(self, cluster_id: int) -> int:
        """Entitled voters: the active member units of the cluster."""
        return self.repo.count(
            m.Unit, "cluster_id = ? AND active = 1 AND is_member = 1", [cluster_id]
        )

    def present_from_attendance(self, conference_id: int) -> int:
        """Member units represented by at least one delegate of theirs marked present: a chair
        speaks for the unit, the secretary does not (domain.attendance_rules, as check-in)."""
        sql = (
            "SELECT count(DISTINCT u.id) FROM attendance a JOIN people p ON p.id = a.person_id "
            "JOIN units u ON u.id = p.unit_id WHERE a.conference_id = ? AND a.present = 1 "
            "AND a.role IN ('delegate', 'chair') AND u.is_member = 1 AND u.active = 1"
        )
        return int(self.repo.scalar(sql, [conference_id]) or 0)

    # -- creating a vote --------------------------------------------------------------------
    def create_vote(
        self,
        conference_id: int,
        award_id: int,
        *,
        title: str = "",
        unit_ids: Sequence[int] | None = None,
        from_registrations: bool = False,
        present: int | None = None,
    ) -> m.Vote:
        """A vote with a snapshot of the award's rules, head counts and optional candidates.

        Candidates come from ``unit_ids`` in the order given (by hand, or the top N of the
        scoring ranking), or from the year's registrations for the award in the cluster's list
        order; ``present`` defaults to the member units represented in the attendance.
        """
        award = self.repo.get(m.Award, award_id)
        year = self.conference_year(conference_id)
        if award.cluster_id != year.cluster_id:
            raise ValidationError("Danh hiệu không thuộc cụm thi đua của hội nghị", "award_id")
        members = self.members_count(year.cluster_id)
        present = self.present_from_attendance(conference_id) if present is None else present
        vote = m.Vote(
            conference_id=conference_id,
            award_id=award_id,
            title=title or f"Bỏ phiếu suy tôn {award.name} năm {year.year}",
            threshold_pct=award.threshold_pct,
            comparison=award.comparison,
            base=award.base,
            quota=award.quota,
            quorum_pct=award.quorum_pct,
            members_count=members,
            present_count=present,
        )
        v.Counts(max(members, 1), present, 0, 0)  # present ≤ members, with a clear message
        if from_registrations:
            unit_ids = self._in_list_order(self.registered_unit_ids(year.id, award_id))
        with self.edits.transaction():
            saved = self.edits.create(vote)
            if unit_ids:
                self.add_candidates(saved.id, list(dict.fromkeys(unit_ids)))
        return saved

    def delete_vote(self, vote_id: int) -> m.Vote:
        """Delete a vote made by mistake with its candidates and ballots (not once accepted)."""
        vote = self.vote(vote_id)
        self._require_editable(vote, "xóa cuộc bỏ phiếu")
        return self.edits.delete(m.Vote, vote_id)  # candidates, ballots, totals: ON DELETE CASCADE

    def _in_list_order(self, unit_ids: Iterable[int]) -> list[int]:
        """Units in the cluster's list order (sort_order, then id)."""
        units = {u.id: u for u in self.repo.find(m.Unit, "1=1")}
        return sorted(unit_ids, key=lambda i: (units[i].sort_order, units[i].id))

    # -- candidates -------------------------------------------------------------------------
    def _require_editable(self, vote: m.Vote, what: str) -> None:
        if vote.status == "closed":
            raise ValidationError(
                f"Kết quả đã được chốt: mở lại kết quả trước khi {what}", where="status"
            )

    def _require_no_entries(self, vote: m.Vote) -> None:
        if self.counting.has_entries(vote.id):
            raise ValidationError(
                "Đã nhập phiếu hoặc số phiếu của cuộc bỏ phiếu này: không thể đổi danh sách "
                "ứng cử (số thứ tự trên phiếu sẽ sai). Xóa các phiếu đã nhập trước.",
                where="candidates",
            )

    def add_candidates(self, vote_id: int, unit_ids: Sequence[int]) -> list[m.Candidate]:
        """Append units to the ballot in the given order (the scoring ranking enters here)."""
        vote = self.vote(vote_id)
        self._require_editable(vote, "thêm đơn vị ứng cử")
        self._require_no_entries(vote)
        year = self.conference_year(vote.conference_id)
        out = []
        with self.edits.transaction():
            number = len(self.candidates(vote_id))
            for unit_id in unit_ids:
                unit = self.repo.get(m.Unit, unit_id)
                if unit.cluster_id != year.cluster_id:
                    raise ValidationError(f"“{unit.name}” không thuộc cụm thi đua", "unit_ids")
                number += 1
                out.append(self.edits.create(m.Candidate(vote_id, unit_id, number)))
        return out

    def remove_candidate(self, candidate_id: int) -> None:
        """Take a unit off the ballot; the ones after it move up a number."""
        cand = self.repo.get(m.Candidate, candidate_id)
        vote = self.vote(cand.vote_id)
        self._require_editable(vote, "bớt đơn vị ứng cử")
        self._require_no_entries(vote)
        with self.edits.transaction():
            self.edits.delete(m.Candidate, candidate_id)
            for later in self.repo.find(
                m.Candidate, "vote_id = ? AND number > ?", [vote.id, cand.number], "number"
            ):
                self.edits.update(dataclasses.replace(later, number=later.number - 1))

    def set_withdrawn(self, candidate_id: int, withdrawn: bool, note: str = "") -> m.Candidate:
        """Record that a unit withdraws ("xin rút … nhường cơ hội"), or undo that."""
        cand = self.repo.get(m.Candidate, candidate_id)
        self._require_editable(self.vote(cand.vote_id), "ghi nhận xin rút")
        if withdrawn and not note.strip():
            note = "Đơn vị xin rút"
        return self.edits.update(
            dataclasses.replace(
                cand, withdrawn=withdrawn, withdrawal_note=note if withdrawn else ""
            )
        )

    def eligibility_warnings(self, vote_id: int) -> list[str]:
        """Candidates that did not register the award this year (a warning, never a refusal)."""
        vote = self.vote(vote_id)
        award = self.repo.get(m.Award, vote.award_id)
        if not award.registered_only:
            return []
        year = self.conference_year(vote.conference_id)
        registered = self.registered_unit_ids(year.id, award.id)
        cands = self.candidates(vote_id)
        names = self.unit_names(c.unit_id for c in cands)
        return [
            f"Số {c.number} – {names[c.unit_id]}: chưa đăng ký danh hiệu “{award.name}” "
            f"năm {year.year}"
            for c in cands
            if c.unit_id not in registered
        ]

    # -- head and ballot counts -------------------------------------------------------------
    def set_counts(self, vote_id: int, **counts: int | None) -> m.Vote:
        """Record the committee's counts (members, present, issued, returned — the keywords of
        checked_counts); checked returned ≤ issued ≤ present ≤ members."""
        return self.edits.update(self.checked_counts(vote_id, **counts))

    def checked_counts(
        self,
        vote_id: int,
        *,
        members: int | None = None,
        present: int | None = None,
        issued: int | None = None,
        returned: int | None = None,
    ) -> m.Vote:
        """The vote with new counts, checked but not stored (the GUI stores it undoably)."""
        vote = self.vote(vote_id)
        self._require_editable(vote, "sửa số phiếu")
        new = dataclasses.replace(
            vote,
            members_count=vote.members_count if members is None else members,
            present_count=vote.present_count if present is None else present,
            ballots_issued=vote.ballots_issued if issued is None else issued,
            ballots_returned=vote.ballots_returned if returned is None else returned,
        )
        vote_counts(new)
        entered = self.counting.entered(vote_id)
        if new.ballots_returned < entered:
            raise ValidationError(
                f"Đã nhập {entered} phiếu: số phiếu thu vào không thể ít hơn ({new.ballots_returned})",
                where="returned",
            )
        return new

    def set_rules(self, vote_id: int, **rules: Any) -> m.Vote:
        """Change this vote's rules snapshot (threshold_pct, comparison, base, quota, quorum_pct)."""
        return self.edits.update(self.checked_rules(vote_id, **rules))

    def checked_rules(self, vote_id: int, **rules: Any) -> m.Vote:
        """The vote with new rules, checked but not stored; refused once entries exist."""
        vote = self.vote(vote_id)
        self._require_editable(vote, "sửa quy tắc")
        new = normalized_rules(dataclasses.replace(vote, **rules))
        vote_rules(new)
        if new.quota != vote.quota and self.counting.has_entries(vote_id):
            raise ValidationError(
                "Đã nhập phiếu: không thể đổi số suất (phiếu đánh dấu quá số suất đã được xét "
                "theo số suất cũ). Xóa các phiếu đã nhập trước.",
                where="quota",
            )
        return new

    # -- result -----------------------------------------------------------------------------
    def result(self, vote_id: int) -> v.VoteResult:
        """The tally under the vote's rules (provisional while ballots are still being entered)."""
        vote = self.vote(vote_id)
        if vote.entry_mode == "totals":
            return self.counting.totals_result(vote)
        return self.counting.session(vote_id, 1).result()

    def acceptance_problems(self, vote_id: int) -> list[str]:
        """Why the result cannot be accepted yet (empty: it can)."""
        vote = self.vote(vote_id)
        if vote.ballots_returned < 1:
            return ["Chưa nhập số phiếu phát ra và thu vào."]
        problems = []
        try:
            result = self.result(vote_id)
        except ValidationError as exc:
            return [exc.message]
        if vote.entry_mode == "totals" and vote.totals_valid + vote.totals_invalid == 0:
            problems.append("Chưa nhập số phiếu của Ban kiểm phiếu.")
        if result.provisional:
            problems.append(result.summary.split(":")[0] + ": chưa nhập đủ phiếu thu vào.")
        if vote.entry_mode == "ballots" and vote.double_entry:
            second = self.counting.session(vote_id, 2)
            if not second.is_complete:
                problems.append(
                    f"Nhập lần 2 mới có {second.entered}/{vote.ballots_returned} phiếu."
                )
            problems += [d.message for d in self.counting.discrepancies(vote_id)]
        return problems

    def accept(self, vote_id: int) -> m.Vote:
        """Accept (chốt) the result: refused while ballots are missing or the two entries differ."""
        vote = self.vote(vote_id)
        if vote.status == "closed":
            return vote
        problems = self.acceptance_problems(vote_id)
        if problems:
            raise ValidationError("Chưa thể chốt kết quả: " + " ".join(problems), "status")
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        return self.edits.update(dataclasses.replace(vote, status="closed", closed_at=stamp))

    def reopen(self, vote_id: int) -> m.Vote:
        vote = self.vote(vote_id)
        if self.repo.count(m.Vote, "previous_vote_id = ?", [vote_id]):
            raise ValidationError(
                "Đã có vòng bỏ phiếu sau vòng này: không thể mở lại kết quả", where="status"
            )
        return self.edits.update(dataclasses.replace(vote, status="open", closed_at=""))

    def new_round(self, vote_id: int) -> m.Vote:
        """A new round among the tied units for the seats left; this round is accepted first."""
        with self.edits.transaction():
            previous = self.accept(vote_id)
            result = self.result(vote_id)
            if not result.needs_new_round:
                raise ValidationError(
                    "Không có đơn vị bằng phiếu ở ranh giới số suất: không cần bỏ phiếu vòng mới",
                    where="round_no",
                )
            tied_units = [self.repo.get(m.Candidate, c.id).unit_id for c in result.tied]
            round_no = previous.round_no + 1
            base_title = previous.title.split(" (vòng ")[0]
            new = self.edits.create(
                dataclasses.replace(
                    previous,
                    id=None,
                    title=f"{base_title} (vòng {round_no})",
                    round_no=round_no,
                    previous_vote_id=previous.id,
                    quota=result.remaining_quota,
                    ballots_issued=0,
                    ballots_returned=0,
                    totals_valid=0,
                    totals_invalid=0,
                    status="open",
                    closed_at="",
                )
            )
            self.add_candidates(new.id, tied_units)
            for member in self.repo.find(m.CountingMember, "vote_id = ?", [vote_id], "sort_order"):
                self.edits.create(dataclasses.replace(member, id=None, vote_id=new.id))
        return new

    def report(self, vote_id: int) -> dict[str, Any]:
        """The vote, its result and open issues, as plain data (`thidua tally --json`)."""
        return vote_reports.vote_report(self, vote_id)

    def ballot_context(self, vote_id: int, copies: int | None = None) -> dict[str, Any]:
        """Plain context for `documents.ballots_pdf`: one ballot per voter present by default."""
        return vote_reports.ballot_context(self, vote_id, copies)

    # -- counting committee -----------------------------------------------------------------
    def committee(self, vote_id: int) -> list[m.CountingMember]:
        return self.repo.find(
            m.CountingMember, "vote_id = ?", [vote_id], "role = 'member', sort_order, id"
        )
