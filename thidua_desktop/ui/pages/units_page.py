"""Cluster & members: the unit list edited in place, ordered, imported from and exported to Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.container import Services
from thidua_desktop.services.unit_import import export_units
from thidua_desktop.ui.dialogs.excel_import_dialog import ExcelImportDialog
from thidua_desktop.ui.dialogs.legacy_text_dialog import offer_unicode
from thidua_desktop.ui.file_dialogs import ask_open_file, ask_save_file
from thidua_desktop.ui.models.unit_table_model import UnitTableModel
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits, empty_box
from thidua_desktop.ui.widgets import (
    EditTableView,
    ErrorLabel,
    LazyRefresh,
    SearchLineEdit,
    page_title,
    show_domain_error,
)


class UnitsPage(QWidget):
    """The cluster's member units; every cell edit is stored at once and can be undone."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.model = UnitTableModel(self._commit, self)
        self.model.error.connect(self._edit_refused)
        self.model.rows_dropped.connect(self._dropped)

        self.title = page_title(self.tr("Cụm thi đua và đơn vị thành viên"))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        self.search = SearchLineEdit(self.tr("Tìm đơn vị (gõ không dấu cũng được)…"), self)
        self.search.textChanged.connect(self._apply_filter)

        self.view = EditTableView(self, movable=True)
        self.view.setModel(self.model)
        for i, col in enumerate(self.model.COLUMNS):
            self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setSectionResizeMode(
            UnitTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.view.insert_requested.connect(self.add_unit)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.move_requested.connect(self.move_current)
        self.error = ErrorLabel(self)

        buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Thêm"), self.tr("Thêm đơn vị (Ins hoặc Ctrl+N)"), self.add_unit),
            (self.tr("Xóa"), self.tr("Xóa đơn vị đang chọn (Del)"), self.delete_selected),
            (self.tr("Lên"), self.tr("Chuyển lên trên (Ctrl+↑)"), lambda: self.move_current(-1)),
            (self.tr("Xuống"), self.tr("Chuyển xuống dưới (Ctrl+↓)"), lambda: self.move_current(1)),
            (
                self.tr("Ngừng/tiếp tục hoạt động"),
                self.tr("Giữ đơn vị trong hồ sơ nhưng không dùng cho năm mới"),
                self.toggle_active,
            ),
            (
                self.tr("Nhập từ Excel…"),
                self.tr("Nhập danh sách từ tệp .xlsx/.xls (xem trước rồi mới ghi)"),
                self.import_excel,
            ),
            (self.tr("Xuất Excel…"), self.tr("Ghi danh sách ra tệp .xlsx"), self.export_excel),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.search)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        hint = QLabel(
            self.tr(
                "Enter hoặc gõ phím để sửa ô · Ins thêm · Del xóa · Ctrl+↑/↓ hoặc kéo thả để sắp "
                "xếp · Ctrl+Z hoàn tác. Mọi thay đổi được lưu ngay."
            )
        )
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint)

        later = LazyRefresh(self, self.refresh)
        selection.changed.connect(later)
        edits.changed.connect(later)
        self.refresh()

    # -- data --------------------------------------------------------------------------------
    @property
    def cluster_id(self) -> int | None:
        return self.selection.cluster_id

    def refresh(self) -> None:
        units = self.services.units.units(self.cluster_id) if self.cluster_id else []
        self.model.set_rows(units)
        cluster = self.services.repo.get(m.Cluster, self.cluster_id) if self.cluster_id else None
        members = sum(1 for u in units if u.is_member and u.active)
        self.summary.setText(
            self.tr("{0} — {1} đơn vị, {2} thành viên đang hoạt động").format(
                cluster.name, len(units), members
            )
            if cluster
            else self.tr("Chưa có cụm thi đua: tạo cụm ở trang Bắt đầu.")
        )
        self._apply_filter(self.search.text())

    def _apply_filter(self, text: str) -> None:
        key = fold(text.strip())
        if not key:
            for row in range(self.model.rowCount()):
                self.view.setRowHidden(row, False)
            return
        for row, unit in enumerate(self.model.rows()):
            hay = fold(" ".join([unit.name, unit.short_name, unit.province, unit.head_name]))
            self.view.setRowHidden(row, bool(key) and key not in hay)

    # -- edits -------------------------------------------------------------------------------
    def _commit(self, unit: m.Unit, field: str, value: Any) -> None:
        if isinstance(value, str):
            value = offer_unicode(self, value)
            if field == "name":
                value = self.services.units.check_name(unit.cluster_id, value, unit.id)
        self.edits.change(
            m.Unit, unit.id, text=self.tr("Sửa đơn vị «{0}»").format(unit.name), **{field: value}
        )
        self.error.clear_error()

    def _edit_refused(self, message: str) -> None:
        self.error.show_error(message)

    def add_unit(self) -> None:
        if not self.cluster_id:
            return
        units = self.services.units
        unit = m.Unit(
            cluster_id=self.cluster_id,
            name=units.new_unit_name(self.cluster_id, self.tr("Đơn vị mới")),
            sort_order=units.next_sort_order(self.cluster_id),
        )
        saved = self.edits.create(unit, self.tr("Thêm đơn vị"))
        empty_box(self.search)
        row = self.model.row_of_id(saved.id)
        self.view.go_to(row, UnitTableModel.NAME)
        self.view.setFocus()
        self.view.edit(self.view.currentIndex())

    def _selected_units(self) -> list[m.Unit]:
        return [self.model.row_at(r) for r in self.view.selected_rows()]

    def delete_selected(self) -> None:
        chosen = self._selected_units()
        if len(chosen) != 1:
            if chosen:
                self.error.show_error(self.tr("Chọn một đơn vị để xóa."))
            return
        unit = chosen[0]
        try:
            self.services.units.check_deletable(unit.id)  # type: ignore[arg-type]
        except DomainError as exc:
            self._offer_deactivate(unit, str(exc))
            return
        row = self.view.current_row()
        self.edits.delete(m.Unit, unit.id, self.tr("Xóa đơn vị «{0}»").format(unit.name))
        self.view.go_to(min(row, self.model.rowCount() - 1))
        self.error.clear_error()

    def _offer_deactivate(self, unit: m.Unit, message: str) -> None:
        if not unit.active:
            QMessageBox.information(self, self.tr("Không xóa được"), message)
            return
        if self.ask_deactivate(message):
            self._set_active(unit, False)

    def ask_deactivate(self, message: str) -> bool:
        """The refusal, with «Ngừng hoạt động» offered instead of deleting."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Không xóa được"), message, parent=self)
        deactivate = box.addButton(self.tr("Ngừng hoạt động"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Để nguyên"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(deactivate)
        box.exec()
        return box.clickedButton() is deactivate

    def toggle_active(self) -> None:
        for unit in self._selected_units():
            self._set_active(unit, not unit.active)

    def _set_active(self, unit: m.Unit, active: bool) -> None:
        text = self.tr("Tiếp tục hoạt động: «{0}»") if active else self.tr("Ngừng hoạt động: «{0}»")
        self.edits.change(m.Unit, unit.id, text=text.format(unit.name), active=active)

    def move_current(self, delta: int) -> None:
        rows = self.view.selected_rows()
        if not rows or not self.cluster_id:
            return
        ids = [self.model.row_at(r).id for r in rows]
        target = rows[0] - 1 if delta < 0 else rows[-1] + 2
        if target < 0 or target > self.model.rowCount():
            return
        self._reorder(ids, target)

    def _dropped(self, ids: list[int], target: int) -> None:
        self._reorder(ids, target)

    def _reorder(self, ids: list[int], target: int) -> None:
        units = self.services.units
        cid = self.cluster_id
        before = units.order(cid)
        after = units.moved(cid, ids, target)
        if after == before:
            return
        column = max(self.view.currentIndex().column(), 0)
        self.edits.action(
            self.tr("Sắp xếp lại đơn vị"),
            lambda: units.set_order(cid, after),
            lambda: units.set_order(cid, before),
            "Unit",
        )
        self.view.clearSelection()
        for uid in ids:
            self.view.selectRow(self.model.row_of_id(uid))
        self.view.setCurrentIndex(self.model.index(self.model.row_of_id(ids[0]), column))

    # -- Excel -------------------------------------------------------------------------------
    def import_excel(self, path: str | None = None) -> None:
        if not self.cluster_id:
            return
        if not path:
            chosen = ask_open_file(
                self,
                self.tr("Chọn tệp Excel danh sách đơn vị"),
                "excel",
                self.tr("Bảng tính (*.xlsx *.xls)"),
            )
            if chosen is None:
                return
            path = str(chosen)
        dialog = ExcelImportDialog(self.services, self.cluster_id, Path(path), self)
        if not dialog.load():  # unreadable file or wrong columns: message shown, nothing written
            return
        if dialog.exec():
            self.apply_import(dialog.plan)

    def apply_import(self, plan) -> None:  # noqa: ANN001 (UnitImportPlan)
        importer = self.services.unit_import
        holder: dict[str, Any] = {}

        def do() -> None:
            if "outcome" in holder:
                importer.reapply(holder["outcome"])
            else:
                holder["outcome"] = importer.apply(plan)

        self.edits.action(
            self.tr("Nhập {0} đơn vị từ Excel").format(len(plan.added) + len(plan.changed)),
            do,
            lambda: importer.revert(holder["outcome"]),
            "Unit",
        )

    def export_excel(self, path: str | None = None) -> Path | None:
        if not self.cluster_id:
            return None
        if not path:
            chosen = ask_save_file(
                self,
                self.tr("Xuất danh sách đơn vị"),
                "excel",
                "don-vi.xlsx",
                self.tr("Bảng tính (*.xlsx)"),
            )
            if chosen is None:
                return None
            path = str(chosen)
        try:
            written = export_units(path, self.services.units.units(self.cluster_id))
        except OSError as exc:
            show_domain_error(self, DomainError(self.tr("Không ghi được tệp: {0}").format(exc)))
            return None
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Đã xuất {0}").format(written), 8000)
        return written
