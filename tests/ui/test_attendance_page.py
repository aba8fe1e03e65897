"""The check-in page driven from the keyboard, checked against what the database holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from thidua_desktop.domain import model as m
from thidua_desktop.ui.models.attendance_table_model import AttendanceTableModel
from thidua_desktop.ui.pages.attendance_page import AttendancePage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


def type_text(widget, text: str) -> int:
    """Type like a user, one key per character (accents too); returns the keystrokes sent."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.NoModifier)
    return len(text)


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> int:
    QTest.keyClick(widget, key, modifier)
    return 1


def attendance_page(qtbot, services, small_cluster):
    """The check-in page of the small cluster's conference, shown, the search box focused."""
    edits = UndoableEdits(services.edits)
    selection = Selection()
    c = small_cluster
    selection.set(c["cluster"].id, c["year"].id, c["conference"].id)
    widget = AttendancePage(services, edits, selection)
    qtbot.addWidget(widget)
    widget.show()
    widget.search.setFocus()
    widget._keep = (edits, selection)  # the page does not own them
    return widget


@pytest.fixture
def page(qtbot, services, small_cluster):
    return attendance_page(qtbot, services, small_cluster)


def attendance_of(services, name: str) -> m.Attendance:
    person = services.repo.find_one(m.Person, "full_name = ?", [name])
    return services.repo.find_one(m.Attendance, "person_id = ?", [person.id])


def test_typed_letters_and_one_enter_check_in_and_the_box_is_ready_for_the_next(page, services):
    keys = type_text(page.search, "ng v a")
    keys += press(page.search, Qt.Key.Key_Return)
    assert keys == len("ng v a") + 1
    att = attendance_of(services, "Nguyễn Văn An")
    assert att.present and att.checked_in_at.startswith(str(date.today().year))
    assert not attendance_of(services, "Trần Thị Bình").present
    assert page.search.text() == "" and page.current_row().full_name == "Nguyễn Văn An"
    assert "Đã điểm danh Nguyễn Văn An lúc" in page.notice.text()
    press(page.search, Qt.Key.Key_Return)  # Enter never takes a check-in back
    assert attendance_of(services, "Nguyễn Văn An") == att


def test_unit_name_without_accents_finds_its_people(page):
    type_text(page.search, "yen bai")
    assert [r.full_name for r in page.model._rows] == ["Trần Thị Bình"]
    page.search.clear()
    type_text(page.search, "Hà Giang")
    assert [r.full_name for r in page.model._rows] == ["Nguyễn Văn An"]


def test_down_moves_in_the_list_without_leaving_the_search_box(page, services):
    press(page.search, Qt.Key.Key_Down)
    press(page.search, Qt.Key.Key_Return)
    assert page.search.hasFocus()
    assert attendance_of(services, "Trần Thị Bình").present
    assert not attendance_of(services, "Nguyễn Văn An").present


def test_counts_and_quorum_follow_check_ins(page):
    assert "Có mặt 0/2 đại biểu · 0/3 đơn vị · CHƯA đủ túc số" in page.headline.text()
    assert "ít nhất 2/3 số đơn vị thành viên có mặt (theo mặc định" in page.detail.text()
    for query in ("an", "binh"):
        page.search.setText(query)
        press(page.search, Qt.Key.Key_Return)
    assert "Có mặt 2/2 đại biểu · 2/3 đơn vị · ĐỦ túc số" in page.headline.text()
    assert page.counts.quorum_met


def test_undo_of_a_check_in(page, services):
    type_text(page.search, "binh")
    press(page.search, Qt.Key.Key_Return)
    assert attendance_of(services, "Trần Thị Bình").present
    page.edits.stack.undo()
    assert not attendance_of(services, "Trần Thị Bình").present
    assert "Có mặt 0/2" in page.headline.text()


def test_enter_on_an_unknown_name_opens_the_walk_in_row(page, services):
    type_text(page.search, "Lò Văn Púa")
    press(page.search, Qt.Key.Key_Return)
    assert page.walk_in.isVisible() and page.walk_in.name.text() == "Lò Văn Púa"
    assert page.walk_in.title.hasFocus()
    type_text(page.walk_in.title, "Phó Giám đốc")
    press(page.walk_in.title, Qt.Key.Key_Tab)
    type_text(page.walk_in.place, "Hòa Bình")
    page.walk_in.completer.popup().hide()
    press(page.walk_in.place, Qt.Key.Key_Return)
    assert not page.walk_in.isVisible()
    person = services.repo.find_one(m.Person, "full_name = 'Lò Văn Púa'")
    assert person.unit_id == services.repo.find_one(m.Unit, "name LIKE '%Hòa Bình'").id
    att = services.repo.find_one(m.Attendance, "person_id = ?", [person.id])
    assert att.present and att.role is m.AttendanceRole.DELEGATE
    assert "Có mặt 1/3 đại biểu" in page.headline.text()
    page.edits.stack.undo()
    assert services.repo.count(m.Person, "full_name = 'Lò Văn Púa'") == 0


def test_walk_in_delegate_without_a_unit_is_refused_inline(page, services):
    press(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.walk_in.isVisible() and page.walk_in.name.hasFocus()
    type_text(page.walk_in.name, "Lê Văn Tám")
    press(page.walk_in.name, Qt.Key.Key_Return)
    assert page.walk_in.isVisible()
    assert "phải có đơn vị" in page.walk_in.error.text()
    assert services.repo.count(m.Person, "full_name = 'Lê Văn Tám'") == 0


def test_walk_in_guest_needs_an_organization(page, services):
    page.open_walk_in()
    page.walk_in.kind.setCurrentIndex(1)
    page.walk_in.name.setText("Phan Chí Hiếu")
    page.walk_in.accept()
    assert "cơ quan" in page.walk_in.error.text()
    page.walk_in.place.setText("Bộ Tư pháp")
    page.walk_in.accept()
    att = attendance_of(services, "Phan Chí Hiếu")
    assert att.role is m.AttendanceRole.GUEST and att.present
    assert "Khách mời có mặt: 1/1" in page.detail.text()


def test_carry_forward_from_the_previous_conference_and_undo(qtbot, page, services, small_cluster):
    e = services.edits
    year = e.create(m.Year(small_cluster["cluster"].id, 2017))
    conf = e.create(m.Conference(year.id, m.ConferenceKind.LAUNCH, "Phát động", date(2017, 2, 1)))
    page.selection.set(small_cluster["cluster"].id, year.id, conf.id)
    assert page.model.rowCount() == 0
    page.carry_button.click()
    assert services.repo.count(m.Attendance, "conference_id = ?", [conf.id]) == 2
    assert "Có mặt 0/2" in page.headline.text()
    page.carry_button.click()  # nothing left to copy: said so, nothing changes
    assert "không có gì để thêm" in page.error.text()
    page.edits.stack.undo()
    assert services.repo.count(m.Attendance, "conference_id = ?", [conf.id]) == 0


def test_import_from_excel_after_preview(page, services, tmp_path, monkeypatch):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị"])
    book.active.append([1, "Hoàng Thị Lan", "Phó Giám đốc", "Sở Tư pháp tỉnh Hòa Bình"])
    book.save(tmp_path / "ds.xlsx")
    seen = []
    monkeypatch.setattr(page, "choose_excel_file", lambda: str(tmp_path / "ds.xlsx"))
    monkeypatch.setattr(page, "confirm_import", lambda rows: seen.extend(rows) or True)
    page.import_button.click()
    assert [p.status for p in seen] == ["Đại biểu"]
    assert not attendance_of(services, "Hoàng Thị Lan").present
    assert page.model.rowCount() == 3


def test_attendance_model(qtmodeltester, services, small_cluster):
    model = AttendanceTableModel()
    model.set_roster(services.attendance.roster(small_cluster["conference"].id))
    qtmodeltester.check(model)
    model.set_query("tran")
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_incremental_filter_agrees_with_compile_query_while_typing_and_erasing():
    from thidua_desktop.domain.vntext import compile_query, search_key
    from thidua_desktop.ui.models.attendance_table_model import IncrementalFilter

    texts = [
        "Nguyễn Văn An Sở Tư pháp tỉnh Hà Giang",
        "Trần Thị Bình Cục THADS tỉnh Yên Bái",
        "Đặng Văn Nguyên Sở Tư pháp/Hòa Bình",
        "Lò Thị Ánh (khách mời) Bộ Tư pháp",
        "Nguyễn Anh Văn Sở Tư pháp tỉnh Lào Cai",
    ]
    keys = [" " + search_key(t) for t in texts]
    flt = IncrementalFilter(keys)
    typed = "ng v a"
    queries = [typed[:i] for i in range(len(typed) + 1)]
    queries += queries[::-1] + ["ha giang", "hoa binh", "dang", "an nguyen", "t p", "khach", "Đ"]
    for q in queries:
        expected = [i for i, k in enumerate(keys) if compile_query(q)(k)]
        assert flt.hits(q) == expected, q
    assert flt.hits("ng v a") == [0]


def test_words_side_by_side_come_first():
    from thidua_desktop.ui.models.attendance_table_model import IncrementalFilter

    keys = [
        " pham thanh thinh cuc thi hanh an dan su tinh bac giang",
        " vu manh dong so tu phap tinh ha giang",
    ]
    assert IncrementalFilter(keys).hits("ha giang") == [0, 1]
    assert IncrementalFilter(keys).ranked("ha giang") == [1, 0]


def test_ctrl_delete_takes_a_person_off_the_list_and_undo_puts_them_back(page, services):
    type_text(page.search, "binh")
    press(page.search, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert services.repo.count(m.Attendance) == 1
    assert page.search.text() == "binh"  # the key did not edit the query
    assert "Có mặt 0/1 đại biểu" in page.headline.text()
    page.edits.stack.undo()
    assert services.repo.count(m.Attendance) == 2


def test_walk_in_unit_picked_from_the_suggestions_by_keyboard(page, services):
    press(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(page.walk_in.name, "Đinh Thị Mai")
    press(page.walk_in.name, Qt.Key.Key_Tab)
    press(page.walk_in.title, Qt.Key.Key_Tab)
    assert page.walk_in.place.hasFocus()
    type_text(page.walk_in.place, "yen")
    popup = page.walk_in.completer.popup()
    assert popup.isVisible() and page.walk_in.completer.completionCount() == 1
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    assert page.walk_in.place.text() == "Cục Thi hành án dân sự tỉnh Yên Bái"
    press(page.walk_in.place, Qt.Key.Key_Return)
    person = services.repo.find_one(m.Person, "full_name = 'Đinh Thị Mai'")
    assert person.unit_id == services.repo.find_one(m.Unit, "name LIKE '%Yên Bái'").id
