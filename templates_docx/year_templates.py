"""The year's Word templates (pledge, handover record, score summary), built by build_templates.py."""

from __future__ import annotations

import nd30_docx as d
from docx.shared import Pt


def _loop(container, tag: str) -> None:
    d.jinja(container, tag)


def pledge():
    doc = d.new_document()
    d.header_block(doc)
    d.title(doc, "BẢN GIAO ƯỚC THI ĐUA", "Năm {{ nam }}")
    d.body(
        doc,
        "Thực hiện phong trào thi đua năm {{ nam }}, {{ ten_cum }} gồm {{ so_don_vi }} đơn vị "
        "thành viên thống nhất ký kết giao ước thi đua với chủ đề: “{{ chu_de }}”.",
    )
    d.body(doc, "I. NỘI DUNG GIAO ƯỚC", bold=True)
    _loop(doc, "{%p for c in cam_ket %}")
    d.body(doc, "{{ loop.index }}. {{ c }}")
    _loop(doc, "{%p endfor %}")
    d.body(doc, "II. ĐĂNG KÝ DANH HIỆU THI ĐUA", bold=True)
    _loop(doc, "{%p for g in dang_ky %}")
    d.body(doc, "- {{ g.giai_thuong }}: {{ g.so_luong }} đơn vị ({{ g.don_vi|join(', ') }}).")
    _loop(doc, "{%p else %}")
    d.body(doc, "Chưa có đơn vị đăng ký danh hiệu.")
    _loop(doc, "{%p endfor %}")
    d.body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    d.body(
        doc,
        "Các đơn vị thành viên tổ chức quán triệt, triển khai nội dung giao ước đến toàn thể cán "
        "bộ, công chức, người lao động; định kỳ báo cáo kết quả về đơn vị {{ chuc_danh_truong }} "
        "để tổng hợp, làm căn cứ bình xét, suy tôn và đề nghị khen thưởng cuối năm./.",
    )
    d.line(
        doc, "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC", 14, bold=True, center=True, after=6
    ).paragraph_format.space_before = Pt(12)
    # Two table rows per pair of units: names and titles on top, signer names on one line
    # below, so a long unit name on one side does not push its signer lower than the other.
    t = doc.add_table(rows=4, cols=2)
    d.borderless(t)
    d.set_widths(t, (d.TEXT_WIDTH_CM / 2, d.TEXT_WIDTH_CM / 2))
    t.rows[0].cells[0].paragraphs[0].add_run("{%tr for h in chu_ky %}")
    for cell, side in zip(t.rows[1].cells, ("trai", "phai"), strict=True):
        p = d.cell_line(cell, f"{{{{ h.{side}.don_vi }}}}", 13, bold=True, first=True)
        p.paragraph_format.keep_with_next = True
        d.cell_line(
            cell, f"{{{{ h.{side}.chuc_danh }}}}", 13, bold=True
        ).paragraph_format.keep_with_next = True
    for cell, side in zip(t.rows[2].cells, ("trai", "phai"), strict=True):
        for i in range(3):
            d.cell_line(cell, "", first=i == 0)
        p = d.cell_line(cell, f"{{{{ h.{side}.ho_ten }}}}", 13, bold=True)
        p.paragraph_format.space_after = Pt(12)
    t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    return doc


def handover():
    doc = d.new_document()
    d.header_block(doc)
    d.title(doc, "BIÊN BẢN BÀN GIAO", "Nhiệm vụ {{ chuc_danh_truong }} năm {{ nam_moi }}")
    d.body(doc, "Hôm nay, {{ ngay_dai }}, tại {{ dia_diem }}, chúng tôi gồm:")
    d.body(
        doc,
        "BÊN GIAO: {{ ben_giao.don_vi }} – đơn vị {{ chuc_danh_truong }} năm {{ nam }}",
        bold=True,
    )
    d.body(doc, "Đại diện: {{ ben_giao.dai_dien }}.")
    d.body(
        doc,
        "BÊN NHẬN: {{ ben_nhan.don_vi }} – đơn vị {{ chuc_danh_truong }} năm {{ nam_moi }}",
        bold=True,
    )
    d.body(doc, "Đại diện: {{ ben_nhan.dai_dien }}.")
    _loop(doc, "{%p if pho_giao or pho_nhan %}")
    d.body(doc, "CÙNG CHỨNG KIẾN:", bold=True)
    _loop(doc, "{%p if pho_giao %}")
    d.body(doc, "- Đơn vị {{ chuc_danh_pho }} năm {{ nam }}: {{ pho_giao|join('; ') }};")
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p if pho_nhan %}")
    d.body(doc, "- Đơn vị {{ chuc_danh_pho }} năm {{ nam_moi }}: {{ pho_nhan|join('; ') }}.")
    _loop(doc, "{%p endif %}")
    _loop(doc, "{%p endif %}")
    d.body(
        doc,
        "Hai bên thống nhất bàn giao nhiệm vụ {{ chuc_danh_truong }} và hồ sơ của {{ ten_cum }} như sau:",
    )
    d.table_with_loop(
        doc,
        ["TT", "Nội dung bàn giao", "Số lượng", "Ghi chú"],
        [
            ("{{ r.stt }}", True),
            ("{{ r.noi_dung }}", False),
            ("{{ r.so_luong }}", True),
            ("{{ r.ghi_chu }}", False),
        ],
        (1.2, 8.8, 2.4, 4.1),
        "r in noi_dung",
    )
    d.gap(doc, 6)
    d.body(doc, "{{ ghi_chu }}")
    _loop(doc, "{%p if ma_kiem_tra_goi %}")
    d.body(
        doc,
        "Mã kiểm tra gói dữ liệu bàn giao (rút gọn từ mã SHA-256 của gói, để đối chiếu khi "
        "mở gói): {{ ma_kiem_tra_goi }}.",
    )
    _loop(doc, "{%p endif %}")
    d.body(doc, "Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản./.")
    d.signatures(
        doc,
        ["ĐẠI DIỆN BÊN GIAO"],
        ["ĐẠI DIỆN BÊN NHẬN"],
        "{{ ben_giao.ho_ten }}",
        "{{ ben_nhan.ho_ten }}",
    )
    return doc


def scores():
    doc = d.new_document()
    d.header_block(doc)
    d.title(doc, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA", "Năm {{ nam }}")
    d.body(
        doc,
        "Chấm theo {{ bo_tieu_chi }} (thang điểm {{ thang_diem }}); điểm trong bảng là điểm do "
        "{{ ten_cum }} chấm thống nhất.",
    )
    d.line(doc, "{{p bang_diem }}", center=True)
    d.gap(doc, 6)
    d.body(doc, "Ghi chú các cột:", italic=True)
    _loop(doc, "{%p for c in chu_giai %}")
    d.body(doc, "{{ c }}")
    _loop(doc, "{%p endfor %}")
    _loop(doc, "{%p if chua_cham %}")
    d.body(doc, "{{ chua_cham }}", italic=True)
    _loop(doc, "{%p endif %}")
    # who prepared the table (left) and who approves it (right), then the recipients
    d.signatures(
        doc,
        ["NGƯỜI LẬP BIỂU"],
        ["{{ chuc_danh_truong_hoa }}"],
        "{{ nguoi_lap.ho_ten }}",
        "{{ nguoi_ky.ho_ten }}",
    )
    d.recipients(doc)
    return doc
