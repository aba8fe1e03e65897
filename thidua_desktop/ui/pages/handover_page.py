"""Handover & archive: export a package and open a received one off the GUI thread (verify, diff,
explicit choice), automatic backups and restore, archived years."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.backups import BACKUP_EVERY_MINUTES
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import verify_package
from thidua_desktop.services.package_open import diff_with, open_into, read_received
from thidua_desktop.storage.package import SUFFIX
from thidua_desktop.ui.archive_bar import ensure_editable, remember, settings_of
from thidua_desktop.ui.background import ServiceJob
from thidua_desktop.ui.pages.handover_worker import export_job
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import page_title


class HandoverPage(QWidget):
    """Everything that protects or moves the cluster's records as a whole."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.export_job: ServiceJob | None = None
        self.job: ServiceJob | None = None  # verifying or copying in a received package
        self.open_cancelled = False
        pkg_filter = self.tr("Gói bàn giao thidua (*{0});;Mọi tệp (*)").format(SUFFIX)
        self.pkg_filter = pkg_filter

        # -- export -----------------------------------------------------------------------
        self.to_unit = QComboBox()
        self.export_button = QPushButton(self.tr("Xuất gói bàn giao…"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.clicked.connect(self.export)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_text = QLabel()
        export_box = QGroupBox(self.tr("Bàn giao cho năm sau"))
        grid = QGridLayout(export_box)
        grid.addWidget(QLabel(self.tr("Đơn vị nhận bàn giao:")), 0, 0)
        grid.addWidget(self.to_unit, 0, 1, 1, 2)
        grid.addWidget(self.export_button, 1, 0)
        grid.addWidget(self.progress, 1, 1)
        grid.addWidget(self.cancel_button, 1, 2)
        grid.addWidget(self.progress_text, 2, 0, 1, 3)

        # -- received package -----------------------------------------------------------
        self.verify_button = QPushButton(self.tr("Kiểm tra gói…"))
        self.verify_button.clicked.connect(self.verify)
        self.open_button = QPushButton(self.tr("Mở gói nhận được…"))
        self.open_button.setShortcut("Ctrl+Shift+O")
        self.open_button.clicked.connect(lambda: self.open_package())  # not clicked(bool)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.diff = QTableWidget(0, 4)
        self.diff.setHorizontalHeaderLabels(
            [
                self.tr("Bảng"),
                self.tr("Gói thêm"),
                self.tr("Khác nhau"),
                self.tr("Chỉ có ở máy này"),
            ]
        )
        self.diff.verticalHeader().hide()
        self.diff.horizontalHeader().setStretchLastSection(True)
        self.diff.hide()
        received_box = QGroupBox(self.tr("Gói nhận được"))
        rv = QVBoxLayout(received_box)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        rv.addLayout(row)
        rv.addWidget(self.report, 2)
        rv.addWidget(self.diff, 1)

        # -- backups and archive ----------------------------------------------------------
        self.backups = QListWidget()
        self.backup_now = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_now.clicked.connect(self.snapshot_now)
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.restore_button.clicked.connect(self.restore)
        backup_box = QGroupBox(self.tr("Sao lưu tự động (khi mở, mỗi {0} phút sửa, khi đóng)").format(
            BACKUP_EVERY_MINUTES))  # fmt: skip
        bv = QVBoxLayout(backup_box)
        bv.addWidget(self.backups, 1)
        row = QHBoxLayout()
        row.addWidget(self.backup_now)
        row.addWidget(self.restore_button)
        bv.addLayout(row)

        self.years = QListWidget()
        self.unlock_button = QPushButton(self.tr("Mở khóa để sửa…"))
        self.unlock_button.clicked.connect(self.toggle_lock)
        archive_box = QGroupBox(self.tr("Năm lưu trữ (chỉ xem)"))
        av = QVBoxLayout(archive_box)
        av.addWidget(self.years, 1)
        av.addWidget(self.unlock_button)

        left = QVBoxLayout()
        left.addWidget(export_box)
        left.addWidget(received_box, 1)
        right = QVBoxLayout()
        right.addWidget(backup_box, 2)
        right.addWidget(archive_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Bàn giao, sao lưu & lưu trữ")))
        layout.addLayout(body, 1)

        selection.changed.connect(self.refresh)
        edits.changed.connect(lambda _e: self.refresh())
        self.refresh()

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        repo = self.services.repo
        current = self.to_unit.currentData()
        self.to_unit.clear()
        self.to_unit.addItem(self.tr("(không ghi)"), "")
        for unit in repo.find(m.Unit, order_by="sort_order, id"):
            self.to_unit.addItem(unit.name, unit.name)
        self.to_unit.setCurrentIndex(max(0, self.to_unit.findData(current)))
        self.export_button.setEnabled(self.services.path is not None and self.export_job is None)
        self.backups.clear()
        if self.services.backups is not None:
            for b in self.services.backups.list():
                item = QListWidgetItem(b.label)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.backups.addItem(item)
        self.years.clear()
        archive = self.services.archive
        for year in repo.find(m.Year, order_by="year DESC"):
            state = (
                self.tr("lưu trữ, chỉ xem")
                if archive.is_archived(year.id)
                else self.tr("đang sửa được")
            )
            item = QListWidgetItem(f"{year.year} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, year.id)
            self.years.addItem(item)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Không thực hiện được"), text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        if self.services.path is None or self.export_job is not None:
            return
        suggested = str(self.services.path.with_name(f"ban-giao{SUFFIX}"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu gói bàn giao"), suggested, self.pkg_filter
        )
        if not name:
            return
        target = Path(name if name.endswith(SUFFIX) else name + SUFFIX)
        job = export_job(self.services.path, target, self.to_unit.currentData() or "")
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_exported)
        job.signals.failed.connect(self._on_export_failed)
        job.signals.cancelled.connect(self._on_export_cancelled)
        self.export_job = job
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        QThreadPool.globalInstance().start(job)

    def cancel_export(self) -> None:
        if self.job is not None:  # opening a package: stop before anything is written
            self.open_cancelled = True
            self.progress_text.setText(self.tr("Đang hủy…"))
        if self.export_job is not None:
            self.export_job.cancel()
            self.progress_text.setText(self.tr("Đang hủy…"))

    def _on_progress(self, percent: int, _total: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress_text.setText(text)

    def _export_finished(self, text: str) -> None:
        self.export_job = None
        self.cancel_button.setEnabled(False)
        self.export_button.setEnabled(True)
        self.progress_text.setText(text)

    def _on_exported(self, info) -> None:  # noqa: ANN001 (PackageInfo via a Qt signal)
        self._export_finished(self.tr("Đã xuất và kiểm tra: {0}").format(info.path))
        self.report.setPlainText("\n".join(info.summary_lines()))
        # The handover record made from now on (in any session) prints this package's digest.
        self.services.documents.package_digest = info.package_digest
        from thidua_desktop.services.package import record_handover

        record_handover(self.services.edits, info)

    def _on_export_failed(self, message: str) -> None:
        self._export_finished(self.tr("Xuất gói không thành công."))
        self.show_error(message)

    def _on_export_cancelled(self) -> None:
        self.progress.setValue(0)
        self._export_finished(self.tr("Đã hủy; không có tệp nào được tạo."))

    # -- received packages ----------------------------------------------------------------
    def _ask_package(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn gói bàn giao"), "", self.pkg_filter
        )
        return Path(name) if name else None

    def verify(self) -> None:
        path = self._ask_package()
        if path is None:
            return
        self.diff.hide()
        try:
            self.report.setPlainText("\n".join(verify_package(path).summary_lines()))
        except DomainError as exc:
            self.report.setPlainText(self.tr("KHÔNG HỢP LỆ — {0}").format(exc))

    def open_package(self, path: Path | None = None) -> None:
        """Verify a received package off the GUI thread, then load it (empty database) or show
        the differences and ask; the copy in runs off the GUI thread too."""
        path = path or self._ask_package()
        if path is None or self.job is not None or self.services.path is None:
            return
        self.diff.hide()
        self._start_job(
            self.services.path,
            lambda _s, _p, _c: read_received(path),
            self._on_received,
            self.tr("Đang kiểm tra gói «{0}» (toàn vẹn, lược đồ, mã kiểm tra)…").format(path.name),
            cancellable=True,
        )

    def _on_received(self, received) -> None:  # noqa: ANN001 (Received via a Qt signal)
        lines = received.info.summary_lines() + [self.tr("Lưu ý: ") + n for n in received.notes()]
        self.report.setPlainText("\n".join(lines))
        if self.open_cancelled:
            self.report.appendPlainText(self.tr("Đã hủy; dữ liệu hiện có không thay đổi."))
            return
        repo = self.services.repo
        try:
            if repo.is_empty():
                if self.confirm(
                    self.tr("Mở gói"), self.tr("Nạp gói này vào cơ sở dữ liệu đang mở?")
                ):
                    self._copy_in(self.services.path, received, False, self.tr("Đã mở gói."))
                return
            self._show_diff(diff_with(repo, received))
            self._choose(received)
        except DomainError as exc:
            self.show_error(str(exc))

    def _copy_in(self, db_path: Path, received, replace: bool, message: str) -> None:  # noqa: ANN001
        """Copy the package into `db_path` in one transaction, on a worker's own connection."""
        actor = self.services.edits.actor

        def work(own, _progress, _cancelled) -> None:  # noqa: ANN001
            open_into(own.repo, received, replace=replace, actor=actor)

        def finished(_result: object) -> None:
            if db_path == self.services.path:
                self._data_replaced(message)
            else:
                self.report.appendPlainText(message)

        self._start_job(
            db_path,
            work,
            finished,
            self.tr("Đang chép dữ liệu của gói vào (một giao dịch: tất cả hoặc không)…"),
            cancellable=False,
        )

    def _start_job(self, db_path: Path, fn, on_done, text: str, cancellable: bool) -> None:  # noqa: ANN001
        self.open_cancelled = False
        self.job = ServiceJob(db_path, fn, actor=self.services.edits.actor)
        self.job.signals.done.connect(lambda result: self._job_ended(on_done, result))
        self.job.signals.failed.connect(lambda message: self._job_ended(self._open_failed, message))
        self.progress.setRange(0, 0)  # busy: a verification or one transaction has no steps
        self.progress_text.setText(text)
        self.cancel_button.setEnabled(cancellable)
        self.open_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.job)

    def _job_ended(self, then, value) -> None:  # noqa: ANN001
        self.job = None
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress_text.setText("")
        self.cancel_button.setEnabled(False)
        self.open_button.setEnabled(True)
        then(value)

    def _open_failed(self, message: str) -> None:
        self.diff.hide()
        self.report.setPlainText(self.tr("KHÔNG MỞ — {0}").format(message))

    def wait_for_job(self, timeout_ms: int = 60000) -> None:
        """Block until the running jobs (export; verify, then copy in) have ended and reported
        (tests)."""
        while self.job is not None or self.export_job is not None:
            QThreadPool.globalInstance().waitForDone(timeout_ms)
            QCoreApplication.processEvents()

    def _show_diff(self, diff) -> None:  # noqa: ANN001
        self.diff.setRowCount(0)
        for key, d in diff.items():
            r = self.diff.rowCount()
            self.diff.insertRow(r)
            for c, value in enumerate((key, d.added, d.changed, d.removed)):
                self.diff.setItem(r, c, QTableWidgetItem(str(value)))
        self.diff.show()

    def ask_choice(self) -> str | None:
        """'new', 'replace' or None (cancel): the explicit choice when data differs."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Máy này đã có dữ liệu"))
        box.setText(
            self.tr("Dữ liệu hiện có khác với gói (xem bảng). Không có gì bị ghi đè nếu bạn hủy.")
        )
        into_new = box.addButton(self.tr("Mở thành tệp mới…"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(
            self.tr("Thay dữ liệu hiện có (sao lưu trước)"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "new" if clicked is into_new else "replace" if clicked is replace else None

    def _choose(self, received) -> None:  # noqa: ANN001
        choice = self.ask_choice()
        if choice == "new":
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Tệp cơ sở dữ liệu mới"), "", self.tr("Cơ sở dữ liệu (*.db)")
            )
            if name:
                self.open_into_new(received, Path(name))
        elif choice == "replace":
            self.replace_with(received)
        else:
            self.report.appendPlainText(self.tr("Đã hủy; dữ liệu hiện có không thay đổi."))

    def open_into_new(self, received, target: Path) -> None:  # noqa: ANN001
        if target.exists() and target.stat().st_size > 0:
            raise DomainError(self.tr("Tệp '{0}' đã tồn tại; hãy chọn tên mới.").format(target))
        self._copy_in(target, received, False, self.tr("Đã mở gói vào tệp mới: {0}").format(target))

    def replace_with(self, received) -> None:  # noqa: ANN001
        safety = self.services.backups.snapshot("before-replace") if self.services.backups else None
        self._copy_in(
            self.services.path,
            received,
            True,
            self.tr("Đã thay bằng dữ liệu của gói; bản cũ lưu tại {0}").format(safety),
        )

    # -- backups and archive ----------------------------------------------------------------
    def snapshot_now(self) -> None:
        if self.services.backups is not None:
            self.services.backups.snapshot("manual")
            self.refresh()

    def restore(self) -> None:
        item = self.backups.currentItem()
        if item is None or self.services.backups is None:
            return
        if not self.confirm(
            self.tr("Khôi phục"),
            self.tr(
                "Khôi phục bản sao lưu «{0}»? Trạng thái hiện tại sẽ được sao lưu trước."
            ).format(item.text()),
        ):
            return
        try:
            safety = self.services.backups.restore(Path(item.data(Qt.ItemDataRole.UserRole)))
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self._data_replaced(self.tr("Đã khôi phục; trạng thái trước đó lưu tại {0}").format(safety))

    def toggle_lock(self) -> None:
        item = self.years.currentItem()
        if item is None:
            return
        year_id = item.data(Qt.ItemDataRole.UserRole)
        archive = self.services.archive
        if not archive.is_archived(year_id):
            archive.lock(year_id)
            settings = settings_of(self)
            if settings is not None:
                remember(settings, self.services, year_id, False)
        elif not ensure_editable(self, self.services, year_id):
            return
        self.edits.changed.emit("Year")  # the archive bar and the pages follow
        self.refresh()

    def _data_replaced(self, message: str) -> None:
        """The whole database changed under the pages: forget undo history, start over."""
        self.edits.stack.clear()
        window = self.window()
        if hasattr(window, "select_latest"):
            window.select_latest()
        self.edits.changed.emit("*")
        self.report.appendPlainText(message)
        self.refresh()
