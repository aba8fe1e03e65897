"""Refused counts are seen: the message sits by the field, scrolls into view, nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.test_votes_page import page  # noqa: F401 (fixture)
from thidua_desktop.ui.pages.votes_page import SETUP


def type_count(qtbot, box, text):
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_returned_above_issued_is_refused_next_to_the_field_in_view(qtbot, page, services):  # noqa: F811
    w, vote = page
    services.votes.set_counts(vote.id, members=30, present=28, issued=27, returned=20)
    w.refresh()
    area = QScrollArea(widgetResizable=True)  # the main window scrolls every page like this
    qtbot.addWidget(area)
    w.setMinimumHeight(1600)  # taller than the window: the page scrolls
    area.setWidget(w)
    try:
        check_refusal(qtbot, area, w, vote, services)
    finally:
        area.takeWidget()  # the page fixture closes the page itself


def check_refusal(qtbot, area, w, vote, services):
    area.resize(1100, 150)  # the counts sit below the fold
    area.show()
    w.tabs.setCurrentIndex(SETUP)
    qtbot.waitUntil(lambda: w.setup.returned.mapTo(w, w.setup.returned.rect().topLeft()).y() > 150)
    setup = w.setup
    type_count(qtbot, setup.returned, "30")
    error = setup.counts_error
    assert error.isVisible()
    assert "Số phiếu thu vào (30)" in error.text() and "27" in error.text()
    assert services.votes.vote(vote.id).ballots_returned == 20  # nothing stored
    assert setup.returned.value() == 30  # the typed number stays for correction
    assert setup.returned.hasFocus() or not area.isActiveWindow()
    qtbot.waitUntil(lambda: not error.visibleRegion().isEmpty())  # scrolled into view
    type_count(qtbot, setup.returned, "25")
    assert services.votes.vote(vote.id).ballots_returned == 25
    assert not setup.counts_error.isVisible()
