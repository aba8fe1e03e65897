"""Archived years say so on every page, unlock in one explained click, and stay unlocked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.dialog_answers import answer_message_box, when_modal
from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.ui.dialogs.new_vote_dialog import NewVoteDialog


def past_year_window(qtbot, services, small_cluster, tmp_path):
    services.edits.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    window = make_window(qtbot, services, tmp_path)
    window.show()
    y2016 = small_cluster["year"]
    window.selection.set(small_cluster["cluster"].id, y2016.id, small_cluster["conference"].id)
    return window


def test_every_page_of_an_archived_year_says_it_is_read_only(
    qtbot, services, small_cluster, tmp_path
):
    window = past_year_window(qtbot, services, small_cluster, tmp_path)
    bar = window.archive_bar
    for key in ("attendance", "votes", "agenda"):
        window.show_page(key)
        assert bar.isVisible() and "Năm 2016 đã lưu trữ" in bar.text.text()
    latest = services.repo.find_one(m.Year, "year = 2017")
    window.selection.set(small_cluster["cluster"].id, latest.id, None)
    assert not bar.isVisible()


def test_unlock_is_explained_remembered_across_a_restart_and_locked_again(
    qtbot, services, small_cluster, tmp_path
):
    window = past_year_window(qtbot, services, small_cluster, tmp_path)
    bar = window.archive_bar
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert "kể cả sau khi mở lại" in asked[0]
    assert "mở khóa để sửa" in bar.text.text()
    year_id = small_cluster["year"].id
    services.archive.ensure_year_editable(year_id)
    path, settings = services.path, window.settings
    window.close()
    services.close()
    again = Services.open(path, actor="test")  # the app started again on the same file
    try:
        from thidua_desktop.ui.main_window import MainWindow

        restarted = MainWindow(again, settings)
        qtbot.addWidget(restarted)
        assert not again.archive.is_archived(year_id)
        restarted.selection.set(small_cluster["cluster"].id, year_id, None)
        qtbot.mouseClick(restarted.archive_bar.button, Qt.MouseButton.LeftButton)  # Khóa lại
        assert again.archive.is_archived(year_id)
        third = MainWindow(again, settings)
        qtbot.addWidget(third)
        assert third.services.archive.is_archived(year_id)
    finally:
        again.close()


def test_new_vote_in_an_archived_year_asks_before_its_form_opens(
    qtbot, services, small_cluster, tmp_path
):
    window = past_year_window(qtbot, services, small_cluster, tmp_path)
    page = window.show_page("votes")
    opened: list[bool] = []
    when_modal(NewVoteDialog, lambda d: (opened.append(True), d.reject()))
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert asked and "Năm 2016" in asked[0]
    assert opened == []  # nothing typed in vain
    assert "chỉ xem" in page.message.text()
    assert services.archive.is_archived(small_cluster["year"].id)
