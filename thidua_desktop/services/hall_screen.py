"""What the conference hall's projector may show, slide by slide, as plain data read from the records."""

from __future__ import annotations

from dataclasses import dataclass

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound, ValidationError
from thidua_desktop.domain.vntext import fold, format_date_long, format_time, pad2
from thidua_desktop.domain.voting_result import Status, VoteResult
from thidua_desktop.domain.voting_text import level_text, threshold_phrase
from thidua_desktop.services.attendance import AttendanceService
from thidua_desktop.services.vote_counting import vote_rules
from thidua_desktop.services.votes import VoteService

# What one slide holds at the smallest screen (1024×768, text of 28–32 pt), in lines of text
# estimated at CHARS_PER_LINE; a longer list continues on the next slide ("(2/3)").
AGENDA_ROWS = 5  # items around the current one, one line each but the current
CANDIDATE_LINES = 8
RESULT_LINES = 7  # a candidate's name and its votes, and the decision's lines
RESULT_ROWS = 3  # never more candidates than this on one result slide
CONCLUSION_LINES = 9
CHARS_PER_LINE = 46
# Agenda items after which the conference's votes are shown (folded words of their titles)
VOTE_ITEM_WORDS = ("bo phieu", "binh xet", "suy ton", "kiem phieu")


@dataclass(frozen=True)
class SlideRef:
    """A slide of the conference in the order it is shown: key ("agenda-3", "result-5-1")."""

    key: str
    title: str


@dataclass(frozen=True)
class WelcomeSlide:
    cluster_name: str
    title: str
    date_text: str  # "Hòa Bình, ngày 22 tháng 11 năm 2016" pieces: date and place apart
    place: str
    time_text: str


@dataclass(frozen=True)
class AttendanceSlide:
    title: str
    units_present: int
    member_units: int
    delegates_present: int
    delegates_expected: int
    guests_present: int
    quorum_share: str  # "2/3", "75%"
    quorum_met: bool


@dataclass(frozen=True)
class AgendaLine:
    number: int
    time_text: str
    title: str
    presenter: str
    current: bool


@dataclass(frozen=True)
class AgendaSlide:
    title: str
    lines: tuple[AgendaLine, ...]  # a window of the agenda around the current item
    current_title: str
    presenter: str
    speakers: tuple[str, ...]  # "Name – title, unit" of the item's recorded speeches


@dataclass(frozen=True)
class VoteSlide:
    title: str
    award: str
    rules: tuple[str, ...]  # the rules in words, one a line
    candidates: tuple[str, ...]  # "1. Sở Tư pháp tỉnh Hà Giang", as on the ballot
    withdrawn: tuple[bool, ...]
    page: int
    pages: int


@dataclass(frozen=True)
class ResultLine:
    number: int
    name: str
    quote: str  # "22/28 phiếu (78,57%)"
    percent: float  # of the base, 0–100
    status: Status
    status_label: str  # "Đạt", "Bằng phiếu – bỏ phiếu lại", …


@dataclass(frozen=True)
class ResultSlide:
    title: str
    award: str
    rules: tuple[str, ...]
    lines: tuple[ResultLine, ...]  # ranked, as the counting minutes
    threshold_pct: float
    threshold_text: str  # "≥ 70%"
    decision: tuple[str, ...]  # on the last page: who is nominated, tied, or why nobody
    page: int
    pages: int


@dataclass(frozen=True)
class ConclusionsSlide:
    title: str
    paragraphs: tuple[str, ...]
    page: int
    pages: int


Slide = WelcomeSlide | AttendanceSlide | AgendaSlide | VoteSlide | ResultSlide | ConclusionsSlide


def text_lines(text: str) -> int:
    """The screen lines a text is expected to take at the smallest size."""
    return max(1, -(-len(text) // CHARS_PER_LINE))


def pages_by_lines(costs: list[int], budget: int, most: int = 0) -> list[range]:
    """Consecutive items grouped into pages of at most `budget` lines (and `most` items);
    an item longer than a page has a page of its own. Always at least one page."""
    pages: list[range] = []
    start, used = 0, 0
    for i, cost in enumerate(costs):
        full = used + cost > budget or (most and i - start >= most)
        if i > start and full:
            pages.append(range(start, i))
            start, used = i, 0
        used += cost
    pages.append(range(start, len(costs)))
    return pages


def rules_in_words(vote: m.Vote, award_name: str = "") -> tuple[str, ...]:
    """ "Tối đa 02 đơn vị", "Đạt khi ≥ 70% tổng số đơn vị thành viên", the quorum if any."""
    rules = vote_rules(vote)
    lines = [
        f"Tối đa {pad2(rules.quota)} đơn vị",
        f"Đạt khi {threshold_phrase(rules)} {rules.base.label}",
    ]
    if rules.quorum_pct:
        lines.append(f"Có mặt tối thiểu {level_text(rules.quorum_pct)} số đơn vị thành viên")
    return tuple(lines)


def decision_lines(rows: list[ResultLine], quota: int, valid: bool) -> tuple[str, ...]:
    """From the accepted result: the nominated, then the tied (one a line), or why nobody."""
    if not valid:
        return ("Không đủ tỷ lệ tham dự: kết quả không có giá trị.",)
    elected = [r.name for r in rows if r.status is Status.ELECTED]
    tied = [r.name for r in rows if r.status is Status.TIED]
    lines: list[str] = []
    if elected:
        lines += [f"Được suy tôn ({pad2(len(elected))}/{pad2(quota)} suất):", *elected]
    if tied:
        lines += ["Bằng phiếu ở ranh giới số suất – bỏ phiếu lại:", *tied]
    return tuple(lines) or ("Không đơn vị nào đạt.",)


def result_lines(result: VoteResult) -> tuple[list[ResultLine], tuple[str, ...]]:
    """The ranked lines of a result as the counting minutes have them, and its decision."""
    rows = [
        ResultLine(
            r.candidate.number,
            r.candidate.name,
            r.quote,
            float(r.percent),
            r.status,
            r.status.label,
        )
        for r in result.ranked_rows()
    ]
    return rows, decision_lines(rows, result.rules.quota, result.valid)


def result_pages(rows: list[ResultLine], decision: tuple[str, ...]) -> list[range]:
    """Candidates two or more lines each (name, votes); the decision goes on the last page
    when it fits there, else on a page of its own (an empty range)."""
    costs = [text_lines(f"{r.number}. {r.name}") + 1 for r in rows]
    pages = pages_by_lines(costs, RESULT_LINES, RESULT_ROWS)
    last = sum(costs[i] for i in pages[-1])
    need = sum(text_lines(t) for t in decision)
    if pages[-1] and last + need > RESULT_LINES:
        pages.append(range(len(rows), len(rows)))
    return pages


def candidate_pages(names: list[str]) -> list[range]:
    return pages_by_lines([text_lines(n) for n in names], CANDIDATE_LINES)


def paragraph_pages(paragraphs: list[str], lines_per_page: int) -> list[list[str]]:
    """Paragraphs grouped into pages by their estimated screen lines; a long one is split
    at a sentence or a word so a page never holds more than it shows."""
    pieces: list[str] = []
    limit = lines_per_page * CHARS_PER_LINE
    for text in paragraphs:
        while len(text) > limit:
            cut = text.rfind(". ", 0, limit)
            cut = cut + 1 if cut > limit // 2 else text.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            pieces.append(text[:cut].strip())
            text = text[cut:].strip()
        if text:
            pieces.append(text)
    pages: list[list[str]] = [[]]
    used = 0
    for piece in pieces:
        need = -(-len(piece) // CHARS_PER_LINE)
        if pages[-1] and used + need > lines_per_page:
            pages.append([])
            used = 0
        pages[-1].append(piece)
        used += need
    return pages


def _numbered(key: str, title: str, pages: int) -> list[SlideRef]:
    """key-1, key-2 … with "(1/2)" after the title when there is more than one."""
    return [
        SlideRef(f"{key}-{n}", title + (f" ({n}/{pages})" if pages > 1 else ""))
        for n in range(1, pages + 1)
    ]


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
            refs += _numbered(f"vote-{vote.id}", f"Bỏ phiếu: {award}", count)
            if self.accepted(vote):
                try:
                    result = self._accepted_result(vote)
                except NotFound:
                    continue
                count = len(result_pages(*result_lines(result)))
                refs += _numbered(f"result-{vote.id}", f"Kết quả: {award}", count)
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
            date_text=format_date_long(conf.date).capitalize() if conf.date else "",
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
