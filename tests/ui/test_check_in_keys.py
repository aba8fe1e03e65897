"""No single key at the check-in page destroys saved data; Ctrl+Z/Ctrl+Y work from the search box."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.gui_helpers import make_window, type_text
from thidua_desktop.domain import model as m

CTRL = Qt.KeyboardModifier.ControlModifier
ARRIVED = datetime(2016, 12, 20, 7, 42, 10)


def attendance_of(services, name: str) -> m.Attendance:
    person = services.repo.find_one(m.Person, "full_name = ?", [name])
    return services.repo.find_one(m.Attendance, "person_id = ?", [person.id])


def key(widget, code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, code, modifier)


@pytest.fixture
def window(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def page(qtbot, window):
    """The check-in page reached as the secretary does: Ctrl+5."""
    key(QApplication.focusWidget() or window, Qt.Key.Key_5, CTRL)
    page = window.pages["attendance"]
    page.search.setFocus()  # where Ctrl+5 puts it (tested on its own below)
    qtbot.waitUntil(page.search.hasFocus)
    return page


def check_in_at(services, name: str, when: datetime) -> m.Attendance:
    att = attendance_of(services, name)
    return services.attendance.toggle_check_in(att.id, now=when)


def test_enter_twice_keeps_the_delegate_present_with_the_first_time(page, services):
    type_text(page.search, "ng v a")
    key(page.search, Qt.Key.Key_Return)
    first = attendance_of(services, "Nguyễn Văn An")
    assert first.present and first.checked_in_at
    key(page.search, Qt.Key.Key_Return)  # the second press finds him already present
    assert attendance_of(services, "Nguyễn Văn An") == first
    assert "Nguyễn Văn An đã có mặt từ" in page.notice.text()
    assert page.edits.stack.count() == 1


def test_enter_goes_to_the_first_absent_match(qtbot, page, services):
    check_in_at(services, "Nguyễn Văn An", ARRIVED)
    page.refresh()
    type_text(page.search, "tinh")  # both units are "… tỉnh …"; An comes first and is in
    assert [r.full_name for r in page.model._rows][0] == "Nguyễn Văn An"
    key(page.search, Qt.Key.Key_Return)
    assert attendance_of(services, "Trần Thị Bình").present
    an = attendance_of(services, "Nguyễn Văn An")
    assert an.present and an.checked_in_at == ARRIVED.isoformat()


def test_f8_unchecks_the_named_person_and_ctrl_z_brings_back_the_time(qtbot, page, services):
    check_in_at(services, "Nguyễn Văn An", ARRIVED)
    page.refresh()
    type_text(page.search, "ng v a")  # only he matches: Enter would say he is in
    assert page.uncheck_button.text() == "Bỏ điểm danh Nguyễn Văn An (F8)"
    key(page.search, Qt.Key.Key_F8)
    gone = attendance_of(services, "Nguyễn Văn An")
    assert not gone.present and gone.checked_in_at == ""
    assert "Đã bỏ điểm danh Nguyễn Văn An (đến lúc 07:42)" in page.notice.text()
    assert page.search.hasFocus() and page.search.text() == ""
    key(page.search, Qt.Key.Key_Z, CTRL)
    back = attendance_of(services, "Nguyễn Văn An")
    assert back.present and back.checked_in_at == ARRIVED.isoformat()
    assert page.notice.isHidden()  # no stale "Đã bỏ điểm danh" once undone
    key(page.search, Qt.Key.Key_Y, CTRL)
    assert not attendance_of(services, "Nguyễn Văn An").present
    key(page.search, Qt.Key.Key_Z, CTRL)
    assert attendance_of(services, "Nguyễn Văn An").checked_in_at == ARRIVED.isoformat()


def test_ctrl_z_in_the_search_box_undoes_the_check_in_and_ctrl_y_redoes_it(page, services):
    type_text(page.search, "binh")
    key(page.search, Qt.Key.Key_Return)
    checked = attendance_of(services, "Trần Thị Bình")
    assert checked.present
    key(page.search, Qt.Key.Key_Z, CTRL)
    assert not attendance_of(services, "Trần Thị Bình").present
    assert "Có mặt 0/2" in page.headline.text()
    key(page.search, Qt.Key.Key_Y, CTRL)
    assert attendance_of(services, "Trần Thị Bình") == checked  # the very same arrival time


def test_ctrl_z_still_undoes_typing_while_there_is_typing_to_undo(page, services):
    type_text(page.search, "binh")
    key(page.search, Qt.Key.Key_Return)
    type_text(page.search, "an")
    key(page.search, Qt.Key.Key_Z, CTRL)  # the box's own edit first
    assert page.search.text() == ""
    assert attendance_of(services, "Trần Thị Bình").present
    key(page.search, Qt.Key.Key_Z, CTRL)  # then the check-in
    assert not attendance_of(services, "Trần Thị Bình").present


def test_walk_in_enter_twice_and_backspace_on_empty_fields(qtbot, page, services):
    people = services.repo.count(m.Person)
    key(page.search, Qt.Key.Key_N, CTRL)
    row = page.walk_in
    assert row.isVisible() and row.name.hasFocus()
    for field in (row.name, row.title, row.place):  # Backspace on empty fields: nothing happens
        field.setFocus()
        key(field, Qt.Key.Key_Backspace)
        assert field.text() == ""
    assert row.isVisible() and services.repo.count(m.Person) == people
    row.name.setFocus()
    type_text(row.name, "Đinh Thị Mai")
    key(row.name, Qt.Key.Key_Tab)
    key(row.title, Qt.Key.Key_Tab)
    type_text(row.place, "yen")
    popup = row.completer.popup()
    key(popup, Qt.Key.Key_Down)
    key(popup, Qt.Key.Key_Return)
    key(row.place, Qt.Key.Key_Return)
    assert not row.isVisible() and page.search.hasFocus()
    key(page.search, Qt.Key.Key_Return)  # the second Enter lands in the search box
    mai = attendance_of(services, "Đinh Thị Mai")
    assert mai.present and services.repo.count(m.Person) == people + 1
    assert "Đinh Thị Mai đã có mặt từ" in page.notice.text()
    person = services.repo.find_one(m.Person, "full_name = 'Đinh Thị Mai'")
    key(page.search, Qt.Key.Key_Z, CTRL)
    assert services.repo.count(m.Person, "full_name = 'Đinh Thị Mai'") == 0
    key(page.search, Qt.Key.Key_Y, CTRL)
    assert attendance_of(services, "Đinh Thị Mai") == mai  # same id, same arrival time
    assert services.repo.find_one(m.Person, "full_name = 'Đinh Thị Mai'") == person


def test_launch_focus_is_not_in_the_year_box(qtbot, window):
    focused = QApplication.focusWidget()
    assert focused is not window.header.year_combo
    assert focused is not None and not window.header.isAncestorOf(focused)
    type_text(focused, "vi tien")
    assert not window.header.year_combo.view().isVisible()


def test_ctrl_digit_puts_the_keys_where_the_page_work_starts(qtbot, window):
    key(QApplication.focusWidget() or window, Qt.Key.Key_5, CTRL)
    page = window.pages["attendance"]
    assert window.stack.currentWidget().widget() is page
    qtbot.waitUntil(page.search.hasFocus)
    key(page.search, Qt.Key.Key_2, CTRL)  # a page with nowhere to type: the page, not the header
    focused = QApplication.focusWidget()
    assert focused is not None and not window.header.isAncestorOf(focused)
    key(focused, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(page.search.hasFocus)


def test_double_click_on_a_present_delegate_leaves_him_in(qtbot, page, services):
    check_in_at(services, "Nguyễn Văn An", ARRIVED)
    page.refresh()
    row = page.model.index_of_attendance(attendance_of(services, "Nguyễn Văn An").id)
    rect = page.view.visualRect(page.model.index(row, 1))
    viewport = page.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a hand does
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert attendance_of(services, "Nguyễn Văn An").checked_in_at == ARRIVED.isoformat()
    assert "Nguyễn Văn An đã có mặt từ 07:42" in page.notice.text()


def test_ctrl_delete_names_who_left_the_list_and_ctrl_z_brings_the_same_line_back(page, services):
    line = check_in_at(services, "Trần Thị Bình", ARRIVED)
    page.refresh()
    type_text(page.search, "binh")
    key(page.search, Qt.Key.Key_Delete, CTRL)
    assert services.repo.count(m.Attendance, "id = ?", [line.id]) == 0
    assert "Đã bỏ Trần Thị Bình khỏi danh sách" in page.notice.text()
    page.search.setText("")
    key(page.search, Qt.Key.Key_Z, CTRL)
    assert services.repo.get(m.Attendance, line.id) == line


def test_redo_of_a_walk_in_puts_back_the_same_arrival_time(page, services, monkeypatch):
    import thidua_desktop.services.attendance as attendance_service

    class Clock(datetime):
        """Each reading a minute later than the last: a redo made later must not restamp."""

        ticks = 0

        @classmethod
        def now(cls, tz=None):
            cls.ticks += 1
            return ARRIVED.replace(minute=ARRIVED.minute + cls.ticks)

    monkeypatch.setattr(attendance_service, "datetime", Clock)
    key(page.search, Qt.Key.Key_N, CTRL)
    type_text(page.walk_in.name, "Lò Văn Púa")
    key(page.walk_in.name, Qt.Key.Key_Tab)
    key(page.walk_in.title, Qt.Key.Key_Tab)
    page.walk_in.kind.setCurrentIndex(1)  # a guest: an organization instead of a unit
    type_text(page.walk_in.place, "Bộ Tư pháp")
    key(page.walk_in.place, Qt.Key.Key_Return)
    first = attendance_of(services, "Lò Văn Púa")
    assert first.present and first.checked_in_at == "2016-12-20T07:43:10"
    key(page.search, Qt.Key.Key_Z, CTRL)
    assert services.repo.count(m.Person, "full_name = 'Lò Văn Púa'") == 0
    key(page.search, Qt.Key.Key_Y, CTRL)
    assert attendance_of(services, "Lò Văn Púa") == first
