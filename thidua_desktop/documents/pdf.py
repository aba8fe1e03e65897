"""PDF forms (reportlab, bundled Tinos): pledge to sign, attendance sheet, agenda."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from thidua_desktop.documents import pdf_common as pc
from thidua_desktop.documents.qr import QrFlowable


def _title(kind: str, summary: str) -> list:
    return [
        Spacer(1, 8 * mm),
        pc.para(kind, pc.style("title", 14, bold=True, align=TA_CENTER, leading=17)),
        pc.para(summary, pc.style("summary", 14, bold=True, align=TA_CENTER, leading=17)),
        Spacer(1, 6 * mm),
    ]


def _header(ctx: dict[str, Any]) -> pc.Table:
    return pc.nd30_header(
        ctx["co_quan_cap_tren"],
        ctx["co_quan"],
        f"Số: {ctx['so']}" if ctx.get("so") else "",
        ctx["dia_danh_ngay"],
    )


def _conference_opening(ctx: dict[str, Any], kind: str, info_style: str) -> list:
    """Header, title and the 'time, place' line that open a conference document."""
    conf = ctx["hoi_nghi"]
    when = f"Thời gian: {conf.get('gio_bat_dau', '')}, {conf.get('ngay_dai', '')}."
    where = f" Địa điểm: {conf.get('dia_diem', '')}."
    return [
        _header(ctx),
        *_title(kind, conf.get("ten", "")),
        pc.para(
            when + where,
            pc.style(info_style, 12, italic=True, align=TA_CENTER, spaceAfter=8),
        ),
    ]


# A signature cell's text width: half the frame less the table's 6 pt padding on each side.
_CELL_TEXT_W = pc.FRAME_WIDTH / 2 - 12


def _unit_cell(block: dict[str, str]) -> list:
    """The unit and its head's title (capitals), broken between words, never inside a
    place name ("TỈNH HÀ GIANG" stays on one line); smaller only when a word cannot fit."""
    out = []
    for text in (block["don_vi"], block["chuc_danh"]):
        lines, size = pc.wrap_name(text, pc.FONT_BOLD, 11.5, _CELL_TEXT_W)
        caps = pc.style(f"sig-unit-{size}", size, bold=True, align=TA_CENTER, leading=size + 2)
        out.append(pc.para("\n".join(lines), caps))
    return out


def _signature_cell(block: dict[str, str]) -> list:
    out = _unit_cell(block)
    out.append(Spacer(1, 20 * mm))
    out.append(pc.para(block["ho_ten"] or " ", pc.style("sig-n", 12, bold=True, align=TA_CENTER)))
    return out


def pledge_form_pdf(path: str | Path, ctx: dict[str, Any], one_page_per_unit: bool = False) -> Path:
    """The pledge to sign: its text, then the signature grid (two blocks a row) or, with
    `one_page_per_unit`, one copy per member unit with that unit's block alone."""
    body = pc.body_style(13)
    text = [
        pc.para(
            f"Thực hiện phong trào thi đua năm {ctx['nam']}, {ctx['ten_cum']} gồm "
            f"{ctx['so_don_vi']} đơn vị thành viên thống nhất ký kết giao ước thi đua với chủ đề: "
            f"“{ctx['chu_de']}”.",
            body,
        ),
        pc.para("I. NỘI DUNG GIAO ƯỚC", pc.style("h", 13, bold=True, spaceAfter=4)),
        *[pc.para(f"{i}. {c}", body) for i, c in enumerate(ctx["cam_ket"], 1)],
        pc.para("II. ĐĂNG KÝ DANH HIỆU THI ĐUA", pc.style("h", 13, bold=True, spaceAfter=4)),
        *[
            pc.para(
                f"- {g['giai_thuong']}: {g['so_luong']} đơn vị "
                f"({', '.join(pc.keep_place_names(u) for u in g['don_vi'])}).",
                body,
            )
            for g in ctx["dang_ky"]
        ],
    ]
    blocks = [b for row in ctx["chu_ky"] for b in (row["trai"], row["phai"]) if b["don_vi"]]
    half = pc.FRAME_WIDTH / 2
    story: list = []
    if one_page_per_unit:
        for i, block in enumerate(blocks):
            if i:
                story.append(PageBreak())
            story += [_header(ctx), *_title("BẢN GIAO ƯỚC THI ĐUA", f"Năm {ctx['nam']}"), *text]
            story.append(Spacer(1, 8 * mm))
            sig = Table([[[], _signature_cell(block)]], colWidths=[half, half])
            sig.setStyle(
                TableStyle(
                    [("FONTNAME", (0, 0), (-1, -1), pc.FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                )
            )
            story.append(KeepTogether([sig]))
    else:
        story += [_header(ctx), *_title("BẢN GIAO ƯỚC THI ĐUA", f"Năm {ctx['nam']}"), *text]
        story.append(CondPageBreak(60 * mm))
        story.append(
            pc.para(
                "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC",
                pc.style("gh", 13, bold=True, align=TA_CENTER, spaceBefore=10, spaceAfter=8),
            )
        )
        # two rows per pair (names and titles; then room to sign and the signer) so both
        # signer names of a pair sit on one line whatever the length of the unit names
        rows: list[list] = []
        name_style = pc.style("sig-n", 12, bold=True, align=TA_CENTER)
        for i in range(0, len(blocks), 2):
            pair = blocks[i : i + 2]
            pad: list[list] = [[]] * (2 - len(pair))
            rows.append([_unit_cell(b) for b in pair] + pad)
            signers = [[Spacer(1, 20 * mm), pc.para(b["ho_ten"] or " ", name_style)] for b in pair]
            rows.append(signers + pad)
        if rows:
            grid = Table(rows, colWidths=[half, half])
            style = TableStyle(
                [("FONTNAME", (0, 0), (-1, -1), pc.FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
            for r in range(0, len(rows), 2):
                style.add("NOSPLIT", (0, r), (-1, r + 1))
                style.add("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 12)
            if len(rows) >= 4:  # the last page holds two pairs at least, never one alone
                style.add("NOSPLIT", (0, len(rows) - 4), (-1, -1))
            grid.setStyle(style)
            story.append(grid)
    return pc.build_pdf(path, story, title=f"Bản giao ước thi đua năm {ctx['nam']}")


QR_MM = 15  # the check-in code beside each name: large enough for any USB scanner


def attendance_pdf(path: str | Path, ctx: dict[str, Any], blank_rows: int = 10) -> Path:
    """STT | Họ và tên | Chức vụ | Đơn vị | Ký tên | Mã: one row per expected person, grouped by
    unit (a spanning group row each), then blank rows for walk-ins. The last column holds the
    person's check-in code as a QR (vector) with the code in letters under it."""
    cell = pc.style("cell", 11, leading=13)
    code_style = pc.style("code", 7, align=TA_CENTER, leading=8)
    story = _conference_opening(ctx, "DANH SÁCH ĐẠI BIỂU", "info")
    code_head = pc.para("Mã điểm danh", pc.style("code-h", 9, bold=True, align=TA_CENTER))
    data: list[list[Any]] = [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên", code_head]]
    spans, n = [], 0
    for group in ctx["nhom"]:
        data.append(
            [
                pc.para(group["don_vi"], pc.style("grp", 11, bold=True, leading=13)),
                *[""] * 5,
            ]
        )
        spans.append(len(data) - 1)
        for p in group["dai_bieu"]:
            n += 1
            qr = (
                [QrFlowable(p["ma"], QR_MM * mm), pc.para(p["ma"], code_style)]
                if p.get("ma")
                else ""
            )
            data.append(
                [
                    str(n),
                    pc.para(p["ho_ten"], cell),
                    pc.para(p["chuc_vu"], cell),
                    pc.para(group["don_vi"] if "don_vi" not in p else p["don_vi"], cell),
                    "",
                    qr,
                ]
            )
    if blank_rows:
        data.append(
            [pc.para("Đại biểu khác", pc.style("grp2", 11, bold=True, leading=13)), *[""] * 5]
        )
        spans.append(len(data) - 1)
        for _ in range(blank_rows):
            n += 1
            data.append([str(n), "", "", "", "", ""])
    code_w = (QR_MM + 4) * mm
    widths = [10 * mm, 40 * mm, 30 * mm, pc.FRAME_WIDTH - 110 * mm - code_w, 30 * mm, code_w]
    table = Table(data, colWidths=widths, repeatRows=1)
    st = pc.grid_style(1, 11)
    for r in spans:
        st.add("SPAN", (0, r), (-1, r))
        st.add("BACKGROUND", (0, r), (-1, r), "#eeeeee")
        if r + 1 < len(data):  # a unit's heading never ends a page alone
            st.add("NOSPLIT", (0, r), (-1, r + 1))
    st.add("ALIGN", (0, 1), (0, -1), "CENTER")
    st.add("TOPPADDING", (0, 1), (-1, -1), 5)
    st.add("BOTTOMPADDING", (0, 1), (-1, -1), 5)
    st.add("ALIGN", (-1, 1), (-1, -1), "CENTER")
    st.add("LEFTPADDING", (-1, 1), (-1, -1), 2 * mm)
    st.add("RIGHTPADDING", (-1, 1), (-1, -1), 2 * mm)
    st.add("TOPPADDING", (-1, 1), (-1, -1), 1)
    st.add("BOTTOMPADDING", (-1, 1), (-1, -1), 2)
    table.setStyle(st)
    story.append(table)
    return pc.build_pdf(path, story, title="Danh sách đại biểu")


def agenda_pdf(path: str | Path, ctx: dict[str, Any]) -> Path:
    """The agenda: time | content | presenter, in order."""
    cell = pc.style("acell", 12, leading=14)
    story = _conference_opening(ctx, "CHƯƠNG TRÌNH", "ainfo")
    data: list[list[Any]] = [["TT", "Thời gian", "Nội dung", "Thực hiện"]]
    for item in ctx["chuong_trinh"]:
        when = item["gio"] + (f"\n({item['thoi_luong']} phút)" if item["thoi_luong"] else "")
        data.append(
            [
                str(item["stt"]),
                pc.para(when, cell),
                pc.para(item["tieu_de"], cell),
                pc.para(item["trinh_bay"], cell),
            ]
        )
    table = Table(
        data, colWidths=[12 * mm, 32 * mm, pc.FRAME_WIDTH - 99 * mm, 55 * mm], repeatRows=1
    )
    st = pc.grid_style(1, 12)
    st.add("ALIGN", (0, 1), (0, -1), "CENTER")
    st.add("VALIGN", (0, 1), (-1, -1), "TOP")
    table.setStyle(st)
    story.append(table)
    return pc.build_pdf(path, story, title="Chương trình hội nghị")
