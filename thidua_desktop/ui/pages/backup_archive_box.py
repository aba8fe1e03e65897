"""The handover page's right column: automatic backups (restore one) and archived years (lock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.backups import BACKUP_EVERY_MINUTES
from thidua_desktop.services.container import Services
from thidua_desktop.ui.archive_bar import ensure_editable, remember, settings_of
from thidua_desktop.ui.undo import UndoableEdits


class BackupArchivePanel(QWidget):
    """What protects the records in place; `restored(message)` when a backup replaced them."""

    restored = Signal(str)

    def __init__(self, services: Services, edits: UndoableEdits) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.backups = QListWidget()
        self.backup_now = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_now.clicked.connect(lambda: self.snapshot_now())
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.restore_button.clicked.connect(lambda: self.restore())
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
        self.unlock_button.clicked.connect(lambda: self.toggle_lock())
        archive_box = QGroupBox(self.tr("Năm lưu trữ (chỉ xem)"))
        av = QVBoxLayout(archive_box)
        av.addWidget(self.years, 1)
        av.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(backup_box, 2)
        layout.addWidget(archive_box, 1)

    def refresh(self) -> None:
        self.backups.clear()
        if self.services.backups is not None:
            for b in self.services.backups.list():
                item = QListWidgetItem(b.label)
                item.setData(Qt.ItemDataRole.UserRole, str(b.path))
                self.backups.addItem(item)
        self.years.clear()
        archive = self.services.archive
        for year in self.services.repo.find(m.Year, order_by="year DESC"):
            state = (
                self.tr("lưu trữ, chỉ xem")
                if archive.is_archived(year.id)
                else self.tr("đang sửa được")
            )
            item = QListWidgetItem(f"{year.year} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, year.id)
            self.years.addItem(item)

    def snapshot_now(self) -> None:
        if self.services.backups is not None:
            self.services.backups.snapshot("manual")
            self.refresh()

    def restore(self) -> None:
        item = self.backups.currentItem()
        if item is None or self.services.backups is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục"),
            self.tr(
                "Khôi phục bản sao lưu «{0}»? Trạng thái hiện tại sẽ được sao lưu trước."
            ).format(item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = self.services.backups.restore(Path(item.data(Qt.ItemDataRole.UserRole)))
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Không thực hiện được"), str(exc))
            return
        self.restored.emit(self.tr("Đã khôi phục; trạng thái trước đó lưu tại {0}").format(safety))

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
