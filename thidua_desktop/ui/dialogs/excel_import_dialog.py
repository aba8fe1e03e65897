"""Preview of an Excel import: what will be added, changed and rejected, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.services.unit_import import UNIT_COLUMNS, UnitImportPlan
from thidua_desktop.ui.dialogs.legacy_text_dialog import ENCODING_NAMES
from thidua_desktop.ui.domain_labels import label

FIELD_TITLES = {c.field: c.header for c in UNIT_COLUMNS}
# The headers above, listed for the translation tools (shown through self.tr()).
_HEADERS = (
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Tên đơn vị"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Tên viết tắt"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Loại đơn vị"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Thủ trưởng"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Chức vụ"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Tỉnh/thành phố"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Thành viên"),
    QT_TRANSLATE_NOOP("ExcelImportDialog", "Đang hoạt động"),
)


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    return table


class ExcelImportDialog(QDialog):
    """`load()` reads the file (False + message when it cannot); `exec()` accepted = write `plan`."""

    def __init__(
        self, services: Services, cluster_id: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.cluster_id = cluster_id
        self.path = path
        self.plan: UnitImportPlan | None = None
        self.setWindowTitle(self.tr("Nhập đơn vị từ Excel — xem trước"))
        self.resize(860, 520)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.convert = QCheckBox(self.tr("Chuyển chữ gõ bằng bảng mã cũ (TCVN3/VNI) sang Unicode"))
        self.convert.setChecked(True)
        self.convert.toggled.connect(self._replan)
        self.convert.hide()
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("Ghi vào danh sách"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.convert)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def load(self) -> bool:
        """Read and plan; on a bad file show why (naming the expected columns) and return False."""
        try:
            self.plan = self.services.unit_import.read(
                self.path, self.cluster_id, convert_legacy=self.convert.isChecked()
            )
        except DomainError as exc:
            self.error_message = str(exc)
            QMessageBox.warning(
                self.parentWidget() or self, self.tr("Không nhập được tệp Excel"), str(exc)
            )
            return False
        self._show()
        return True

    def _replan(self) -> None:
        self.load()

    def _show(self) -> None:
        plan = self.plan
        assert plan is not None
        self.summary.setText(
            self.tr(
                "Tệp «{0}»: {1} đơn vị sẽ được thêm, {2} đơn vị sẽ được cập nhật, {3} dòng bị bỏ qua, "
                "{4} đơn vị không thay đổi (ô để trống giữ nguyên thông tin đã có). Chưa có gì được ghi: bấm «Ghi vào danh sách» để ghi tất cả "
                "trong một lần (có thể hoàn tác bằng Ctrl+Z)."
            ).format(
                self.path.name,
                len(plan.added),
                len(plan.changed),
                len(plan.rejected),
                plan.unchanged,
            )
        )
        self.tabs.clear()
        cols = [c.field for c in UNIT_COLUMNS if c.field not in ("is_member", "active")]
        heads = [self.tr(FIELD_TITLES[c]) for c in cols]
        self.tabs.addTab(
            _table(heads, [[getattr(u, c) for c in cols] for u in plan.added]),
            self.tr("Thêm mới ({0})").format(len(plan.added)),
        )
        changes = []
        for before, after in plan.changed:
            diff = [
                f"{self.tr(FIELD_TITLES.get(f, f))}: «{getattr(before, f)}» → «{getattr(after, f)}»"
                for f in FIELD_TITLES
                if getattr(before, f) != getattr(after, f)
            ]
            changes.append([before.name, "; ".join(diff)])
        self.tabs.addTab(
            _table([self.tr("Đơn vị"), self.tr("Thay đổi")], changes),
            self.tr("Cập nhật ({0})").format(len(plan.changed)),
        )
        self.tabs.addTab(
            _table(
                [self.tr("Dòng"), self.tr("Tên"), self.tr("Lý do")],
                [[str(n), name, reason] for n, name, reason in plan.rejected],
            ),
            self.tr("Bỏ qua ({0})").format(len(plan.rejected)),
        )
        if plan.legacy:
            self.convert.show()
            self.tabs.addTab(
                _table(
                    [
                        self.tr("Dòng"),
                        self.tr("Cột"),
                        self.tr("Như trong tệp"),
                        self.tr("Sau khi chuyển"),
                        self.tr("Bảng mã"),
                    ],
                    [
                        [
                            str(c.row),
                            self.tr(FIELD_TITLES[c.field]),
                            c.before,
                            c.after,
                            label(ENCODING_NAMES.get(c.encoding, c.encoding)),
                        ]
                        for c in plan.legacy
                    ],
                ),
                self.tr("Bảng mã cũ ({0})").format(len(plan.legacy)),
            )
        self.ok.setEnabled(plan.has_writes)
