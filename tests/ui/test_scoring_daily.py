"""Scoring day to day: a refused score said in words on its own cell, last year's criteria
brought up to date, a vote just created ready to receive the top units, messages in their colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from tests.ui.dialog_answers import answer_message_box, when_modal
from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.ui.dialogs.criteria_dialog import CriteriaDialog
from thidua_desktop.ui.dialogs.new_vote_dialog import NewVoteDialog

RED, GREEN = "#b00020", "#1b5e20"


def scoring_window(qtbot, services, small_cluster, tmp_path):
    cset = services.scoring.create_set(small_cluster["year"].id, "Bảng điểm năm 2016", scale=100)
    e = services.edits
    e.create(m.Criterion(set_id=cset.id, title="Chuyên môn", code="1", max_points=100))
    e.create(
        m.Criterion(
            set_id=cset.id, title="Vi phạm", code="2", max_points=10, kind=m.CriterionKind.PENALTY
        )
    )
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("scoring")
    return window, page, cset


def type_in_cell(qtbot, grid, text, end=Qt.Key.Key_Return):
    """The first key opens the editor; the rest are typed into it; Enter (or Tab) commits."""
    qtbot.keyClick(grid, text[0])
    editor = next(e for e in grid.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, end)
    QApplication.processEvents()  # the delegate commits through a queued call


def stored_score(services, title, unit_id):
    crit = services.repo.find_one(m.Criterion, "title = ?", [title])
    score = services.repo.find_one(m.Score, "criterion_id = ? AND unit_id = ?", [crit.id, unit_id])
    return None if score is None else score.cluster_score


@pytest.mark.parametrize("end", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_a_refused_score_is_said_in_words_and_the_cursor_stays(
    qtbot, services, small_cluster, tmp_path, end
):
    _window, page, _cset = scoring_window(qtbot, services, small_cluster, tmp_path)
    grid, model = page.grid, page.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 1))  # Hà Giang, penalty (max 10)
    type_in_cell(qtbot, grid, "11", end)
    hà_giang = small_cluster["units"][0]
    assert stored_score(services, "Vi phạm", hà_giang.id) is None
    text = page.message.text()
    assert text.startswith("Chưa ghi điểm của Sở Tư pháp tỉnh Hà Giang:")
    assert "vượt mức tối đa 10" in text and "_score" not in text
    assert RED in page.message.styleSheet()
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    type_in_cell(qtbot, grid, "abc", end)
    assert "“abc” không phải là số" in page.message.text()
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (0, 1)
    type_in_cell(qtbot, grid, "6", end)  # typed again on the same cell: stored, and on we go
    assert stored_score(services, "Vi phạm", hà_giang.id) == 6
    assert page.message.text() == ""
    moved = (1, 1) if end == Qt.Key.Key_Return else (0, 2)
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == moved


def test_self_scores_are_refused_in_words_too(qtbot, services, small_cluster, tmp_path):
    _window, page, _cset = scoring_window(qtbot, services, small_cluster, tmp_path)
    page.mode_combo.setCurrentIndex(page.mode_combo.findData("self_score"))
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(2, 0))
    type_in_cell(qtbot, page.grid, "120")
    assert "Sở Tư pháp tỉnh Hòa Bình" in page.message.text()
    assert "vượt mức tối đa 100" in page.message.text() and "self_score" not in page.message.text()
    assert page.grid.currentIndex().row() == 2


def copy_window(qtbot, services, small_cluster, tmp_path):
    """2016's set says "năm 2016" (and cites a 2016 decree, a period); 2017 is the year shown."""
    window, page, cset = scoring_window(qtbot, services, small_cluster, tmp_path)
    e = services.edits
    e.create(
        m.Criterion(
            set_id=cset.id,
            title="Hoàn thành kế hoạch công tác năm 2016",
            code="3",
            max_points=5,
            kind=m.CriterionKind.BONUS,
            note="Theo báo cáo tổng kết NĂM 2016 của đơn vị",
        )
    )
    e.create(
        m.Criterion(
            set_id=cset.id,
            title="Thực hiện Nghị định 15/2016/NĐ-CP, kế hoạch năm 2016 - 2020",
            code="4",
            max_points=5,
            kind=m.CriterionKind.BONUS,
        )
    )
    y2017 = e.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    window.selection.set(small_cluster["cluster"].id, y2017.id, None)
    return window, page, y2017


def copied_titles(services, year_id):
    cset = services.scoring.sets_for_year(year_id)[-1]
    return cset, [(c.title, c.note) for c in services.scoring.criteria(cset.id)]


def test_copied_criteria_offer_to_update_the_year_and_yes_updates(
    qtbot, services, small_cluster, tmp_path
):
    window, page, y2017 = copy_window(qtbot, services, small_cluster, tmp_path)
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert asked and "1 tiêu chí chép từ năm 2016 còn ghi «năm 2016»" in asked[0]
    assert "Hoàn thành kế hoạch công tác năm 2016" in asked[0]
    assert "Đổi «năm 2016» thành «năm 2017»" in asked[0]
    cset, titles = copied_titles(services, y2017.id)
    assert cset.name == "Bảng điểm năm 2017"
    assert titles[2] == (
        "Hoàn thành kế hoạch công tác năm 2017",
        "Theo báo cáo tổng kết NĂM 2017 của đơn vị",
    )
    assert titles[3][0] == "Thực hiện Nghị định 15/2016/NĐ-CP, kế hoạch năm 2016 - 2020"
    assert "trong 1 tiêu chí" in page.message.text() and GREEN in page.message.styleSheet()
    window.undo_action.trigger()  # the update is one step
    assert copied_titles(services, y2017.id)[1][2][0] == "Hoàn thành kế hoạch công tác năm 2016"
    window.undo_action.trigger()  # the copy is the step before
    assert services.scoring.sets_for_year(y2017.id) == [] and page.set_combo.count() == 0
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert copied_titles(services, y2017.id) == (cset, titles)  # same ids, same words
    assert page.set_combo.currentData() == cset.id
    old = services.scoring.sets_for_year(small_cluster["year"].id)[0]
    assert services.scoring.criteria(old.id)[2].title.endswith("năm 2016")  # 2016 untouched


def test_copied_criteria_keep_the_old_year_when_the_answer_is_no(
    qtbot, services, small_cluster, tmp_path
):
    window, page, y2017 = copy_window(qtbot, services, small_cluster, tmp_path)
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert asked
    _cset, titles = copied_titles(services, y2017.id)
    assert titles[2][0] == "Hoàn thành kế hoạch công tác năm 2016"
    assert "Đã giữ nguyên «năm 2016»" in page.message.text()
    assert window.edits.stack.count() == 1  # the copy only


def test_a_vote_just_created_is_offered_and_the_success_is_green(
    qtbot, services, small_cluster, tmp_path
):
    window, page, cset = scoring_window(qtbot, services, small_cluster, tmp_path)
    units = small_cluster["units"]
    for unit, points in zip(units, (90, 95, 80), strict=True):
        crit = services.scoring.criteria(cset.id)[0]
        services.scoring.set_score(crit.id, unit.id, cluster_score=points)
    assert page.vote_combo.count() == 0
    votes = window.show_page("votes")

    def fill(dialog: NewVoteDialog) -> None:
        dialog.by_hand.setChecked(True)
        dialog.title.setText("Suy tôn Cờ thi đua của Chính phủ")
        dialog.create()

    when_modal(NewVoteDialog, fill)
    qtbot.mouseClick(votes.new_button, Qt.MouseButton.LeftButton)
    vote = services.repo.find_one(m.Vote, "title = ?", ["Suy tôn Cờ thi đua của Chính phủ"])
    assert vote is not None
    page = window.show_page("scoring")  # no year chosen again
    assert page.vote_combo.currentData() == vote.id
    page.reload()
    page.top_n.setValue(2)
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    assert {c.unit_id for c in services.votes.candidates(vote.id)} == {units[0].id, units[1].id}
    assert page.message.text() == "Đã đưa 2 đơn vị vào danh sách bỏ phiếu."
    assert GREEN in page.message.styleSheet() and RED not in page.message.styleSheet()
    page.grab().save("/tmp/scoring_proposed.png")


def test_the_criteria_dialog_says_refusals_in_words_and_warnings_not_in_red(
    qtbot, services, small_cluster, tmp_path
):
    _window, page, cset = scoring_window(qtbot, services, small_cluster, tmp_path)
    seen: dict[str, str] = {}

    def work(dialog: CriteriaDialog) -> None:
        seen["warning"] = dialog.message.styleSheet()  # 100 + 0 bonus: no warning yet
        dialog.table.setFocus()
        dialog.table.setCurrentCell(0, 1)
        qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
        editor = next(e for e in dialog.table.findChildren(QLineEdit) if e.isVisible())
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        seen["refusal"] = dialog.message.text()
        seen["refusal_style"] = dialog.message.styleSheet()
        dialog.table.setCurrentCell(0, 3)
        qtbot.keyClicks(dialog.table, "90")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()
        seen["scale"] = dialog.message.text()
        seen["scale_style"] = dialog.message.styleSheet()
        dialog.accept()

    when_modal(CriteriaDialog, work)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen["refusal"] == "Tên tiêu chí không được để trống."
    assert RED in seen["refusal_style"]
    assert services.scoring.criteria(cset.id)[0].title == "Chuyên môn"
    assert "Tổng điểm tối đa" in seen["scale"] and RED not in seen["scale_style"]


def test_copying_when_no_earlier_year_has_a_set_says_so(qtbot, services, small_cluster, tmp_path):
    _window, page, _cset = scoring_window(qtbot, services, small_cluster, tmp_path)
    said = answer_message_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert said == ["Chưa có bảng tiêu chí của năm nào trước năm 2016 để sao chép."]
