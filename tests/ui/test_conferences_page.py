"""Conferences and years pages: create from a kind (agenda pre-filled), the form, head/deputies."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from tests.ui.gui_helpers import make_window, type_text
from thidua_desktop.domain import model as m
from thidua_desktop.services.conferences import STANDARD_AGENDA


@pytest.fixture
def window(qtbot, services, small_cluster, tmp_path):
    w = make_window(qtbot, services, tmp_path)
    w.show()
    return w


def agenda_titles(services, conference_id):
    return [a.title for a in services.conferences.agenda(conference_id)]


@pytest.mark.parametrize("kind", list(m.ConferenceKind))
def test_standard_agenda_of_every_kind_opens_and_closes(kind):
    titles = [t for t, _who, _min in STANDARD_AGENDA[kind]]
    assert "khai mạc" in titles[1]
    assert "bế mạc" in titles[-1]


def test_create_launch_conference_prefills_agenda_and_selects_it(window, services, small_cluster):
    page = window.show_page("conferences")
    action = next(a for a in page.new_button.menu().actions() if "giao ước" in a.text())
    action.trigger()
    conf = services.repo.find(m.Conference, order_by="id DESC")[0]
    assert conf.kind == m.ConferenceKind.LAUNCH
    assert conf.title == ("Hội nghị phát động phong trào và ký kết giao ước thi đua năm 2016")
    titles = agenda_titles(services, conf.id)
    assert "Ký kết giao ước thi đua" in titles
    assert not any("bỏ phiếu" in t for t in titles)
    assert window.selection.conference_id == conf.id
    assert page.agenda.count() == len(titles)
    assert window.header.conference_combo.currentData() == conf.id
    window.undo_action.trigger()  # conference and its agenda go together
    assert services.repo.count(m.Conference, "id = ?", [conf.id]) == 0
    assert services.repo.count(m.AgendaItem, "conference_id = ?", [conf.id]) == 0
    assert window.selection.conference_id != conf.id
    window.redo_action.trigger()
    assert agenda_titles(services, conf.id) == titles


def test_year_end_agenda_has_the_vote(window, services):
    page = window.show_page("conferences")
    conf = page.create_conference(m.ConferenceKind.YEAREND)
    titles = agenda_titles(services, conf.id)
    assert any("bỏ phiếu" in t for t in titles)
    assert [a.sort_order for a in services.conferences.agenda(conf.id)] == list(
        range(1, len(titles) + 1)
    )


def test_form_fields_commit_on_editing_finished(qtbot, window, services, small_cluster):
    page = window.show_page("conferences")
    conf_id = small_cluster["conference"].id
    place = page.fields["place"]
    place.setFocus()
    place.selectAll()
    type_text(place, "Thành phố Hòa Bình")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert services.repo.get(m.Conference, conf_id).place == "Thành phố Hòa Bình"
    page.date.setDate(QDate(2016, 11, 23))
    page.date.editingFinished.emit()
    page.end_time.setTime(QTime(11, 30))
    page.end_time.editingFinished.emit()
    stored = services.repo.get(m.Conference, conf_id)
    assert (stored.date, stored.end_time) == (date(2016, 11, 23), time(11, 30))
    page.end_time.setTime(QTime(7, 0))  # before the 08:00 start
    page.end_time.editingFinished.emit()
    assert "Giờ kết thúc sớm hơn giờ bắt đầu" in page.error.text()
    assert services.repo.get(m.Conference, conf_id).end_time == time(11, 30)
    host = small_cluster["units"][0]
    page.host.setCurrentIndex(page.host.findData(host.id))
    page.host.activated.emit(page.host.currentIndex())
    assert services.repo.get(m.Conference, conf_id).host_unit_id == host.id
    window.undo_action.trigger()
    assert services.repo.get(m.Conference, conf_id).host_unit_id == small_cluster["units"][2].id


def test_tab_order_follows_the_form(window):
    page = window.show_page("conferences")
    title = page.fields["title"]
    chain = [title]
    for _ in range(5):
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain[1] is page.kind_label
    assert chain[2] is page.date


def test_delete_conference_with_attendance_is_refused(window, services, small_cluster, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "thidua_desktop.ui.pages.conferences_page.show_domain_error",
        lambda _p, e: shown.append(str(e)),
    )
    page = window.show_page("conferences")
    page.delete_conference()
    assert "2 người dự" in shown[0]
    assert services.repo.count(m.Conference) == 1


def test_year_head_and_deputies_and_history(window, services, small_cluster):
    page = window.show_page("years")
    units = small_cluster["units"]
    year_id = small_cluster["year"].id
    page.head.setCurrentIndex(page.head.findData(units[2].id))
    page.head.activated.emit(page.head.currentIndex())
    page.deputies[0].setCurrentIndex(page.deputies[0].findData(units[0].id))
    page.deputies[0].activated.emit(page.deputies[0].currentIndex())
    page.deputies[1].setCurrentIndex(page.deputies[1].findData(units[1].id))
    page.deputies[1].activated.emit(page.deputies[1].currentIndex())
    assert services.units.roles(year_id) == (units[2].id, [units[0].id, units[1].id])
    roles = services.repo.find(m.YearRole, "year_id = ?", [year_id])
    assert {r.role for r in roles} == {m.YearRoleKind.HEAD, m.YearRoleKind.DEPUTY}
    row = page.history_model.row_at(0)
    assert (row.year, row.head) == (2016, "Sở Tư pháp tỉnh Hòa Bình")
    page.deputies[1].setCurrentIndex(page.deputies[1].findData(units[2].id))  # the head again
    page.deputies[1].activated.emit(page.deputies[1].currentIndex())
    assert "vừa là trưởng vừa là phó" in page.error.text()
    assert services.units.roles(year_id) == (units[2].id, [units[0].id, units[1].id])
    window.undo_action.trigger()
    assert services.units.roles(year_id) == (units[2].id, [units[0].id])


def test_add_year_theme_and_selection(qtbot, window, services, small_cluster):
    page = window.show_page("years")
    page.add_year(2017)
    year = services.repo.find_one(m.Year, "year = 2017")
    assert window.selection.year_id == year.id
    assert window.header.year_combo.currentText() == "2017"
    page.theme.setFocus()
    type_text(page.theme, "Đoàn kết, kỷ cương")
    qtbot.keyClick(page.theme, Qt.Key.Key_Return)
    assert services.repo.get(m.Year, year.id).theme == "Đoàn kết, kỷ cương"
    page.add_year(2017)
    assert "Năm này đã có" in page.error.text()
    QApplication.processEvents()


def test_legacy_text_in_a_form_field_can_be_kept_as_typed(
    qtbot, window, services, small_cluster, monkeypatch
):
    from thidua_desktop.ui.dialogs.legacy_text_dialog import LegacyTextDialog

    answers = iter([0, 1])  # first keep as typed, then convert
    monkeypatch.setattr(LegacyTextDialog, "exec", lambda d: next(answers))
    page = window.show_page("conferences")
    conf_id = small_cluster["conference"].id
    chair = page.fields["chair_name"]
    chair.setText("NguyÔn V¨n An")
    chair.editingFinished.emit()
    assert services.repo.get(m.Conference, conf_id).chair_name == "NguyÔn V¨n An"
    chair.setText("TrÇn ThÞ B×nh")
    chair.editingFinished.emit()
    assert services.repo.get(m.Conference, conf_id).chair_name == "Trần Thị Bình"
