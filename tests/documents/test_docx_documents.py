"""Generated Word documents: Vietnamese text exact, ND30 layout, numbering, archive."""

from __future__ import annotations

import hashlib
import unicodedata

import docx
import pytest
from docx.shared import Mm, Pt

from tests.documents.fixtures import AMP_UNIT
from thidua_desktop.domain import model as m


def text_of(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def test_minutes_content(generated):
    text = text_of(generated["minutes"].path)
    assert unicodedata.is_normalized("NFC", text)
    for expected in [
        "BIÊN BẢN",
        "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016",
        "Thời gian bắt đầu: 8 giờ 00 phút, ngày 22 tháng 11 năm 2016.",
        "Chủ tọa: Đồng chí Phạm Văn Minh, Giám đốc Sở Tư pháp tỉnh Hòa Bình.",
        "có mặt 13/14 đơn vị",
        "Đồng chí Đặng Hoàng Oanh, Thứ trưởng Bộ Tư pháp",
        f"{AMP_UNIT}: 11/14 phiếu (78,57%) – Đạt",
        "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./.",
        "THƯ KÝ",
        "CHỦ TỌA",
        "Lê Thị Hoa",
        "Lưu: VT, KVTĐ.",
    ]:
        assert expected in text, expected


def test_counting_table_and_chart(generated):
    path = generated["counting"].path
    d = docx.Document(str(path))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "TT")
    header = [c.text for c in table.rows[0].cells]
    assert header == ["TT", "Đơn vị", "Số phiếu đồng ý", "Tỷ lệ %", "Kết quả"]
    first = [c.text for c in table.rows[1].cells]
    assert first == ["1", AMP_UNIT, "11", "78,57%", "Đạt"]
    assert len(table.rows) == 1 + 3
    assert d.inline_shapes and len(d.inline_shapes) == 1  # the bar chart
    text = text_of(path)
    assert "TM. BAN KIỂM PHIẾU" in text and "Trần Văn Kiểm" in text
    assert "thông qua vào hồi 10 giờ 45 phút" in text


def test_nomination_letter(generated):
    text = text_of(generated["nomination"].path)
    assert "TỜ TRÌNH" in text
    assert "Kính gửi: Bộ trưởng Bộ Tư pháp." in text
    assert "trình Thủ tướng Chính phủ quyết định tặng Cờ thi đua của Chính phủ" in text
    assert "cho 02 (hai) đơn vị sau:" in text
    assert "10/14 phiếu (71,43%)" in text
    assert "TRƯỞNG KHU VỰC" in text
    assert (
        "Tuyên Quang" not in text.split("đơn vị sau:")[1].split("Hồ sơ")[0]
    )  # 3/14: not nominated


def test_pledge_handover_scores(generated, rich):
    pledge = text_of(generated["pledge"].path)
    assert "BẢN GIAO ƯỚC THI ĐUA" in pledge
    assert "Cờ thi đua của Chính phủ: 04 đơn vị" in pledge
    assert AMP_UNIT.upper() in pledge.replace("\xa0", " ")
    # the place name is held together in the narrow signature cell (no-break spaces)
    assert "TỈNH\xa0HÀ\xa0GIANG" in pledge
    assert "Số:" not in pledge  # the pledge is not numbered
    handover = text_of(generated["handover"].path)
    assert "BÊN GIAO: Sở Tư pháp tỉnh Hòa Bình – đơn vị Trưởng khu vực năm 2016" in handover
    assert "BÊN NHẬN: Sở Tư pháp tỉnh Tuyên Quang – đơn vị Trưởng khu vực năm 2017" in handover
    assert "ĐẠI DIỆN BÊN NHẬN" in handover
    scores = text_of(generated["scores"].path)
    assert "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM" in scores
    d = docx.Document(str(generated["scores"].path))
    heads = [t for t in d.tables if t.rows[0].cells[0].text == "TT"][0]
    assert [c.text for c in heads.rows[0].cells][-2:] == ["Tổng điểm", "Xếp hạng"]
    assert len(heads.rows) == 1 + len(rich["units"])
    assert heads.rows[1].cells[-1].text == "1"


def test_nd30_layout(generated):
    d = docx.Document(str(generated["minutes"].path))
    sec = d.sections[0]
    assert abs(sec.page_width - Mm(210)) < Mm(0.1) and abs(sec.page_height - Mm(297)) < Mm(0.1)
    assert abs(sec.top_margin - Mm(20)) < Mm(0.1) and abs(sec.bottom_margin - Mm(20)) < Mm(0.1)
    assert abs(sec.left_margin - Mm(30)) < Mm(0.1) and abs(sec.right_margin - Mm(15)) < Mm(0.1)
    assert sec.different_first_page_header_footer
    assert "PAGE" in sec.header._element.xml and sec.first_page_header.paragraphs[0].text == ""
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    assert abs(normal.paragraph_format.first_line_indent - Mm(12.7)) < Mm(0.1)
    assert normal.paragraph_format.space_after >= Pt(6)
    left, right = d.tables[0].rows[0].cells

    def run(cell, i):
        p = [p for p in cell.paragraphs if p.text][i]
        return p.text, p.runs[0]

    text, r = run(left, 0)
    assert text == "BỘ TƯ PHÁP" and r.font.size == Pt(13) and not r.bold
    text, r = run(left, 1)
    # the issuing body: its words of several syllables held together (no-break spaces)
    assert text.startswith("KHU\xa0VỰC THI\xa0ĐUA") and r.bold and r.font.size == Pt(13)
    text, r = run(left, 2)
    assert text == "Số: 01/BB-KVTĐ"
    text, r = run(right, 0)
    assert text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and r.bold and r.font.size == Pt(12)
    text, r = run(right, 1)
    assert text == "Độc lập - Tự do - Hạnh phúc" and r.bold and r.font.size == Pt(14)
    text, r = run(right, 2)
    assert text == "Hòa Bình, ngày 22 tháng 11 năm 2016" and r.italic
    borders = d.tables[0]._tbl.tblPr.xml
    assert 'w:val="nil"' in borders  # borderless header table


def test_numbers_kept_on_regeneration_and_never_reused(services, rich, generated, tmp_path):
    svc = services.documents
    conf = rich["conference"].id
    assert generated["minutes"].number_text == "01/BB-KVTĐ"
    assert generated["counting"].number_text == "02/BB-KVTĐ"
    assert generated["nomination"].number_text == "01/TTr-KVTĐ"
    again = svc.generate(conf, "minutes", tmp_path / "again")
    assert again.number_text == "01/BB-KVTĐ"  # the same document keeps its number
    for doc in services.repo.find(m.Document, "kind = 'minutes'"):
        services.repo.delete(m.Document, doc.id)
    fresh = svc.generate(conf, "minutes", tmp_path / "fresh")
    assert fresh.number_text == "04/BB-KVTĐ"  # 01–03 were given out; never reused


def test_archive_holds_the_file(services, generated):
    g = generated["minutes"]
    doc = services.repo.get(m.Document, g.document_id)
    assert doc.sha256 == hashlib.sha256(g.path.read_bytes()).hexdigest() == g.sha256
    assert doc.content == g.path.read_bytes()
    assert doc.number == 1 and doc.year == 2016 and doc.kind == "minutes"


def test_unavailable_documents_say_why(services, small_cluster):
    items = {i.kind: i for i in services.documents.items(small_cluster["conference"].id)}
    assert not items["scores"].available and "điểm" in items["scores"].reason
    assert not items["handover"].available
    assert items["minutes"].available
    from thidua_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="Chưa có điểm chấm"):
        services.documents.generate(small_cluster["conference"].id, "scores", "/nonexistent")


def test_a_cancelled_batch_keeps_the_record_of_what_it_wrote(services, rich, tmp_path):
    svc = services.documents
    conf = rich["conference"].id
    keys = [i.key for i in svc.items(conf) if i.available]
    steps: list[str] = []
    done = svc.generate_many(
        conf,
        keys,
        tmp_path / "out",
        progress=lambda i, n, key: steps.append(key),
        cancelled=lambda: len(steps) == 5,
    )
    assert [g.item.key for g in done] == keys[:5] and steps == [*keys[:5], ""]
    archived = services.repo.find(m.Document, "conference_id = ?", [conf], "id")
    assert [(d.kind, d.sha256) for d in archived] == [(g.item.kind, g.sha256) for g in done]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        g.item.filename for g in done
    )


def test_a_batch_lists_an_unavailable_document_by_name(services, small_cluster, tmp_path):
    conf = small_cluster["conference"].id
    batch = services.documents.generate_many(conf, ["minutes", "scores", "nope"], tmp_path)
    assert [g.item.kind for g in batch] == ["minutes"]  # the others did not stop it
    assert [f.key for f in batch.failed] == ["scores", "nope"]
    assert "Chưa có điểm chấm" in batch.failed[0].message
    assert "Không có văn bản “nope”" in batch.failed[1].message
