"""Keypad counting: no single key destroys a stored ballot; one ballot can be re-keyed; undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_votes_page import key_ballot, page  # noqa: F401 (fixture)
from thidua_desktop.domain import model as m
from thidua_desktop.ui.pages.votes_page import RESULTS

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(services, vote_id, entry_pass=1):
    return [
        (b.id, b.seq, b.marks, b.invalid_reason)
        for b in services.votes.counting.records(vote_id, entry_pass)
    ]


def test_backspace_on_an_empty_field_keeps_every_stored_ballot(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    for text in ("1", "2", "3"):
        key_ballot(qtbot, entry, text)
    before = stored(services, vote.id)
    for _ in range(3):
        qtbot.keyClick(entry, Qt.Key.Key_Backspace)
    assert stored(services, vote.id) == before
    assert w.keypad.ballots.rowCount() == 3
    assert "Ctrl+Delete" in w.keypad.message.text()


def test_ctrl_delete_names_the_ballot_and_undo_redo_restore_it_exactly(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    for text in ("1", "2", "13"):
        key_ballot(qtbot, entry, text)
    before = stored(services, vote.id)
    qtbot.keyClick(entry, Qt.Key.Key_Delete, CTRL)
    assert stored(services, vote.id) == before[:2]
    assert w.keypad.message.text().startswith("Phiếu thứ 3 (số 1, 3) đã xóa")
    assert w.keypad.tally.index(0, 2).data() == "1/5"
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert stored(services, vote.id) == before  # same id, place and marks
    assert w.keypad.ballots.rowCount() == 3 and w.keypad.tally.index(0, 2).data() == "2/5"
    qtbot.keyClick(entry, Qt.Key.Key_Y, CTRL)
    assert stored(services, vote.id) == before[:2]
    assert "Đã làm lại: Xóa phiếu thứ 3 (số 1, 3)" in w.keypad.message.text()


def test_one_stored_ballot_is_chosen_and_re_keyed_alone(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    for text in ("1", "2", "3", "12"):
        key_ballot(qtbot, entry, text)
    before = stored(services, vote.id)
    for _ in range(3):  # ↑ from the new line: ballot 4, 3, 2
        qtbot.keyClick(entry, Qt.Key.Key_Up)
    assert w.keypad.selected_row() == 1
    assert "Phiếu thứ 2 (số 2)" in w.keypad.message.text()
    key_ballot(qtbot, entry, "3")
    after = stored(services, vote.id)
    assert after[1] == (before[1][0], 2, "3", "")
    assert after[:1] + after[2:] == before[:1] + before[2:]
    assert w.keypad.selected_row() is None  # back to keying new ballots
    assert [w.keypad.tally.index(i, 2).data() for i in range(3)] == ["2/5", "1/5", "2/5"]
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # an empty Enter only asks…
    assert len(stored(services, vote.id)) == 4 and "lần nữa" in w.keypad.message.text()
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # …the second stores a blank ballot, number 5
    assert len(stored(services, vote.id)) == 5
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # the blank ballot
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # the correction
    assert stored(services, vote.id) == before


def test_delete_on_a_chosen_ballot_removes_only_it(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    for text in ("1", "2", "3"):
        key_ballot(qtbot, entry, text)
    before = stored(services, vote.id)
    qtbot.keyClick(entry, Qt.Key.Key_Delete)  # nothing chosen: Delete alone removes nothing
    assert stored(services, vote.id) == before
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    qtbot.keyClick(entry, Qt.Key.Key_Delete)
    assert stored(services, vote.id) == [before[0], before[2]]
    assert w.keypad.message.text().startswith("Phiếu thứ 2 (số 2) đã xóa")
    assert [w.keypad.ballots.index(i, 0).data() for i in range(2)] == ["1", "2"]
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert stored(services, vote.id) == before


def test_second_entry_not_started_lists_no_differences(qtbot, page, services):  # noqa: F811
    w, vote = page
    services.votes.counting.set_entry_mode(vote.id, "ballots", double_entry=True)
    w.refresh()
    entry = w.keypad.entry
    for text in ("1", "2", "3", "4", ""):
        key_ballot(qtbot, entry, text)
    assert not w.keypad.discrepancies.isVisible()
    w.keypad.pass_box.setCurrentIndex(1)
    for text in ("1", "3"):
        key_ballot(qtbot, entry, text)
    assert w.keypad.discrepancies.isVisible()
    assert "1 phiếu" in w.keypad.discrepancies.text()
    assert "Phiếu thứ 2" in w.keypad.discrepancies.text()
    assert "Phiếu thứ 3" not in w.keypad.discrepancies.text()
    qtbot.keyClick(entry, Qt.Key.Key_Up)  # fix it where it is
    key_ballot(qtbot, entry, "2")
    assert not w.keypad.discrepancies.isVisible()
    assert services.repo.count(m.BallotRecord, "entry_pass = 2") == 2


def test_focus_work_puts_the_keyboard_in_the_keypad_field(qtbot, page):  # noqa: F811
    w, _vote = page
    w.activateWindow()
    w.vote_box.setFocus()
    w.focus_work()  # what the main window calls when the page is shown
    qtbot.waitUntil(lambda: w.keypad.entry.hasFocus())
    qtbot.keyClick(w.keypad.entry, Qt.Key.Key_1)
    qtbot.keyClick(w.keypad.entry, Qt.Key.Key_Return)
    assert w.keypad.ballots.rowCount() == 1


def test_undo_passes_over_the_ballots_of_an_accepted_result(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    for text in ("12", "12", "12", "12", "3"):
        key_ballot(qtbot, entry, text)
    w.tabs.setCurrentIndex(RESULTS)
    w.results.accept_button.click()
    assert services.votes.vote(vote.id).status == "closed"
    before = stored(services, vote.id)
    for _ in range(5):
        w.edits.stack.undo()  # Ctrl+Z from anywhere in the app
    assert stored(services, vote.id) == before
    assert services.votes.vote(vote.id).status == "closed"


def test_in_the_main_window_each_key_acts_once(qtbot, services, small_cluster, tmp_path):
    from tests.ui.gui_helpers import make_window
    from tests.vote_helpers import build_vote_setup

    s = build_vote_setup(services, small_cluster)
    vote = services.votes.create_vote(s["conference"].id, s["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=5)
    window = make_window(qtbot, services, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    votes = window.show_page("votes")
    votes.tabs.setCurrentIndex(1)
    entry = votes.keypad.entry
    qtbot.waitUntil(entry.hasFocus)
    for text in ("1", "2", "3"):
        key_ballot(qtbot, entry, text)
    before = stored(services, vote.id)
    qtbot.keyClick(entry, Qt.Key.Key_Backspace)
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)
    assert stored(services, vote.id) == before[:2]  # one press, one ballot
    assert entry.hasFocus()  # the page reloaded; the next digits still land in the field
    qtbot.keyClick(entry, Qt.Key.Key_Y, CTRL)
    assert stored(services, vote.id) == before
    assert entry.hasFocus()
    qtbot.keyClick(entry, Qt.Key.Key_Delete, CTRL)
    assert stored(services, vote.id) == before[:2]
    assert "Phiếu thứ 3 (số 3) đã xóa" in votes.keypad.message.text()
    assert "Xóa phiếu thứ 3 (số 3)" in window.statusBar().currentMessage()


def test_live_tally_numbers_are_never_cut(qtbot, page):  # noqa: F811
    from thidua_desktop.ui.models.vote_result_table_model import PERCENT, VOTES

    w, _vote = page
    view = w.keypad.tally_view
    metrics = view.fontMetrics()
    # sized when nothing is counted yet ("0,00%"), the columns already hold the widest figures
    assert view.columnWidth(PERCENT) >= metrics.horizontalAdvance("100,00%")
    assert view.columnWidth(VOTES) >= metrics.horizontalAdvance("9999/9999")


def test_a_hurried_second_enter_stores_no_blank_ballot(qtbot, page, services):  # noqa: F811
    w, vote = page
    entry = w.keypad.entry
    qtbot.keyClicks(entry, "12")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # the hurried second Enter
    assert [s[2] for s in stored(services, vote.id)] == ["1,2"]
    assert "phiếu trắng" in w.keypad.message.text()
    qtbot.keyClick(entry, Qt.Key.Key_Backspace)  # any other key: the next Enter asks again
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert len(stored(services, vote.id)) == 1
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [s[2] for s in stored(services, vote.id)] == ["1,2", ""]
