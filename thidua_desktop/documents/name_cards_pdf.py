"""Name cards (bảng tên) for the conference table: A4 landscape, two cards a page, folded in the middle.

Each card is half the sheet (148.5 × 210 mm). Folded along its horizontal middle it stands as a
tent with two faces of 148.5 × 105 mm; the upper half is printed turned by 180° so that both
faces read upright, one towards the hall and one towards the delegate. A dashed line marks
the fold, another the cut between the two cards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from thidua_desktop.documents import pdf_common as pc

PAGE = landscape(A4)
CARD_W = PAGE[0] / 2
FACE_H = PAGE[1] / 2
MARGIN = 12 * mm
TEXT_W = CARD_W - 2 * MARGIN
TEXT_H = FACE_H - 2 * MARGIN
UNIT_MAX, UNIT_MIN = 40.0, 14.0
GUIDE = Color(0.6, 0.6, 0.6)


def _lines_at(text: str, font: str, size: float) -> list[str]:
    lines, used = pc.wrap_name(text, font, size, TEXT_W, min_size=size)
    return lines if used == size else []


def layout(card: dict[str, str]) -> list[tuple[str, float, str]]:
    """(font, size, text) for each line of a face: the unit in capitals as large as fits
    (never a place name cut), then the person's name and title when the card has them."""
    unit = pc.clean(card.get("don_vi", "")).upper()
    name = pc.clean(card.get("ho_ten", ""))
    title = pc.clean(card.get("chuc_vu", ""))
    size = UNIT_MAX
    while True:
        name_size = min(size * 0.8, 30.0)
        out = [(pc.FONT_BOLD, size, line) for line in _lines_at(unit, pc.FONT_BOLD, size)]
        if name:
            out += [(pc.FONT_BOLD, name_size, x) for x in _lines_at(name, pc.FONT_BOLD, name_size)]
        if title:
            out += [(pc.FONT_ITALIC, 16, x) for x in _lines_at(title, pc.FONT_ITALIC, 16)]
        height = sum(s * 1.2 for _, s, _ in out)
        if (out and height <= TEXT_H) or size <= UNIT_MIN:
            if out:
                return out
            lines, used = pc.wrap_name(unit, pc.FONT_BOLD, UNIT_MIN, TEXT_W)
            return [(pc.FONT_BOLD, used, line) for line in lines]
        size -= 1


def _face(canvas: Canvas, lines: list[tuple[str, float, str]]) -> None:
    """Draw the lines centred on the origin (the canvas is already moved and turned)."""
    height = sum(s * 1.2 for _, s, _ in lines)
    y = height / 2
    for font, size, text in lines:
        y -= size * 1.2
        canvas.setFont(font, size)
        canvas.drawCentredString(0, y + size * 0.25, text)


def _guides(canvas: Canvas, cards_on_page: int) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GUIDE)
    canvas.setLineWidth(0.4)
    canvas.setDash(4, 3)
    canvas.line(0, FACE_H, CARD_W * cards_on_page, FACE_H)  # fold
    if cards_on_page == 2:
        canvas.line(CARD_W, 0, CARD_W, PAGE[1])  # cut between the cards
    canvas.restoreState()


def name_cards_pdf(path: str | Path, ctx: dict[str, Any]) -> Path:
    """Write the cards of `ctx["the"]` two a page; atomically (temp file then os.replace)."""
    pc.register_fonts()
    path = Path(path)
    cards = ctx["the"]
    with pc.atomic_pdf(path) as tmp:
        canvas = Canvas(tmp, pagesize=PAGE, initialFontName=pc.FONT, initialFontSize=13)
        canvas.setTitle(pc.clean(f"Bảng tên đại biểu – {ctx.get('hoi_nghi', '')}"))
        canvas.setAuthor("thidua_desktop")
        for first in range(0, len(cards), 2):
            pair = cards[first : first + 2]
            _guides(canvas, len(pair))
            for i, card in enumerate(pair):
                lines = layout(card)
                cx = CARD_W * i + CARD_W / 2
                canvas.saveState()
                canvas.translate(cx, FACE_H / 2)  # the face towards the hall: upright
                _face(canvas, lines)
                canvas.restoreState()
                canvas.saveState()
                canvas.translate(cx, FACE_H * 1.5)  # the other face: turned over the fold
                canvas.rotate(180)
                _face(canvas, lines)
                canvas.restoreState()
            canvas.showPage()
        canvas.save()
    return path
