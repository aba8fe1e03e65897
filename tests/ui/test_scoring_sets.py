"""Criteria sets made with the real buttons: a new set is shown at once and undone cleanly; in
an archived year the unlock is offered before any form opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.ui.dialog_answers import answer_message_box
from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m


class NameAnswer:
    """Types `name` into the next QInputDialog and accepts it; `stop()` ends the watch."""

    def __init__(self, name: str) -> None:
        self.name, self.asked, self.stopped = name, [], False
        QTimer.singleShot(0, self.poll)

    def poll(self, left: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if self.stopped:
            return
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            self.asked.append(True)
            dialog.setTextValue(self.name)
            dialog.accept()
        elif left:
            QTimer.singleShot(10, lambda: self.poll(left - 1))

    def stop(self) -> None:
        self.stopped = True


def test_a_new_set_is_shown_and_its_undo_leaves_the_page_working(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("scoring")
    for name in ("Bảng điểm 2016", "Bảng điểm bổ sung"):
        NameAnswer(name)
        qtbot.mouseClick(page.new_set_button, Qt.MouseButton.LeftButton)
        assert page.set_combo.currentText() == name
    assert page.set_combo.count() == 2
    window.undo_action.trigger()
    assert [page.set_combo.itemText(i) for i in range(page.set_combo.count())] == ["Bảng điểm 2016"]
    window.undo_action.trigger()
    assert page.set_combo.count() == 0 and page.model.rowCount() == 0
    window.redo_action.trigger()
    assert page.set_combo.currentText() == "Bảng điểm 2016"


def test_an_archived_year_offers_the_unlock_before_asking_for_a_name(
    qtbot, services, small_cluster, tmp_path
):
    services.edits.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    window = make_window(qtbot, services, tmp_path)
    window.show()
    window.selection.set(small_cluster["cluster"].id, small_cluster["year"].id, None)
    page = window.show_page("scoring")
    unused = NameAnswer("Không dùng")
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.new_set_button, Qt.MouseButton.LeftButton)
    unused.stop()
    assert asked and "Năm 2016 đã lưu trữ" in asked[0]
    assert unused.asked == [] and services.repo.count(m.CriteriaSet) == 0
    assert "chỉ xem" in page.message.text()
    named = NameAnswer("Bảng điểm 2016")
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.new_set_button, Qt.MouseButton.LeftButton)
    assert named.asked == [True] and page.set_combo.currentText() == "Bảng điểm 2016"
