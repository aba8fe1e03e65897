"""Agenda page: keyboard reorder, drag and drop, speakers, conclusions, summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from thidua_desktop.domain import model as m
from thidua_desktop.ui.models.agenda_table_model import AgendaTableModel, SpeechTableModel
from thidua_desktop.ui.pages.agenda_page import AgendaPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits

TITLES = ["Khai mạc", "Báo cáo tổng kết", "Thảo luận", "Bỏ phiếu"]


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.NoModifier)


@pytest.fixture
def page(qtbot, services, small_cluster):
    conf_id = small_cluster["conference"].id
    for title in TITLES:
        services.agenda.add_item(conf_id, title)
    edits = UndoableEdits(services.edits)
    selection = Selection()
    c = small_cluster
    selection.set(c["cluster"].id, c["year"].id, conf_id)
    widget = AgendaPage(services, edits, selection)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget._keep = (edits, selection)
    return widget


def stored_titles(services, conf_id):
    return [i.title for i in services.agenda.items(conf_id)]


def test_ctrl_down_and_up_reorder_and_undo(page, services, small_cluster):
    conf_id = small_cluster["conference"].id
    view = page.items_view
    view.setFocus()
    view.setCurrentIndex(page.items.index(0, 1))
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(services, conf_id) == [
        "Báo cáo tổng kết",
        "Thảo luận",
        "Khai mạc",
        "Bỏ phiếu",
    ]
    assert page.current_item().title == "Khai mạc"  # the moved item stays selected
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(services, conf_id)[1] == "Khai mạc"
    page.edits.stack.undo()
    assert stored_titles(services, conf_id)[2] == "Khai mạc"
    assert [i.sort_order for i in services.agenda.items(conf_id)] == [1, 2, 3, 4]


def test_drop_moves_an_item(page, services, small_cluster):
    mime = page.items.mimeData([page.items.index(3, 0)])
    page.items.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stored_titles(services, small_cluster["conference"].id)[0] == "Bỏ phiếu"


def test_new_item_by_typing_and_enter(page, services, small_cluster):
    page.new_item.setFocus()
    type_text(page.new_item, "Bàn giao nhiệm vụ")
    QTest.keyClick(page.new_item, Qt.Key.Key_Return)
    assert stored_titles(services, small_cluster["conference"].id)[-1] == "Bàn giao nhiệm vụ"
    assert page.current_item().title == "Bàn giao nhiệm vụ"


def test_speaker_added_with_unit_and_points(page, services):
    page.items_view.setCurrentIndex(page.items.index(2, 1))
    assert page.item_heading.text() == "Thảo luận"
    page.speaker.setFocus()
    type_text(page.speaker, "Vàng Seo Dìn")
    page.speaker_title.setText("Giám đốc")
    page.speaker_place.setText("Sở Tư pháp tỉnh Hà Giang")
    page.points.setPlainText("Đề nghị tăng cường kiểm tra\nThống nhất với báo cáo")
    page.points.setFocus()
    QTest.keyClick(page.points, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    speech = services.repo.find_one(m.Speech, "speaker_name = 'Vàng Seo Dìn'")
    assert speech.agenda_item_id == page.current_item().id
    assert speech.unit_id == services.repo.find_one(m.Unit, "name LIKE '%Hà Giang'").id
    assert speech.points == "Đề nghị tăng cường kiểm tra\nThống nhất với báo cáo"
    assert page.speaker.text() == "" and page.speaker.hasFocus()
    assert page.speeches.rowCount() == 1


def test_speaker_from_outside_keeps_the_organization(page, services):
    page.speaker.setText("Phan Chí Hiếu")
    page.speaker_place.setText("Bộ Tư pháp")
    page.add_speech()
    speech = services.repo.find_one(m.Speech, "speaker_name = 'Phan Chí Hiếu'")
    assert (speech.unit_id, speech.organization) == (None, "Bộ Tư pháp")


def test_speech_without_a_name_is_refused(page, services):
    page.points.setPlainText("Ý kiến")
    page.add_speech()
    assert "Người phát biểu" in page.error.text()
    assert services.repo.count(m.Speech) == 0


def test_conclusion_and_summary_commit_on_leaving(page, services, small_cluster):
    page.conclusion.setFocus()
    page.conclusion.setPlainText("Hội nghị thống nhất\nGiao Văn phòng hoàn thiện")
    page.summary.setFocus()  # leaving the conclusion commits it
    item = services.repo.get(m.AgendaItem, page.current_item().id)
    assert item.conclusion == "Hội nghị thống nhất\nGiao Văn phòng hoàn thiện"
    page.summary.setPlainText("Hội nghị thành công tốt đẹp")
    page.new_item.setFocus()
    conf = services.repo.get(m.Conference, small_cluster["conference"].id)
    assert conf.summary == "Hội nghị thành công tốt đẹp"


def test_planned_time_edit_and_a_bad_time(page, services):
    first = page.current_item()
    assert page.items.setData(page.items.index(0, 0), "8h30")
    assert services.repo.get(m.AgendaItem, first.id).planned_time.strftime("%H:%M") == "08:30"
    page.items.setData(page.items.index(0, 0), "25h")
    assert "không phải là giờ" in page.error.text()


def test_agenda_models(qtmodeltester, services, small_cluster):
    item = services.agenda.add_item(small_cluster["conference"].id, "Khai mạc")
    services.agenda.add_speech(item.id, "Nguyễn Văn An", points="a\nb")
    agenda = AgendaTableModel(lambda *a: None, lambda *a: None)
    agenda.set_rows(services.agenda.items(small_cluster["conference"].id))
    qtmodeltester.check(agenda)
    speeches = SpeechTableModel(lambda *a: None)
    speeches.set_rows(services.agenda.speeches(item.id))
    qtmodeltester.check(speeches)
    assert speeches.data(speeches.index(0, 3)) == "a\nb"


def test_picking_a_delegate_fills_title_and_unit(page):
    page._speaker_picked("Nguyễn Văn An")
    assert page.speaker_title.text() == "Giám đốc"
    assert page.speaker_place.text() == "Sở Tư pháp tỉnh Hà Giang"
    assert page.people.model().rowCount() == 2


def test_delete_key_removes_an_item_with_its_speeches_and_undo_restores(page, services):
    item = page.current_item()
    services.agenda.add_speech(item.id, "Nguyễn Văn An", points="Ý kiến")
    page.items_view.setFocus()
    QTest.keyClick(page.items_view, Qt.Key.Key_Delete)
    assert services.repo.count(m.AgendaItem, "id = ?", [item.id]) == 0
    assert services.repo.count(m.Speech) == 0
    page.edits.stack.undo()
    assert services.repo.get(m.AgendaItem, item.id).title == item.title
    assert [s.points for s in services.agenda.speeches(item.id)] == ["Ý kiến"]


def test_delete_key_removes_a_speech(page, services):
    item = page.current_item()
    services.agenda.add_speech(item.id, "Trần Thị Bình")
    page.refresh()
    page.speeches_view.setFocus()
    page.speeches_view.setCurrentIndex(page.speeches.index(0, 0))
    QTest.keyClick(page.speeches_view, Qt.Key.Key_Delete)
    assert services.repo.count(m.Speech) == 0
