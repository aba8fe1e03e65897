"""Ballot papers (phiếu bầu): several per A4 page with dashed cut lines, no identifying serial."""

from __future__ import annotations

import math
import os
import tempfile
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
    clean,
    register_fonts,
)

PAGE_W, PAGE_H = A4
PAD = 9 * mm  # inside each ballot, from the cut line
HEADER_H = 46 * mm  # cluster, title, award, instruction, table head
FOOTER_H = 24 * mm  # room for the committee's stamp
MIN_FONT = 6.5


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


def layout_for(candidate_count: int) -> Layout:
    """1–3 candidates: 4 per page (A6); 4–6: 2 per page (A5); more: one ballot per page."""
    if candidate_count <= 3:
        return Layout(2, 2)
    if candidate_count <= 6:
        return Layout(2, 1)
    return Layout(1, 1)


def ballot_instruction(quota: int) -> str:
    return f"Đồng ý thì đánh dấu X vào ô tương ứng; tối đa {quota:02d} đơn vị."


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ `size` at which `text` fits `width` (never below MIN_FONT)."""
    w = stringWidth(text, font, size)
    return size if w <= width else max(MIN_FONT, size * width / w * 0.98)


def _centred(c: Canvas, text: str, font: str, size: float, x: float, w: float, y: float) -> None:
    size = _fit_size(text, font, size, w)
    c.setFont(font, size)
    c.drawCentredString(x + w / 2, y, text)


class _BallotDrawer:
    """Draws one ballot into a cell; the candidate grid adapts to the count (1 or 2 columns)."""

    STT_W = 11 * mm
    BOX_W = 17 * mm

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
        self.cell_w, self.cell_h = layout.cell
        self.small = layout.per_page > 1 and self.cell_w < PAGE_W / 1.5
        n = len(self.candidates)
        self.cols = 1 if n <= 30 else 2
        self.rows_per_col = math.ceil(n / self.cols)
        grid_h = self.cell_h - 2 * PAD - HEADER_H - FOOTER_H
        self.row_h = min(10 * mm, grid_h / self.rows_per_col)
        self.font_size = min(13.0 if not self.small else 11.0, self.row_h / mm * 2.2)
        col_w = (self.cell_w - 2 * PAD - (4 * mm if self.cols > 1 else 0)) / self.cols
        name_w = col_w - self.STT_W - self.BOX_W - 3 * mm
        # one size for every name, so no unit looks smaller than another
        self.name_size = min(_fit_size(n, FONT, self.font_size, name_w) for _, n in self.candidates)

    def draw(self, c: Canvas, x0: float, y0: float) -> None:
        """Draw with the cell's bottom-left corner at (x0, y0)."""
        left, width = x0 + PAD, self.cell_w - 2 * PAD
        top = y0 + self.cell_h - PAD
        big = 12 if self.small else 13
        self._cluster_lines(c, left, width, top, big - 2)
        _centred(c, self.title, FONT_BOLD, big + 3, left, width, top - 13 * mm)
        _centred(c, self.award, FONT_BOLD, big, left, width, top - 20 * mm)
        if self.round_text:
            _centred(c, self.round_text, FONT_ITALIC, big - 1, left, width, top - 26 * mm)
        _centred(
            c, ballot_instruction(self.quota), FONT_ITALIC, big - 1, left, width, top - 32 * mm
        )
        grid_top = top - HEADER_H + 8 * mm
        col_w = (width - (4 * mm if self.cols > 1 else 0)) / self.cols
        for col in range(self.cols):
            chunk = self.candidates[col * self.rows_per_col : (col + 1) * self.rows_per_col]
            cx = left + col * (col_w + 4 * mm)
            self._grid(c, cx, grid_top, col_w, chunk)
        self._stamp_area(c, left, width, y0 + PAD)

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

    def _grid(self, c: Canvas, x: float, top: float, w: float, rows: list[tuple[int, str]]) -> None:
        stt_w, box_w = self.STT_W, self.BOX_W
        name_w = w - stt_w - box_w
        head_h = 7 * mm
        head = min(11.0, self.font_size)
        c.setLineWidth(0.6)
        c.rect(x, top - head_h, w, head_h)
        c.setFont(FONT_BOLD, head)
        base = top - head_h + (head_h - head * 0.7) / 2
        c.drawCentredString(x + stt_w / 2, base, "STT")
        c.drawCentredString(x + stt_w + name_w / 2, base, "Tên đơn vị")
        c.drawCentredString(x + stt_w + name_w + box_w / 2, base, "Đồng ý")
        y = top - head_h
        for number, name in rows:
            y -= self.row_h
            c.rect(x, y, w, self.row_h)
            size = self.font_size
            text_y = y + (self.row_h - size * 0.7) / 2
            c.setFont(FONT, size)
            c.drawCentredString(x + stt_w / 2, text_y, str(number))
            fit = self.name_size
            c.setFont(FONT, fit)
            c.drawString(x + stt_w + 1.5 * mm, y + (self.row_h - fit * 0.7) / 2, name)
            side = min(self.row_h - 1.6 * mm, 6 * mm)
            c.rect(x + stt_w + name_w + (box_w - side) / 2, y + (self.row_h - side) / 2, side, side)
        top_y = top - head_h
        c.line(x + stt_w, top, x + stt_w, y)
        c.line(x + stt_w + name_w, top, x + stt_w + name_w, y)
        c.line(x, top_y, x + w, top_y)

    def _stamp_area(self, c: Canvas, left: float, width: float, bottom: float) -> None:
        """A dotted frame where the counting committee stamps each ballot before handing it out."""
        w, h = 44 * mm, 18 * mm
        x = left + width - w
        c.saveState()
        c.setDash(1, 2)
        c.setLineWidth(0.5)
        c.rect(x, bottom, w, h)
        c.restoreState()
        c.setFont(FONT_ITALIC, 8)
        c.drawCentredString(x + w / 2, bottom + h - 3.5 * mm, "(Dấu của Ban kiểm phiếu)")


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
    layout = layout_for(len(context["candidates"]))
    drawer = _BallotDrawer(context, layout)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
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
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
