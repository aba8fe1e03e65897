"""The conference date typed into an empty field is kept (or refused saying why), and the
calendar opens at the conference's year, never at January 2000."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m


@pytest.fixture
def page(qtbot, services, small_cluster, tmp_path):
    """The conferences page on 2016's year-end conference, its date not yet set."""
    conf = small_cluster["conference"]
    services.edits.update(dataclasses.replace(conf, date=None))
    window = make_window(qtbot, services, tmp_path)
    window.show()
    return window.show_page("conferences")


def stored_date(services, small_cluster):
    return services.repo.get(m.Conference, small_cluster["conference"].id).date


def type_date(qtbot, field, text):
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def calendar_button(field) -> QToolButton:
    return next(
        b for b in field.findChildren(QToolButton) if b.defaultAction() is field.calendar_action
    )


def test_an_empty_field_shows_no_date_yet(page):
    assert page.date.text() == ""
    assert page.date.placeholderText().startswith("chưa định")


@pytest.mark.parametrize(
    ("typed", "expected", "shown"),
    [
        ("23/11/2016", date(2016, 11, 23), "23/11/2016"),
        ("5/12/2016", date(2016, 12, 5), "05/12/2016"),
        ("23.11.16", date(2016, 11, 23), "23/11/2016"),
        ("23112016", date(2016, 11, 23), "23/11/2016"),
        ("22/11", date(2016, 11, 22), "22/11/2016"),  # the conference's year
    ],
)
def test_a_date_typed_into_the_empty_field_is_kept(
    qtbot, services, small_cluster, page, typed, expected, shown
):
    type_date(qtbot, page.date, typed)
    assert stored_date(services, small_cluster) == expected
    assert page.date.text() == shown
    assert not page.error.isVisible()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31/02/2016", "tháng 2 năm 2016 chỉ có 29 ngày"),
        ("12/13/2016", "tháng 13 không có"),
        ("ngay mai", "không phải là ngày: gõ ngày/tháng/năm, ví dụ 22/11/2016"),
        ("1/1/1800", "Năm 1800 không hợp lệ"),
    ],
)
def test_a_text_that_is_not_a_date_says_why_and_stays_to_be_corrected(
    qtbot, services, small_cluster, page, typed, reason
):
    type_date(qtbot, page.date, typed)
    assert stored_date(services, small_cluster) is None
    assert page.error.isVisible()
    assert page.error.text().startswith("Ngày họp chưa được lưu:")
    assert reason in page.error.text()
    assert page.date.text() == typed  # what was typed is still there to fix
    page.date.end(False)
    for _ in typed:
        qtbot.keyClick(page.date, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.date, "29/02/2016")
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    assert stored_date(services, small_cluster) == date(2016, 2, 29)
    assert not page.error.isVisible()


def test_emptying_the_field_removes_the_date_and_names_it_in_the_undo(
    qtbot, services, small_cluster, page
):
    type_date(qtbot, page.date, "22/11/2016")
    window = page.window()
    assert window.edits.stack.text(window.edits.stack.index() - 1).startswith(
        "Sửa hội nghị: Ngày họp"
    )
    type_date(qtbot, page.date, "")
    assert stored_date(services, small_cluster) is None
    window.undo_action.trigger()
    assert stored_date(services, small_cluster) == date(2016, 11, 22)
    assert page.date.text() == "22/11/2016"


def test_the_calendar_opens_at_the_conference_year_and_a_pick_is_stored(
    qtbot, services, small_cluster, page
):
    qtbot.mouseClick(calendar_button(page.date), Qt.MouseButton.LeftButton)
    popup = page.date.popup
    assert popup is not None and popup.isVisible()
    today = date.today()
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (2016, today.month)
    popup.grab().save("/tmp/date_calendar.png")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the day shown is picked
    assert not popup.isVisible()
    picked = stored_date(services, small_cluster)
    assert picked is not None and (picked.year, picked.month) == (2016, today.month)
    # with a date: the calendar opens on it, and a day further is picked by the keyboard
    type_date(qtbot, page.date, "22/11/2016")
    qtbot.keyClick(page.date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = page.date.popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2016, 11)
    assert calendar.selectedDate().toPython() == date(2016, 11, 22)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stored_date(services, small_cluster) == date(2016, 11, 23)
    assert page.date.text() == "23/11/2016"


def test_escape_closes_the_calendar_and_changes_nothing(qtbot, services, small_cluster, page):
    type_date(qtbot, page.date, "22/11/2016")
    qtbot.mouseClick(calendar_button(page.date), Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not page.date.popup.isVisible()
    assert stored_date(services, small_cluster) == date(2016, 11, 22)
