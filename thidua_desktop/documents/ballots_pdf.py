"""Ballot papers (phiếu bầu): several per A4 page with dashed cut lines, no identifying serial."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from thidua_desktop.documents.pdf_common import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    atomic_pdf,
    clean,
    register_fonts,
    wrap_name,
)

PAGE_W, PAGE_H = A4
READABLE = 10.0  # names are never printed smaller than this while any layout can hold them
LAST_RESORT = 7.0  # … and only a list no layout holds at 10 pt goes below it
ROW_PAD = 1.4 * mm  # above and below a name's lines inside its row
MIN_ROW = 7 * mm  # room to mark a cross, whatever the size of the name
LEADING = 1.18


@dataclass(frozen=True)
class Layout:
    """How ballots sit on a page: ``rows`` × ``cols`` cells, each holding one ballot."""

    rows: int
    cols: int

    @property
    def per_page(self) -> int:
        return self.rows * self.cols

    @property
    def cell(self) -> tuple[float, float]:
        return PAGE_W / self.cols, PAGE_H / self.rows


A6, A5, A4_ONE = Layout(2, 2), Layout(2, 1), Layout(1, 1)


@dataclass(frozen=True)
class _Frame:
    """Vertical places inside a ballot, in mm from the top of its cell's inner area."""

    pad: float
    title: float
    award: float
    round_no: float
    instruction: float
    table: float  # top of the candidate table
    footer: float  # from the inner bottom: the stamp area and the gap above it
    stamp_h: float
    round_shift: float = 0  # how far a "(Bỏ phiếu vòng N)" line pushes what follows


# One ballot a page (and four a page): roomy; two a page (A5): tighter, so 10 names fit.
_ROOMY = _Frame(9, 13, 20, 26, 32, 38, 24, 18)
_TIGHT = _Frame(7, 11, 17, 22, 23, 28, 17, 14, round_shift=5)


def layout_for(candidate_count: int) -> Layout:
    """1–3 candidates: 4 per page (A6); 4–10: 2 per page (A5); more: one ballot per page.
    A list that does not fit its paper at a readable size moves to the next larger one."""
    if candidate_count <= 3:
        return A6
    if candidate_count <= 10:
        return A5
    return A4_ONE


def ballot_instruction(quota: int) -> str:
    return f"Đồng ý thì đánh dấu X vào ô tương ứng; tối đa {quota:02d} đơn vị."


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ `size` at which one line of `text` (a heading) fits `width`."""
    w = stringWidth(text, font, size)
    return size if w <= width else max(6.5, size * width / w * 0.98)


def _centred(c: Canvas, text: str, font: str, size: float, x: float, w: float, y: float) -> None:
    size = _fit_size(text, font, size, w)
    c.setFont(font, size)
    c.drawCentredString(x + w / 2, y, text)


@dataclass(frozen=True)
class _Plan:
    """The candidate table: one size for every name and number, each name's lines."""

    size: float
    cols: int
    lines: list[list[str]]
    heights: list[float]

    @property
    def per_col(self) -> int:
        return math.ceil(len(self.lines) / self.cols)

    def fits(self, height: float) -> bool:
        k = self.per_col
        return all(sum(self.heights[i : i + k]) <= height for i in range(0, len(self.lines), k))


STT_W = 11 * mm
BOX_W = 17 * mm
HEAD_H = 7 * mm


def _name_width(cell_w: float, frame: _Frame, cols: int) -> float:
    col_w = (cell_w - 2 * frame.pad * mm - (4 * mm if cols > 1 else 0)) / cols
    return col_w - STT_W - BOX_W - 3 * mm


def _plan(names: list[str], cell_w: float, height: float, frame: _Frame, top: float) -> _Plan:
    """The largest size (≤ `top`) at which the names fit, wrapping only those too long for
    one line; one column while it holds, two for long lists."""
    sizes = [top - 0.5 * i for i in range(int((top - LAST_RESORT) / 0.5) + 1)]
    readable = [x for x in sizes if x >= READABLE]
    tries = [(x, 1) for x in readable]
    if len(names) > 10:  # two columns before any name goes below a readable size
        tries += [(x, 2) for x in readable]
    tries += [(x, cols) for x in sizes if x < READABLE for cols in (1, 2)]
    plan = None
    for size, cols in tries:
        width = _name_width(cell_w, frame, cols)
        lines = [wrap_name(n, FONT, size, width, min_size=size)[0] for n in names]
        heights = [max(MIN_ROW, len(ls) * size * LEADING + 2 * ROW_PAD) for ls in lines]
        plan = _Plan(size, cols, lines, heights)
        if plan.fits(height):
            return plan
    assert plan is not None
    return plan  # nothing holds even at the last resort: rows squeezed by the caller


class _BallotDrawer:
    """Draws one ballot into a cell; the candidate table adapts its size and columns."""

    def __init__(self, ctx: Mapping[str, Any], layout: Layout) -> None:
        self.cluster = clean(ctx.get("cluster", "")).upper()
        self.title = clean(ctx.get("title") or "PHIẾU BẦU SUY TÔN").upper()
        award = clean(ctx.get("award", ""))
        year = ctx.get("year")
        self.award = f"{award} năm {year}" if year else award
        round_no = int(ctx.get("round_no") or 1)
        self.round_text = f"(Bỏ phiếu vòng {round_no})" if round_no > 1 else ""
        self.quota = int(ctx["quota"])
        self.candidates = [(int(x["number"]), clean(x["name"])) for x in ctx["candidates"]]
        if not self.candidates:
            raise ValueError("a ballot needs at least one candidate")
        self.layout = layout
        self.cell_w, self.cell_h = layout.cell
        self.small = layout == A6
        self.frame = _TIGHT if layout == A5 else _ROOMY
        shift = self.frame.round_shift if self.round_text else 0
        self.table_top = (self.frame.table + shift) * mm
        self.rows_h = (
            self.cell_h - 2 * self.frame.pad * mm - self.table_top - HEAD_H - self.frame.footer * mm
        )
        top = 12.0 if self.small else 13.0
        names = [n for _, n in self.candidates]
        self.plan = _plan(names, self.cell_w, self.rows_h, self.frame, top)
        # the size the list would have without its outliers: one very long name wraps over
        # more lines, it does not make every other name smaller
        typical = sorted(names, key=len)[len(names) // 2]
        ordinary = [n if len(n) <= 2 * len(typical) else typical for n in names]
        self.ordinary_size = _plan(ordinary, self.cell_w, self.rows_h, self.frame, top).size

    @property
    def readable(self) -> bool:
        return self.plan.size >= READABLE and self.plan.fits(self.rows_h)

    def draw(self, c: Canvas, x0: float, y0: float) -> None:
        """Draw with the cell's bottom-left corner at (x0, y0)."""
        f = self.frame
        left, width = x0 + f.pad * mm, self.cell_w - 2 * f.pad * mm
        top = y0 + self.cell_h - f.pad * mm
        big = 12 if self.small else 13
        shift = f.round_shift * mm if self.round_text else 0
        self._cluster_lines(c, left, width, top, big - 2)
        _centred(c, self.title, FONT_BOLD, big + 3, left, width, top - f.title * mm)
        _centred(c, self.award, FONT_BOLD, big, left, width, top - f.award * mm)
        if self.round_text:
            _centred(c, self.round_text, FONT_ITALIC, big - 1, left, width, top - f.round_no * mm)
        _centred(
            c,
            ballot_instruction(self.quota),
            FONT_ITALIC,
            big - 1,
            left,
            width,
            top - f.instruction * mm - shift,
        )
        cols = self.plan.cols
        col_w = (width - (4 * mm if cols > 1 else 0)) / cols
        k = self.plan.per_col
        for col in range(cols):
            rows = list(range(col * k, min((col + 1) * k, len(self.candidates))))
            self._grid(c, left + col * (col_w + 4 * mm), top - self.table_top, col_w, rows)
        self._stamp_area(c, left, width, y0 + f.pad * mm)

    def _cluster_lines(self, c: Canvas, left: float, width: float, top: float, size: float) -> None:
        """The cluster's name on one line, or on two rather than shrinking below 8 pt."""
        if _fit_size(self.cluster, FONT_BOLD, size, width) >= 8 or " " not in self.cluster:
            _centred(c, self.cluster, FONT_BOLD, size, left, width, top - 4 * mm)
            return
        size = min(size, 8.5)
        lines = simpleSplit(self.cluster, FONT_BOLD, size, width)
        if len(lines) > 2:
            lines = [lines[0], " ".join(lines[1:])]
        for i, line in enumerate(lines):
            _centred(c, line, FONT_BOLD, size, left, width, top - 2.5 * mm - i * size * 1.15)

    def _grid(self, c: Canvas, x: float, top: float, w: float, rows: list[int]) -> None:
        name_w = w - STT_W - BOX_W
        size = self.plan.size
        head = min(12.0, size)
        squeeze = min(1.0, self.rows_h / max(1e-6, sum(self.plan.heights[i] for i in rows)))
        c.setLineWidth(0.6)
        c.rect(x, top - HEAD_H, w, HEAD_H)
        c.setFont(FONT_BOLD, head)
        base = top - HEAD_H + (HEAD_H - head * 0.7) / 2
        c.drawCentredString(x + STT_W / 2, base, "STT")
        c.drawCentredString(x + STT_W + name_w / 2, base, "Tên đơn vị")
        c.drawCentredString(x + STT_W + name_w + BOX_W / 2, base, "Đồng ý")
        y = top - HEAD_H
        lead = size * LEADING
        for i in rows:
            number, lines = self.candidates[i][0], self.plan.lines[i]
            row_h = self.plan.heights[i] * squeeze
            y -= row_h
            c.rect(x, y, w, row_h)
            block = (len(lines) - 1) * lead + size * 0.7  # first baseline to last, plus caps
            first = y + (row_h + block) / 2 - size * 0.7
            c.setFont(FONT, size)
            c.drawCentredString(x + STT_W / 2, y + (row_h - size * 0.7) / 2, str(number))
            for n, line in enumerate(lines):
                c.drawString(x + STT_W + 1.5 * mm, first - n * lead, line)
            side = min(row_h - 1.6 * mm, 6 * mm)
            c.rect(x + STT_W + name_w + (BOX_W - side) / 2, y + (row_h - side) / 2, side, side)
        c.line(x + STT_W, top, x + STT_W, y)
        c.line(x + STT_W + name_w, top, x + STT_W + name_w, y)

    def _stamp_area(self, c: Canvas, left: float, width: float, bottom: float) -> None:
        """A dotted frame where the counting committee stamps each ballot before handing it out."""
        w, h = 44 * mm, self.frame.stamp_h * mm
        x = left + width - w
        c.saveState()
        c.setDash(1, 2)
        c.setLineWidth(0.5)
        c.rect(x, bottom, w, h)
        c.restoreState()
        c.setFont(FONT_ITALIC, 8)
        c.drawCentredString(x + w / 2, bottom + h - 3.5 * mm, "(Dấu của Ban kiểm phiếu)")


def _drawer(context: Mapping[str, Any]) -> _BallotDrawer:
    """The smallest paper on which the list reads at ≥ 10 pt (else one ballot per page)."""
    order = [A6, A5, A4_ONE]
    first = order.index(layout_for(len(context["candidates"])))
    drawers = [_BallotDrawer(context, layout) for layout in order[first:]]
    for drawer in drawers:  # a long name keeps the others' size, on larger paper if need be
        if drawer.readable and drawer.plan.size >= drawer.ordinary_size:
            return drawer
    return next((d for d in drawers if d.readable), drawers[-1])


def _cut_lines(c: Canvas, layout: Layout) -> None:
    c.saveState()
    c.setDash(4, 3)
    c.setLineWidth(0.4)
    cell_w, cell_h = layout.cell
    for r in range(1, layout.rows):
        c.line(0, r * cell_h, PAGE_W, r * cell_h)
    for k in range(1, layout.cols):
        c.line(k * cell_w, 0, k * cell_w, PAGE_H)
    c.restoreState()


def ballot_papers_pdf(context: Mapping[str, Any], path: str | Path) -> Path:
    """Write ``copies`` identical ballots to `path` (atomically) and return the path.

    Context: ``cluster`` (name), ``title`` (default "PHIẾU BẦU SUY TÔN"), ``award``, ``year``,
    ``round_no``, ``quota``, ``candidates`` [{number, name}], ``copies`` (≥ 1). The ballots
    carry no serial number or anything else that could tell one voter's paper from another.
    """
    register_fonts()
    copies = int(context.get("copies") or 1)
    if copies < 1:
        raise ValueError("copies must be at least 1")
    drawer = _drawer(context)
    layout = drawer.layout
    path = Path(path)
    with atomic_pdf(path) as tmp:
        c = Canvas(tmp, pagesize=A4, initialFontName=FONT, initialFontSize=12)
        c.setTitle(clean(f"Phiếu bầu – {drawer.award}"))
        c.setAuthor("thidua_desktop")
        cell_w, cell_h = layout.cell
        pages = math.ceil(copies / layout.per_page)
        left = copies
        for _ in range(pages):
            on_page = min(left, layout.per_page)
            for i in range(on_page):
                row, col = divmod(i, layout.cols)
                drawer.draw(c, col * cell_w, PAGE_H - (row + 1) * cell_h)
            left -= on_page
            if layout.per_page > 1:
                _cut_lines(c, layout)
            c.showPage()
        c.save()
    return path
