"""Build the default Word templates (Nghị định 30/2020/NĐ-CP layout): python templates_docx/build_templates.py."""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import nd30_docx as d  # noqa: E402
from invitation_template import invitation  # noqa: E402
from year_templates import handover, pledge, scores  # noqa: E402


def _loop(container, tag: str) -> None:
    d.jinja(container, tag)


def _recipients_and_signature(doc, sig_lines: list[str], name: str) -> None:
    """ND30 closing: 'Nơi nhận' at the left, the signature block at the right, one row."""
    t = doc.add_table(rows=1, cols=2)
    d.borderless(t)
    d.set_widths(t, (d.TEXT_WIDTH_CM * 0.45, d.TEXT_WIDTH_CM * 0.55))
    left, right = t.rows[0].cells
    d.recipients(left, first=True)
    for i, text in enumerate(sig_lines):
        d.cell_line(right, text, 14, bold=True, first=i == 0).paragraph_format.space_before = Pt(
            6 if i == 0 else 0
        )
    for _ in range(3):
        d.cell_line(right, "")
    d.cell_line(right, name, 14, bold=True)


def minutes():
    doc = d.new_document()
    d.header_block(doc)
    d.title(doc, "BIÊN BẢN", "{{ hoi_nghi.ten }}")
    d.body(doc, "Thời gian bắt đầu: {{ hoi_nghi.gio_bat_dau }}, {{ hoi_nghi.ngay_dai }}.")
    d.body(doc, "Địa điểm: {{ hoi_nghi.dia_diem }}.")
    _loop(doc, "{%p if hoi_nghi.can_cu %}")
    d.body(doc, "{{ hoi_nghi.can_cu }}")
    _loop(doc, "{%p endif %}")
    d.body(doc, "Thành phần tham dự:", bold=True)
    _loop(doc, "{%p if khach_moi %}")
    d.body(doc, "Đại biểu khách mời: có mặt {{ so_khach_co_mat }}/{{ so_khach }} đại biểu, gồm:")
    _loop(doc, "{%p for k in khach_moi %}")
    d.body(
        doc,
        "- {{ k.mo_ta }}{% if k.chu_toa %}, chủ tọa Hội nghị{% endif %}"
        "{% if not k.co_mat %} (vắng mặt){% endif %}{% if loop.last %}.{% else %};{% endif %}",
    )
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p endif %}")
    d.body(
        doc,
        "Đại biểu các đơn vị thành viên: có mặt {{ so_don_vi_co_mat }}/{{ so_don_vi }} đơn vị, "
        "{{ so_dai_bieu_co_mat }}/{{ so_dai_bieu }} đại biểu (vắng {{ so_dai_bieu_vang }} đại biểu).",
    )
    _loop(doc, "{%p if don_vi_vang %}")
    d.body(doc, "Đơn vị vắng mặt: {{ don_vi_vang|join(', ') }}.")
    _loop(doc, "{%p endif %}")
    d.body(doc, "Chủ tọa: {{ hoi_nghi.chu_toa }}.")
    d.body(doc, "Thư ký: {{ hoi_nghi.thu_ky }}.")
    d.body(doc, "Nội dung hội nghị:", bold=True)
    _loop(doc, "{%p for muc in chuong_trinh %}")
    d.body(doc, "{{ muc.stt }}. {{ muc.tieu_de }}", bold=True)
    _loop(doc, "{%p if muc.trinh_bay %}")
    d.body(doc, "Trình bày: {{ muc.trinh_bay }}.")
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p for pb in muc.phat_bieu %}")
    d.body(doc, "- {{ pb.mo_ta }} phát biểu:")
    _loop(doc, "{%p for y in pb.y_kien %}")
    d.body(doc, "+ {{ y }}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p if muc.ket_luan %}")
    d.body(doc, "Kết luận: {{ muc.ket_luan }}")
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p for b in ban_kiem_phieu %}")
    d.body(
        doc,
        "Hội nghị biểu quyết thống nhất cử Ban kiểm phiếu{{ b.pham_vi }} gồm {{ b.so_nguoi }} "
        "đồng chí:",
    ).paragraph_format.keep_with_next = True  # never the last line of a page
    _loop(doc, "{%p for t in b.thanh_vien %}")
    d.body(doc, "- {{ t }}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p if bieu_quyet %}")
    d.body(doc, "Kết quả bỏ phiếu bình xét, suy tôn:", bold=True)
    _loop(doc, "{%p for v in bieu_quyet %}")
    d.body(doc, "{{ v.ten }} ({{ v.quy_tac }}):", italic=True)
    d.body(
        doc,
        "Số phiếu phát ra: {{ v.phat_ra }}; số phiếu thu vào: {{ v.thu_vao }}; "
        "hợp lệ: {{ v.hop_le }}{% if v.phieu_trang %} (trong đó {{ v.phieu_trang }} phiếu trắng){% endif %}; không hợp lệ: {{ v.khong_hop_le }}.",
    )
    _loop(doc, "{%p for r in v.dong %}")
    d.body(doc, "- {{ r.don_vi }}: {{ r.trich_dan }} – {{ r.ket_qua }};")
    _loop(doc, "{%p endfor %}")
    d.body(doc, "{{ v.tom_tat }}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p if ket_luan %}")
    d.body(doc, "Kết luận của chủ tọa:", bold=True)
    _loop(doc, "{%p for k in ket_luan %}")
    d.body(doc, "- {{ k }}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p if truong_nam_sau %}")
    d.body(
        doc,
        "Hội nghị thống nhất: {{ truong_nam_sau }} là đơn vị {{ chuc_danh_truong }} năm "
        "{{ nam_sau }}{% if pho_nam_sau %}; {{ pho_nam_sau|join(', ') }} là đơn vị "
        "{{ chuc_danh_pho }}{% endif %}.",
    )
    _loop(doc, "{%p endif %}")
    d.body(
        doc,
        "Biên bản đã được thông qua tại Hội nghị lúc {{ hoi_nghi.gio_ket_thuc }} và được lập "
        "thành {{ lap_thanh }}.",
    )
    d.body(doc, "Hội nghị kết thúc vào {{ hoi_nghi.gio_ket_thuc }} cùng ngày./.")
    d.signatures(
        doc,
        ["THƯ KÝ"],
        ["CHỦ TỌA"],
        "{{ hoi_nghi.thu_ky_ten }}",
        "{{ hoi_nghi.chu_toa_ten }}",
    )
    d.recipients(doc)
    return doc


def counting():
    doc = d.new_document()
    d.header_block(doc)
    d.title(doc, "BIÊN BẢN KIỂM PHIẾU", "{{ v.ten }}")
    d.body(
        doc,
        "Vào hồi {{ v.bat_dau }}, tại {{ hoi_nghi.dia_diem }}, trong khuôn khổ "
        "{{ hoi_nghi.ten }}, Ban kiểm phiếu do Hội nghị biểu quyết cử ra gồm:",
    )
    _loop(doc, "{%p for m in v.ban_kiem_phieu %}")
    d.body(doc, "{{ loop.index }}. {{ m.mo_ta }} – {{ m.vai_tro }};")
    _loop(doc, "{%p endfor %}")
    d.body(
        doc,
        "đã tiến hành kiểm phiếu bình xét, suy tôn {{ v.giai_thuong }}"
        "{% if v.vong > 1 %} (vòng {{ v.vong }}){% endif %}.",
    )
    d.body(doc, "Hình thức: bỏ phiếu kín. Quy định: {{ v.quy_tac }}.")
    d.body(
        doc,
        "Tổng số đơn vị thành viên: {{ v.thanh_vien }}; số đơn vị có mặt: {{ v.co_mat }}.",
    )
    d.body(
        doc,
        "Số phiếu phát ra: {{ v.phat_ra }}; số phiếu thu vào: {{ v.thu_vao }}; số phiếu hợp lệ: "
        "{{ v.hop_le }}{% if v.phieu_trang %} (trong đó {{ v.phieu_trang }} phiếu trắng){% endif %}"
        "; số phiếu không hợp lệ: {{ v.khong_hop_le }}.",
    )
    _loop(doc, "{%p if v.ly_do_khong_hop_le %}")
    d.body(doc, "Lý do phiếu không hợp lệ:")
    _loop(doc, "{%p for x in v.ly_do_khong_hop_le %}")
    d.body(doc, "- {{ x }}{% if loop.last %}.{% else %};{% endif %}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p elif v.ly_do_chua_ghi %}")
    # short enough to stay on one line: a wrapped justified line would stretch its words
    d.body(doc, "Lý do phiếu không hợp lệ: " + "…" * 14)
    _loop(doc, "{%p endif %}")
    d.body(doc, "Kết quả bỏ phiếu (tỷ lệ tính trên {{ v.co_so }}):")
    d.table_with_loop(
        doc,
        ["TT", "Đơn vị", "Số phiếu đồng ý", "Tỷ lệ %", "Kết quả"],
        [
            ("{{ r.stt }}", True),
            ("{{ r.don_vi }}", False),
            ("{{ r.so_phieu }}", True),
            ("{{ r.ty_le }}", True),
            ("{{ r.ket_qua }}", True),
        ],
        (1.1, 7.2, 2.6, 2.2, 3.3),
        "r in v.dong",
    )
    d.gap(doc, 6)
    p = d.line(doc, "{{ bieu_do }}", center=True)
    p.paragraph_format.space_after = Pt(6)
    d.body(doc, "{{ v.tom_tat }}")
    _loop(doc, "{%p if ma_kiem_tra_phieu %}")
    d.body(
        doc,
        "Mã kiểm tra dữ liệu phiếu bầu (rút gọn từ mã SHA-256 của các phiếu đã nhập, để đối "
        "chiếu với phần mềm): {{ ma_kiem_tra_phieu }}.",
    )
    _loop(doc, "{%p endif %}")
    d.body(
        doc,
        "Việc kiểm phiếu kết thúc; biên bản kiểm phiếu được lập xong và thông qua vào hồi "
        "{{ v.ket_thuc }}./.",
    )
    t = doc.add_table(rows=1, cols=2)
    d.borderless(t)
    d.set_widths(t, (d.TEXT_WIDTH_CM / 2, d.TEXT_WIDTH_CM / 2))
    left, right = t.rows[0].cells
    d.cell_line(left, "CÁC THÀNH VIÊN", 14, bold=True, first=True)
    _loop(left, "{%p for m in v.uy_vien %}")
    name = d.cell_line(left, "{{ m }}", 14, bold=True)
    name.paragraph_format.space_before = Pt(60)  # room to sign above each member's name
    _loop(left, "{%p endfor %}")
    d.cell_line(right, "TM. BAN KIỂM PHIẾU", 14, bold=True, first=True)
    d.cell_line(right, "TRƯỞNG BAN", 14, bold=True)
    for _ in range(4):
        d.cell_line(right, "")
    d.cell_line(right, "{{ v.truong_ban }}", 14, bold=True)
    return doc


def nomination():
    # a văn bản có tên loại: its summary stands under "TỜ TRÌNH", no "V/v" under the number
    doc = d.new_document()
    d.header_block(doc)
    d.title(doc, "TỜ TRÌNH", "Đề nghị tặng {{ de_nghi }}")
    d.line(doc, "Kính gửi: {{ kinh_gui }}.", 14, center=True, after=12)
    _loop(doc, "{%p for c in can_cu %}")
    d.body(doc, "Căn cứ {{ c }};")
    _loop(doc, "{%p endfor %}")
    d.body(
        doc,
        "Căn cứ kết quả bình xét, bỏ phiếu suy tôn tại {{ hoi_nghi.ten }} ({{ hoi_nghi.ngay_dai }}), "
        "{{ ten_cum }} kính đề nghị {{ kinh_gui }} xem xét, {{ co_quan_quyet_dinh }} tặng "
        "{{ de_nghi }} cho {{ so_don_vi_chu }} đơn vị sau:",
    ).paragraph_format.keep_with_next = True  # "… đơn vị sau:" never ends a page
    t = d.table_with_loop(
        doc,
        ["TT", "Tên đơn vị", "Kết quả bỏ phiếu"],
        [("{{ r.stt }}", True), ("{{ r.don_vi }}", False), ("{{ r.trich_dan }}", True)],
        (1.2, 10.0, 5.3),
        "r in don_vi_de_nghi",
    )
    from docx.oxml import OxmlElement

    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeats on page 2
    d.cant_split(t.rows[2])  # a unit's name, votes and record stay on one page
    # under the unit's name, the one-line record of its year (scores, registrations), if any
    name_cell = t.rows[2].cells[1]
    d.cell_line(name_cell, "{%p if r.thanh_tich %}", center=False)
    d.cell_line(name_cell, "{{ r.thanh_tich }}", 11, italic=True, center=False)
    d.cell_line(name_cell, "{%p endif %}", center=False)
    d.gap(doc, 6)
    d.body(doc, "Hồ sơ kèm theo:").paragraph_format.keep_with_next = True
    _loop(doc, "{%p for k in kem_theo %}")
    d.body(doc, "- {{ k }}{{ '.' if loop.last else ';' }}")
    _loop(doc, "{%p endfor %}")
    d.body(doc, "{{ ten_cum }} kính trình {{ kinh_gui }} xem xét, quyết định./.")
    _recipients_and_signature(
        doc, ["{{ chuc_danh_truong_hoa }}", "{{ nguoi_ky.chuc_vu_hoa }}"], "{{ nguoi_ky.ho_ten }}"
    )
    return doc


TEMPLATES = {
    "minutes": ("bien_ban_hoi_nghi.docx", minutes),
    "counting": ("bien_ban_kiem_phieu.docx", counting),
    "nomination": ("to_trinh_khen_thuong.docx", nomination),
    "pledge": ("giao_uoc_thi_dua.docx", pledge),
    "handover": ("bien_ban_ban_giao.docx", handover),
    "scores": ("tong_hop_cham_diem.docx", scores),
    "invitation": ("giay_moi.docx", invitation),
}


def build(folder: Path = HERE) -> list[Path]:
    written = []
    for filename, make in TEMPLATES.values():
        doc = make()
        doc.core_properties.title = filename
        path = folder / filename
        doc.save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build():
        print(path)
