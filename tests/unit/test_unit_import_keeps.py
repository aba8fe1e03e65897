"""Excel import of the member list never erases: a blank cell leaves the stored value alone."""

from __future__ import annotations

import openpyxl

from thidua_desktop.domain import model as m


def test_blank_cells_keep_head_title_and_province(services, small_cluster, tmp_path):
    cid = small_cluster["cluster"].id
    unit = small_cluster["units"][0]
    services.edits.change(
        m.Unit, unit.id, head_name="Nguyễn Văn An", head_title="Giám đốc", province="Lào Cai"
    )
    book = openpyxl.Workbook()
    book.active.append(["Tên đơn vị", "Thủ trưởng", "Chức vụ", "Tỉnh/thành phố", "Tên viết tắt"])
    book.active.append([unit.name, None, "", "  ", "STP"])  # only the short name is given
    book.active.append(["Sở Tư pháp tỉnh Mới", "Trần Thị Bình", None, None, None])
    book.save(tmp_path / "dv.xlsx")
    plan = services.unit_import.read(tmp_path / "dv.xlsx", cid)
    assert [(b.short_name, a.short_name) for b, a in plan.changed] == [(unit.short_name, "STP")]
    services.unit_import.apply(plan)
    kept = services.repo.get(m.Unit, unit.id)
    assert (kept.head_name, kept.head_title, kept.province, kept.short_name) == (
        "Nguyễn Văn An",
        "Giám đốc",
        "Lào Cai",
        "STP",
    )
    added = services.repo.find_one(m.Unit, "name = ?", ["Sở Tư pháp tỉnh Mới"])
    assert (added.head_name, added.province) == ("Trần Thị Bình", "")
