"""The shared reportlab layer: embedded Tinos only, NFC text, ND30 header, atomic writes."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.platypus import Spacer

from tests.documents.pdfcheck import needs_poppler, pdf_fonts, pdf_pages, pdf_text, pdf_text_raw
from thidua_desktop.documents import pdf_common as pc

NFD_NAME = unicodedata.normalize("NFD", "Sở Tư pháp tỉnh Hòa Bình & <Đoàn>")


def _story():
    return [
        pc.nd30_header(
            "Bộ Tư pháp",
            "Khu vực thi đua khối cơ quan Tư pháp",
            "Số: 05/BB-KVTĐ",
            "Hòa Bình, ngày 22 tháng 11 năm 2016",
        ),
        Spacer(1, 12),
        *[pc.para(NFD_NAME + " — nội dung dài. " * 8, pc.body_style()) for _ in range(40)],
        *pc.signature_block("TM. Ban kiểm phiếu", "Trưởng ban", "Nguyễn Văn An"),
    ]


@needs_poppler
def test_fonts_embedded_and_text_nfc(tmp_path):
    out = pc.build_pdf(tmp_path / "x.pdf", _story(), title="Thử")
    fonts = pdf_fonts(out)
    assert fonts and all(emb for _, emb in fonts), fonts
    assert all("Tinos" in name for name, _ in fonts), fonts
    raw = pdf_text_raw(out)
    assert "Sở Tư pháp tỉnh Hòa Bình & <Đoàn>" in raw  # drawn from NFC, escaped markup survives
    text = pdf_text(out)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "BỘ TƯ PHÁP" in text and "Số: 05/BB-KVTĐ" in text
    assert pdf_pages(out) >= 2


def test_failed_build_keeps_previous_file(tmp_path):
    target = tmp_path / "x.pdf"
    target.write_bytes(b"previous good output")

    class Boom(Spacer):
        def wrap(self, *a):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        pc.build_pdf(target, [Boom(1, 1)])
    assert target.read_bytes() == b"previous good output"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_margins_follow_nd30():
    mm = 72 / 25.4
    assert round(pc.MARGIN_LEFT / mm) == 30 and round(pc.MARGIN_RIGHT / mm) == 15
    assert round(pc.MARGIN_TOP / mm) == 20 and round(pc.MARGIN_BOTTOM / mm) == 20
