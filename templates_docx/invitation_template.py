"""The invitation (giấy mời) Word template, one copy per recipient, built by build_templates.py."""

from __future__ import annotations

import copy

import nd30_docx as d
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _loop(container, tag: str) -> None:
    d.jinja(container, tag)


def _labelled(doc, label: str, text: str):
    """A body paragraph opening with a bold label: 'Thời gian: …'."""
    p = d.body(doc)
    d.add_run(p, label, bold=True)
    d.add_run(p, text)
    return p


def _restart_numbering(sect_pr) -> None:
    """Each copy's pages count from 1, with no number on its first page (ND30)."""
    for old in sect_pr.findall(qn("w:pgNumType")):
        sect_pr.remove(old)
    num = OxmlElement("w:pgNumType")
    num.set(qn("w:start"), "1")
    anchor = sect_pr.find(qn("w:cols"))
    if anchor is None:
        anchor = sect_pr.find(qn("w:titlePg"))
    if anchor is not None:
        anchor.addprevious(num)
    else:
        sect_pr.append(num)


def _section_break(doc) -> None:
    """An empty paragraph ending a section (the body's own settings): the next copy starts on
    a new page, numbered from 1 again."""
    p = d.plain(doc.add_paragraph())
    p.paragraph_format.line_spacing = Pt(1)
    sect_pr = copy.deepcopy(doc.sections[0]._sectPr)
    p._p.get_or_add_pPr().append(sect_pr)


def _closing(doc) -> None:
    """'Nơi nhận' and the check-in QR at the left, the signature block at the right."""
    t = doc.add_table(rows=1, cols=2)
    d.borderless(t)
    d.set_widths(t, (d.TEXT_WIDTH_CM * 0.45, d.TEXT_WIDTH_CM * 0.55))
    left, right = t.rows[0].cells
    d.recipients(left, first=True)
    d.cell_line(left, "{{ t.qr }}", center=False).paragraph_format.space_before = Pt(10)
    d.cell_line(left, "Mã điểm danh: {{ t.ma }}", 10, italic=True, center=False)
    for i, text in enumerate(("{{ chuc_danh_truong_hoa }}", "{{ nguoi_ky.chuc_vu_hoa }}")):
        p = d.cell_line(right, text, 14, bold=True, first=i == 0)
        p.paragraph_format.space_before = Pt(12 if i == 0 else 0)
    d.cell_line(right, "(Ký, ghi rõ họ tên, đóng dấu)", 13, italic=True)
    for _ in range(4):
        d.cell_line(right, "")
    d.cell_line(right, "{{ nguoi_ky.ho_ten }}", 14, bold=True)
    d.hold_together(t)


def invitation():
    doc = d.new_document(body_pt=13)  # ND30 allows 13–14: one page per copy
    _restart_numbering(doc.sections[0]._sectPr)
    _loop(doc, "{%p for t in thu_moi %}")
    d.header_block(doc)
    d.title(doc, "GIẤY MỜI", "Dự {{ hoi_nghi.ten }}")
    d.line(doc, "Kính gửi: {{ t.kinh_gui }}.", 14, center=True, after=12)
    d.body(
        doc,
        "{{ thuc_hien }}{{ ten_cum }} tổ chức {{ hoi_nghi.ten }}.",
    )
    _loop(doc, "{%p if t.khach %}")
    d.body(doc, "Trân trọng kính mời Đồng chí đến dự Hội nghị.")
    _loop(doc, "{%p else %}")
    _labelled(doc, "Trân trọng kính mời: ", "{{ t.thanh_phan|join('; ') }} đến dự Hội nghị.")
    _loop(doc, "{%p endif %}")
    _labelled(doc, "Thời gian: ", "{{ thoi_gian }}.")
    _labelled(doc, "Địa điểm: ", "{{ hoi_nghi.dia_diem }}.")
    d.body(doc, "Đề nghị mang theo:", bold=True)
    _loop(doc, "{%p for x in t.mang_theo %}")
    d.body(doc, "- {{ x }}{{ '.' if loop.last else ';' }}")
    _loop(doc, "{%p endfor %}")
    _labelled(doc, "Thông tin liên hệ: ", "{{ lien_he.mo_ta }}.")
    d.body(
        doc,
        "{{ ten_cum }} rất mong {% if t.khach %}Đồng chí{% else %}Quý đơn vị{% endif %} "
        "thu xếp thời gian đến dự Hội nghị đúng giờ./.",
    ).paragraph_format.keep_with_next = True
    _closing(doc)
    _loop(doc, "{%p if not loop.last %}")
    _section_break(doc)
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p endfor %}")
    return doc
