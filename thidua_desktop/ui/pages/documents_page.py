"""Documents page: produce, open, print a conference's documents; the template tools."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.domain.model import Conference
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.container import Services
from thidua_desktop.services.document_files import write_archived
from thidua_desktop.ui.background import ServiceJob
from thidua_desktop.ui.models.documents_table_model import COL_TITLE, DocumentsTableModel
from thidua_desktop.ui.pages.document_printer import DocumentPrinter
from thidua_desktop.ui.pages.template_tools import TemplateTools
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import PathField


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
        self._after_generate: tuple[str, Callable[[], None]] | None = None  # (key, open/print)
        self.out_dir: Path | None = None
        self._out_conf_id: int | None = None
        self.printing = DocumentPrinter(self)
        self.printing.said.connect(lambda text, bad: (self._error if bad else self._info)(text))
        self._build()
        self.printing.busy_changed.connect(lambda busy: self.print_btn.setEnabled(not busy))
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
        self.folder = PathField()
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
        self.grounds_btn = QPushButton(self.tr("Căn cứ tờ trình…"))
        self.grounds_btn.setToolTip(
            self.tr("Các văn bản tờ trình trích dẫn (Căn cứ …) của năm, theo thứ tự")
        )
        self.grounds_btn.clicked.connect(self.edit_grounds)
        actions.addWidget(self.grounds_btn)
        layout.addLayout(actions)
        # How some documents are made: a row of their own, so the page fits a 1280-wide screen.
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Cách tạo:")))
        self.per_unit = QCheckBox(self.tr("Giao ước PDF: mỗi đơn vị một trang"))
        options.addWidget(self.per_unit)
        self.invitation_each = QCheckBox(self.tr("Giấy mời: mỗi nơi nhận một tệp"))
        self.invitation_each.setToolTip(
            self.tr(
                "Bỏ chọn: một tệp Word gồm mọi giấy mời, mỗi bản một trang (trộn thư). "
                "Chọn: mỗi đơn vị, mỗi khách mời một tệp, trong một thư mục."
            )
        )
        options.addWidget(self.invitation_each)
        self.cards_with_names = QCheckBox(self.tr("Bảng tên: in cả họ tên"))
        options.addWidget(self.cards_with_names)
        options.addStretch(1)
        layout.addLayout(options)
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
        self.templates = TemplateTools(self)
        layout.addWidget(self.templates)
        self._set_busy(False)
        for keys, slot in (
            ("Ctrl+G", self.generate_checked),
            ("Ctrl+O", self.open_selected),
            ("Ctrl+P", self.print_selected),
        ):
            QShortcut(QKeySequence(keys), self, slot)

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.job is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)
        on = not busy and self.selection.conference_id is not None
        for b in (self.generate_btn, self.all_btn, self.grounds_btn):
            b.setEnabled(on)
        if hasattr(self, "templates"):
            self.templates.set_enabled(on)

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

    def focus_work(self) -> None:
        """Shown: ↑/↓ pick the document to make (not the output folder box)."""
        self.view.setFocus()

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
        self.folder.set_path(str(self.out_dir))
        self.model.set_rows(self.services.documents.rows(conf.id))
        self._set_busy(self.busy)
        self.templates.show_source()

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
            self.folder.set_path(folder)

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
        per_unit = self.per_unit.isChecked()
        each = self.invitation_each.isChecked()
        with_names = self.cards_with_names.isChecked()

        def work(services, progress, cancelled):  # type: ignore[no-untyped-def]
            services.documents.pledge_per_unit = per_unit
            services.documents.invitation_each = each
            services.documents.name_cards_with_names = with_names
            done = services.documents.generate_many(conf.id, keys, out_dir, progress, cancelled)
            return [str(g.path) for g in done], [f.message for f in done.failed]

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

    def _generated(self, result: tuple[list[str], list[str]]) -> None:
        paths, failures = result
        cancelled = self.job is not None and self.job.cancelled
        self._finish()
        note = self.tr(" (đã hủy phần còn lại)") if cancelled else ""
        done = self.tr("Đã tạo {0} văn bản trong {1}{2}.").format(len(paths), self.out_dir, note)
        self.last_paths, self.last_failures = paths, failures
        follow, self._after_generate = self._after_generate, None
        if not failures:
            self._info(done)
            if follow is not None and paths and not cancelled:
                self._select_key(follow[0])
                follow[1]()
            return
        self._error(  # one failing document did not stop the others: say which, and why
            done
            + " "
            + self.tr("Không tạo được {0} văn bản:").format(len(failures))
            + "\n"
            + "\n".join(f"• {message}" for message in failures)
        )

    def _select_key(self, key: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).item.key == key:
                self.view.setCurrentIndex(self.model.index(r, 0))
                return

    def _failed(self, message: str) -> None:
        self._after_generate = None
        self._finish()
        self._error(message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._info(self.tr("Đang hủy: dừng sau văn bản đang tạo…"))

    # -- open / print ---------------------------------------------------------------------
    def _selected_file(self, then: Callable[[], None] | None = None) -> Path | None:
        """The selected document's file, written from its archived copy. Not made yet: with
        `then`, it is made in the background and `then` runs again once it is there."""
        conf = self.conference()
        index = self.view.currentIndex()
        if conf is None or not index.isValid():
            self._error(self.tr("Chọn một văn bản trong danh sách."))
            return None
        row = self.model.row_at(index.row())
        if row.last is None:
            if then is not None and row.item.available:
                # Open or print what is not made yet: make it first, then go on.
                self._after_generate = (row.item.key, then)
                self.generate([row.item.key])
            else:
                self._error(
                    self.tr("“{0}” chưa tạo được: {1}").format(row.item.title, row.item.reason)
                )
            return None
        # The stored file name is data (a package may carry "../Startup/x.bat"): the copy goes
        # into our folder under the name the app gives this row, with our extension.
        stem = row.item.filename.rsplit(".", 1)[0]
        try:
            return write_archived(row.last, self.out_dir or default_output_dir(conf), stem)
        except DomainError as exc:
            self._error(str(exc))
        except OSError as exc:
            self._error(self.tr("Không ghi được bản lưu của văn bản: {0}.").format(exc.strerror))
        return None

    def open_selected(self) -> None:
        path = self._selected_file(then=self.open_selected)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_selected(self) -> None:
        """The print preview (printer, pages, copies); a Word file is made into a PDF first."""
        path = self._selected_file(then=self.print_selected)
        if path is not None and not self.printing.busy:
            title = self.model.row_at(self.view.currentIndex().row()).item.title
            self.printing.print_file(path, title)

    def open_folder(self) -> None:
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir)))

    # -- the grounds the nomination letters cite --------------------------------------------
    def edit_grounds(self) -> None:
        """The year's "Căn cứ …" list (a dialog; saving it is one undoable step)."""
        from thidua_desktop.ui.dialogs.legal_grounds_dialog import LegalGroundsDialog

        conf = self.conference()
        if conf is None:
            return
        dialog = LegalGroundsDialog(
            self.services.legal_grounds,
            self.edits,
            conf.year_id,
            conf.date,
            conf.decision_ref,
            self,
        )
        saved = dialog.exec()
        dialog.deleteLater()
        if saved:
            self._info(self.tr("Đã lưu căn cứ của tờ trình; tạo lại tờ trình để cập nhật."))
