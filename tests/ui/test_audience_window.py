"""The hall screen: opened from the menu, driven by real keys, showing the records as they are."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.ui.gui_helpers import make_window
from tests.vote_helpers import build_vote_setup
from thidua_desktop.domain import model as m
from thidua_desktop.ui.audience.slides import FLOOR_PX


@pytest.fixture
def vote_setup(services, small_cluster):
    return build_vote_setup(services, small_cluster)


def open_screen(qtbot, services, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    window.audience_action.trigger()  # the menu's entry (F5)
    desk = window.audience
    qtbot.addWidget(desk.window)
    return window, desk


def shown(desk) -> list[str]:
    return desk.window.view.texts()


def key(qtbot, widget, k) -> None:
    qtbot.keyClick(widget, k)


def test_the_menu_opens_the_welcome_slide_of_the_selected_conference(
    qtbot, services, small_cluster, tmp_path
):
    window, desk = open_screen(qtbot, services, tmp_path)
    assert window.audience_action.shortcut().toString() == "F5"
    assert desk.window.isVisible() and desk.control.isVisible()
    assert not desk.window.isFullScreen()  # one screen: a window beside the main one
    texts = shown(desk)
    assert small_cluster["conference"].title.upper() in texts
    assert small_cluster["cluster"].name.upper() in texts
    assert "Hòa Bình, ngày 22 tháng 11 năm 2016" in texts
    assert desk.control.slides.count() == len(desk.controller.refs)


def test_page_keys_black_emblem_and_escape_on_the_audience_window(
    qtbot, services, small_cluster, tmp_path
):
    _window, desk = open_screen(qtbot, services, tmp_path)
    audience = desk.window
    key(qtbot, audience, Qt.Key.Key_PageDown)
    assert desk.controller.current_key() == "attendance"
    assert "Tình hình đại biểu dự Hội nghị" in shown(desk)
    key(qtbot, audience, Qt.Key.Key_PageUp)
    assert desk.controller.current_key() == "welcome"
    key(qtbot, audience, Qt.Key.Key_PageUp)  # already first: stays
    assert desk.controller.current_key() == "welcome"

    key(qtbot, audience, Qt.Key.Key_B)
    assert audience.view.mode == "black" and shown(desk) == []
    key(qtbot, audience, Qt.Key.Key_B)  # B again: back to the slide
    assert audience.view.mode == "slide"
    assert small_cluster["conference"].title.upper() in shown(desk)
    key(qtbot, audience, Qt.Key.Key_W)
    assert audience.view.mode == "emblem"
    assert shown(desk) == [small_cluster["cluster"].name.upper()]
    key(qtbot, audience, Qt.Key.Key_PageDown)  # a step from the emblem shows the next slide
    assert audience.view.mode == "slide" and desk.controller.current_key() == "attendance"

    audience.showFullScreen()
    key(qtbot, audience, Qt.Key.Key_Escape)
    assert not audience.isFullScreen() and audience.isVisible()  # left full screen, not closed


def test_the_slide_keys_work_from_the_control_panel(qtbot, services, small_cluster, tmp_path):
    window, desk = open_screen(qtbot, services, tmp_path)
    window.activateWindow()  # the secretary works in the main window; the projector shows
    qtbot.waitUntil(window.isActiveWindow)
    desk.control.slides.setFocus()
    key(qtbot, desk.control.slides, Qt.Key.Key_PageDown)
    assert desk.controller.current_key() == "attendance"
    assert desk.control.slides.currentRow() == 1
    key(qtbot, desk.control.slides, Qt.Key.Key_B)
    assert desk.window.view.mode == "black" and desk.control.black_button.isChecked()
    desk.control.black_button.click()
    assert desk.window.view.mode == "slide"


def test_a_check_in_changes_the_attendance_slide(qtbot, services, small_cluster, tmp_path):
    window, desk = open_screen(qtbot, services, tmp_path)
    key(qtbot, desk.window, Qt.Key.Key_PageDown)
    assert "0/3" in shown(desk)
    rows = services.attendance.roster(small_cluster["conference"].id)
    # through the undo stack, as the check-in page does: the edit's signal updates at once
    window.edits.change(m.Attendance, rows[0].attendance_id, "Điểm danh", present=True)
    assert "1/3" in shown(desk)
    assert "1 đại biểu có mặt / 2 đại biểu được mời" in shown(desk)
    # straight through the attendance service: seen by the change watch
    services.attendance.toggle_check_in(rows[1].attendance_id)
    qtbot.waitUntil(lambda: "2/3" in shown(desk))
    assert "Đủ số đơn vị tham dự (từ 2/3 trở lên)" in shown(desk)


def test_the_result_is_revealed_only_after_acceptance(qtbot, services, vote_setup, tmp_path):
    conf_id = vote_setup["conference"].id
    vote = services.votes.create_vote(conf_id, vote_setup["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=5)
    services.votes.counting.set_entry_mode(vote.id, "totals")
    services.votes.counting.save_totals(vote.id, {1: 5, 2: 4, 3: 1, 4: 0}, 5, 0)
    window, desk = open_screen(qtbot, services, tmp_path)
    control, controller = desk.control, desk.controller

    assert controller.go_key(f"vote-{vote.id}-1")
    texts = shown(desk)
    assert "Bỏ phiếu suy tôn: Cờ thi đua của Chính phủ" in texts
    assert (
        "Tối đa 02 đơn vị · Đạt khi ≥ 70% tổng số đơn vị thành viên · Có mặt tối thiểu 2/3 số đơn vị thành viên"
        not in texts
    )  # noqa: E501 (no quorum rule on this award)
    assert f"1. {vote_setup['units'][0].name}" in texts
    assert not control.reveal_button.isEnabled()
    for _ in range(len(controller.refs)):  # every slide, before acceptance: no count at all
        key(qtbot, desk.window, Qt.Key.Key_PageDown)
        assert not any("phiếu (" in t for t in shown(desk))
    assert not [r for r in controller.refs if r.key.startswith("result-")]

    controller.go_key(f"vote-{vote.id}-1")
    services.votes.accept(vote.id)  # as the results panel does: not through the undo stack
    qtbot.waitUntil(lambda: control.reveal_button.isEnabled())
    assert controller.current_key() == f"vote-{vote.id}-1"  # nothing shown by itself
    control.reveal_button.click()
    assert controller.current_key() == f"result-{vote.id}-1"
    texts = shown(desk)
    assert "5/5 phiếu (100,00%) – Đạt" in texts
    assert "1/5 phiếu (20,00%) – Không đạt" in texts
    assert "Tối đa 02 đơn vị · Đạt khi ≥ 70% tổng số đơn vị thành viên" in texts

    window.edits.update(services.votes.vote(vote.id))  # any edit: the slide stays
    services.votes.reopen(vote.id)  # reopened to correct: the hall loses the result at once
    qtbot.waitUntil(lambda: controller.current_key() == f"vote-{vote.id}-1")
    assert not any("phiếu (" in t for t in shown(desk))


def test_the_ballots_and_discrepancies_of_a_double_entry_never_show(
    qtbot, services, vote_setup, tmp_path
):
    conf_id = vote_setup["conference"].id
    vote = services.votes.create_vote(conf_id, vote_setup["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=3)
    counting = services.votes.counting
    counting.set_entry_mode(vote.id, "ballots", double_entry=True)
    window, desk = open_screen(qtbot, services, tmp_path)
    first, second = counting.session(vote.id, 1), counting.session(vote.id, 2)
    for a, b in (("12", "12"), ("1", "13"), ("", "")):
        first.enter(a)
        second.enter(b)
    qtbot.wait(100)  # the change watch has run
    seen: list[str] = []
    for _ in range(len(desk.controller.refs) + 1):
        seen += shown(desk)
        if desk.controller.current_key().startswith("vote-"):  # no count of any kind
            assert set(re.findall(r"\d+/\d+", "\n".join(shown(desk)))) <= {"2/3"}
        key(qtbot, desk.window, Qt.Key.Key_PageDown)
    text = "\n".join(seen)
    assert "Bỏ phiếu suy tôn: Cờ thi đua của Chính phủ" in text
    for secret in ("Phiếu thứ", "phiếu (", "lần 2", "phiếu trắng", "hợp lệ"):
        assert secret not in text, secret


def test_speaker_and_timer_are_the_secretarys(qtbot, services, small_cluster, tmp_path):
    conf_id = small_cluster["conference"].id
    item = services.agenda.add_item(conf_id, "Tham luận", presenter="Đại biểu các đơn vị")
    services.agenda.add_speech(item.id, "Nguyễn Văn An", speaker_title="Giám đốc")
    window, desk = open_screen(qtbot, services, tmp_path)
    control = desk.control
    desk.controller.go_key(f"agenda-{item.id}")
    assert "Trình bày: Đại biểu các đơn vị" in shown(desk)
    assert not any(t.startswith("Đang phát biểu") for t in shown(desk))
    assert control.speaker.count() == 3  # none, the presenter, the recorded speech
    control.speaker.setCurrentIndex(2)
    control.speaker.activated.emit(2)
    assert "Đang phát biểu: Nguyễn Văn An – Giám đốc" in shown(desk)
    control.timer_button.click()
    assert desk.controller.timer_running() and control.timer_button.text() == "Dừng"
    assert "00:00" in shown(desk)
    control.timer_button.click()
    assert not desk.controller.timer_running()
    key(qtbot, desk.window, Qt.Key.Key_PageUp)  # another slide a moment: speaker and time kept
    key(qtbot, desk.window, Qt.Key.Key_PageDown)
    assert "Đang phát biểu: Nguyễn Văn An – Giám đốc" in shown(desk) and "00:00" in shown(desk)
    control.timer_reset.click()
    assert desk.window.view.body.timer.isHidden()
    second = services.agenda.add_item(conf_id, "Bế mạc")
    qtbot.waitUntil(lambda: f"agenda-{second.id}" in [r.key for r in desk.controller.refs])
    key(qtbot, desk.window, Qt.Key.Key_PageDown)  # the next item: nobody speaks yet
    assert desk.controller.current_key() == f"agenda-{second.id}"
    assert not any(t.startswith("Đang phát biểu") for t in shown(desk))


def test_names_stay_plain_text_and_slides_fit_at_28_points(
    qtbot, services, small_cluster, tmp_path
):
    unit = small_cluster["units"][0]
    long_name = "Sở Tư pháp <b>tỉnh</b> Hà Giang & Cục Thi hành án dân sự tỉnh Tuyên Quang"
    services.edits.change(m.Unit, unit.id, name=long_name)
    units = [
        services.edits.create(m.Unit(small_cluster["cluster"].id, f"{long_name} {i}"))
        for i in range(7)
    ]
    vote = services.votes.create_vote(
        small_cluster["conference"].id, small_cluster["award"].id, unit_ids=[unit.id]
    )
    services.votes.add_candidates(vote.id, [u.id for u in units])
    _window, desk = open_screen(qtbot, services, tmp_path)
    for size in ((1024, 768), (1920, 1080)):
        desk.window.resize(*size)
        for i in range(len(desk.controller.refs)):
            desk.controller.go(i)
            view = desk.window.view
            assert view.fits, (size, desk.controller.current_key())
            assert view.body_px >= FLOOR_PX * size[1] / 768 - 1
    desk.controller.go_key(f"vote-{vote.id}-1")
    assert f"1. {long_name}" in shown(desk)  # as typed, not as markup


def test_the_main_window_loads_no_audience_module_until_asked():
    code = (
        "import sys, thidua_desktop.ui.main_window\n"
        "print([n for n in sys.modules if 'audience' in n or 'hall_screen' in n])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
