"""The invitation (giấy mời): ND30 layout, its own GM number in the register, one copy per
member unit and guest with a QR that decodes to the copy's check-in code."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
import zxingcpp
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from PIL import Image

from tests.documents.fixtures import AMP_UNIT
from tests.documents.test_docx_documents import text_of
from thidua_desktop.domain import model as m
from thidua_desktop.domain.checkin_code import person_code, unit_code

R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


def copies_in_order(path) -> list[tuple[str, str]]:
    """(code under the QR, code the QR picture decodes to) for each copy, in document order."""
    d = docx.Document(str(path))
    rels = d.part.rels
    out = []
    for blip in d.element.body.iter(qn("a:blip")):
        png = rels[blip.get(R_EMBED)].target_part.blob
        found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
        out.append(("", found[0].text if found else ""))
    captions = re.findall(r"Mã điểm danh: (TD-[A-Z]-\d+-[A-Z])", text_of(path))
    assert len(captions) == len(out)
    return [(c, qr) for c, (_, qr) in zip(captions, out, strict=True)]


def expected_codes(rich, services) -> list[str]:
    guest = services.repo.find_one(m.Person, "full_name = ?", ["Đặng Hoàng Oanh"])
    return [unit_code(u.id) for u in rich["units"]] + [person_code(guest.id)]


def test_one_copy_per_member_unit_and_guest_each_with_its_qr(services, rich, generated):
    path = generated["invitation"].path
    assert [c for c, _ in copies_in_order(path)] == expected_codes(rich, services)
    assert all(caption == qr for caption, qr in copies_in_order(path))
    text = text_of(path)
    assert text.count("GIẤY MỜI") == len(rich["units"]) + 1
    assert f"Kính gửi: {AMP_UNIT}." in text  # "&" and "<" survive
    assert "Kính gửi: Đồng chí Đặng Hoàng Oanh, Thứ trưởng Bộ Tư pháp." in text
    # the year held to its word: the title never ends with "2016" alone on a line
    assert "Dự Hội nghị tổng kết công tác thi đua, khen thưởng năm\xa02016" in text
    # the delegate listed for the unit, by name and title
    head = rich["units"][1]
    assert f"Trân trọng kính mời: Đồng chí {head.head_name}, {head.head_title} {head.name}" in text
    assert "Thời gian: 8 giờ 00 phút, thứ Ba, ngày 22 tháng 11 năm 2016." in text
    assert (
        "Thông tin liên hệ: Đồng chí Lê Thị Hoa, Chánh Văn phòng Sở Tư pháp tỉnh Hòa Bình" in text
    )
    assert "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2016 của đơn vị;" in text
    assert "TRƯỞNG KHU VỰC" in text and "Lưu: VT, KVTĐ." in text
    assert "{{" not in text and "{%" not in text


def test_each_copy_is_its_own_section_numbered_from_one(generated, rich):
    d = docx.Document(str(generated["invitation"].path))
    sections = d.sections
    assert len(sections) == len(rich["units"]) + 1
    for sec in sections:
        assert sec.different_first_page_header_footer  # no number on a copy's first page
        start = sec._sectPr.find(qn("w:pgNumType"))
        assert start is not None and start.get(qn("w:start")) == "1"
        assert abs(sec.page_width - Mm(210)) < Mm(0.1) and abs(sec.left_margin - Mm(30)) < Mm(0.1)


def test_nd30_layout_of_the_invitation(generated):
    d = docx.Document(str(generated["invitation"].path))
    sec = d.sections[0]
    assert abs(sec.page_height - Mm(297)) < Mm(0.1)
    assert abs(sec.top_margin - Mm(20)) < Mm(0.1) and abs(sec.right_margin - Mm(15)) < Mm(0.1)
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and Pt(13) <= normal.font.size <= Pt(14)
    assert abs(normal.paragraph_format.first_line_indent - Mm(12.7)) < Mm(0.1)
    headers = [t for t in d.tables if "CỘNG HÒA" in t.rows[0].cells[1].text]
    assert len(headers) == len(d.sections)
    left, right = headers[0].rows[0].cells
    lines = [p for p in left.paragraphs if p.text]
    assert lines[0].text == "BỘ TƯ PHÁP" and lines[1].runs[0].bold
    assert lines[-1].text == "Số: 01/GM-KVTĐ" and lines[-1].runs[0].font.size == Pt(13)
    rlines = [p for p in right.paragraphs if p.text]
    assert rlines[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and rlines[0].runs[0].bold
    assert rlines[1].text == "Độc lập - Tự do - Hạnh phúc"
    # issued after the conference (the tests run later): day and month left to write by hand
    assert rlines[2].runs[0].italic and re.fullmatch(
        r"Hòa Bình, ngày +tháng +năm 2016", rlines[2].text
    )
    title = next(p for p in d.paragraphs if p.text == "GIẤY MỜI")
    assert title.runs[0].bold and title.runs[0].font.size == Pt(14)
    closing = next(t for t in d.tables if "Nơi nhận:" in t.rows[0].cells[0].text)
    nn = next(p for p in closing.rows[0].cells[0].paragraphs if p.text == "Nơi nhận:")
    assert nn.runs[0].bold and nn.runs[0].italic and nn.runs[0].font.size == Pt(12)


def test_dated_the_day_it_is_made_before_the_conference(services, rich, tmp_path):
    from datetime import date

    from thidua_desktop.documents.context_invitation import issue_date_line

    data = services.documents.load(rich["conference"].id)
    data.today = date(2016, 11, 8)
    assert issue_date_line(data) == "Hòa Bình, ngày 08 tháng 11 năm 2016"


def test_its_number_is_taken_in_the_register_and_kept(services, rich, generated, tmp_path):
    assert generated["invitation"].number_text == "01/GM-KVTĐ"
    reg = services.repo.find_one(m.DocNumber, "type_code = ?", ["GM"])
    assert reg is not None and reg.last_number == 1 and reg.year == 2016
    doc = services.repo.get(m.Document, generated["invitation"].document_id)
    assert doc.kind == "invitation" and doc.number_text == "01/GM-KVTĐ"
    again = services.documents.generate(rich["conference"].id, "invitation", tmp_path / "b")
    assert again.number_text == "01/GM-KVTĐ"
    # the other registers go on by themselves
    assert generated["minutes"].number_text == "01/BB-KVTĐ"


def test_a_unit_with_nobody_recorded_invites_its_leaders(services, rich, tmp_path):
    services.edits.create(m.Unit(rich["cluster"].id, "Văn phòng Khu vực thi đua", sort_order=99))
    out = services.documents.generate(rich["conference"].id, "invitation", tmp_path)
    text = text_of(out.path)
    assert "Kính gửi: Sở Tư pháp tỉnh Lai Châu." in text
    assert "Trân trọng kính mời: Lãnh đạo đơn vị đến dự Hội nghị." in text


def test_one_file_each_keeps_one_number_and_the_whole_in_the_archive(services, rich, tmp_path):
    svc = services.documents
    svc.invitation_each = True
    out = svc.generate(rich["conference"].id, "invitation", tmp_path)
    codes = expected_codes(rich, services)
    assert len(out.files) == len(codes) and out.path.is_dir()
    assert [p.parent for p in out.files] == [out.path] * len(codes)
    assert out.files[0].name.startswith("01_") and out.files[-1].name == "15_dang-hoang-oanh.docx"
    for path, code in zip(out.files, codes, strict=True):
        assert copies_in_order(path) == [(code, code)]
        assert "Số: 01/GM-KVTĐ" in text_of(path)
        assert len(docx.Document(str(path)).sections) == 1
    archived = services.repo.get(m.Document, out.document_id).content
    with zipfile.ZipFile(io.BytesIO(archived)) as z:
        body = z.read("word/document.xml").decode()
    assert body.count("GIẤY MỜI") == len(codes)


@pytest.mark.parametrize("kind", ["invitation", "name-cards"])
def test_listed_among_the_conference_documents(services, small_cluster, kind):
    items = {i.kind: i for i in services.documents.items(small_cluster["conference"].id)}
    assert items[kind].available
