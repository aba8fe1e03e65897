"""Template tools of the documents page: edit in Word, install, check, reset, field reference."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from thidua_desktop.documents.catalog import DOCX_KINDS
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services import documents as docsvc
from thidua_desktop.services.template_checks import check_file
from thidua_desktop.ui.background import ServiceJob
from thidua_desktop.ui.dialogs.template_dialogs import PreflightDialog, ReferenceDialog

if TYPE_CHECKING:
    from thidua_desktop.ui.pages.documents_page import DocumentsPage


class TemplateTools(QGroupBox):
    """Acts on the cluster's template for the kind picked in the combo box."""

    def __init__(self, page: DocumentsPage) -> None:
        super().__init__(QCoreApplication.translate("TemplateTools", "Mẫu văn bản Word"))
        self.page = page
        self.services, self.selection = page.services, page.selection
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind_combo = QComboBox()
        for k in DOCX_KINDS:
            self.kind_combo.addItem(k.title, k.key)
        self.kind_combo.currentIndexChanged.connect(lambda _: self.show_source())
        row.addWidget(self.kind_combo, 1)
        self.source = QLabel()
        row.addWidget(self.source, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.edit_tpl_btn = QPushButton(self.tr("Mở mẫu trong Word"))
        self.edit_tpl_btn.clicked.connect(self.edit_template)
        self.install_btn = QPushButton(self.tr("Dùng mẫu đã sửa…"))
        self.install_btn.clicked.connect(lambda: self.install_template())
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

    def set_enabled(self, on: bool) -> None:
        for b in (self.check_btn, self.install_btn, self.reset_btn):
            b.setEnabled(on)

    def _kind(self) -> str:
        return self.kind_combo.currentData()

    def show_source(self) -> None:
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

    # -- template tools -------------------------------------------------------------------
    def edit_template(self) -> None:
        cluster_id = self.selection.cluster_id
        if cluster_id is None:
            return
        try:
            path = self.services.documents.templates.working_copy(cluster_id, self._kind())
        except DomainError as exc:
            self.page._error(str(exc))
            return
        self.working_copy = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.page._info(
            self.tr("Đã mở {0}. Sửa, lưu trong Word rồi bấm “Dùng mẫu đã sửa…”.").format(path)
        )

    def install_template(self, path: str | None = None) -> None:
        """Check the chosen file (in the worker, off the GUI thread), then install it: errors
        refuse, warnings are asked about."""
        cluster_id = self.selection.cluster_id
        if cluster_id is None or self.page.busy or self.services.path is None:
            return
        if not path:
            start = str(getattr(self, "working_copy", "") or Path.home())
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn mẫu Word đã sửa"), start, self.tr("Tài liệu Word (*.docx)")
            )
        if not path:
            return
        conf = self.page.conference()
        kind, source = self._kind(), Path(path)

        def work(services, progress, cancelled):  # type: ignore[no-untyped-def]
            return check_file(services.documents, cluster_id, kind, source, conf and conf.id)

        self.page.progress.setRange(0, 0)  # busy indicator: the check renders a preview
        self.page._start(
            ServiceJob(self.services.path, work),
            lambda report: self._install_checked(report, cluster_id, kind, source),
        )

    def _install_checked(self, report, cluster_id: int, kind: str, source: Path) -> None:  # type: ignore[no-untyped-def]
        self.page._finish()
        title = self.kind_combo.itemText(self.kind_combo.findData(kind))
        if not report.ok:
            self.page._error(
                self.tr(
                    "Không dùng {0} làm mẫu “{1}”: mẫu có {2} lỗi (xem danh sách). Mẫu đang "
                    "dùng không thay đổi."
                ).format(source.name, title, len(report.errors))
            )
            self.report_dialog = PreflightDialog(report, self, refused_file=source.name)
            self.report_dialog.open()
            return
        if report.warnings:
            shown = "\n".join(f"• {i.message}" for i in report.warnings[:5])
            more = len(report.warnings) - 5
            if more > 0:
                shown += "\n" + self.tr("… và {0} lưu ý khác.").format(more)
            answer = QMessageBox.question(
                self,
                self.tr("Mẫu có lưu ý"),
                self.tr(
                    "Mẫu {0} dùng được nhưng có {1} lưu ý:\n{2}\n\nVẫn dùng mẫu này cho “{3}”?"
                ).format(source.name, len(report.warnings), shown, title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.page._info(
                    self.tr("Chưa dùng mẫu {0}; mẫu đang dùng không thay đổi.").format(source.name)
                )
                return
        try:
            self.services.documents.templates.install(
                cluster_id, kind, source, report, accept_warnings=True
            )
        except DomainError as exc:
            self.page._error(str(exc))
            return
        self.show_source()
        self.page._info(
            self.tr("Đã kiểm tra và dùng {0} làm mẫu “{1}”.").format(source.name, title)
        )

    def check_template(self) -> None:
        conf = self.page.conference()
        if conf is None or self.page.busy or self.services.path is None:
            return
        kind = self._kind()

        def work(services, progress, cancelled):  # type: ignore[no-untyped-def]
            return docsvc.preflight(services.documents, conf.id, kind)

        self.page.progress.setRange(0, 0)  # busy indicator: the check renders a preview
        self.page._start(ServiceJob(self.services.path, work), self._checked)

    def _checked(self, report) -> None:  # type: ignore[no-untyped-def]
        self.page._finish()
        self.page._info(self.tr("Đã kiểm tra mẫu {0}.").format(report.template))
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
        self.show_source()
        self.page._info(
            self.tr("Đã khôi phục mẫu mặc định.") if removed else self.tr("Đang dùng mẫu mặc định.")
        )

    def show_reference(self) -> None:
        conf = self.page.conference()
        if conf is None:
            return
        try:
            text = docsvc.placeholder_reference(self.services.documents, conf.id, self._kind())
        except DomainError as exc:
            self.page._error(str(exc))
            return
        self.reference_dialog = ReferenceDialog(text, self)
        self.reference_dialog.open()
