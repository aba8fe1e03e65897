"""The years page of an archived year: read-only to the eye, and an edit refused in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.dialog_answers import answer_message_box
from tests.ui.gui_helpers import make_window, type_text
from thidua_desktop.domain import model as m


def archived_years_page(qtbot, services, small_cluster, tmp_path):
    """2016 gets a theme, then 2017 starts: 2016 is archived; its years page is shown."""
    y2016 = small_cluster["year"]
    services.edits.update(m.Year(**{**y2016.__dict__, "theme": "Đoàn kết, đổi mới"}))
    services.edits.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("years")
    window.selection.set(small_cluster["cluster"].id, y2016.id, small_cluster["conference"].id)
    return window, page, y2016


def test_archived_year_shows_read_only_and_typing_is_answered(
    qtbot, services, small_cluster, tmp_path
):
    window, page, y2016 = archived_years_page(qtbot, services, small_cluster, tmp_path)
    assert page.theme.isReadOnly()
    assert not page.head.isEnabled() and not any(c.isEnabled() for c in page.deputies)
    assert page.archived_note.isVisible()
    assert "Năm 2016 đã lưu trữ" in page.archived_note.text()
    assert "Mở khóa để sửa" in page.archived_note.text()
    page.grab().save("/tmp/years_archived.png")
    qtbot.mouseClick(page.theme, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.theme, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.theme, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert not page.error.isVisible()  # reading and copying are not edits
    qtbot.keyClicks(page.theme, "Thi dua moi")  # keyClicks takes ASCII only
    qtbot.keyClick(page.theme, Qt.Key.Key_Return)
    assert services.repo.get(m.Year, y2016.id).theme == "Đoàn kết, đổi mới"
    assert page.theme.text() == "Đoàn kết, đổi mới"
    assert page.error.isVisible() and "đã lưu trữ, chỉ xem" in page.error.text()
    assert "vẫn được lưu" not in page.error.text()
    # the newest year is editable as before, and the refusal of 2016 is not carried over
    window.selection.set(
        small_cluster["cluster"].id, services.repo.find_one(m.Year, "year = 2017").id, None
    )
    assert not page.theme.isReadOnly() and page.head.isEnabled()
    assert not page.archived_note.isVisible()


def test_unlocking_on_the_bar_makes_the_form_editable(qtbot, services, small_cluster, tmp_path):
    window, page, y2016 = archived_years_page(qtbot, services, small_cluster, tmp_path)
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.archive_bar.button, Qt.MouseButton.LeftButton)
    assert not page.theme.isReadOnly() and page.head.isEnabled()
    assert not page.archived_note.isVisible()
    page.theme.setFocus()
    page.theme.selectAll()
    type_text(page.theme, "Kỷ cương, sáng tạo")
    qtbot.keyClick(page.theme, Qt.Key.Key_Return)
    assert services.repo.get(m.Year, y2016.id).theme == "Kỷ cương, sáng tạo"


def test_an_edit_reaching_a_year_locked_meanwhile_is_refused_in_place(
    qtbot, services, small_cluster, tmp_path
):
    window, page, y2016 = archived_years_page(qtbot, services, small_cluster, tmp_path)
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.archive_bar.button, Qt.MouseButton.LeftButton)  # unlocked
    page.theme.setFocus()
    page.theme.selectAll()
    type_text(page.theme, "Chủ đề gõ dở")
    services.archive.lock(y2016.id)  # locked again while the form still shows it editable
    qtbot.keyClick(page.theme, Qt.Key.Key_Return)
    assert services.repo.get(m.Year, y2016.id).theme == "Đoàn kết, đổi mới"  # nothing saved
    assert page.theme.text() == "Đoàn kết, đổi mới"  # the stored value, not the refused one
    text = page.error.text()
    assert text.startswith("Chủ đề chưa được lưu: Năm 2016 đã lưu trữ")
    assert "Lỗi không mong muốn" not in text and "vẫn được lưu" not in text
    assert window.edits.stack.count() == 0
