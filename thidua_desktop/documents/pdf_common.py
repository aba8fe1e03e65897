"""Shared reportlab pieces for every PDF: bundled Tinos fonts, ND30 page and header block."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from thidua_desktop.domain.line_breaks import COMPOUND, PLACE, keep_place_names  # noqa: F401
from thidua_desktop.paths import resource_path

FONT = "Tinos"
FONT_BOLD = "Tinos-Bold"
FONT_ITALIC = "Tinos-Italic"
FONT_BOLD_ITALIC = "Tinos-BoldItalic"

PAGE_SIZE = A4
# Nghị định 30/2020/NĐ-CP: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
# SimpleDocTemplate frames pad 6 pt on each side.
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT - 12

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

_registered = False


def register_fonts() -> str:
    """Register the bundled Tinos faces (idempotent) and return the regular font name."""
    global _registered
    if _registered:
        return FONT
    faces = {
        FONT: "Tinos-Regular.ttf",
        FONT_BOLD: "Tinos-Bold.ttf",
        FONT_ITALIC: "Tinos-Italic.ttf",
        FONT_BOLD_ITALIC: "Tinos-BoldItalic.ttf",
    }
    for name, filename in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    _registered = True
    return FONT


def clean(text: object) -> str:
    """NFC text (reportlab misplaces the marks of decomposed letters), '' for None."""
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def name_words(text: object) -> list[str]:
    """The words of a name for wrapping: spaces split it, except inside a place name or a
    word of several syllables ("CƠ QUAN", "MIỀN NÚI")."""

    def bind(found: re.Match[str]) -> str:
        name = found.group(0)
        return "\0".join(name.split()) + name[len(name.rstrip()) :]

    bound = COMPOUND.sub(bind, PLACE.sub(bind, clean(text)))
    return [word.replace("\0", " ") for word in bound.split()]


def _greedy(words: list[str], font: str, size: float, width: float) -> list[str] | None:
    """Fill lines word by word; None when one word alone is wider than `width`."""
    lines: list[str] = []
    for word in words:
        if pdfmetrics.stringWidth(word, font, size) > width:
            return None
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _hard_split(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (no space in 300 characters): cut where it must be."""
    pieces, line = [], ""
    for ch in word:
        if line and pdfmetrics.stringWidth(line + ch, font, size) > width:
            pieces.append(line)
            line = ""
        line += ch
    return pieces + [line] if line else pieces


def wrap_name(
    text: object, font: str, size: float, width: float, min_size: float = 8
) -> tuple[list[str], float]:
    """Lines of a name at the largest size ≤ `size` (down to `min_size`) at which no word and
    no place name is cut; below that, place names may break at spaces, then long words."""
    register_fonts()
    words = name_words(text)
    probe = size
    while probe >= min_size:
        lines = _greedy(words, font, probe, width)
        if lines is not None:
            return lines, probe
        probe -= 0.5
    plain = [w for word in words for w in word.split()]
    lines = _greedy(plain, font, min_size, width)
    if lines is None:
        pieces = [p for w in plain for p in _hard_split(w, font, min_size, width)]
        lines = _greedy(pieces, font, min_size, width) or pieces
    return lines, min_size


def markup(text: object) -> str:
    """NFC text escaped for Paragraph markup ('&' and '<' in unit names stay literal)."""
    return escape(clean(text)).replace("\n", "<br/>")


def style(
    name: str,
    size: float = 13,
    bold: bool = False,
    italic: bool = False,
    align: int = TA_LEFT,
    leading: float | None = None,
    **extra: object,
) -> ParagraphStyle:
    """A ParagraphStyle in the bundled Tinos face."""
    register_fonts()
    font = {
        (False, False): FONT,
        (True, False): FONT_BOLD,
        (False, True): FONT_ITALIC,
        (True, True): FONT_BOLD_ITALIC,
    }[(bold, italic)]
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.2,
        alignment=align,
        textColor=colors.black,
        **extra,
    )


def body_style(size: float = 13) -> ParagraphStyle:
    """ND30 body: justified, first-line indent 1.27 cm, 6 pt after."""
    return style("body", size, align=TA_JUSTIFY, firstLineIndent=12.7 * mm, spaceAfter=6)


def para(text: object, st: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), st)


class Rule(Flowable):
    """A centred horizontal line `width` points long (the short rules under header lines)."""

    def __init__(self, width: float, thickness: float = 0.6, space: float = 3.5) -> None:
        super().__init__()
        self.line_width, self.thickness, self.space = width, thickness, space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.thickness + 2 * self.space

    def draw(self) -> None:
        x0 = (self._avail - self.line_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, self.space, x0 + self.line_width, self.space)


def nd30_header(
    parent_body: str,
    issuer: str,
    number_text: str,
    place_date: str,
    width: float = FRAME_WIDTH,
    summary: str = "",
) -> Table:
    """The ND30 two-column borderless header block.

    Left: parent body (CAPS 12), issuing body (CAPS BOLD 12) with a short rule, then "Số: …"
    (13) and an optional summary line (V/v …). Right: national title (CAPS BOLD 12), motto
    (bold 13) with a rule as wide as the motto, then the italic place-date line (13).
    Empty parent/number/place-date lines are left out.
    """
    register_fonts()
    left_w, right_w = width * 0.42, width * 0.58
    caps = style("hdr-caps", 12, align=TA_CENTER, leading=14)
    caps_b = style("hdr-caps-b", 12, bold=True, align=TA_CENTER, leading=14)
    motto = style("hdr-motto", 13, bold=True, align=TA_CENTER, leading=15)
    plain = style("hdr-plain", 13, align=TA_CENTER, leading=15, spaceBefore=6)
    italic = style("hdr-italic", 13, italic=True, align=TA_CENTER, leading=15, spaceBefore=6)
    left: list[Flowable] = []
    if parent_body:
        left.append(para(clean(parent_body).upper(), caps))
    issuer_lines, size = wrap_name(clean(issuer).upper(), FONT_BOLD, 12, left_w)
    left.append(
        para(
            "\n".join(issuer_lines),
            style(f"hdr-caps-b-{size}", size, bold=True, align=TA_CENTER, leading=size + 2),
        )
    )
    left.append(Rule(min(left_w * 0.35, 40 * mm)))
    if number_text:
        left.append(para(number_text, plain))
    if summary:
        left.append(para(summary, style("hdr-summary", 12, align=TA_CENTER, leading=14)))
    motto_w = pdfmetrics.stringWidth(MOTTO, FONT_BOLD, 13)
    right: list[Flowable] = [para(NATION, caps_b), para(MOTTO, motto), Rule(motto_w)]
    if place_date:
        right.append(para(place_date, italic))
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def grid_style(header_rows: int = 1, size: float = 12) -> TableStyle:
    """A bordered table (thin black lines), bold centred header rows."""
    register_fonts()
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("REPEATROWS", (0, 0), (-1, header_rows - 1), header_rows),
        ]
    )


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    """Page number centred in the top margin, from page 2 (ND30)."""
    if canvas.getPageNumber() > 1:
        canvas.saveState()
        canvas.setFont(FONT, 13)
        canvas.drawCentredString(
            MARGIN_LEFT + FRAME_WIDTH / 2,
            PAGE_SIZE[1] - MARGIN_TOP / 2,
            str(canvas.getPageNumber()),
        )
        canvas.restoreState()


@contextmanager
def atomic_pdf(path: str | Path) -> Iterator[str]:
    """A temporary file beside `path` to write the PDF into; it replaces `path` only when the
    block ends well, so a failure leaves the previous file untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_pdf(
    path: str | Path,
    story: Sequence[Flowable],
    title: str = "",
    on_page: Callable | None = None,  # type: ignore[type-arg]
    page_numbers: bool = True,
) -> Path:
    """Build `story` into `path` on ND30 A4 pages, atomically (temp file then os.replace).

    Every font is the embedded Tinos: `initialFontName` keeps reportlab from referencing an
    unembedded Helvetica. A failure leaves the previous file at `path` untouched.
    """
    register_fonts()
    path = Path(path)

    def decorate(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if page_numbers:
            _page_number(canvas, doc)
        if on_page:
            on_page(canvas, doc)

    with atomic_pdf(path) as tmp:
        doc = SimpleDocTemplate(
            tmp,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean(title),
            author="thidua_desktop",
            initialFontName=FONT,
            initialFontSize=13,
        )
        doc.build(list(story), onFirstPage=decorate, onLaterPages=decorate)
    return path


def signature_block(authority: str, title: str = "", name: str = "", space_mm: float = 22) -> list:
    """A signature block: authority CAPS BOLD, title CAPS BOLD, room to sign, name bold."""
    from reportlab.platypus import Spacer

    caps_b = style("sig-caps", 13, bold=True, align=TA_CENTER, leading=15)
    out: list[Flowable] = []
    if authority:
        out.append(para(clean(authority).upper(), caps_b))
    if title:
        out.append(para(clean(title).upper(), caps_b))
    out.append(
        para("(Ký, ghi rõ họ tên, đóng dấu)", style("sig-hint", 11, italic=True, align=TA_CENTER))
    )
    out.append(Spacer(1, space_mm * mm))
    out.append(para(name, style("sig-name", 13, bold=True, align=TA_CENTER)))
    return out
