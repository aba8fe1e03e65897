"""A USB scanner at the check-in page: it types the code from the QR fast and presses Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_attendance_page import attendance_page
from thidua_desktop.domain import model as m
from thidua_desktop.domain.checkin_code import person_code, unit_code


@pytest.fixture
def page(qtbot, services, small_cluster):
    widget = attendance_page(qtbot, services, small_cluster)
    qtbot.waitExposed(widget)
    return widget


def scan(qtbot, page, code: str) -> None:
    """As the scanner does: ASCII keystrokes one after the other, then Enter."""
    qtbot.keyClicks(page.search, code)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def attendance_rows(services) -> list[tuple]:
    rows = services.repo.find(m.Attendance, order_by="id")
    return [(a.id, a.person_id, a.present, a.checked_in_at) for a in rows]


def person(services, name: str) -> m.Person:
    return services.repo.find_one(m.Person, "full_name = ?", [name])


def test_a_scanned_delegate_code_checks_that_delegate_in(qtbot, page, services):
    binh = person(services, "Trần Thị Bình")
    scan(qtbot, page, person_code(binh.id))
    att = services.repo.find_one(m.Attendance, "person_id = ?", [binh.id])
    assert att.present and att.checked_in_at
    an = services.repo.find_one(
        m.Attendance, "person_id = ?", [person(services, "Nguyễn Văn An").id]
    )
    assert not an.present  # only the one whose code was read
    assert page.search.text() == ""  # ready for the next scan
    assert "Đã điểm danh Trần Thị Bình" in page.notice.text()
    assert page.error.isHidden()


def test_a_second_scan_says_present_and_changes_nothing(qtbot, page, services):
    code = person_code(person(services, "Nguyễn Văn An").id)
    scan(qtbot, page, code)
    before = attendance_rows(services)
    undo_steps = page.edits.stack.count()
    scan(qtbot, page, code)
    assert attendance_rows(services) == before
    assert page.edits.stack.count() == undo_steps
    assert "Nguyễn Văn An đã có mặt từ" in page.notice.text()
    assert "không thay đổi" in page.notice.text()
    assert page.search.text() == ""


@pytest.mark.parametrize("code", ["TD-D-1-Q", "TD-X-1-B", "TD-D-01-M", "td-d-"])
def test_a_malformed_code_is_refused_in_vietnamese_and_changes_nothing(qtbot, page, services, code):
    before = attendance_rows(services)
    people = services.repo.count(m.Person)
    scan(qtbot, page, code)
    assert attendance_rows(services) == before and services.repo.count(m.Person) == people
    assert page.error.isVisible()
    assert "không phải mã điểm danh hợp lệ" in page.error.text()
    assert page.walk_in.isHidden()  # an unreadable code is not a new name to add
    assert page.search.text() == ""


def test_a_well_formed_code_of_nobody_here_is_refused(qtbot, page, services):
    before = attendance_rows(services)
    scan(qtbot, page, person_code(9999))
    assert attendance_rows(services) == before
    assert "không phải của đại biểu nào" in page.error.text()
    # a person of the cluster who is not on this conference's list
    other = services.edits.create(
        m.Person(person(services, "Nguyễn Văn An").cluster_id, "Lò Văn Khách", "Chuyên viên")
    )
    before = attendance_rows(services)
    scan(qtbot, page, person_code(other.id))
    assert attendance_rows(services) == before
    assert "Lò Văn Khách" in page.error.text() and "không có trong danh sách" in page.error.text()


def test_a_unit_code_opens_the_walk_in_line_for_that_unit(qtbot, page, services, small_cluster):
    unit = small_cluster["units"][2]
    before = attendance_rows(services)
    scan(qtbot, page, unit_code(unit.id))
    assert attendance_rows(services) == before  # nothing is written until a name is given
    assert page.walk_in.isVisible() and not page.walk_in.guest
    assert page.walk_in.place.text() == unit.name
    assert unit.name in page.notice.text()
    # the person who came with the unit's invitation: typed, Enter adds and checks them in
    qtbot.keyClicks(page.walk_in.name, "Ha Van Moi")
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_Return)
    added = services.repo.find_one(m.Person, "full_name = ?", ["Ha Van Moi"])
    assert added is not None and added.unit_id == unit.id
    att = services.repo.find_one(m.Attendance, "person_id = ?", [added.id])
    assert att.present


def test_lower_case_from_a_scanner_in_caps_lock_reads_too(qtbot, page, services):
    binh = person(services, "Trần Thị Bình")
    scan(qtbot, page, person_code(binh.id).lower())
    assert services.repo.find_one(m.Attendance, "person_id = ?", [binh.id]).present


def test_a_scan_into_the_open_walk_in_line_is_a_scan_not_a_new_name(
    qtbot, page, services, small_cluster
):
    scan(qtbot, page, unit_code(small_cluster["units"][2].id))  # the walk-in line has focus
    people = services.repo.count(m.Person)
    binh = person(services, "Trần Thị Bình")
    qtbot.keyClicks(page.walk_in.name, person_code(binh.id))
    qtbot.keyClick(page.walk_in.name, Qt.Key.Key_Return)
    assert services.repo.count(m.Person) == people  # nobody called "TD-D-…"
    assert services.repo.find_one(m.Attendance, "person_id = ?", [binh.id]).present
    assert page.walk_in.isHidden() and page.search.hasFocus()
