"""Reference of every template field, in Vietnamese, generated from the document contexts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from thidua_desktop.documents.docx import IMAGE_KEY, TABLE_KEY

DESCRIPTIONS: dict[str, str] = {
    "co_quan_cap_tren": "Cơ quan chủ quản (dòng đầu bên trái, chữ in hoa)",
    "co_quan": "Tên cụm/khối/khu vực ban hành (in hoa, đậm)",
    "ten_cum": "Tên cụm/khối/khu vực (chữ thường)",
    "loai_cum": "Cụm thi đua / Khối thi đua / Khu vực thi đua",
    "so": "Số văn bản, ví dụ 05/BB-KVTĐ (trống nếu văn bản không đánh số)",
    "dia_danh_ngay": "Địa danh và ngày tháng: Hòa Bình, ngày 22 tháng 11 năm 2016",
    "ngay": "Ngày ban hành dạng ngắn 22/11/2016",
    "ngay_dai": "Ngày ban hành dạng dài: ngày 22 tháng 11 năm 2016",
    "nam": "Năm thi đua",
    "chu_de": "Chủ đề, khẩu hiệu thi đua của năm",
    "chuc_danh_truong": "Chức danh đơn vị trưởng: Trưởng khu vực / Trưởng cụm / Trưởng khối",
    "chuc_danh_pho": "Chức danh đơn vị phó",
    "chuc_danh_truong_hoa": "Chức danh trưởng, in hoa (khối chữ ký)",
    "so_don_vi": "Số đơn vị thành viên (có số 0 đứng trước nếu < 10)",
    "noi_nhan": "Danh sách nơi nhận (mỗi dòng một nơi, dòng cuối Lưu: VT…)",
    "hoi_nghi": "Hội nghị",
    "hoi_nghi.ten": "Tên hội nghị",
    "hoi_nghi.loai": "Loại hội nghị (phát động, sơ kết, tổng kết)",
    "hoi_nghi.ngay": "Ngày họp 22/11/2016",
    "hoi_nghi.ngay_dai": "Ngày họp dạng dài",
    "hoi_nghi.gio_bat_dau": "Giờ bắt đầu: 8 giờ 00 phút",
    "hoi_nghi.gio_ket_thuc": "Giờ kết thúc",
    "hoi_nghi.dia_diem": "Địa điểm họp",
    "hoi_nghi.don_vi_dang_cai": "Đơn vị đăng cai",
    "hoi_nghi.chu_toa": "Chủ tọa: Đồng chí …, chức vụ",
    "hoi_nghi.chu_toa_ten": "Họ tên chủ tọa (ký)",
    "hoi_nghi.thu_ky": "Thư ký: Đồng chí …, chức vụ",
    "hoi_nghi.thu_ky_ten": "Họ tên thư ký (ký)",
    "hoi_nghi.can_cu": "Câu căn cứ quyết định tổ chức hội nghị",
    "hoi_nghi.ket_luan": "Các kết luận của hội nghị (danh sách)",
    "khach_moi": "Đại biểu khách mời (danh sách)",
    "khach_moi[].ho_ten": "Họ và tên",
    "khach_moi[].chuc_vu": "Chức vụ",
    "khach_moi[].co_quan": "Cơ quan",
    "khach_moi[].mo_ta": "Đồng chí …, chức vụ, cơ quan",
    "khach_moi[].co_mat": "Có mặt (đúng/sai)",
    "khach_moi[].chu_toa": "Là chủ tọa hội nghị (đúng/sai)",
    "so_khach": "Số khách mời được mời",
    "so_khach_co_mat": "Số khách mời có mặt",
    "so_dai_bieu": "Số đại biểu các đơn vị được triệu tập",
    "so_dai_bieu_co_mat": "Số đại biểu có mặt",
    "so_dai_bieu_vang": "Số đại biểu vắng",
    "so_don_vi_co_mat": "Số đơn vị thành viên có mặt",
    "don_vi_vang": "Các đơn vị vắng mặt (danh sách tên)",
    "chuong_trinh": "Chương trình hội nghị (danh sách mục)",
    "chuong_trinh[].stt": "Số thứ tự mục",
    "chuong_trinh[].tieu_de": "Nội dung mục",
    "chuong_trinh[].trinh_bay": "Người/đơn vị trình bày",
    "chuong_trinh[].gio": "Giờ dự kiến",
    "chuong_trinh[].thoi_luong": "Thời lượng (phút)",
    "chuong_trinh[].ket_luan": "Kết luận của mục",
    "chuong_trinh[].phat_bieu": "Các ý kiến phát biểu",
    "chuong_trinh[].phat_bieu[].ho_ten": "Người phát biểu",
    "chuong_trinh[].phat_bieu[].chuc_vu": "Chức vụ người phát biểu",
    "chuong_trinh[].phat_bieu[].don_vi": "Đơn vị người phát biểu",
    "chuong_trinh[].phat_bieu[].mo_ta": "Đồng chí …, chức vụ, đơn vị",
    "chuong_trinh[].phat_bieu[].y_kien": "Các ý chính (danh sách)",
    "bieu_quyet": "Các cuộc bỏ phiếu của hội nghị (mỗi phần tử như trường v)",
    "ket_luan": "Kết luận của chủ tọa (danh sách)",
    "nam_sau": "Năm sau",
    "truong_nam_sau": "Đơn vị trưởng năm sau",
    "pho_nam_sau": "Các đơn vị phó năm sau (danh sách)",
    "v": "Cuộc bỏ phiếu",
    "v.ten": "Tên cuộc bỏ phiếu",
    "v.giai_thuong": "Danh hiệu được bình xét",
    "v.vong": "Vòng bỏ phiếu",
    "v.quy_tac": "Quy định đạt (ngưỡng, cơ sở tính, số suất)",
    "v.co_so": "Cơ sở tính tỷ lệ",
    "v.thanh_vien": "Tổng số đơn vị thành viên",
    "v.co_mat": "Số đơn vị có mặt",
    "v.phat_ra": "Số phiếu phát ra",
    "v.thu_vao": "Số phiếu thu vào",
    "v.hop_le": "Số phiếu hợp lệ",
    "v.khong_hop_le": "Số phiếu không hợp lệ",
    "v.phieu_trang": "Số phiếu trắng trong số phiếu hợp lệ (trống nếu không có)",
    "v.dong": "Các dòng kết quả, xếp theo thứ hạng",
    "v.dong[].stt": "Thứ tự",
    "v.dong[].so_tren_phieu": "Số thứ tự trên phiếu",
    "v.dong[].don_vi": "Đơn vị",
    "v.dong[].so_phieu": "Số phiếu đồng ý",
    "v.dong[].ty_le": "Tỷ lệ 85,71%",
    "v.dong[].trich_dan": "12/14 phiếu (85,71%)",
    "v.dong[].ket_qua": "Kết quả: Đạt / Không đạt / Bằng phiếu …",
    "v.dong[].dat": "Đạt (đúng/sai)",
    "v.dong[].giai_thich": "Giải thích kết quả theo quy chế",
    "v.dat": "Các đơn vị đạt (danh sách tên)",
    "v.bang_phieu": "Các đơn vị bằng phiếu ở ranh giới",
    "v.tom_tat": "Tóm tắt kết quả có giải thích",
    "v.ban_kiem_phieu": "Ban kiểm phiếu (danh sách)",
    "v.ban_kiem_phieu[].ho_ten": "Họ và tên",
    "v.ban_kiem_phieu[].chuc_vu": "Chức vụ",
    "v.ban_kiem_phieu[].don_vi": "Đơn vị",
    "v.ban_kiem_phieu[].mo_ta": "Đồng chí …, chức vụ, đơn vị",
    "v.ban_kiem_phieu[].vai_tro": "Trưởng ban / Ủy viên",
    "v.truong_ban": "Họ tên Trưởng ban kiểm phiếu",
    "v.uy_vien": "Họ tên các ủy viên",
    "v.gio_bat_dau": "Giờ bắt đầu kiểm phiếu (giờ nhập phiếu đầu tiên; để trống nếu không ghi nhận)",
    "v.bat_dau": "Giờ và ngày bắt đầu kiểm phiếu: 9 giờ 40 phút, ngày 22 tháng 11 năm 2016",
    "v.gio_ket_thuc": "Giờ kết thúc kiểm phiếu (giờ chốt kết quả)",
    "v.ket_thuc": "Giờ kết thúc kiểm phiếu, kèm «cùng ngày» hoặc ngày",
    "v.gio_thong_qua": "Giờ thông qua biên bản kiểm phiếu",
    "v.ly_do_khong_hop_le": "Lý do các phiếu không hợp lệ: «01 phiếu: …» (danh sách)",
    "v.ly_do_chua_ghi": "Có phiếu không hợp lệ nhập theo số tổng hợp, chưa ghi lý do (đúng/sai)",
    "ban_kiem_phieu": "Ban kiểm phiếu do hội nghị cử (mỗi ban một phần tử)",
    "ban_kiem_phieu[].pham_vi": "Các cuộc bỏ phiếu ban kiểm (trống nếu chỉ có một ban)",
    "ban_kiem_phieu[].so_nguoi": "Số thành viên",
    "ban_kiem_phieu[].thanh_vien": "Thành viên: «Đồng chí …, đơn vị – Trưởng ban;» (danh sách)",
    "so_ban": "Số bản biên bản được lập",
    "lap_thanh": "Số bản và nơi giữ: «04 bản có giá trị như nhau: 01 bản lưu tại …»",
    "bieu_do": "Biểu đồ kết quả (ảnh; đặt {{ bieu_do }} trong một đoạn riêng)",
    "giai_thuong": "Danh hiệu đề nghị",
    "kinh_gui": "Kính gửi",
    "co_quan_quyet_dinh": "Cụm từ ‘quyết định’ hoặc ‘trình … quyết định’",
    "phan_loai": "Nhóm đơn vị của cuộc bỏ phiếu khi một danh hiệu có hai cuộc: Chi cục THADS",
    "de_nghi": "Danh hiệu, năm và nhóm đơn vị: Cờ thi đua ngành Tư pháp năm 2016 (Chi cục THADS)",
    "can_cu": "Các căn cứ theo văn bản có hiệu lực ở ngày tờ trình (danh sách, không có dấu cuối)",
    "so_don_vi_chu": "Số đơn vị đề nghị: 02 (hai)",
    "don_vi_de_nghi": "Các đơn vị được đề nghị",
    "don_vi_de_nghi[].stt": "Thứ tự",
    "don_vi_de_nghi[].don_vi": "Tên đơn vị",
    "don_vi_de_nghi[].trich_dan": "Kết quả bỏ phiếu",
    "don_vi_de_nghi[].thanh_tich": "Tóm tắt thành tích: điểm chấm, xếp hạng, danh hiệu đã đăng ký",
    "kem_theo": "Hồ sơ kèm theo (danh sách)",
    "nguoi_ky": "Người ký",
    "nguoi_ky.ho_ten": "Họ tên người ký",
    "nguoi_ky.chuc_vu": "Chức vụ người ký",
    "nguoi_ky.chuc_vu_hoa": "Chức vụ và đơn vị người ký, in hoa",
    "nguoi_ky.don_vi": "Đơn vị người ký",
    "cam_ket": "Nội dung giao ước (danh sách)",
    "chu_ky": "Lưới chữ ký, mỗi hàng hai khối: trai, phai",
    "chu_ky[].trai": "Khối chữ ký bên trái",
    "chu_ky[].trai.don_vi": "Tên đơn vị (in hoa)",
    "chu_ky[].trai.chuc_danh": "Chức danh người ký (in hoa)",
    "chu_ky[].trai.ho_ten": "Họ tên người ký",
    "chu_ky[].phai": "Khối chữ ký bên phải (trống nếu số đơn vị lẻ)",
    "chu_ky[].phai.don_vi": "Tên đơn vị (in hoa)",
    "chu_ky[].phai.chuc_danh": "Chức danh người ký (in hoa)",
    "chu_ky[].phai.ho_ten": "Họ tên người ký",
    "dang_ky": "Đăng ký danh hiệu (danh sách)",
    "dang_ky[].giai_thuong": "Danh hiệu",
    "dang_ky[].so_luong": "Số đơn vị đăng ký",
    "dang_ky[].don_vi": "Tên các đơn vị đăng ký",
    "nam_moi": "Năm của bên nhận",
    "pho_giao": "Đơn vị phó trưởng năm của bên giao (danh sách, cùng chứng kiến)",
    "pho_nhan": "Đơn vị phó trưởng năm của bên nhận (danh sách, cùng chứng kiến)",
    "dia_diem": "Địa điểm",
    "ben_giao": "Bên giao",
    "ben_nhan": "Bên nhận",
    "ben_giao.don_vi": "Đơn vị bên giao",
    "ben_giao.ho_ten": "Họ tên đại diện bên giao",
    "ben_giao.chuc_vu": "Chức vụ đại diện bên giao",
    "ben_giao.dai_dien": "Đồng chí …, chức vụ, đơn vị (bên giao)",
    "ben_nhan.don_vi": "Đơn vị bên nhận",
    "ben_nhan.ho_ten": "Họ tên đại diện bên nhận",
    "ben_nhan.chuc_vu": "Chức vụ đại diện bên nhận",
    "ben_nhan.dai_dien": "Đồng chí …, chức vụ, đơn vị (bên nhận)",
    "noi_dung": "Nội dung bàn giao (bảng)",
    "noi_dung[].stt": "Thứ tự",
    "noi_dung[].noi_dung": "Nội dung",
    "noi_dung[].so_luong": "Số lượng",
    "noi_dung[].ghi_chu": "Ghi chú",
    "ghi_chu": "Ghi chú thêm",
    "package_digest": "Mã SHA-256 đầy đủ của gói dữ liệu bàn giao (trống khi chưa có gói)",
    "ma_kiem_tra_goi": "Mã kiểm tra gói dữ liệu, dạng rút gọn «3F2A 9C01 77B4 0D1E»",
    "ma_kiem_tra_phieu": "Mã kiểm tra các phiếu đã nhập của lần bỏ phiếu, dạng rút gọn",
    "bo_tieu_chi": "Tên bộ tiêu chí chấm điểm",
    "thang_diem": "Thang điểm",
    "bang_diem": "Bảng điểm (bảng; đặt {{p bang_diem }} trong một đoạn riêng)",
    "chu_giai": "Chú giải các cột (danh sách)",
    "chua_cham": "Câu ghi số đơn vị chưa được chấm điểm, không xếp hạng (trống nếu không có)",
    "nguoi_lap": "Người lập biểu",
    "nguoi_lap.ho_ten": "Họ tên người lập biểu (thư ký hội nghị)",
    "thuc_hien": "«Thực hiện <quyết định tổ chức hội nghị>, » (trống nếu chưa ghi quyết định)",
    "thoi_gian": "Giờ, thứ và ngày họp: 8 giờ 00 phút, thứ Ba, ngày 22 tháng 11 năm 2016",
    "lien_he": "Người liên hệ (thư ký hội nghị)",
    "lien_he.ho_ten": "Họ tên người liên hệ",
    "lien_he.chuc_vu": "Chức vụ người liên hệ",
    "lien_he.dien_thoai": "Số điện thoại người liên hệ (trống nếu chưa ghi)",
    "lien_he.mo_ta": "Đồng chí …, chức vụ, điện thoại: … (để trống chỗ chưa có)",
    "thu_moi": "Các bản giấy mời, mỗi đơn vị thành viên và mỗi khách mời một bản",
    "thu_moi[].khach": "Bản gửi khách mời (đúng/sai)",
    "thu_moi[].kinh_gui": "Kính gửi: tên đơn vị, hoặc Đồng chí …, chức vụ, cơ quan",
    "thu_moi[].don_vi": "Đơn vị (cơ quan của khách mời)",
    "thu_moi[].thanh_phan": "Người được mời của đơn vị: Đồng chí …, chức vụ (hoặc Lãnh đạo đơn vị)",
    "thu_moi[].ma": "Mã điểm danh in dưới mã QR: TD-U-5-M (đơn vị), TD-D-17-M (khách mời)",
    "thu_moi[].qr": "Mã QR điểm danh (ảnh; đặt {{ t.qr }} trong một đoạn riêng)",
    "thu_moi[].mang_theo": "Tài liệu đề nghị mang theo (danh sách)",
}


# Lists whose items have the same fields as another documented group.
ALIASES = {"bieu_quyet[].": "v."}


def describe(name: str) -> str:
    """The Vietnamese meaning of a dotted field name ('' if undocumented)."""
    for prefix, target in ALIASES.items():
        if name.startswith(prefix):
            return DESCRIPTIONS.get(target + name[len(prefix) :], "")
    return DESCRIPTIONS.get(name, "")


@dataclass(frozen=True)
class Placeholder:
    name: str  # dotted; "[]" marks an item of a list: chuong_trinh[].tieu_de
    description: str
    example: str


def flatten(value: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """(dotted name, value) for every field of a context, lists described by their first item."""
    out: list[tuple[str, Any]] = []
    if isinstance(value, dict) and not (IMAGE_KEY in value or TABLE_KEY in value):
        for key, sub in value.items():
            name = f"{prefix}.{key}" if prefix else key
            out.append((name, sub))
            out.extend(flatten(sub, name))
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        out.extend(flatten(value[0], prefix + "[]"))
    return out


def _example(value: Any) -> str:
    if isinstance(value, dict):
        return "(ảnh/bảng)" if IMAGE_KEY in value or TABLE_KEY in value else "(nhóm)"
    if isinstance(value, list):
        if value and not isinstance(value[0], dict):
            return "; ".join(str(x) for x in value[:2]) + ("; …" if len(value) > 2 else "")
        return f"(danh sách {len(value)} mục)"
    return str(value)[:80]


def reference(context: dict[str, Any]) -> list[Placeholder]:
    """Every field of `context` with its meaning and an example value."""
    return [Placeholder(name, describe(name), _example(value)) for name, value in flatten(context)]


def reference_markdown(title: str, context: dict[str, Any]) -> str:
    rows = [f"## {title}", "", "| Trường | Ý nghĩa | Ví dụ |", "|---|---|---|"]
    for p in reference(context):
        rows.append(f"| `{{{{ {p.name} }}}}` | {p.description} | {p.example} |")
    return "\n".join(rows) + "\n"
