"""The main window: hosts the workflow pages, the actions and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from thidua_desktop.domain.model import Cluster, Unit
from thidua_desktop.services.container import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Thi đua – Thư ký cụm"))
        self.resize(1200, 800)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        cluster = services.repo.find_one(Cluster, "1=1")
        units = services.repo.count(Unit)
        text = (
            self.tr("Cụm: {0} — {1} đơn vị").format(cluster.name, units)
            if cluster
            else self.tr("Chưa có cụm thi đua nào.")
        )
        self.tabs.addTab(QLabel(text), self.tr("Tổng quan"))
        self.statusBar().showMessage(str(services.path or ""))

    def save_screenshots(self, folder: Path) -> int:
        folder.mkdir(parents=True, exist_ok=True)
        self.show()
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
            self.grab().save(str(folder / f"page{i}.png"))
        return 0
