"""Documents page: produce, open, print a conference's documents; the template tools."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.documents.catalog import DOCX_KINDS
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.domain.model import Conference
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services import documents as docsvc
from thidua_desktop.services.container import Services
from thidua_desktop.ui.background import ServiceJob
from thidua_desktop.ui.dialogs.template_dialogs import PreflightDialog, ReferenceDialog
from thidua_desktop.ui.models.documents_table_model import COL_TITLE, DocumentsTableModel
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


def default_output_dir(conf: Conference) -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = "".join(c if c.isalnum() else "-" for c in fold(conf.title))[:50].strip("-")
    stamp = conf.date.isoformat() if conf.date else str(conf.id)
    return Path(base or Path.home()) / "ThiDua" / f"{stamp}_{name}"


class DocumentsPage(QWidget):
    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services, self.edits, self.selection = services, edits, selection
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: ServiceJob | None = None
        self.out_dir: Path | None = None
        self._out_conf_id: int | None = None
        self._build()
        self._dirty = True
        selection.changed.connect(self.refresh_later)
        edits.changed.connect(self.refresh_later)
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Thư mục lưu:")))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        row.addWidget(self.folder, 1)
        self.choose_btn = QPushButton(self.tr("Chọn thư mục…"))
        self.choose_btn.clicked.connect(self.choose_folder)
        row.addWidget(self.choose_btn)
        layout.addLayout(row)
        self.model = DocumentsTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _: self.open_selected())
        layout.addWidget(self.view, 1)
        actions = QHBoxLayout()
        self.generate_btn = QPushButton(self.tr("Tạo văn bản đã chọn (Ctrl+G)"))
        self.generate_btn.clicked.connect(self.generate_checked)
        self.all_btn = QPushButton(self.tr("Chọn tất cả"))
        self.all_btn.clicked.connect(lambda: self.model.check_all(True))
        self.open_btn = QPushButton(self.tr("Mở (Ctrl+O)"))
        self.open_btn.clicked.connect(self.open_selected)
        self.print_btn = QPushButton(self.tr("In (Ctrl+P)"))
        self.print_btn.clicked.connect(self.print_selected)
        self.folder_btn = QPushButton(self.tr("Mở thư mục"))
        self.folder_btn.clicked.connect(self.open_folder)
        for b in (self.generate_btn, self.all_btn, self.open_btn, self.print_btn, self.folder_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_btn = QPushButton(self.tr("Hủy"))
        self.cancel_btn.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_btn)
        layout.addLayout(progress)
        layout.addWidget(self.status)
        layout.addWidget(self._template_tools())
        self._set_busy(False)
        for keys, slot in (
            ("Ctrl+G", self.generate_checked),
            ("Ctrl+O", self.open_selected),
            ("Ctrl+P", self.print_selected),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    def _template_tools(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mẫu văn bản Word"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.kind_combo = QComboBox()
        for k in DOCX_KINDS:
            self.kind_combo.addItem(k.title, k.key)
        self.kind_combo.currentIndexChanged.connect(self._show_template_source)
        row.addWidget(self.kind_combo, 1)
        self.source = QLabel()
        row.addWidget(self.source, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.edit_tpl_btn = QPushButton(self.tr("Mở mẫu trong Word"))
        self.edit_tpl_btn.clicked.connect(self.edit_template)
        self.install_btn = QPushButton(self.tr("Dùng mẫu đã sửa…"))
        self.install_btn.clicked.connect(self.install_template)
        self.check_btn = QPushButton(self.tr("Kiểm tra mẫu"))
        self.check_btn.clicked.connect(self.check_template)
        self.reset_btn = QPushButton(self.tr("Khôi phục mẫu mặc định"))
        self.reset_btn.clicked.connect(self.reset_template)
        self.ref_btn = QPushButton(self.tr("Tham chiếu trường dữ liệu"))
        self.ref_btn.clicked.connect(self.show_reference)
        for b in (
            self.edit_tpl_btn,
            self.install_btn,
            self.check_btn,
            self.reset_btn,
            self.ref_btn,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)
        for b in (
            self.generate_btn,
            self.all_btn,
            self.check_btn,
            self.install_btn,
            self.reset_btn,
        ):
            b.setEnabled(not busy and self.selection.conference_id is not None)

    def conference(self) -> Conference | None:
        cid = self.selection.conference_id
        return self.services.repo.get(Conference, cid) if cid else None

    def refresh_later(self, *_: object) -> None:
        """Reload when next shown: listing documents tallies the votes, not worth it hidden."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        conf = self.conference()
        if conf is None:
            self.heading.setText(self.tr("Chọn một hội nghị để tạo văn bản."))
            self.model.set_rows([])
            self._set_busy(self.busy)
            return
        self.heading.setText(conf.title)
        if self.out_dir is None or self._out_conf_id != conf.id:
            self.out_dir = default_output_dir(conf)
            self._out_conf_id = conf.id
        self.folder.setText(str(self.out_dir))
        self.model.set_rows(self.services.documents.rows(conf.id))
        self._set_busy(self.busy)
        self._show_template_source()

    def _kind(self) -> str:
        return self.kind_combo.currentData()

    def _show_template_source(self) -> None:
        cluster_id = self.selection.cluster_id
        row = (
            self.services.documents.templates.user_template(cluster_id, self._kind())
            if cluster_id
            else None
        )
        self.source.setText(
            self.tr("Đang dùng mẫu riêng của cụm (sửa lúc {0})").format(row.updated_at)
            if row
            else self.tr("Đang dùng mẫu mặc định (theo Nghị định 30/2020/NĐ-CP)")
        )

    def _error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("color: #b00020;")

    def _info(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet("")

    # -- generation (off the GUI thread) -----------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu văn bản"), str(self.out_dir or Path.home())
        )
        if folder:
            self.out_dir = Path(folder)
            self.folder.setText(folder)

    def generate_checked(self) -> None:
        keys = self.model.checked_keys()
        if not keys:
            self._error(self.tr("Đánh dấu ít nhất một văn bản để tạo."))
            return
        self.generate(keys)

    def generate(self, keys: list[str]) -> None:
        conf = self.conference()
        if conf is None or self.busy or self.services.path is None:
            return
        out_dir = self.out_dir or default_output_dir(conf)

        def work(services, progress, cancelled):  # type: ignore[no-untyped-def]
            done = services.documents.generate_many(conf.id, keys, out_dir, progress, cancelled)
            return [str(g.path) for g in done]

        self.progress.setRange(0, len(keys))
        self.progress.setValue(0)
        self._start(
            ServiceJob(self.services.path, work, actor=self.services.edits.actor), self._generated
        )

    def _start(self, job: ServiceJob, on_done) -> None:  # type: ignore[no-untyped-def]
        self.job = job
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(on_done)
        job.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._info(self.tr("Đang xử lý…"))
        self.pool.start(job)

    def _progress(self, done: int, total: int, key: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        title = next((r.item.title for r in self.model._rows if r.item.key == key), key)
        if key:
            self.progress.setFormat(self.tr("%v/%m – {0}").format(title))

    def _finish(self) -> None:
        self.job = None
        self._set_busy(False)
        self.refresh()

    def _generated(self, paths: list[str]) -> None:
        cancelled = self.job is not None and self.job.cancelled
        self._finish()
        note = self.tr(" (đã hủy phần còn lại)") if cancelled else ""
        self._info(
            self.tr("Đã tạo {0} văn bản trong {1}{2}.").format(len(paths), self.out_dir, note)
        )
        self.last_paths = paths

    def _failed(self, message: str) -> None:
        self._finish()
        self._error(message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._info(self.tr("Đang hủy: dừng sau văn bản đang tạo…"))

    # -- open / print ---------------------------------------------------------------------
    def _selected_file(self) -> Path | None:
        index = self.view.currentIndex()
        if not index.isValid():
            self._error(self.tr("Chọn một văn bản trong danh sách."))
            return None
        row = self.model.row_at(index.row())
        if row.last is None:
            self._error(
                self.tr("“{0}” chưa được tạo: bấm Tạo văn bản trước.").format(row.item.title)
            )
            return None
        path = (self.out_dir or Path.home()) / row.last.filename
        if not path.exists():  # moved or deleted: write back the archived copy
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(row.last.content)
        return path

    def open_selected(self) -> None:
        path = self._selected_file()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_selected(self) -> None:
        path = self._selected_file()
        if path is None:
            return
        if sys.platform == "win32":
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Word/Reader prints it
            self._info(self.tr("Đã gửi {0} tới máy in mặc định.").format(path.name))
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self._info(self.tr("Đã mở {0}: in từ chương trình vừa mở.").format(path.name))

    def open_folder(self) -> None:
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir)))

    # -- template tools -------------------------------------------------------------------
    def edit_template(self) -> None:
        cluster_id = self.selection.cluster_id
        if cluster_id is None:
            return
        try:
            path = self.services.documents.templates.working_copy(cluster_id, self._kind())
        except DomainError as exc:
            self._error(str(exc))
            return
        self.working_copy = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self._info(
            self.tr("Đã mở {0}. Sửa, lưu trong Word rồi bấm “Dùng mẫu đã sửa…”.").format(path)
        )

    def install_template(self, path: str | None = None) -> None:
        cluster_id = self.selection.cluster_id
        if cluster_id is None:
            return
        if not path:
            start = str(getattr(self, "working_copy", "") or Path.home())
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn mẫu Word đã sửa"), start, self.tr("Tài liệu Word (*.docx)")
            )
        if not path:
            return
        try:
            self.services.documents.templates.install(cluster_id, self._kind(), Path(path))
        except DomainError as exc:
            self._error(str(exc))
            return
        self._show_template_source()
        self._info(self.tr("Đã dùng mẫu {0}. Nên bấm “Kiểm tra mẫu”.").format(Path(path).name))

    def check_template(self) -> None:
        conf = self.conference()
        if conf is None or self.busy or self.services.path is None:
            return
        kind = self._kind()

        def work(services, progress, cancelled):  # type: ignore[no-untyped-def]
            return docsvc.preflight(services.documents, conf.id, kind)

        self.progress.setRange(0, 0)  # busy indicator: the check renders a preview
        self._start(ServiceJob(self.services.path, work), self._checked)

    def _checked(self, report) -> None:  # type: ignore[no-untyped-def]
        self._finish()
        self._info(self.tr("Đã kiểm tra mẫu {0}.").format(report.template))
        self.report_dialog = PreflightDialog(report, self)
        self.report_dialog.open()

    def reset_template(self) -> None:
        cluster_id = self.selection.cluster_id
        if cluster_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục mẫu mặc định"),
            self.tr("Bỏ mẫu riêng của cụm cho “{0}” và dùng lại mẫu mặc định?").format(
                self.kind_combo.currentText()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = self.services.documents.templates.reset(cluster_id, self._kind())
        self._show_template_source()
        self._info(
            self.tr("Đã khôi phục mẫu mặc định.") if removed else self.tr("Đang dùng mẫu mặc định.")
        )

    def show_reference(self) -> None:
        conf = self.conference()
        if conf is None:
            return
        try:
            text = docsvc.placeholder_reference(self.services.documents, conf.id, self._kind())
        except DomainError as exc:
            self._error(str(exc))
            return
        self.reference_dialog = ReferenceDialog(text, self)
        self.reference_dialog.open()
