"""The units page driven like a user would, checked against what the database then holds."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from tests.ui.gui_helpers import make_window, type_text
from thidua_desktop.domain import model as m
from thidua_desktop.ui.dialogs.excel_import_dialog import ExcelImportDialog
from thidua_desktop.ui.dialogs.legacy_text_dialog import LegacyTextDialog
from thidua_desktop.ui.models.unit_table_model import UnitTableModel


@pytest.fixture
def page(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    page = window.show_page("units")
    window.show()
    return page


def names(services) -> list[str]:
    return [u.name for u in services.repo.find(m.Unit, order_by="sort_order, id")]


def edit_cell(qtbot, page, row: int, column: int, text: str) -> None:
    """Select the cell, Enter opens the editor, type, Enter commits."""
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.del_()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def test_insert_key_adds_a_unit_then_typing_names_it(qtbot, page, services):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    assert services.repo.count(m.Unit) == 4
    added = services.repo.find(m.Unit, order_by="id DESC")[0]
    assert added.name == "Đơn vị mới 1"
    assert added.sort_order == 3
    editor = page.view.focusWidget()  # the new row's name is open for typing
    assert isinstance(editor, QLineEdit) and editor.text() == "Đơn vị mới 1"
    editor.selectAll()
    type_text(editor, "Sở Tư pháp tỉnh Lào Cai")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert services.repo.get(m.Unit, added.id).name == "Sở Tư pháp tỉnh Lào Cai"
    edit_cell(qtbot, page, 3, UnitTableModel.HEAD_NAME, "Lê Thị Hồng")
    assert services.repo.get(m.Unit, added.id).head_name == "Lê Thị Hồng"


def test_empty_and_duplicate_names_are_refused_inline(qtbot, page, services):
    before = names(services)
    edit_cell(qtbot, page, 0, UnitTableModel.NAME, "   ")
    assert not page.error.isHidden()
    assert "không được để trống" in page.error.text()
    edit_cell(qtbot, page, 0, UnitTableModel.NAME, "so tu phap tinh hoa binh")  # accents aside
    assert "Sở Tư pháp tỉnh Hòa Bình" in page.error.text()
    assert names(services) == before
    edit_cell(qtbot, page, 0, UnitTableModel.SHORT_NAME, "STP Hà Giang")
    assert page.error.isHidden()


def test_check_box_column_commits_and_undo_redo(qtbot, page, services, small_cluster):
    unit = small_cluster["units"][1]
    index = page.model.index(1, UnitTableModel.MEMBER)
    assert page.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert services.repo.get(m.Unit, unit.id).is_member is False
    page.window().undo_action.trigger()
    assert services.repo.get(m.Unit, unit.id).is_member is True
    page.window().redo_action.trigger()
    assert services.repo.get(m.Unit, unit.id).is_member is False


def test_delete_of_a_referenced_unit_is_refused_and_deactivate_offered(
    qtbot, page, services, small_cluster, monkeypatch
):
    host = small_cluster["units"][2]  # hosts the conference
    shown = []
    monkeypatch.setattr(page, "ask_deactivate", lambda msg: shown.append(msg) or True)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Không thể xóa" in shown[0] and "đăng cai" in shown[0]
    stored = services.repo.get(m.Unit, host.id)
    assert stored.active is False
    assert services.repo.count(m.Unit) == 3


def test_delete_of_an_unused_unit_and_undo(qtbot, page, services):
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert services.repo.count(m.Unit) == 4
    page.view.setCurrentIndex(page.model.index(3, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert services.repo.count(m.Unit) == 3
    page.window().undo_action.trigger()
    assert services.repo.count(m.Unit) == 4


def test_ctrl_down_and_drag_reorder_then_undo(qtbot, page, services):
    start = names(services)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(services) == [start[1], start[0], start[2]]
    assert page.view.currentIndex().row() == 1  # the moved row stays current
    mime = page.model.mimeData([page.model.index(2, 0)])
    page.model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, page.model.index(-1, -1))
    assert names(services) == [start[2], start[1], start[0]]
    page.window().undo_action.trigger()
    assert names(services) == [start[1], start[0], start[2]]
    page.window().undo_action.trigger()
    assert names(services) == start
    assert [u.name for u in page.model.rows()] == start


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_excel_import_preview_then_confirm_in_one_step(
    qtbot, page, services, tmp_path, monkeypatch
):
    path = write_xlsx(
        tmp_path / "ds.xlsx",
        [
            ["STT", "Tên đơn vị", "Thủ trưởng", "Tỉnh/thành phố", "Thành viên"],
            [1, "Sở Tư pháp tỉnh Lào Cai", "Lê Văn Cường", "Lào Cai", "x"],
            [2, "Sở Tư pháp tỉnh Hà Giang", "Nguyễn Văn An", "Hà Giang", "x"],
            [3, "", "Không tên", "", ""],
            [4, "Chi cục THADS huyện Mù Cang Chải", "", "Yên Bái", "không"],
            [5, "Sở Tư pháp tỉnh Lào Cai", "trùng", "", ""],
            [6, "Cục THADS tỉnh Sơn La", "", "", "có lẽ"],
        ],
    )
    seen = {}

    def accept(dialog):
        seen["plan"] = dialog.plan
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert services.repo.count(m.Unit) == 3  # nothing written while previewing
        return 1

    monkeypatch.setattr(ExcelImportDialog, "exec", accept)
    page.import_excel(str(path))
    plan = seen["plan"]
    assert [u.name for u in plan.added] == [
        "Sở Tư pháp tỉnh Lào Cai",
        "Chi cục THADS huyện Mù Cang Chải",
    ]
    assert [b.name for b, _a in plan.changed] == ["Sở Tư pháp tỉnh Hà Giang"]
    assert [r[0] for r in plan.rejected] == [4, 6, 7]
    assert seen["tabs"][:3] == ["Thêm mới (2)", "Cập nhật (1)", "Bỏ qua (3)"]
    assert services.repo.count(m.Unit) == 5
    chi_cuc = services.repo.find_one(m.Unit, "name = ?", ["Chi cục THADS huyện Mù Cang Chải"])
    assert chi_cuc.is_member is False and chi_cuc.province == "Yên Bái"
    ha_giang = services.repo.find_one(m.Unit, "name = ?", ["Sở Tư pháp tỉnh Hà Giang"])
    assert ha_giang.head_name == "Nguyễn Văn An"
    page.window().undo_action.trigger()  # the whole import is one step
    assert services.repo.count(m.Unit) == 3
    assert services.repo.get(m.Unit, ha_giang.id).head_name == ""
    page.window().redo_action.trigger()
    assert services.repo.count(m.Unit) == 5


def test_bad_excel_files_get_a_clear_message_and_change_nothing(
    page, services, tmp_path, monkeypatch
):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    monkeypatch.setattr(ExcelImportDialog, "exec", lambda d: pytest.fail("no preview expected"))
    wrong = write_xlsx(tmp_path / "sai.xlsx", [["Họ tên", "Điện thoại"], ["An", "0912"]])
    page.import_excel(str(wrong))
    assert "Tên đơn vị" in messages[0] and "Họ tên" in messages[0]
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a spreadsheet at all")
    page.import_excel(str(broken))
    assert "Không đọc được tệp «hong.xlsx»" in messages[1]
    assert services.repo.count(m.Unit) == 3


def test_legacy_tcvn3_text_typed_in_a_cell_is_offered_conversion(
    qtbot, page, services, monkeypatch
):
    shown = []

    def convert(dialog):
        shown.append(dialog.table.item(0, 1).text())
        return 1

    monkeypatch.setattr(LegacyTextDialog, "exec", convert)
    unit_id = page.model.row_at(0).id
    page.model.setData(page.model.index(0, UnitTableModel.HEAD_NAME), "NguyÔn V¨n An")
    assert shown == ["Nguyễn Văn An"]
    assert services.repo.get(m.Unit, unit_id).head_name == "Nguyễn Văn An"


def test_excel_export_keeps_text(page, services, tmp_path):
    services.edits.change(m.Unit, page.model.row_at(0).id, short_name="007")
    written = page.export_excel(str(tmp_path / "out.xlsx"))
    sheet = openpyxl.load_workbook(written).active
    assert sheet["A1"].value == "Tên đơn vị"
    assert sheet["B2"].value == "007"
    assert sheet.max_row == 4


def test_xls_import_through_calamine(page, services, monkeypatch):
    """tests/fixtures/units_list.xls is an Excel 97-2003 file (written once with xlwt)."""
    from pathlib import Path

    monkeypatch.setattr(ExcelImportDialog, "exec", lambda d: 1)
    page.import_excel(str(Path(__file__).parents[1] / "fixtures" / "units_list.xls"))
    lao_cai = services.repo.find_one(m.Unit, "name = ?", ["Sở Tư pháp tỉnh Lào Cai"])
    assert (lao_cai.head_name, lao_cai.province, lao_cai.is_member) == (
        "Lê Văn Cường",
        "Lào Cai",
        True,
    )
    chi_cuc = services.repo.find_one(m.Unit, "name = ?", ["Chi cục THADS huyện Mù Cang Chải"])
    assert chi_cuc.is_member is False
    assert services.repo.count(m.Unit) == 5
    assert page.model.rowCount() == 5


def test_search_hides_rows_accents_aside(page):
    page.search.setText("hoa binh")
    visible = [r for r in range(page.model.rowCount()) if not page.view.isRowHidden(r)]
    assert [page.model.row_at(r).name for r in visible] == ["Sở Tư pháp tỉnh Hòa Bình"]
    page.search.clear()
    assert not any(page.view.isRowHidden(r) for r in range(page.model.rowCount()))


def test_ctrl_n_adds_from_the_search_box_too(qtbot, page, services):
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert services.repo.count(m.Unit) == 4
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)  # Del in the search box deletes no unit
    assert services.repo.count(m.Unit) == 4
