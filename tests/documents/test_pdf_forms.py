"""PDF forms: embedded Tinos only, NFC-exact text, one row per delegate, 60-unit grids."""

from __future__ import annotations

import unicodedata

import pytest

from tests.documents.fixtures import AMP_UNIT, build_rich
from tests.documents.pdfcheck import (
    needs_poppler,
    pdf_flat,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    pdf_text_raw,
)
from thidua_desktop.documents import pdf
from thidua_desktop.documents.context import attendance_sheet_context
from thidua_desktop.documents.context_year import pledge_context

pytestmark = needs_poppler


def only_embedded_tinos(path):
    fonts = pdf_fonts(path)
    assert fonts, "no fonts?"
    for name, embedded in fonts:
        assert embedded and "Tinos" in name, fonts


def test_attendance_sheet(generated, rich):
    path = generated["attendance"].path
    only_embedded_tinos(path)
    raw = pdf_text_raw(path)
    assert unicodedata.is_normalized("NFC", raw)
    text = pdf_text(path)
    for heading in ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên", "DANH SÁCH ĐẠI BIỂU"):
        assert heading in text
    assert "Đại biểu khách mời" in text and "Đặng Hoàng Oanh" in text
    assert AMP_UNIT in raw.replace("\n", " ")
    # one numbered row per expected person (1 guest + 14 delegates) + 10 blank rows
    numbers = [ln.split()[0] for ln in text.splitlines() if ln.strip() and ln.split()[0].isdigit()]
    assert "25" in numbers and "26" not in numbers


def test_agenda_and_pledge_pdf(generated):
    agenda = generated["agenda"].path
    only_embedded_tinos(agenda)
    text = pdf_flat(agenda)
    assert "CHƯƠNG TRÌNH" in text and "Báo cáo tổng kết công tác thi đua năm 2016" in text
    assert "8 giờ 30 phút" in text
    pledge = generated["pledge-pdf"].path
    only_embedded_tinos(pledge)
    text = pdf_text(pledge)
    assert "BẢN GIAO ƯỚC THI ĐUA" in text and "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC" in text


@pytest.fixture
def sixty(services):
    from tests.documents.fixtures import unit_names

    build_rich(services, n_units=60)
    return unit_names(60)


def test_sixty_units_pledge_grid_and_pages(services, sixty, tmp_path):
    from thidua_desktop.domain import model as m
    from thidua_desktop.services.documents_data import load_year

    year = services.repo.find_one(m.Year, "year = 2016")
    data = load_year(services.repo, year.id)
    ctx = pledge_context(data)
    assert len(ctx["chu_ky"]) == 30
    grid = pdf.pledge_form_pdf(tmp_path / "grid.pdf", ctx)
    only_embedded_tinos(grid)
    flat = " ".join(pdf_text_raw(grid).split())
    for name in sixty:
        assert unicodedata.normalize("NFC", name).upper() in flat, name
    per_unit = pdf.pledge_form_pdf(tmp_path / "each.pdf", ctx, one_page_per_unit=True)
    assert pdf_pages(per_unit) >= 60
    text = pdf_text(per_unit)
    assert text.count("BẢN GIAO ƯỚC THI ĐUA") == 60


def test_sixty_units_attendance(services, sixty, tmp_path):
    from thidua_desktop.domain import model as m
    from thidua_desktop.services.documents_data import load_conference

    conf = services.repo.find_one(m.Conference, "1=1")
    data = load_conference(services.repo, conf.id, lambda v: services.votes.result(v.id))
    path = pdf.attendance_pdf(tmp_path / "att.pdf", attendance_sheet_context(data), blank_rows=5)
    text = pdf_text(path)
    numbers = [ln.split()[0] for ln in text.splitlines() if ln.strip() and ln.split()[0].isdigit()]
    assert str(1 + 60 + 5) in numbers
    assert pdf_pages(path) >= 3
    assert "STT" in text.split("\f")[1]  # the header row repeats on every page


def test_pledge_signature_cells_never_cut_a_place_name(generated, rich):
    """'CỤC THI HÀNH ÁN DÂN SỰ / TỈNH HÀ GIANG', never '… TỈNH HÀ / GIANG'; no shrinking."""
    from pypdf import PdfReader

    from tests.documents.fixtures import unit_names

    path = generated["pledge-pdf"].path
    drawn: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001 (pypdf's visitor)
        if text.strip() and font and "Bold" in str(font.get("/BaseFont")):
            drawn.append((text.strip(), size * tm[3]))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    lines = [t for t, _ in drawn]
    names = [unicodedata.normalize("NFC", n).upper() for n in unit_names(14)]
    for name in names:
        place = name[name.index("TỈNH ") :]
        holding = [ln for ln in lines if ln.endswith(place) or ln == place]
        assert holding, f"{place!r} is cut across lines"
        assert not any(ln.endswith(place.rsplit(" ", 1)[0]) for ln in lines), place
    cells = [s for t, s in drawn if any(t in n for n in names) and len(t) > 4]
    assert cells and min(cells) == 11.5  # the names are not made smaller to fit


def test_pledge_running_text_never_cuts_a_place_name(services, tmp_path):
    """The demo's registrations ran "… tỉnh Yên / Bái", "tỉnh Sơn / La" over two lines."""
    import re

    from thidua_desktop.services.demo import load_demo

    load_demo(services.repo)
    path = services.documents.generate(1, "pledge-pdf", tmp_path).path
    lines = [ln.strip() for ln in pdf_text_raw(path).splitlines() if ln.strip()]
    units = [r["name"] for r in services.repo.db.query("SELECT name FROM units")]
    places = {m.group(0) for n in units if (m := re.search(r"(tỉnh|huyện) .+$", n))}
    assert len(places) > 20
    for a, b in zip(lines, lines[1:], strict=False):
        for place in places:
            for cut in range(1, len(place.split())):
                left, right = " ".join(place.split()[:cut]), " ".join(place.split()[cut:])
                assert not (a.endswith(left) and b.startswith(right)), f"{a} / {b}"
    # the launch conference's grid used to leave one pair of signatures alone on its last page
    for conference_id in (1, 2):
        grid = services.documents.generate(conference_id, "pledge-pdf", tmp_path / "g").path
        last = pdf_text(grid).split("\f")[pdf_pages(grid) - 1]
        assert last.count("CỤC TRƯỞNG") + last.count("GIÁM ĐỐC") >= 4, conference_id
