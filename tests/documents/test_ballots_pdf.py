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
@pytest.mark.parametrize(("n", "per_page"), [(1, 4), (8, 1), (20, 1), (60, 1)])
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
    text = pdf_text(pdf)
    assert "Cục Thi hành án dân sự tỉnh Yên Bái" in text and "Sơn La" not in text
