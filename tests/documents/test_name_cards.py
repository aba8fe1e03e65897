"""Name cards: A4 landscape, two folded cards a page, the upper face turned over, large type."""

from __future__ import annotations

import math
import unicodedata

import pytest
from pypdf import PdfReader

from tests.documents.fixtures import AMP_UNIT
from tests.documents.pdfcheck import needs_poppler, pdf_fonts


def faces(path) -> list[list[tuple[str, str, float]]]:
    """Per page: (half, text line, font size) of every line, half = 'left-up', 'right-turned'…

    A line drawn upright has a positive x scale; one turned by 180° a negative one."""
    out = []
    for page in PdfReader(str(path)).pages:
        width = float(page.mediabox.width)
        lines: list[tuple[str, str, float]] = []

        def visit(text, cm, tm, font, size, lines=lines, width=width):  # noqa: ANN001
            text = text.strip()
            if not text:
                return
            # the text's x axis and origin on the page (text matrix times the page's matrix)
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            e = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            side = "left" if e < width / 2 else "right"
            turn = "up" if a > 0 else "turned"
            lines.append(
                (f"{side}-{turn}", unicodedata.normalize("NFC", text), math.hypot(a, b) * size)
            )

        page.extract_text(visitor_text=visit)
        out.append(lines)
    return out


def card_text(lines, half: str) -> str:
    return " ".join(t for h, t, _ in lines if h == half)


@pytest.fixture
def cards(generated):
    return generated["name-cards"].path


def test_two_cards_a_landscape_page_reading_the_unit_names(cards, rich):
    reader = PdfReader(str(cards))
    names = [u.name.upper() for u in rich["units"]] + ["BỘ TƯ PHÁP"]  # the guest's body
    assert len(reader.pages) == math.ceil(len(names) / 2)
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(w - 841.89) < 1 and abs(h - 595.28) < 1  # A4 landscape
    read = []
    for lines in faces(cards):
        for side in ("left", "right"):
            up = card_text(lines, f"{side}-up")
            if up:
                read.append(up)
                # the other face of the same card says the same, turned over the fold
                assert card_text(lines, f"{side}-turned") == up
    assert read == names
    assert AMP_UNIT.upper() in read  # "&" and "<" as written


def test_upright_face_below_the_fold_turned_face_above(cards):
    from pypdf import PdfReader

    page = PdfReader(str(cards)).pages[0]
    height = float(page.mediabox.height)
    spots: list[tuple[bool, float]] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            spots.append((tm[0] * cm[0] + tm[1] * cm[2] > 0, y))

    page.extract_text(visitor_text=visit)
    assert spots and all(y < height / 2 for up, y in spots if up)
    assert all(y > height / 2 for up, y in spots if not up)


def test_large_type_for_a_hall(cards):
    sizes = [s for lines in faces(cards) for _, _, s in lines]
    assert min(sizes) >= 24  # read from across the table


def test_with_names_one_card_per_person(services, rich, tmp_path):
    services.documents.name_cards_with_names = True
    out = services.documents.generate(rich["conference"].id, "name-cards", tmp_path)
    lines = faces(out.path)
    first = card_text(lines[0], "left-up")
    unit = rich["units"][0]
    assert first.startswith(unit.name.upper()) and unit.head_name in first
    assert len(lines) == math.ceil((len(rich["units"]) + 1) / 2)


@needs_poppler
def test_only_the_bundled_font(cards):
    fonts = pdf_fonts(cards)
    assert fonts and all(embedded and "Tinos" in name for name, embedded in fonts)
