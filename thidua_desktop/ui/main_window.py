"""The main window: hosts the workflow pages, the actions and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from thidua_desktop.domain.model import Cluster, Conference, Unit, Year
from thidua_desktop.services.container import Services
from thidua_desktop.ui.pages.attendance_page import AttendancePage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits

# A page factory takes (services, edits, selection) and returns the page widget. Pages offer
# `refresh()` and listen to `selection.changed` / `edits.changed` themselves.
PageFactory = Callable[[Services, UndoableEdits, Selection], QWidget]


class OverviewPage(QLabel):
    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        selection.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        repo = self.services.repo
        cluster = repo.find_one(Cluster, "1=1")
        self.setText(
            self.tr("Cụm: {0} — {1} đơn vị").format(cluster.name, repo.count(Unit))
            if cluster
            else self.tr("Chưa có cụm thi đua nào.")
        )


def page_factories() -> list[tuple[str, str, PageFactory]]:
    """(key used for screenshots, tab title, factory) in the order of the workflow."""
    return [
        ("overview", QMainWindow.tr("Tổng quan"), OverviewPage),
        ("attendance", QMainWindow.tr("Điểm danh"), AttendancePage),
    ]


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.edits = UndoableEdits(services.edits, self)
        self.selection = Selection(self)
        self.setWindowTitle(self.tr("Thi đua – Thư ký cụm"))
        self.resize(1200, 800)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.pages: dict[str, QWidget] = {}
        for key, title, factory in page_factories():
            page = factory(services, self.edits, self.selection)
            self.pages[key] = page
            self.tabs.addTab(page, title)
        self.select_latest()
        self.statusBar().showMessage(str(services.path or ""))

    def select_latest(self) -> None:
        """Start on the newest year and its newest conference."""
        repo = self.services.repo
        cluster = repo.find_one(Cluster, "1=1")
        if cluster is None:
            return
        years = repo.find(Year, "cluster_id = ?", [cluster.id], order_by="year DESC")
        year = years[0] if years else None
        conf = None
        if year:
            confs = repo.find(Conference, "year_id = ?", [year.id], order_by="date DESC, id DESC")
            conf = confs[0] if confs else None
        self.selection.set(cluster.id, year.id if year else None, conf.id if conf else None)

    def save_screenshots(self, folder: Path) -> int:
        folder.mkdir(parents=True, exist_ok=True)
        self.show()
        for i, key in enumerate(self.pages):
            self.tabs.setCurrentIndex(i)
            self.grab().save(str(folder / f"{key}.png"))
        return 0
