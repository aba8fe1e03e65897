"""Handover & archive: export a package and open a received one off the GUI thread (verify, diff,
explicit choice), automatic backups and restore, archived years."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import record_handover, verify_package
from thidua_desktop.services.package_files import SUFFIX
from thidua_desktop.services.package_open import diff_with, open_into, other_cluster, read_received
from thidua_desktop.ui.archive_bar import settings_of
from thidua_desktop.ui.background import ServiceJob
from thidua_desktop.ui.file_dialogs import ask_open_file
from thidua_desktop.ui.pages import package_open_dialog as ask
from thidua_desktop.ui.pages.backup_archive_box import BackupArchivePanel
from thidua_desktop.ui.pages.handover_export_box import ExportBox
from thidua_desktop.ui.pages.handover_worker import Exported, export_job
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

        # -- export, and the progress of whichever job runs -----------------------------------
        self.export_box = ExportBox()
        self.to_unit = self.export_box.to_unit
        self.export_button = self.export_box.export_button
        self.export_button.clicked.connect(lambda: self.export())  # not clicked(bool)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.cancel_export())
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        job_row = QHBoxLayout()
        job_row.addWidget(self.progress, 1)
        job_row.addWidget(self.cancel_button)

        # -- received package -----------------------------------------------------------
        self.verify_button = QPushButton(self.tr("Kiểm tra gói…"))
        self.verify_button.clicked.connect(lambda: self.verify())
        self.open_button = QPushButton(self.tr("Mở gói nhận được…"))
        self.open_button.setShortcut("Ctrl+Shift+O")
        self.open_button.clicked.connect(lambda: self.open_package())  # not clicked(bool)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.diff = ask.DiffTable()
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
        self.keeping = BackupArchivePanel(services, edits)
        self.keeping.restored.connect(self._data_replaced)
        self.backups, self.years = self.keeping.backups, self.keeping.years
        self.restore_button = self.keeping.restore_button
        self.unlock_button = self.keeping.unlock_button
        self.snapshot_now = self.keeping.snapshot_now

        left = QVBoxLayout()
        left.addWidget(self.export_box)
        left.addLayout(job_row)
        left.addWidget(self.progress_text)
        left.addWidget(received_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.keeping, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Bàn giao, sao lưu & lưu trữ")))
        layout.addLayout(body, 1)

        selection.changed.connect(self.refresh)
        edits.changed.connect(lambda _e: self.refresh())
        self.refresh()

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.export_box.refresh_units(self.services, self._cluster_id())
        self.export_button.setEnabled(self.services.path is not None and self.export_job is None)
        self.keeping.refresh()

    def _cluster_id(self) -> int | None:
        return self.selection.cluster_id or self.services.conferences.latest()[0]

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Không thực hiện được"), text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        if self.services.path is None or self.export_job is not None:
            return
        target = self.export_box.ask_target(
            self.services, self._cluster_id(), settings_of(self), self.pkg_filter
        )
        if target is None:
            return
        job = export_job(
            self.services.path,
            target,
            self.to_unit.currentData() or "",
            self.export_box.with_record.isChecked(),
            self.services.edits.actor,
        )
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

    def _on_exported(self, exported: Exported) -> None:
        info = exported.info
        self._export_finished(self.tr("Đã xuất và kiểm tra: {0}").format(info.path))
        self.report.setPlainText("\n".join(info.summary_lines()))
        self.export_box.show_written(info, exported.record)
        # The handover record made from now on (in any session) prints this package's digest.
        self.services.documents.package_digest = info.package_digest
        record_handover(self.services.edits, info)
        if exported.record is not None:  # archived by the job's own connection
            self.edits.changed.emit("Document")

    def _on_export_failed(self, message: str) -> None:
        self._export_finished(self.tr("Xuất gói không thành công."))
        self.show_error(message)

    def _on_export_cancelled(self) -> None:
        self.progress.setValue(0)
        self._export_finished(self.tr("Đã hủy; không có tệp nào được tạo."))

    # -- received packages ----------------------------------------------------------------
    def _ask_package(self) -> Path | None:
        return ask_open_file(self, self.tr("Chọn gói bàn giao"), "packages", self.pkg_filter)

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
            self.diff.set_diff(diff_with(repo, received))
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
                self._offer_to_open(db_path)

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

    def _choose(self, received) -> None:  # noqa: ANN001
        """Ask what to do with a package that meets data: a package of another cluster is said
        plainly, and replacing with it is confirmed a second time."""
        other = other_cluster(self.services.repo, received)
        if other is not None:
            self.report.appendPlainText(
                self.tr("Gói của cụm khác: «{0}» (máy này: «{1}»).").format(other[1], other[0])
            )
            choice = ask.ask_other_cluster(self, *other)
        else:
            choice = ask.ask_same_cluster(self)
        if choice == ask.NEW:
            assert self.services.path is not None
            target = ask.ask_new_file(
                self, self.services.path.parent, "; ".join(received.info.clusters)
            )
            if target is not None:
                self.open_into_new(received, target)
            else:
                self.report.appendPlainText(self.tr("Đã hủy; dữ liệu hiện có không thay đổi."))
        elif choice == ask.REPLACE:
            self.replace_with(received)
        else:
            self.report.appendPlainText(self.tr("Đã hủy; dữ liệu hiện có không thay đổi."))

    def open_into_new(self, received, target: Path) -> None:  # noqa: ANN001
        if target.exists() and target.stat().st_size > 0:
            raise DomainError(self.tr("Tệp '{0}' đã tồn tại; hãy chọn tên mới.").format(target))
        self._copy_in(
            target, received, False, self.tr("Đã mở gói vào tệp riêng: {0}").format(target)
        )

    def _offer_to_open(self, path: Path) -> None:
        """The new file opens in the app as Tệp → Mở… opens it (the window's file controller);
        a window without one can only say where the file is."""
        files = getattr(self.window(), "files", None)
        if files is None:
            self.report.appendPlainText(self.tr("Mở tệp này bằng Tệp → Mở…"))
            return
        if ask.offer_to_open(self, path):
            # after this slot returns: opening closes this window and page
            QTimer.singleShot(0, lambda: files.open_path(path))
        else:
            self.report.appendPlainText(
                self.tr("Mở tệp này khi cần bằng Tệp → Mở… hoặc Mở gần đây.")
            )

    def replace_with(self, received) -> None:  # noqa: ANN001
        safety = self.services.backups.snapshot("before-replace") if self.services.backups else None
        self._copy_in(
            self.services.path,
            received,
            True,
            self.tr("Đã thay bằng dữ liệu của gói; bản cũ lưu tại {0}").format(safety),
        )

    def _data_replaced(self, message: str) -> None:
        """The whole database changed under the pages: forget undo history, start over."""
        self.edits.stack.clear()
        window = self.window()
        if hasattr(window, "select_latest"):
            window.select_latest()
        self.edits.changed.emit("*")
        self.report.appendPlainText(message)
        self.refresh()
