"""The hall screen's slides as plain data, and how a long list is cut into slides that fit."""

from __future__ import annotations

from dataclasses import dataclass

from thidua_desktop.domain import model as m
from thidua_desktop.domain.vntext import pad2
from thidua_desktop.domain.voting_result import Status, VoteResult
from thidua_desktop.domain.voting_text import level_text, threshold_phrase
from thidua_desktop.services.vote_counting import vote_rules

# What one slide holds at the smallest screen (1024×768, text of 28–32 pt), in lines of text
# estimated at CHARS_PER_LINE; a longer list continues on the next slide ("(2/3)").
AGENDA_ROWS = 5  # items around the current one, one line each but the current
CANDIDATE_LINES = 8
RESULT_LINES = 7  # a candidate's name and its votes, and the decision's lines
RESULT_ROWS = 3  # never more candidates than this on one result slide
CONCLUSION_LINES = 9
CHARS_PER_LINE = 46


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


def rules_in_words(vote: m.Vote) -> tuple[str, ...]:
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


def numbered(key: str, title: str, pages: int) -> list[SlideRef]:
    """key-1, key-2 … with "(1/2)" after the title when there is more than one."""
    return [
        SlideRef(f"{key}-{n}", title + (f" ({n}/{pages})" if pages > 1 else ""))
        for n in range(1, pages + 1)
    ]
