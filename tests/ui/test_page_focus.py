"""Each page shown puts the keys where its work starts; Ctrl+Z from a text box reaches the undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.gui_helpers import make_window, type_text
from thidua_desktop.domain import model as m

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


@pytest.fixture
def window(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def go(window, n: int):
    """Ctrl+<n> as pressed wherever the keys are now; returns the page shown."""
    QTest.keyClick(QApplication.focusWidget() or window, DIGITS[n - 1], CTRL)
    page = window.stack.currentWidget().widget()
    assert page is window.pages.page_at(n - 1)
    return page


def test_every_page_reached_by_ctrl_digit_takes_the_keys(window):
    for n in range(1, 10):
        page = go(window, n)
        focused = QApplication.focusWidget()
        assert focused is not None, n
        assert not window.header.isAncestorOf(focused), (n, focused)
        assert focused is window.stack.currentWidget() or page.isAncestorOf(focused), (n, focused)
        if n == 5:
            assert focused is page.search
        if n == 6:  # an empty agenda starts at the new-item box
            assert focused is page.new_item


def test_scoring_page_starts_at_the_first_score_left_to_enter(window, services, small_cluster):
    cset = services.scoring.create_set(small_cluster["year"].id, "Bảng điểm 2016", scale=100)
    first = services.edits.create(m.Criterion(cset.id, "Chuyên môn", code="1", max_points=90))
    services.edits.create(m.Criterion(cset.id, "Phong trào", code="2", max_points=10))
    unit = small_cluster["units"][0]
    services.edits.create(m.Score(first.id, unit.id, cluster_score=80))
    page = go(window, 8)
    page.refresh()
    go(window, 5)
    go(window, 8)
    assert QApplication.focusWidget() is page.grid
    current = page.grid.currentIndex()
    assert (current.row(), current.column()) == (0, 1)  # unit 1 has its first score already
    QTest.keyClick(page.grid, Qt.Key.Key_7)  # the first key opens the editor there
    assert page.grid.state() == page.grid.State.EditingState


def test_agenda_new_item_then_ctrl_z_in_the_same_box_takes_it_back(window, services):
    page = go(window, 6)
    page.new_item.setFocus()  # where Ctrl+6 puts it (tested above)
    type_text(page.new_item, "Báo cáo tổng kết")
    QTest.keyClick(page.new_item, Qt.Key.Key_Return)
    assert services.repo.count(m.AgendaItem) == 1 and page.new_item.text() == ""
    QTest.keyClick(page.new_item, Qt.Key.Key_Z, CTRL)
    assert services.repo.count(m.AgendaItem) == 0
    assert page.new_item.text() == ""  # the typed text did not come back instead
    QTest.keyClick(page.new_item, Qt.Key.Key_Y, CTRL)
    assert [i.title for i in services.repo.find(m.AgendaItem)] == ["Báo cáo tổng kết"]


def test_a_field_saved_by_enter_is_undone_by_ctrl_z_in_the_same_field(window, services):
    page = go(window, 7)
    year_id = window.selection.year_id
    before = services.repo.get(m.Year, year_id).theme
    page.theme.setFocus()
    page.theme.selectAll()
    type_text(page.theme, "Đổi mới, hiệu quả")
    QTest.keyClick(page.theme, Qt.Key.Key_Return)
    assert services.repo.get(m.Year, year_id).theme == "Đổi mới, hiệu quả"
    QTest.keyClick(page.theme, Qt.Key.Key_Z, CTRL)  # the saved edit, not the typing
    assert services.repo.get(m.Year, year_id).theme == before
    assert page.theme.text() == before
    QTest.keyClick(page.theme, Qt.Key.Key_Y, CTRL)
    assert services.repo.get(m.Year, year_id).theme == "Đổi mới, hiệu quả"
    assert page.theme.text() == "Đổi mới, hiệu quả"
