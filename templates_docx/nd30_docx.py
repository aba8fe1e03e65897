"""python-docx building blocks for Nghị định 30/2020/NĐ-CP templates (used by build_templates.py)."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
BODY_PT = 14
TEXT_WIDTH_CM = 21.0 - 3.0 - 1.5  # A4 minus left 30 mm and right 15 mm
LEFT_COL_CM = 6.2
RIGHT_COL_CM = TEXT_WIDTH_CM - LEFT_COL_CM


def new_document(body_pt: int = BODY_PT):
    """An empty A4 portrait document with ND30 margins, Times New Roman and page numbers."""
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin = sec.bottom_margin = Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    sec.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(body_pt)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    pf = normal.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Cm(1.27)
    pf.space_before, pf.space_after = Pt(0), Pt(6)
    pf.line_spacing = 1.15
    # Page numbers centred in the top margin, not on the first page.
    sec.different_first_page_header_footer = True
    header_p = sec.header.paragraphs[0]
    plain(header_p, center=True)
    _page_field(header_p)
    core = doc.core_properties
    core.author = "thidua_desktop"
    return doc


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    run.font.size = Pt(13)
    for kind, text in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def plain(paragraph, center: bool = False, left: bool = False, after: float = 0):
    """No first-line indent, no spacing: for header lines, tables and signatures."""
    pf = paragraph.paragraph_format
    pf.first_line_indent = Cm(0)
    pf.space_before, pf.space_after = Pt(0), Pt(after)
    pf.line_spacing = 1.0
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif left:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    return paragraph


def add_run(paragraph, text: str, size: float | None = None, bold=False, italic=False):
    run = paragraph.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    if size:
        run.font.size = Pt(size)
    return run


def line(
    container,
    text: str = "",
    size=None,
    bold=False,
    italic=False,
    center=False,
    left=False,
    after=0,
):
    """A plain (unindented) paragraph with one run."""
    p = plain(container.add_paragraph(), center=center, left=left, after=after)
    if text:
        add_run(p, text, size, bold, italic)
    return p


def body(doc, text: str = "", bold=False, italic=False):
    """A body paragraph (justified, first-line indent, 6 pt after)."""
    p = doc.add_paragraph()
    if text:
        add_run(p, text, bold=bold, italic=italic)
    return p


def jinja(doc, tag: str):
    """A paragraph holding only a {%p … %} tag: docxtpl removes the paragraph itself."""
    return plain(doc.add_paragraph(tag))


def rule(container, indent_cm: float, size: float = 6):
    """A short horizontal rule: an empty paragraph's bottom border between two indents."""
    p = plain(container.add_paragraph())
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = Cm(indent_cm)
    add_run(p, "", size=size)
    p.paragraph_format.line_spacing = Pt(size)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)
    return p


def cant_split(row) -> None:
    """Keep a table row on one page (a signature block never loses its name to the next)."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def repeat_header(row) -> None:
    """A table's header row, printed again at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(OxmlElement("w:tblHeader"))


def hold_together(table) -> None:
    """Every line of a small table (a signature block) on one page: rows unsplittable and
    each paragraph kept with the next, but the table's very last one."""
    paragraphs = [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    for row in table.rows:
        cant_split(row)
    for p in paragraphs[:-1]:
        p.paragraph_format.keep_with_next = True


def borderless(table) -> None:
    for row in table.rows:
        cant_split(row)
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def grid(table) -> None:
    """Thin single borders on every cell."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            el.set(qn(k), v)
        borders.append(el)
    tbl_pr.append(borders)


def set_widths(table, widths_cm) -> None:
    """Fixed column widths, in the grid too (LibreOffice and Word read tblGrid)."""
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(w)


def cell_line(cell, text="", size=None, bold=False, italic=False, center=True, first=False):
    """Write into a table cell: reuse its first empty paragraph when `first`."""
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    plain(p, center=center, left=not center)
    if text:
        add_run(p, text, size, bold, italic)
    return p


def header_block(doc, number_prefix: str = "Số: ", summary: str | None = None) -> None:
    """The ND30 two-column borderless header (placeholders filled by the common context)."""
    t = doc.add_table(rows=1, cols=2)
    borderless(t)
    set_widths(t, (LEFT_COL_CM, RIGHT_COL_CM))
    left, right = t.rows[0].cells
    cell_line(left, "{{ co_quan_cap_tren }}", 13, first=True)
    cell_line(left, "{{ co_quan }}", 13, bold=True)
    rule(left, 2.1)
    cell_line(
        left, "{% if so %}" + number_prefix + "{{ so }}{% endif %}", 13
    ).paragraph_format.space_before = Pt(6)
    if summary:
        cell_line(left, summary, 12)
    cell_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True, first=True)
    cell_line(right, "Độc lập - Tự do - Hạnh phúc", 14, bold=True)
    rule(right, 2.0)
    p = cell_line(right, "{{ dia_danh_ngay }}", 14, italic=True)
    p.paragraph_format.space_before = Pt(6)
    gap(doc, 6)


def gap(doc, pt: float = 6):
    p = plain(doc.add_paragraph())
    p.paragraph_format.line_spacing = Pt(pt)
    return p


def title(doc, kind: str, summary: str) -> None:
    """Document type name (CAPS BOLD 14) and the bold summary line below it."""
    head = line(doc, kind, 14, bold=True, center=True)
    head.paragraph_format.space_before = Pt(12)
    head.paragraph_format.keep_with_next = True
    line(doc, summary, 14, bold=True, center=True, after=12).paragraph_format.keep_with_next = True


def signatures(doc, left: list[str], right: list[str], left_name: str, right_name: str) -> None:
    """Two signature blocks side by side: authority lines CAPS BOLD, then the bold name."""
    t = doc.add_table(rows=1, cols=2)
    borderless(t)
    set_widths(t, (TEXT_WIDTH_CM / 2, TEXT_WIDTH_CM / 2))
    for cell, lines, name in (
        (t.rows[0].cells[0], left, left_name),
        (t.rows[0].cells[1], right, right_name),
    ):
        for i, text in enumerate(lines):
            cell_line(cell, text, 14, bold=True, first=i == 0)
        if lines:
            cell_line(cell, "(Ký, ghi rõ họ tên)", 13, italic=True)
        for _ in range(4):
            cell_line(cell, "")
        cell_line(cell, name, 14, bold=True)
    hold_together(t)


def recipients(container, first: bool = False) -> None:
    """'Nơi nhận:' bold italic 12 pt, then one 11 pt line per recipient."""
    p = cell_line(container, "Nơi nhận:", 12, bold=True, italic=True, center=False, first=first)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    container.add_paragraph("{%p for r in noi_nhan %}")
    plain(container.paragraphs[-1])
    cell_line(container, "- {{ r }}", 11, center=False)
    container.add_paragraph("{%p endfor %}")
    plain(container.paragraphs[-1])


def table_with_loop(doc, headers, cells, widths_cm, loop: str, size: float = 13):
    """A bordered table: a bold header row, then one row per item of `loop` ('r in rows')."""
    t = doc.add_table(rows=4, cols=len(headers))
    grid(t)
    set_widths(t, widths_cm)
    for cell, text in zip(t.rows[0].cells, headers, strict=True):
        cell_line(cell, text, size, bold=True, first=True)
    repeat_header(t.rows[0])
    for row in t.rows:
        cant_split(row)
    t.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    for cell, (text, center) in zip(t.rows[2].cells, cells, strict=True):
        cell_line(cell, text, size, center=center, first=True)
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    return t
