"""Ballot papers: every candidate name NFC-exact in the text, fonts embedded, layout per count."""

from __future__ import annotations

import unicodedata

import pytest

from tests.documents.pdfcheck import needs_poppler, pdf_fonts, pdf_pages, pdf_text, pdf_text_raw
from tests.vote_helpers import build_vote_setup
from thidua_desktop.documents.ballots_pdf import ballot_papers_pdf, layout_for

PROVINCES = "Hà Giang, Tuyên Quang, Cao Bằng, Bắc Kạn, Hòa Bình, Lai Châu, Điện Biên".split(", ")


def names(n: int) -> list[str]:
    pool = [f"Sở Tư pháp tỉnh {p}" for p in PROVINCES]
    pool += [f"Cục Thi hành án dân sự tỉnh {p}" for p in PROVINCES]
    # decomposed input on purpose: the PDF must hold NFC
    return [unicodedata.normalize("NFD", f"{pool[i % len(pool)]} ({i + 1:02d})") for i in range(n)]


def context(n: int, copies: int = 5) -> dict:
    return {
        "cluster": "Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc",
        "award": "Cờ thi đua của Chính phủ",
        "year": 2016,
        "quota": 2,
        "candidates": [{"number": i + 1, "name": x} for i, x in enumerate(names(n))],
        "copies": copies,
    }


@needs_poppler
@pytest.mark.parametrize(("n", "per_page"), [(1, 4), (8, 2), (10, 2), (20, 1), (60, 1)])
def test_every_name_present_nfc_and_fonts_embedded(tmp_path, n, per_page):
    pdf = ballot_papers_pdf(context(n, copies=5), tmp_path / f"b{n}.pdf")
    assert layout_for(n).per_page == per_page
    assert pdf_pages(pdf) == -(-5 // per_page)  # 60 candidates still fit one page per ballot
    raw = pdf_text_raw(pdf)
    for name in names(n):
        assert unicodedata.normalize("NFC", name) in raw
    text = pdf_text(pdf)
    assert "Đồng ý thì đánh dấu X vào ô tương ứng; tối đa 02 đơn vị." in text
    assert "Cờ thi đua của Chính phủ năm 2016" in text
    assert "Dấu của Ban kiểm phiếu" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("Tinos" in font for font, _ in fonts)


@needs_poppler
def test_small_lists_share_a_page_and_carry_no_serial(tmp_path):
    pdf = ballot_papers_pdf(context(5, copies=3), tmp_path / "b.pdf")
    assert layout_for(5).per_page == 2 and pdf_pages(pdf) == 2
    pages = pdf_text(pdf).split("\f")
    assert pages[0].count("PHIẾU BẦU SUY TÔN") == 2 and pages[1].count("PHIẾU BẦU SUY TÔN") == 1
    # identical papers: nothing on one ballot tells it from another
    first, second = pages[0].split("PHIẾU BẦU SUY TÔN")[1:3]
    assert " ".join(first.split()).startswith(" ".join(second.split())[:200])


@needs_poppler
def test_ballot_context_from_a_vote(services, small_cluster, tmp_path):
    s = build_vote_setup(services, small_cluster)
    vote = services.votes.create_vote(s["conference"].id, s["award"].id, from_registrations=True)
    cand = services.votes.candidates(vote.id)[3]
    services.votes.set_withdrawn(cand.id, True, "Xin rút")
    ctx = services.votes.ballot_context(vote.id)
    assert ctx["copies"] == 3 and ctx["quota"] == 2 and ctx["year"] == 2016
    assert [c["number"] for c in ctx["candidates"]] == [1, 2, 3]
    pdf = ballot_papers_pdf(ctx, tmp_path / "v.pdf")
    text = " ".join(pdf_text_raw(pdf).split())  # a long name wraps (4 ballots a page)
    assert "Cục Thi hành án dân sự tỉnh Yên Bái" in text and "Sơn La" not in text


def shown(pdf) -> list[tuple[str, float, float]]:
    """(text, font size, x) of every line drawn on the first page."""
    from pypdf import PdfReader

    out: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001 (pypdf's visitor)
        if text.strip():
            out.append((text.strip(), size * tm[3], tm[4]))

    PdfReader(str(pdf)).pages[0].extract_text(visitor_text=visit)
    return out


def name_lines(pdf, ctx) -> list[tuple[str, float, float]]:
    """The lines of the candidate table's names (everything between the head and the stamp)."""
    lines = shown(pdf)
    start = [t for t, _, _ in lines].index("Đồng ý") + 1
    end = [t for t, _, _ in lines].index("(Dấu của Ban kiểm phiếu)")
    heads = {"STT", "Tên đơn vị", "Đồng ý"}
    return [x for x in lines[start:end] if not x[0].isdigit() and x[0] not in heads]


@needs_poppler
def test_forty_candidates_read_at_ten_points_or_more(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from thidua_desktop.documents.ballots_pdf import BOX_W

    ctx = context(40, copies=1)
    pdf = ballot_papers_pdf(ctx, tmp_path / "b40.pdf")
    lines = name_lines(pdf, ctx)
    sizes = {size for _, size, _ in lines}
    assert len(sizes) == 1 and min(sizes) >= 10, sizes  # one size, readable (was 6.5 pt)
    numbers = [size for t, size, _ in shown(pdf) if t.isdigit() and int(t) <= 40]
    assert set(numbers) == sizes  # numbers no larger than the names beside them
    # two columns: every line ends before the column's box, none runs past it
    columns = sorted({round(x) for _, _, x in lines})
    assert len(columns) == 2
    mm = 72 / 25.4
    col_w = (210 - 2 * 9 - 4) / 2 * mm  # inside 9 mm margins, 4 mm between the columns
    for text, size, x in lines:
        col_x = 9 * mm if x < 105 * mm else 9 * mm + col_w + 4 * mm
        assert x + stringWidth(text, "Tinos", size) <= col_x + col_w - BOX_W, text
    flat = " ".join(t for t, _, _ in lines)
    for name in names(40):
        assert unicodedata.normalize("NFC", name) in flat
    assert pdf_pages(pdf) == 1


@needs_poppler
def test_one_long_name_wraps_and_the_others_keep_their_size(tmp_path):
    ctx = context(9, copies=1)
    long_name = "Sở Tư pháp tỉnh Hà Giang " + " ".join(["công tác thi đua khen thưởng"] * 11)
    assert len(long_name) > 300
    ctx["candidates"][4]["name"] = long_name
    pdf = ballot_papers_pdf(ctx, tmp_path / "long.pdf")
    lines = name_lines(pdf, ctx)
    assert {size for _, size, _ in lines} == {13.0}  # nobody shrinks for one long name
    texts = [t for t, _, _ in lines]
    others = [unicodedata.normalize("NFC", n) for i, n in enumerate(names(9)) if i != 4]
    assert all(n in texts for n in others)  # each of the others on one line of its own
    long_lines = [t for t in texts if t not in others]
    assert len(long_lines) >= 3 and " ".join(long_lines) == long_name
    assert "tỉnh Hà Giang" in long_lines[0]  # the place name is not cut


@needs_poppler
def test_nine_candidates_print_two_ballots_a_page(tmp_path):
    pdf = ballot_papers_pdf(context(9, copies=27), tmp_path / "b9.pdf")
    assert pdf_pages(pdf) == 14  # 27 voters: 14 pages, not 27
    pages = pdf_text(pdf).split("\f")
    assert pages[0].count("PHIẾU BẦU SUY TÔN") == 2 and pages[13].count("PHIẾU BẦU SUY TÔN") == 1
    lines = name_lines(pdf, context(9))
    assert {size for _, size, _ in lines} == {13.0}
    assert len(lines) == 9  # every name on one line
    # a second round's line still leaves room for ten candidates, two a page, ≥ 10 pt
    ctx = context(10, copies=2) | {"round_no": 2}
    pdf = ballot_papers_pdf(ctx, tmp_path / "b10.pdf")
    assert pdf_pages(pdf) == 1 and "(Bỏ phiếu vòng 2)" in pdf_text(pdf)
    assert min(size for _, size, _ in name_lines(pdf, ctx)) >= 10
