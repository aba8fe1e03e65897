"""Preview of an Excel import: what will be added, changed and rejected, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, Qt, QThreadPool
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.services.excel import reading_observed
from thidua_desktop.services.unit_import import UNIT_COLUMNS, UnitImportPlan
from thidua_desktop.ui.background import ServiceJob
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

    PROGRESS_AFTER_MS = 400  # a quick read shows no progress dialog at all

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
        """Read and plan; on a bad file show why (naming the expected columns) and return False.

        A cancelled reading also returns False, without a message."""
        try:
            plan = self._read()
        except DomainError as exc:
            self.error_message = str(exc)
            QMessageBox.warning(
                self.parentWidget() or self, self.tr("Không nhập được tệp Excel"), str(exc)
            )
            return False
        if plan is None:
            return False
        self.plan = plan
        self._show()
        return True

    def _read(self) -> UnitImportPlan | None:
        """The plan, read off the GUI thread with a progress dialog and a Hủy button (a sheet may
        hold a million rows); None when cancelled."""
        convert = self.convert.isChecked()
        if self.services.path is None:  # an in-memory database cannot be shared with a thread
            return self.services.unit_import.read(
                self.path, self.cluster_id, convert_legacy=convert
            )
        cluster_id, path = self.cluster_id, self.path

        def work(services, progress, cancelled):  # type: ignore[no-untyped-def]
            with reading_observed(progress, cancelled):
                return services.unit_import.read(path, cluster_id, convert_legacy=convert)

        self.progress = QProgressDialog(
            self.tr("Đang đọc «{0}»…").format(path.name),
            self.tr("Hủy"),
            0,
            0,
            self.parentWidget() or self,
        )
        self.progress.setWindowTitle(self.tr("Nhập đơn vị từ Excel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(self.PROGRESS_AFTER_MS)
        job = ServiceJob(self.services.path, work, actor=self.services.edits.actor)
        loop = QEventLoop(self)
        outcome: dict[str, object] = {}

        def finish(key: str, value: object = None) -> None:
            outcome[key] = value
            loop.quit()

        def advance(done: int, total: int, _label: str) -> None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(
                self.tr("Đang đọc «{0}»: {1}/{2} dòng…").format(path.name, done, total)
            )

        job.signals.progress.connect(advance)
        job.signals.done.connect(lambda plan: finish("plan", plan))
        job.signals.failed.connect(lambda message: finish("error", message))
        job.signals.cancelled.connect(lambda: finish("cancelled"))
        self.progress.canceled.connect(job.cancel)
        pool = QThreadPool(self)
        pool.start(job)
        loop.exec()
        pool.waitForDone()  # the job ends soon after a cancel: its child is killed
        self.progress.reset()
        self.progress.deleteLater()
        if "error" in outcome:
            raise DomainError(str(outcome["error"]))
        return outcome.get("plan")  # type: ignore[return-value]

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
