"""Word documents that hold together, read back with python-docx: keeps, header rows, NFC, lines."""

from __future__ import annotations

import unicodedata

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.documents.fixtures import AMP_UNIT
from thidua_desktop.documents.docx import render_docx
from thidua_desktop.services.demo import load_demo

W_T, W_BR = qn("w:t"), qn("w:br")


def keeps_next(p) -> bool:
    return bool(p.paragraph_format.keep_with_next)


def body_blocks(d) -> list:
    """Body paragraphs and tables in order, as python-docx objects."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for el in d.element.body:
        if el.tag == qn("w:p"):
            out.append(Paragraph(el, d))
        elif el.tag == qn("w:tbl"):
            out.append(Table(el, d))
    return out


def has(tr, tag: str) -> bool:
    trpr = tr.find(qn("w:trPr"))
    return trpr is not None and trpr.find(qn(tag)) is not None


@pytest.fixture
def demo(services):
    load_demo(services.repo)
    return services


@pytest.fixture
def demo_set(demo, tmp_path):
    """Every Word document of the demo's year-end conference, by file stem."""
    svc = demo.documents
    keys = [i.key for i in svc.items(1) if i.available and i.key.split(":")[0] != "ballots"]
    out = svc.generate_many(1, keys, tmp_path / "out")
    return {g.path.stem: g.path for g in out if g.path.suffix == ".docx"}


def test_data_tables_repeat_their_header_row_and_no_row_splits(demo_set):
    headed = {}
    for stem, path in demo_set.items():
        d = docx.Document(str(path))
        for t in d.tables:
            rows = t._tbl.findall(qn("w:tr"))
            assert all(has(tr, "w:cantSplit") for tr in rows), stem  # no row cut in two
            if has(rows[0], "w:tblHeader"):
                headed[stem] = t.rows[0].cells[0].text
                assert not any(has(tr, "w:tblHeader") for tr in rows[1:]), stem
    # the counting minutes' result table, the nomination's units, the handover list, the scores
    kinds = ("bien-ban-kiem-phieu", "to-trinh", "bien-ban-ban-giao", "tong-hop-cham-diem")
    for kind in kinds:
        stems = [s for s in demo_set if kind in s]
        assert stems and all(headed.get(s) in ("TT",) for s in stems), (kind, headed)


def test_headings_keep_with_what_follows_and_the_closing_with_the_text(demo_set):
    minutes = next(p for s, p in demo_set.items() if "bien-ban-hoi-nghi" in s)
    blocks = body_blocks(docx.Document(str(minutes)))
    paragraphs = [b for b in blocks if hasattr(b, "style") and hasattr(b, "runs")]
    by_text = {p.text.strip(): p for p in paragraphs}
    for heading in ("BIÊN BẢN", "Thành phần tham dự:", "Kết quả bỏ phiếu bình xét, suy tôn:"):
        assert keeps_next(by_text[heading]), heading
    # the last line of the text keeps with the signatures, which keep with "Nơi nhận"
    end = next(i for i, b in enumerate(blocks) if getattr(b, "text", "").endswith("./."))
    assert keeps_next(blocks[end])
    sig = blocks[end + 1]
    assert "CHỦ TỌA" in sig.rows[0].cells[1].text
    assert all(keeps_next(p) for c in sig.rows[0].cells for p in c.paragraphs)
    tail = [b for b in blocks[end + 2 :] if b.text.strip()]
    assert tail[0].text == "Nơi nhận:" and all(keeps_next(p) for p in tail[:-1])
    assert not keeps_next(tail[-1])
    # body paragraphs stay free to break (no chain of keeps longer than a page)
    place = next(p for t, p in by_text.items() if t.startswith("Địa điểm:"))
    assert not keeps_next(place)


def test_multi_line_conclusions_are_paragraphs_not_line_breaks(demo_set):
    minutes = next(p for s, p in demo_set.items() if "bien-ban-hoi-nghi" in s)
    d = docx.Document(str(minutes))
    for p in d.paragraphs:
        assert p._p.find(f"{qn('w:r')}/{W_BR}") is None, p.text[:60]
    texts = [p.text for p in d.paragraphs]
    opened = next(i for i, t in enumerate(texts) if t.startswith("Kết luận: Cờ thi đua"))
    # each award's result a paragraph of its own, under the first one's indent and spacing
    follow = texts[opened + 1]
    assert follow.startswith("Cờ thi đua ngành Tư pháp:"), follow
    first, second = d.paragraphs[opened], d.paragraphs[opened + 1]
    assert second.paragraph_format.first_line_indent == first.paragraph_format.first_line_indent


def test_text_stored_decomposed_comes_out_composed(demo, tmp_path):
    """A name written into the file in NFD (an import, another tool) prints NFC in Word."""
    nfd = unicodedata.normalize("NFD", "Sở Tư pháp tỉnh Điện Biên – Thử nghiệm")
    unit = next(iter(demo.repo.db.query("SELECT id FROM units ORDER BY id LIMIT 1")))["id"]
    demo.repo.db.execute("UPDATE units SET name = ? WHERE id = ?", [nfd, unit])
    row = next(iter(demo.repo.db.query("SELECT name FROM units WHERE id = ?", [unit])))
    assert row["name"] == nfd and not unicodedata.is_normalized("NFC", row["name"])
    keys = [i.key for i in demo.documents.items(1) if i.available]
    out = demo.documents.generate_many(1, keys, tmp_path / "out")
    named = []
    for g in out:
        if g.path.suffix != ".docx":
            continue
        d = docx.Document(str(g.path))
        parts = [d.element.body] + [s.header._element for s in d.sections]
        texts = [t.text or "" for part in parts for t in part.iter(W_T)]
        assert all(unicodedata.is_normalized("NFC", t) for t in texts), g.path.name
        joined = "".join(texts)
        assert nfd not in joined
        # place names hold no-break spaces in the pledge's signature cells
        if unicodedata.normalize("NFC", nfd).upper() in joined.upper().replace("\xa0", " "):
            named.append(g.item.kind)
    assert "pledge" in named  # the pledge names every unit


def test_a_template_made_in_word_gets_the_same_keeps(tmp_path):
    """A secretary's own template, with no keep or header-row setting at all."""
    d = docx.Document()
    d.styles["Normal"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title = d.add_paragraph()
    title.add_run(unicodedata.normalize("NFD", "BIÊN BẢN KIỂM PHIẾU")).bold = True  # typed NFD
    d.add_paragraph("Vào hồi {{ gio }}, Ban kiểm phiếu đã kiểm phiếu như sau.")
    d.add_paragraph("Kết quả bỏ phiếu:")
    d.add_paragraph("")
    t = d.add_table(rows=4, cols=2)
    t.style = d.styles["Table Grid"]
    for cell, text in zip(t.rows[0].cells, ("Đơn vị", "Số phiếu"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    t.rows[1].cells[0].paragraphs[0].add_run("{%tr for r in dong %}")
    t.rows[2].cells[0].paragraphs[0].add_run("{{ r.ten }}")
    t.rows[2].cells[1].paragraphs[0].add_run("{{ r.so }}")
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    d.add_paragraph("{{ ket_luan }}")
    d.add_paragraph("Biên bản kết thúc lúc {{ gio_ket_thuc }}./.")
    sig = d.add_table(rows=1, cols=2)
    sig.rows[0].cells[0].paragraphs[0].add_run("THƯ KÝ").bold = True
    sig.rows[0].cells[1].paragraphs[0].add_run("TM. BAN KIỂM PHIẾU").bold = True
    sig.rows[0].cells[1].add_paragraph("{{ truong_ban }}")
    d.add_paragraph("Nơi nhận:").runs[0].font.size = Pt(12)
    d.add_paragraph("- Lưu: VT.")
    template = tmp_path / "mine.docx"
    d.save(str(template))
    ctx = {
        "gio": "9 giờ",
        "dong": [{"ten": unicodedata.normalize("NFD", AMP_UNIT), "so": 20}] * 3,
        "ket_luan": "Đạt: Cục THADS Bắc Kạn 20/28.\nKhông đạt: Sở Tư pháp Lào Cai 10/28.",
        "gio_ket_thuc": "10 giờ",
        "truong_ban": "Lương Đình Hòa",
    }
    out = render_docx(template, ctx, tmp_path / "out.docx", name="Biên bản kiểm phiếu")
    r = docx.Document(str(out))
    texts = [p.text for p in r.paragraphs]
    by_text = dict(zip(texts, r.paragraphs, strict=True))
    assert keeps_next(by_text["BIÊN BẢN KIỂM PHIẾU"]) and keeps_next(by_text["Kết quả bỏ phiếu:"])
    assert keeps_next(by_text[""])  # the empty spacer between the label and its table
    assert not keeps_next(by_text["Vào hồi 9 giờ, Ban kiểm phiếu đã kiểm phiếu như sau."])
    assert "Đạt: Cục THADS Bắc Kạn 20/28." in texts  # one paragraph per line, no soft break
    assert "Không đạt: Sở Tư pháp Lào Cai 10/28." in texts
    data, signature = r.tables
    rows = data._tbl.findall(qn("w:tr"))
    assert has(rows[0], "w:tblHeader") and not has(rows[1], "w:tblHeader")
    assert data.rows[1].cells[0].text == AMP_UNIT  # NFC after rendering
    assert not any(has(tr, "w:tblHeader") for tr in signature._tbl.findall(qn("w:tr")))
    assert keeps_next(by_text["Biên bản kết thúc lúc 10 giờ./."])
    assert all(keeps_next(p) for c in signature.rows[0].cells for p in c.paragraphs)
    assert keeps_next(by_text["Nơi nhận:"]) and not keeps_next(by_text["- Lưu: VT."])


def test_a_translated_words_body_style_is_recognised(tmp_path):
    """Vietnamese Word names the default paragraph style otherwise than 'Normal'."""
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.element.set(qn("w:styleId"), "Binhthng")
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.font.bold = True
    d.add_paragraph("{{ ket_luan }}")
    d.add_paragraph("Hết./.")
    template = tmp_path / "vi.docx"
    d.save(str(template))
    ctx = {"ket_luan": "Dòng một.\nDòng hai."}
    r = docx.Document(str(render_docx(template, ctx, tmp_path / "out.docx")))
    texts = [p.text for p in r.paragraphs]
    assert texts == ["Dòng một.", "Dòng hai.", "Hết./."]  # justified: split at the break
    assert keeps_next(r.paragraphs[0]) and keeps_next(r.paragraphs[1])  # bold lines: headings
