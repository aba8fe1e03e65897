"""Reading a unit list from Excel: off the GUI thread, with progress and a working Hủy button."""

from __future__ import annotations

import multiprocessing

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from tests.storage.test_excel import _workbook
from thidua_desktop.domain import model as m
from thidua_desktop.services import excel_read
from thidua_desktop.ui.dialogs.excel_import_dialog import ExcelImportDialog


def _big_list(path, rows: int):
    cells = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row>']
    cells += [
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Đơn vị số {n}</t></is></c></row>'
        for n in range(2, rows + 2)
    ]
    return _workbook(path, "".join(cells), f"A1:A{rows + 1}")


def test_cancel_while_reading_stops_the_reader_and_writes_nothing(
    qtbot, services, small_cluster, tmp_path, monkeypatch
):
    path = _big_list(tmp_path / "don-vi.xlsx", 50_000)
    monkeypatch.setattr(excel_read, "BATCH_ROWS", 5)  # many small batches: time to press Hủy
    monkeypatch.setattr(ExcelImportDialog, "PROGRESS_AFTER_MS", 0)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    seen: list[tuple[int, int]] = []
    original = QProgressDialog.setValue

    def press_cancel_once_rows_arrive(self, value):  # the user sees rows counted, presses Hủy
        original(self, value)
        if value > 0 and not seen:
            seen.append((value, self.maximum()))
            button = self.findChild(QPushButton)
            assert button is not None and button.text() == "Hủy"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel_once_rows_arrive)
    dialog = ExcelImportDialog(services, small_cluster["cluster"].id, path)
    qtbot.addWidget(dialog)
    units_before = services.repo.count(m.Unit)
    others = set(multiprocessing.active_children())  # e.g. the document render worker
    assert dialog.load() is False
    assert seen and seen[0][1] == 50_001  # the declared rows: a bar that moves
    assert dialog.plan is None and warnings == []
    assert services.repo.count(m.Unit) == units_before
    assert set(multiprocessing.active_children()) <= others  # the reader was stopped


def test_hostile_sheet_is_refused_in_one_line_and_the_dialog_survives(
    qtbot, services, small_cluster, tmp_path, monkeypatch
):
    from tests.storage.test_excel import HOSTILE_SHEETS

    path = _workbook(tmp_path / "x.xlsx", *HOSTILE_SHEETS["undeclared"])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = ExcelImportDialog(services, small_cluster["cluster"].id, path)
    qtbot.addWidget(dialog)
    assert dialog.load() is False
    assert len(warnings) == 1 and "«x.xlsx»" in warnings[0] and "\n" not in warnings[0]
