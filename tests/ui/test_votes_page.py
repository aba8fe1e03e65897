"""Votes page: count a stack of ballots by keyboard alone, invalid ballots, undo, double entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.vote_helpers import build_vote_setup
from thidua_desktop.domain import model as m
from thidua_desktop.domain.voting import Status
from thidua_desktop.ui.pages.votes_page import COUNTING, RESULTS, VotesPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


@pytest.fixture
def page(qtbot, services, small_cluster):
    s = build_vote_setup(services, small_cluster)
    vote = services.votes.create_vote(s["conference"].id, s["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=5)
    selection = Selection()
    selection.set(s["cluster"].id, s["year"].id, s["conference"].id)
    w = VotesPage(services, UndoableEdits(services.edits), selection)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    w.tabs.setCurrentIndex(COUNTING)
    return w, vote


def key_ballot(qtbot, entry, text):
    """Type a ballot and Enter; "" is a blank ballot, which takes Enter twice."""
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    if text == "":
        qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_count_a_stack_by_keyboard_alone(qtbot, page, services):
    w, vote = page
    entry = w.keypad.entry
    assert entry.isEnabled() and "Enter" in w.keypad.hint.text()
    key_ballot(qtbot, entry, "12")
    key_ballot(qtbot, entry, "1 3")
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # blank ballot: Enter twice on the empty field
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    key_ballot(qtbot, entry, "9")  # not on the list: refused, nothing stored
    assert "Số 9 không có trong danh sách" in w.keypad.message.text()
    assert services.repo.count(m.BallotRecord) == 3
    entry.clear()
    qtbot.keyClicks(entry, "2/")  # "/" = invalid, then the reason's digit
    assert "chọn lý do" in w.keypad.message.text()
    qtbot.keyClick(entry, Qt.Key.Key_5)
    key_ballot(qtbot, entry, "123")  # over the quota of 2: stored as invalid
    stored = services.votes.counting.records(vote.id)
    assert [(b.marks, b.invalid_reason[:20]) for b in stored] == [
        ("1,2", ""),
        ("1,3", ""),
        ("", ""),
        ("2", "Có ký tên hoặc đánh "),
        ("1,2,3", "Đánh dấu quá số lượn"),
    ]
    assert w.keypad.progress.text().startswith("Đã nhập 5/5 phiếu")
    tally = w.keypad.tally
    assert [tally.index(i, 2).data() for i in range(3)] == ["2/5", "1/5", "1/5"]
    key_ballot(qtbot, entry, "1")  # one too many
    assert "đủ 5 phiếu" in w.keypad.message.text()


def test_ctrl_z_and_ctrl_y_in_the_keypad_undo_and_redo_the_last_ballot(qtbot, page, services):
    w, vote = page
    entry = w.keypad.entry
    for text in ("1", "2", "3"):
        key_ballot(qtbot, entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.marks for b in services.votes.counting.records(vote.id)] == ["1", "2"]
    assert w.keypad.ballots.rowCount() == 2
    assert w.keypad.tally.index(2, 2).data() == "0/5"
    qtbot.keyClick(entry, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [b.marks for b in services.votes.counting.records(vote.id)] == ["1", "2", "3"]
    assert w.keypad.ballots.rowCount() == 3 and "Đã làm lại" in w.keypad.message.text()


def test_results_tab_explains_and_accepts(qtbot, page, services):
    w, vote = page
    entry = w.keypad.entry
    for text in ("12", "12", "12", "12", "3"):
        key_ballot(qtbot, entry, text)
    w.tabs.setCurrentIndex(RESULTS)
    r = w.results
    assert r.result is not None and not r.result.provisional
    assert [row.status for row in r.result.rows][:2] == [Status.ELECTED, Status.ELECTED]
    assert "4/5 phiếu (80,00%)" in r.explanation.toPlainText()
    assert r.accept_button.isEnabled()
    r.accept_button.click()
    assert services.votes.vote(vote.id).status == "closed"
    assert not w.keypad.entry.isEnabled()


def test_double_entry_shows_differences(qtbot, page, services):
    w, vote = page
    services.votes.counting.set_entry_mode(vote.id, "ballots", double_entry=True)
    w.refresh()
    entry = w.keypad.entry
    for text in ("1", "2", "3", "4", ""):
        key_ballot(qtbot, entry, text)
    w.keypad.pass_box.setCurrentIndex(1)
    for text in ("1", "3", "3", "4", ""):
        key_ballot(qtbot, entry, text)
    assert services.repo.count(m.BallotRecord, "entry_pass = 2") == 5
    assert w.keypad.discrepancies.isVisible()
    assert "Phiếu thứ 2" in w.keypad.discrepancies.text()
    w.tabs.setCurrentIndex(RESULTS)
    assert not w.results.accept_button.isEnabled()
    assert "Phiếu thứ 2" in w.results.state.text()


def test_ballot_pdf_and_chart_from_the_page(qtbot, page, tmp_path):
    w, _vote = page
    pdf = w.save_ballots(str(tmp_path / "p.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    png = w.save_chart(str(tmp_path / "c.png"))
    assert png is not None and png.read_bytes().startswith(b"\x89PNG")


def test_awards_page_adds_with_level_defaults_and_edits_rules_undoably(
    qtbot, services, small_cluster
):
    from thidua_desktop.ui.pages.awards_page import AwardsPage

    selection = Selection()
    edits = UndoableEdits(services.edits)
    selection.set(small_cluster["cluster"].id)
    w = AwardsPage(services, edits, selection)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 1
    w.new_name.setText("Cờ thi đua ngành Tư pháp")
    w.new_level.setCurrentIndex(w.new_level.findData(m.AwardLevel.SECTOR_FLAG.value))
    w.add_button.click()
    award = services.repo.find_one(m.Award, "name = ?", ["Cờ thi đua ngành Tư pháp"])
    assert (award.quota, award.quorum_pct) == (2, "200/3")
    assert w.current().id == award.id and w.quorum.text() == "2/3"
    w.threshold.setText("2/3")
    w.threshold.editingFinished.emit()
    assert services.repo.get(m.Award, award.id).threshold_pct == "200/3"
    assert w.model.index(1, 2).data() == "≥ 2/3 (66,67%) tổng số đơn vị thành viên"
    w.threshold.setText("150")
    w.threshold.editingFinished.emit()
    assert "100%" in w.message.text()
    assert services.repo.get(m.Award, award.id).threshold_pct == "200/3"
    edits.stack.undo()
    assert services.repo.get(m.Award, award.id).threshold_pct == "70"


def test_committee_members_and_deleting_a_vote(qtbot, page, services, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    w, vote = page
    w.tabs.setCurrentIndex(0)
    setup = w.setup
    setup.member_name.setText("Nguyen Van An")
    setup.member_chief.setChecked(True)
    setup.member_add.click()
    setup.member_name.setText("Tran Thi Binh")
    setup.member_add.click()
    assert [c.role for c in services.votes.committee(vote.id)] == ["chief", "member"]
    assert setup.committee.count() == 2
    setup.committee.setCurrentRow(1)
    setup.member_remove.click()
    assert [c.full_name for c in services.votes.committee(vote.id)] == ["Nguyen Van An"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not w.delete_vote()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert w.delete_vote()
    assert services.repo.count(m.Vote) == 0 and w.vote_box.count() == 0
    assert "chưa có cuộc bỏ phiếu" in w.message.text()
