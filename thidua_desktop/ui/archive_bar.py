"""Said on every page of an archived year: it is read-only, and how to unlock it on purpose.

An unlock is remembered for the open file (QSettings, by the file's path) until it is locked
again, so a conference being finished in a past year stays editable across a restart.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


def _key(services: Services) -> str:
    path = os.path.abspath(services.path) if services.path else ":memory:"
    return "archive/unlocked/" + hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()


def remembered_unlocks(settings: QSettings, services: Services) -> set[int]:
    value = settings.value(_key(services), [])
    values = [value] if isinstance(value, str) else list(value or [])
    return {int(v) for v in values if str(v).isdigit()}


def restore_unlocks(settings: QSettings, services: Services) -> None:
    """At open: the years unlocked in this file before stay unlocked (if they still exist)."""
    for year_id in remembered_unlocks(settings, services):
        if services.repo.count(m.Year, "id = ?", [year_id]):
            services.archive.unlock(year_id)


def remember(settings: QSettings, services: Services, year_id: int, unlocked: bool) -> None:
    years = remembered_unlocks(settings, services)
    years = years | {year_id} if unlocked else years - {year_id}
    settings.setValue(_key(services), [str(y) for y in sorted(years)])
    settings.sync()


def ask_unlock(parent: QWidget, year: int) -> bool:
    """The one question before an archived year becomes editable, saying what that means."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ArchiveBar", "Mở khóa năm lưu trữ"),
        QCoreApplication.translate(
            "ArchiveBar",
            "Năm {0} đã lưu trữ: hồ sơ của năm đó đã chốt và chỉ để xem.\n\n"
            "Mở khóa cho phép sửa năm {0} (mọi thay đổi vẫn ghi vào nhật ký) cho đến khi bạn "
            "khóa lại, kể cả sau khi mở lại chương trình. Mở khóa?",
        ).format(year),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def settings_of(widget: QWidget) -> QSettings | None:
    """The main window's settings, for a page that remembers an unlock."""
    return getattr(widget.window(), "settings", None)


def ensure_editable(widget: QWidget, services: Services, year_id: int | None) -> bool:
    """True when the year may be edited, after offering the unlock if it is archived: pages
    call this before opening a form, so nothing is typed in vain."""
    if year_id is None or not services.archive.is_archived(year_id):
        return True
    year = services.repo.get(m.Year, year_id)
    if not ask_unlock(widget, year.year):
        return False
    services.archive.unlock(year_id)
    settings = settings_of(widget)
    if settings is not None:
        remember(settings, services, year_id, True)
    return True


class ArchiveBar(QFrame):
    """A strip under the header while the selected year is archived (or unlocked)."""

    def __init__(
        self,
        services: Services,
        edits: UndoableEdits,
        selection: Selection,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.edits, self.selection, self.settings = (
            services,
            edits,
            selection,
            settings,
        )
        self.setObjectName("archive-bar")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.toggle())
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        selection.changed.connect(self.refresh)
        edits.changed.connect(lambda _entity: self.refresh())
        self.refresh()

    def _year(self) -> m.Year | None:
        year_id = self.selection.year_id
        if year_id is None or not self.services.repo.count(m.Year, "id = ?", [year_id]):
            return None
        return self.services.repo.get(m.Year, year_id)

    def _is_past(self, year: m.Year) -> bool:
        return self.services.archive.current_year_id(year.cluster_id) != year.id

    def refresh(self) -> None:
        year = self._year()
        if year is None or not self._is_past(year):
            self.hide()
            return
        if self.services.archive.is_archived(year.id):
            self.text.setText(
                self.tr("Năm {0} đã lưu trữ — chỉ xem, không sửa được.").format(year.year)
            )
            self.button.setText(self.tr("Mở khóa để sửa…"))
            style = "background: #eef1f5; color: #33415c;"
        else:
            self.text.setText(
                self.tr("Năm {0} (đã lưu trữ) đang được mở khóa để sửa.").format(year.year)
            )
            self.button.setText(self.tr("Khóa lại"))
            style = "background: #fdecec; color: #7a1c1c;"
        self.setStyleSheet(f"QFrame#archive-bar {{ {style} border-bottom: 1px solid #c9d2de; }}")
        self.show()

    def toggle(self) -> None:
        year = self._year()
        if year is None:
            return
        archive = self.services.archive
        if archive.is_archived(year.id):
            if not ensure_editable(self, self.services, year.id):
                return
        else:
            archive.lock(year.id)
            remember(self.settings, self.services, year.id, False)
        self.edits.changed.emit("Year")  # pages re-read what they may now edit
