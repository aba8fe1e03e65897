"""The handover page's export box: to whom, where the file goes, and what the file is once written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import PackageInfo
from thidua_desktop.services.package_files import SUFFIX, package_file_name, size_text
from thidua_desktop.ui.file_dialogs import ask_save_file


class ExportBox(QGroupBox):
    """Receiving unit (member units only), «attach the handover record», the export button,
    and, after an export, the file's SHA-256 and size and the content code, each labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bàn giao cho năm sau"))
        self.to_unit = QComboBox()
        self.with_record = QCheckBox(
            self.tr("Lập kèm Biên bản bàn giao (lưu trong gói và cạnh tệp gói)")
        )
        self.export_button = QPushButton(self.tr("Xuất gói bàn giao…"))
        self.export_button.setShortcut("Ctrl+E")
        self.file_path = self._field()
        self.file_size = self._field()
        self.file_sha256 = self._field()
        self.content_code = self._field()
        self.record_path = self._field()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.file_sha256.setFont(mono)  # 64 hex digits read off one by one
        form = QFormLayout()
        form.addRow(self.tr("Đơn vị nhận bàn giao:"), self.to_unit)
        form.addRow("", self.with_record)
        form.addRow("", self.export_button)
        self.written = QWidget()
        out = QFormLayout(self.written)
        out.setContentsMargins(0, 0, 0, 0)
        out.addRow(self.tr("Tệp gói:"), self.file_path)
        out.addRow(self.tr("Kích thước tệp:"), self.file_size)
        out.addRow(self.tr("Biên bản bàn giao:"), self.record_path)
        # the two codes on rows of their own, the full width: 64 hex digits read off one by one
        out.addRow(QLabel(self.tr("SHA-256 của tệp (so các bản chép của tệp):")))
        out.addRow(self.file_sha256)
        out.addRow(QLabel(self.tr("Mã kiểm tra gói (mã nội dung, in trên biên bản bàn giao):")))
        out.addRow(self.content_code)
        self.hint = QLabel(
            self.tr(
                "Bản chép của tệp (USB, thư điện tử) phải có cùng SHA-256 của tệp: kiểm tra bằng "
                "sha256sum trên Linux, certutil -hashfile TỆP SHA256 trên Windows. Mã kiểm tra "
                "gói là mã của nội dung, in trên biên bản bàn giao."
            )
        )
        self.hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.written)
        box.addWidget(self.hint)
        self.written.hide()
        self.hint.hide()

    @staticmethod
    def _field() -> QLineEdit:
        """Read-only and selectable: a code is compared, read aloud or copied."""
        field = QLineEdit()
        field.setReadOnly(True)
        field.setFrame(False)
        field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        return field

    def refresh_units(self, services: Services, cluster_id: int | None) -> None:
        """The member units of the cluster (active, voting): the only ones that can receive."""
        current = self.to_unit.currentData()
        self.to_unit.clear()
        self.to_unit.addItem(self.tr("(không ghi)"), "")
        if cluster_id is not None:
            for unit in services.repo.find(
                m.Unit, "cluster_id = ? AND active AND is_member", [cluster_id], "sort_order, id"
            ):
                self.to_unit.addItem(unit.name, unit.name)
        if not current and cluster_id is not None:
            current = self._next_head(services, cluster_id)
        self.to_unit.setCurrentIndex(max(0, self.to_unit.findData(current)))

    @staticmethod
    def _next_head(services: Services, cluster_id: int) -> str:
        """The head of the year added for next year (the newest, with no conference yet): the
        unit that receives, proposed until the user picks another."""
        repo = services.repo
        newest = repo.find(m.Year, "cluster_id = ?", [cluster_id], "year DESC")[:1]
        if not newest or repo.find(m.Conference, "year_id = ?", [newest[0].id]):
            return ""
        role = repo.find(
            m.YearRole, "year_id = ? AND role = ?", [newest[0].id, m.YearRoleKind.HEAD.value]
        )
        return repo.get(m.Unit, role[0].unit_id).name if role else ""

    def ask_target(self, services: Services, cluster_id: int | None, settings: QSettings | None,
                   file_filter: str) -> Path | None:  # fmt: skip
        """The package file to write, asked in a save dialog opened in the last folder used (or
        Documents) on a name saying the cluster and the year."""
        cluster = services.repo.get(m.Cluster, cluster_id) if cluster_id is not None else None
        years = services.repo.find(m.Year, "cluster_id = ?", [cluster_id], "year DESC") if (
            cluster is not None) else []  # fmt: skip
        name = package_file_name(
            (cluster.short_name or cluster.name) if cluster else "", years[0].year if years else None,
            SUFFIX,
        )  # fmt: skip
        chosen = ask_save_file(
            self, self.tr("Lưu gói bàn giao"), "packages", name, file_filter, settings
        )
        if chosen is None:
            return None
        target = chosen if chosen.name.endswith(SUFFIX) else Path(f"{chosen}{SUFFIX}")
        return target

    def show_written(self, info: PackageInfo, record: Path | None) -> None:
        self.file_path.setText(str(info.path))
        self.file_size.setText(size_text(info.file_size))
        self.file_sha256.setText(info.file_sha256)
        self.content_code.setText(info.short_digest)
        self.record_path.setText(str(record) if record else self.tr("(không lập kèm)"))
        for field in (self.file_path, self.file_sha256, self.record_path):
            field.setCursorPosition(0)
            field.setToolTip(field.text())
        self.content_code.setToolTip(
            self.tr("SHA-256 nội dung đầy đủ: {0}").format(info.package_digest)
        )
        self.written.show()
        self.hint.show()
