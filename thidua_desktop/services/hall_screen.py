"""What the conference hall's projector may show, slide by slide, read from the records."""

from __future__ import annotations

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound, ValidationError
from thidua_desktop.domain.vntext import fold, format_date_long, format_time
from thidua_desktop.domain.voting_result import VoteResult
from thidua_desktop.services.attendance import AttendanceService
from thidua_desktop.services.hall_slides import (
    AGENDA_ROWS,
    CONCLUSION_LINES,
    AgendaLine,
    AgendaSlide,
    AttendanceSlide,
    ConclusionsSlide,
    ResultSlide,
    Slide,
    SlideRef,
    VoteSlide,
    WelcomeSlide,
    candidate_pages,
    numbered,
    paragraph_pages,
    result_lines,
    result_pages,
    rules_in_words,
)
from thidua_desktop.services.votes import VoteService

# Agenda items after which the conference's votes are shown (folded words of their titles)
VOTE_ITEM_WORDS = ("bo phieu", "binh xet", "suy ton", "kiem phieu")


class HallScreenService:
    """Slides of a conference for the audience: never a ballot, never a result not accepted."""

    def __init__(self, attendance: AttendanceService, votes: VoteService) -> None:
        self.attendance = attendance
        self.votes = votes
        self.repo = votes.repo
        self._results: dict[tuple[int | None, str], VoteResult] = {}

    # -- the list ---------------------------------------------------------------------------
    def slides(self, conference_id: int) -> list[SlideRef]:
        """Every slide of the conference in the agenda's order; a vote's result only once
        the result is accepted."""
        conf = self.repo.get(m.Conference, conference_id)
        refs = [SlideRef("welcome", "Chào mừng"), SlideRef("attendance", "Điểm danh")]
        items = self._items(conference_id)
        vote_refs = self._vote_refs(conference_id)
        at = next(
            (
                i
                for i, item in enumerate(items)
                if any(w in fold(item.title) for w in VOTE_ITEM_WORDS)
            ),
            len(items) - 1,
        )
        for i, item in enumerate(items):
            refs.append(SlideRef(f"agenda-{item.id}", f"{i + 1}. {item.title}"))
            if i == at:
                refs += vote_refs
        if not items:
            refs += vote_refs
        paragraphs = self._conclusions(conf, items)
        if paragraphs:
            pages = paragraph_pages(paragraphs, CONCLUSION_LINES)
            for n in range(1, len(pages) + 1):
                suffix = f" ({n}/{len(pages)})" if len(pages) > 1 else ""
                refs.append(SlideRef(f"conclusions-{n}", f"Kết luận Hội nghị{suffix}"))
        return refs

    def _vote_refs(self, conference_id: int) -> list[SlideRef]:
        refs = []
        for vote in self.votes.votes_of_conference(conference_id):
            award = self.repo.get(m.Award, vote.award_id).name
            count = len(candidate_pages(self._candidate_texts(vote)[0]))
            refs += numbered(f"vote-{vote.id}", f"Bỏ phiếu: {award}", count)
            if self.accepted(vote):
                try:
                    result = self._accepted_result(vote)
                except NotFound:
                    continue
                count = len(result_pages(*result_lines(result)))
                refs += numbered(f"result-{vote.id}", f"Kết quả: {award}", count)
        return refs

    def _candidate_texts(self, vote: m.Vote) -> tuple[list[str], list[bool]]:
        cands = self.votes.candidates(vote.id)
        names = self.votes.unit_names(c.unit_id for c in cands)
        return [f"{c.number}. {names[c.unit_id]}" for c in cands], [c.withdrawn for c in cands]

    @staticmethod
    def accepted(vote: m.Vote) -> bool:
        return vote.status == "closed"

    def _items(self, conference_id: int) -> list[m.AgendaItem]:
        return self.repo.find(m.AgendaItem, "conference_id = ?", [conference_id], "sort_order, id")

    # -- one slide --------------------------------------------------------------------------
    def slide(self, conference_id: int, key: str) -> Slide:
        """The slide `key` as the records stand now; NotFound when it is no longer there
        (an item deleted, a result reopened)."""
        kind, _, rest = key.partition("-")
        if kind == "welcome":
            return self.welcome(conference_id)
        if kind == "attendance":
            return self.attendance_slide(conference_id)
        if kind == "agenda":
            return self.agenda_slide(conference_id, int(rest))
        if kind in ("vote", "result"):
            vote_id, _, page = rest.partition("-")
            vote = self.repo.find_one(
                m.Vote, "id = ? AND conference_id = ?", [int(vote_id), conference_id]
            )
            if vote is None:
                raise NotFound("Cuộc bỏ phiếu không còn.")
            if kind == "vote":
                return self.vote_slide(vote, int(page or 1))
            return self.result_slide(vote, int(page or 1))
        if kind == "conclusions":
            return self.conclusions_slide(conference_id, int(rest or 1))
        raise NotFound(f"Không có trang trình chiếu “{key}”.")

    def welcome(self, conference_id: int) -> WelcomeSlide:
        conf = self.repo.get(m.Conference, conference_id)
        year = self.repo.get(m.Year, conf.year_id)
        cluster = self.repo.get(m.Cluster, year.cluster_id)
        return WelcomeSlide(
            cluster_name=cluster.name,
            title=conf.title,
            date_text=format_date_long(conf.date) if conf.date else "",
            place=conf.place,
            time_text=format_time(conf.start_time) if conf.start_time else "",
        )

    def attendance_slide(self, conference_id: int) -> AttendanceSlide:
        c = self.attendance.counts(conference_id)
        return AttendanceSlide(
            title=self.repo.get(m.Conference, conference_id).title,
            units_present=c.units_represented,
            member_units=c.member_units,
            delegates_present=c.delegates_present,
            delegates_expected=c.delegates_expected,
            guests_present=c.guests_present,
            quorum_share=c.quorum.share,
            quorum_met=c.quorum_met,
        )

    def agenda_slide(self, conference_id: int, item_id: int) -> AgendaSlide:
        items = self._items(conference_id)
        at = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if at is None:
            raise NotFound("Mục chương trình không còn.")
        start = max(0, min(at - 2, len(items) - AGENDA_ROWS))
        shown = items[start : start + AGENDA_ROWS]
        lines = tuple(
            AgendaLine(
                start + i + 1,
                f"{item.planned_time:%H:%M}" if item.planned_time else "",
                item.title,
                item.presenter,
                item.id == item_id,
            )
            for i, item in enumerate(shown)
        )
        current = items[at]
        speakers = tuple(
            self._speaker(s)
            for s in self.repo.find(m.Speech, "agenda_item_id = ?", [item_id], "sort_order, id")
        )
        return AgendaSlide(
            title=self.repo.get(m.Conference, conference_id).title,
            lines=lines,
            current_title=current.title,
            presenter=current.presenter,
            speakers=speakers,
        )

    def _speaker(self, speech: m.Speech) -> str:
        place = speech.organization
        if speech.unit_id is not None:
            unit = self.repo.find_one(m.Unit, "id = ?", [speech.unit_id])
            place = unit.name if unit else place
        detail = ", ".join(p for p in (speech.speaker_title, place) if p)
        return f"{speech.speaker_name} – {detail}" if detail else speech.speaker_name

    def vote_slide(self, vote: m.Vote, page: int = 1) -> VoteSlide:
        """The award, its rules and the candidates as on the ballot: nothing of the count."""
        award = self.repo.get(m.Award, vote.award_id)
        texts, withdrawn = self._candidate_texts(vote)
        pages = candidate_pages(texts)
        if not 1 <= page <= len(pages):
            raise NotFound("Trang danh sách ứng cử không còn.")
        shown = pages[page - 1]
        return VoteSlide(
            title=vote.title,
            award=award.name,
            rules=rules_in_words(vote),
            candidates=tuple(texts[i] for i in shown),
            withdrawn=tuple(withdrawn[i] for i in shown),
            page=page,
            pages=len(pages),
        )

    def result_slide(self, vote: m.Vote, page: int = 1) -> ResultSlide:
        """The accepted result, ranked; refused (NotFound) while it is not accepted."""
        result = self._accepted_result(vote)
        rows, decision = result_lines(result)
        pages = result_pages(rows, decision)
        if not 1 <= page <= len(pages):
            raise NotFound("Trang kết quả không còn.")
        return ResultSlide(
            title=vote.title,
            award=self.repo.get(m.Award, vote.award_id).name,
            rules=rules_in_words(vote)[: 2 if result.valid else 3],  # the rules that decided
            lines=tuple(rows[i] for i in pages[page - 1]),
            threshold_pct=float(result.rules.threshold_pct),
            threshold_text=result.rules.threshold_text,
            decision=decision if page == len(pages) else (),
            page=page,
            pages=len(pages),
        )

    def _accepted_result(self, vote: m.Vote) -> VoteResult:
        """The result of an accepted vote (kept while it stays accepted: it cannot change)."""
        if not self.accepted(vote):
            raise NotFound("Kết quả chưa được chốt: chưa thể trình chiếu.")
        key = (vote.id, vote.closed_at)
        if key not in self._results:
            try:
                result = self.votes.result(vote.id)
            except ValidationError as exc:
                raise NotFound(exc.message) from exc
            # accepted means complete and both entries agreeing; checked again here so a
            # running tally or a disputed ballot can never reach the hall
            if result.provisional or self.votes.acceptance_problems(vote.id):
                raise NotFound("Kết quả chưa đầy đủ: chưa thể trình chiếu.")
            self._results[key] = result
        return self._results[key]

    def _conclusions(self, conf: m.Conference, items: list[m.AgendaItem]) -> list[str]:
        paragraphs = [p for p in conf.summary.splitlines() if p.strip()]
        if not paragraphs:
            paragraphs = [f"{i.title}: {i.conclusion}" for i in items if i.conclusion.strip()]
        return paragraphs

    def conclusions_slide(self, conference_id: int, page: int = 1) -> ConclusionsSlide:
        conf = self.repo.get(m.Conference, conference_id)
        pages = paragraph_pages(
            self._conclusions(conf, self._items(conference_id)), CONCLUSION_LINES
        )
        if not 1 <= page <= len(pages) or not pages[0]:
            raise NotFound("Trang kết luận không còn.")
        return ConclusionsSlide(conf.title, tuple(pages[page - 1]), page, len(pages))
