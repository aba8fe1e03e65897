"""The years page's buttons, pressed as the secretary presses them (real dialog answered)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m


def answer_int_dialog(value: int | None) -> None:
    """Answer the next QInputDialog.getInt: type `value` and accept, or cancel with None."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        if value is None:
            dialog.reject()
        else:
            dialog.setIntValue(value)
            dialog.accept()

    QTimer.singleShot(0, answer)


def test_add_year_button_asks_and_adds_the_year(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("years")
    answer_int_dialog(2019)
    qtbot.mouseClick(page.add_year_button, Qt.MouseButton.LeftButton)
    year = services.repo.find_one(m.Year, "year = 2019")
    assert year is not None
    assert window.selection.year_id == year.id
    assert page.error.text() == ""


def test_add_year_button_cancelled_adds_nothing(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("years")
    before = services.repo.count(m.Year)
    answer_int_dialog(None)
    qtbot.mouseClick(page.add_year_button, Qt.MouseButton.LeftButton)
    assert services.repo.count(m.Year) == before
    assert page.error.text() == ""


def test_head_and_deputies_are_chosen_among_member_units_only(
    qtbot, services, small_cluster, tmp_path
):
    c = small_cluster["cluster"]
    services.edits.create(
        m.Unit(cluster_id=c.id, name="Chi cục Thi hành án dân sự huyện Văn Chấn", is_member=False)
    )
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("years")
    for combo in (page.head, *page.deputies):
        names = [combo.itemText(i) for i in range(1, combo.count())]
        assert names == [u.name for u in small_cluster["units"]]
