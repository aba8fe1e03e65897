"""Keypad: a ballot declared invalid with nothing keyed is shown as invalid, never as a blank."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_votes_page import page  # noqa: F401 (fixture)
from thidua_desktop.ui.models.vote_ballot_table_model import MARKS, STATUS


def test_an_explicit_invalid_ballot_is_not_shown_blank(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # a blank ballot: Enter twice on the empty field
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClicks(entry, "/")  # invalid, nothing marked; the reason's digit stores it
    qtbot.keyClick(entry, Qt.Key.Key_4)
    records = services.votes.counting.records(vote.id)
    assert [(b.marks, bool(b.invalid_reason)) for b in records] == [("", False), ("", True)]
    model = w.keypad.ballots
    assert model.index(0, MARKS).data() == "(trắng)"
    assert model.index(1, MARKS).data() == "—"
    assert model.index(1, STATUS).data().startswith("Không hợp lệ: ")
