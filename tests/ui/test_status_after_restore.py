"""After the data are replaced (a backup restored with the real buttons), the status bar never
reads "Đã hoàn tác:  lúc …" with an empty action, and undo starts afresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.dialog_answers import answer_message_box
from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m


def test_restoring_a_backup_is_not_reported_as_an_empty_undo(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    page = window.show_page("handover")
    qtbot.mouseClick(page.keeping.backup_now, Qt.MouseButton.LeftButton)
    unit = small_cluster["units"][0]
    window.edits.change(m.Unit, unit.id, "Sửa thủ trưởng", head_name="Lò Văn Tuấn")
    assert window.statusBar().currentMessage().startswith("Đã lưu: Sửa thủ trưởng lúc ")
    page.refresh()
    page.backups.setCurrentRow(page.backups.count() - 1)  # the oldest: the one made above
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert services.repo.get(m.Unit, unit.id).head_name == ""  # the backup's state is back
    message = window.statusBar().currentMessage()
    assert "Đã hoàn tác:  lúc" not in message and not message.startswith("Đã hoàn tác")
    assert not window.undo_action.isEnabled()
