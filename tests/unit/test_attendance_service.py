"""Attendance service: roster, toggling, walk-ins, carry-forward, import, counts and quorum."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services import attendance_import as imp


def test_roster_rows_carry_folded_search_keys(services, small_cluster):
    rows = services.attendance.roster(small_cluster["conference"].id)
    assert [r.full_name for r in rows] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert rows[0].search_key == " nguyen van an so tu phap tinh ha giang"
    assert rows[0].unit_name == "Sở Tư pháp tỉnh Hà Giang"


def test_toggle_check_in_records_time_and_toggles_back(services, small_cluster):
    att_id = services.attendance.roster(small_cluster["conference"].id)[0].attendance_id
    at = datetime(2016, 11, 22, 7, 45, 3)
    on = services.attendance.toggle_check_in(att_id, now=at)
    assert (on.present, on.checked_in_at) == (True, "2016-11-22T07:45:03")
    off = services.attendance.toggle_check_in(att_id)
    assert (off.present, off.checked_in_at) == (False, "")
    assert services.repo.count(m.AuditEntry, "entity = 'Attendance' AND action = 'update'") == 2


def test_counts_and_default_quorum_of_two_thirds(services, small_cluster):
    conf_id = small_cluster["conference"].id
    svc = services.attendance
    counts = svc.counts(conf_id)
    assert (counts.delegates_present, counts.delegates_expected) == (0, 2)
    assert (counts.units_represented, counts.member_units) == (0, 3)
    assert counts.quorum.label == "2/3 (mặc định)"
    assert not counts.quorum_met
    for row in svc.roster(conf_id):
        svc.toggle_check_in(row.attendance_id)
    counts = svc.counts(conf_id)
    assert (counts.units_represented, counts.quorum_met) == (2, True)  # 2/3 of 3 units


def test_quorum_is_the_largest_of_the_active_awards(services, small_cluster):
    cluster_id = small_cluster["cluster"].id
    services.edits.create(m.Award(cluster_id, "Cờ thi đua ngành", quorum_pct="75"))
    services.edits.create(m.Award(cluster_id, "Bằng khen", quorum_pct="90", active=False))
    rule = services.attendance.quorum_rule(cluster_id)
    assert (rule.pct, rule.label) == (75, "75% (Cờ thi đua ngành)")


def test_walk_in_delegate_needs_a_unit_and_guest_an_organization(services, small_cluster):
    conf_id = small_cluster["conference"].id
    svc = services.attendance
    with pytest.raises(ValidationError, match="phải có đơn vị"):
        svc.walk_in(conf_id, "Lò Văn Púa", "Phó Giám đốc", unit_text="")
    with pytest.raises(ValidationError, match="cơ quan"):
        svc.walk_in(conf_id, "Lê Thị Hoa", guest=True)
    with pytest.raises(ValidationError, match="khớp 2 đơn vị"):
        svc.walk_in(conf_id, "Lò Văn Púa", unit_text="so tu phap")
    done = svc.walk_in(conf_id, "Lò Văn Púa", "Phó Giám đốc", unit_text="yen bai")
    person = services.repo.get(m.Person, done.attendance.person_id)
    assert person.unit_id == small_cluster["units"][1].id
    assert done.attendance.present and done.created_person_id == person.id
    svc.remove(*done.undo_args())
    assert services.repo.count(m.Person, "full_name = 'Lò Văn Púa'") == 0


def test_carry_forward_copies_the_previous_conference_list(services, small_cluster):
    e = services.edits
    year = e.create(m.Year(small_cluster["cluster"].id, 2017))
    new_conf = e.create(m.Conference(year.id, m.ConferenceKind.LAUNCH, "Phát động 2017"))
    e.change(m.Conference, new_conf.id, date=date(2017, 2, 10))
    svc = services.attendance
    assert svc.previous_conference(new_conf.id).id == small_cluster["conference"].id
    added = svc.carry_forward(new_conf.id)
    assert len(added) == 2 and not any(a.present for a in added)
    with pytest.raises(ValidationError, match="không có gì để thêm"):
        svc.carry_forward(new_conf.id)
    svc.remove([a.id for a in added])
    assert svc.roster(new_conf.id) == []


def test_carry_forward_without_an_earlier_list_is_refused(services, small_cluster):
    with pytest.raises(ValidationError, match="Chưa có hội nghị nào trước"):
        services.attendance.carry_forward(small_cluster["conference"].id)
    later = services.edits.create(
        m.Conference(small_cluster["year"].id, m.ConferenceKind.OTHER, "Họp", date(2016, 12, 1))
    )
    empty = services.edits.create(
        m.Conference(small_cluster["year"].id, m.ConferenceKind.OTHER, "Họp 2", date(2016, 12, 5))
    )
    assert len(services.attendance.carry_forward(later.id)) == 2
    services.attendance.remove([a.attendance_id for a in services.attendance.roster(later.id)])
    with pytest.raises(ValidationError, match="“Họp” chưa có danh sách"):
        services.attendance.carry_forward(empty.id)


def test_import_preview_then_apply(services, small_cluster):
    cells = [
        ["DANH SÁCH ĐẠI BIỂU", "", ""],
        ["Họ và tên", "Chức vụ", "Đơn vị"],
        ["Hoàng Văn Thụ", "Giám đốc", "Sở Tư pháp tỉnh Hòa Bình"],
        ["Nguyễn Văn An", "Giám đốc", "so tu phap tinh ha giang"],  # already listed
        ["Phạm Minh Chính", "Thứ trưởng", "Bộ Tư pháp"],  # no such unit: a guest
        ["", "", ""],
    ]
    rows = imp.rows_from_cells(cells)
    assert len(rows) == 3
    conf_id = small_cluster["conference"].id
    plan = imp.preview(services.attendance, conf_id, rows)
    assert [p.status for p in plan] == [
        "Đại biểu",
        "Đã có trong danh sách",
        "Khách mời (không khớp đơn vị nào)",
    ]
    result = imp.apply(services.attendance, conf_id, plan)
    roster = {r.full_name: r for r in services.attendance.roster(conf_id)}
    assert roster["Hoàng Văn Thụ"].unit_id == small_cluster["units"][2].id
    assert roster["Phạm Minh Chính"].role is m.AttendanceRole.GUEST
    assert roster["Phạm Minh Chính"].organization == "Bộ Tư pháp"
    services.attendance.remove(result.attendance_ids, result.created_person_ids)
    assert len(services.attendance.roster(conf_id)) == 2


def test_import_without_the_header_is_refused():
    with pytest.raises(ValidationError, match="Họ và tên"):
        imp.rows_from_cells([["STT", "Ghi chú"], ["1", "x"]])


def test_legacy_tcvn3_cells_are_converted_and_said_so(services, small_cluster):
    rows = imp.rows_from_cells(
        [["Họ và tên", "Chức vụ", "Đơn vị"], ["NguyÔn V¨n B×nh", "Gi¸m ®èc", "Hµ Giang"]]
    )
    assert rows == [imp.ListRow("Nguyễn Văn Bình", "Giám đốc", "Hà Giang", "TCVN3")]
    plan = imp.preview(services.attendance, small_cluster["conference"].id, rows)
    assert plan[0].status == "Đại biểu — đã chuyển mã từ TCVN3"


def test_read_sheet_reads_an_xlsx(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Họ và tên", "Chức vụ", "Đơn vị"])
    sheet.append(["Đinh Thị Mai", "Chánh Văn phòng", "Cục THADS tỉnh Yên Bái"])
    book.save(tmp_path / "ds.xlsx")
    assert imp.read_sheet(tmp_path / "ds.xlsx") == [
        imp.ListRow("Đinh Thị Mai", "Chánh Văn phòng", "Cục THADS tỉnh Yên Bái")
    ]


def test_a_chair_from_outside_counts_with_the_guests(services, small_cluster):
    cluster_id = small_cluster["cluster"].id
    conf_id = small_cluster["conference"].id
    chair = services.edits.create(
        m.Person(cluster_id, "Phan Chí Hiếu", "Thứ trưởng", organization="Bộ Tư pháp")
    )
    services.edits.create(m.Attendance(conf_id, chair.id, m.AttendanceRole.CHAIR, present=True))
    counts = services.attendance.counts(conf_id)
    assert (counts.delegates_expected, counts.guests_expected, counts.guests_present) == (2, 1, 1)
