"""At 1280×720 long texts keep their start and their end; the whole text is the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.ui.widgets import PathField


def test_the_header_shows_a_long_conference_title_with_its_year(
    qtbot, services, small_cluster, tmp_path
):
    title = "Hội nghị phát động phong trào thi đua và ký kết giao ước thi đua năm 2016"
    services.edits.change(m.Conference, small_cluster["conference"].id, title=title)
    window = make_window(qtbot, services, tmp_path)
    window.resize(1280, 720)
    window.show()
    window.header.refresh()
    QApplication.processEvents()
    combo = window.header.conference_combo
    shown = combo.shown_text()
    assert title in combo.currentText()
    assert shown != combo.currentText() and "…" in shown  # too long for the box
    assert shown.endswith("năm 2016")
    assert title in combo.toolTip()


def test_a_long_output_folder_keeps_its_own_name_visible(qtbot, tmp_path):
    field = PathField()
    qtbot.addWidget(field)
    field.resize(300, 30)
    field.show()
    path = "/home/thu-ky/Tài liệu/Hồ sơ cụm thi đua/2016/hoi-nghi-phat-dong-va-ky-ket-giao-uoc"
    field.set_path(path)
    assert field.text().endswith("giao-uoc") and "…" in field.text()
    assert field.path() == path and field.toolTip() == path


def test_counting_committee_names_have_room_at_1280(qtbot, services, small_cluster, tmp_path):
    from tests.vote_helpers import build_vote_setup

    build_vote_setup(services, small_cluster)
    window = make_window(qtbot, services, tmp_path)
    window.resize(1280, 720)
    window.show()
    setup = window.show_page("votes").setup
    QApplication.processEvents()
    letters = setup.member_name.width() / setup.member_name.fontMetrics().averageCharWidth()
    assert letters >= 20  # "Nguyễn Thị Thanh Hương" fits
