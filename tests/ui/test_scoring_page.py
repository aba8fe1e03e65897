"""The scoring grid filled from the keyboard: stored scores, refusals, ranking, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from thidua_desktop.domain import model as m
from thidua_desktop.ui.pages.scoring_page import ScoringPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


@pytest.fixture
def page(qtbot, services, small_cluster):
    e = services.edits
    cset = services.scoring.create_set(small_cluster["year"].id, "Bảng điểm 2016", scale=100)
    e.create(m.Criterion(set_id=cset.id, title="Chuyên môn", code="1", max_points=100))
    e.create(
        m.Criterion(
            set_id=cset.id, title="Vi phạm", code="2", max_points=10, kind=m.CriterionKind.PENALTY
        )
    )
    edits = UndoableEdits(services.edits)
    selection = Selection()
    widget = ScoringPage(services, edits, selection)
    qtbot.addWidget(widget)
    selection.set(
        small_cluster["cluster"].id, small_cluster["year"].id, small_cluster["conference"].id
    )
    widget.show()
    qtbot.waitExposed(widget)
    return widget, edits, small_cluster


def stored(services, unit_id, title):
    crit = services.repo.find_one(m.Criterion, "title = ?", [title])
    score = services.repo.find_one(m.Score, "criterion_id = ? AND unit_id = ?", [crit.id, unit_id])
    return None if score is None else score.cluster_score


def type_cell(qtbot, grid, text):
    """Keys go where a user's would: the first opens the editor, the rest land in it."""
    qtbot.keyClick(grid, text[0])
    editor = next(e for e in grid.findChildren(QLineEdit) if e.isVisible())
    for ch in text[1:]:
        qtbot.keyClick(editor, ch)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def test_fill_a_column_by_keyboard_then_rank(qtbot, services, page):
    widget, edits, data = page
    grid = widget.grid
    grid.setFocus()
    grid.setCurrentIndex(widget.model.index(0, 0))
    for text in ("90", "95,5", "80"):  # Enter moves down after each
        type_cell(qtbot, grid, text)
    units = data["units"]
    assert [stored(services, u.id, "Chuyên môn") for u in units] == [90, 95.5, 80]
    assert [widget.ranking.item(r, 1).text() for r in range(3)] == [
        "Cục Thi hành án dân sự tỉnh Yên Bái",
        "Sở Tư pháp tỉnh Hà Giang",
        "Sở Tư pháp tỉnh Hòa Bình",
    ]
    assert widget.model.index(1, widget.model.total_column).data() == "95,5"
    # A penalty of 6 drops Yên Bái below Hà Giang.
    grid.setCurrentIndex(widget.model.index(1, 1))
    type_cell(qtbot, grid, "6")
    assert stored(services, units[1].id, "Vi phạm") == 6
    assert widget.ranking.item(0, 1).text() == "Sở Tư pháp tỉnh Hà Giang"
    edits.stack.undo()
    assert stored(services, units[1].id, "Vi phạm") is None
    assert widget.ranking.item(0, 1).text() == "Cục Thi hành án dân sự tỉnh Yên Bái"


def test_score_above_max_is_refused_with_a_message(qtbot, services, page):
    widget, _edits, data = page
    grid = widget.grid
    grid.setFocus()
    grid.setCurrentIndex(widget.model.index(0, 1))
    type_cell(qtbot, grid, "11")
    assert stored(services, data["units"][0].id, "Vi phạm") is None
    assert "vượt mức tối đa 10" in widget.message.text()


def test_model_passes_qt_checks(qtmodeltester, page):
    widget, _edits, _data = page
    qtmodeltester.check(widget.model)


def test_import_scores_from_excel_after_preview(qtbot, services, page, tmp_path, monkeypatch):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    widget, _edits, data = page
    book = openpyxl.Workbook()
    book.active.append(["Đơn vị", "1. Chuyên môn", "2. Vi phạm"])
    book.active.append(["Sở Tư pháp tỉnh Hòa Bình", 77, 1])
    book.save(tmp_path / "diem.xlsx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "diem.xlsx"), "")
    )
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: shown.append(text) or QMessageBox.StandardButton.Yes,
    )
    widget.import_scores()
    assert "2 ô điểm sẽ được ghi" in shown[0]
    hoa_binh = data["units"][2].id
    assert stored(services, hoa_binh, "Chuyên môn") == 77
    assert stored(services, hoa_binh, "Vi phạm") == 1
    assert widget.model.index(2, widget.model.total_column).data() == "76"


@pytest.mark.parametrize("text", ["nan", "inf", "1e309"])
def test_non_finite_score_is_refused_with_a_message(qtbot, services, page, text):
    widget, _edits, data = page
    grid = widget.grid
    grid.setFocus()
    grid.setCurrentIndex(widget.model.index(0, 0))
    type_cell(qtbot, grid, text)
    assert services.repo.count(m.Score) == 0  # NaN used to be stored as NULL, ∞ to crash later
    assert "số hữu hạn" in widget.message.text()
