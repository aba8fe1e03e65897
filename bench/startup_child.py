"""Child process of bench_startup/bench_memory: start the app (or a bare window), paint, report.

Prints one line `painted <rss_kib>` once the main window has been shown and painted, then exits;
with THIDUA_BENCH_VISIT_ALL=1 every page is shown once before the report.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def report_and_exit(*_args: object) -> int:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()  # synchronous: the window is painted when this returns
    if os.environ.get("THIDUA_BENCH_VISIT_ALL"):  # bench_memory: every page shown once
        QApplication.processEvents()
        for window in QApplication.topLevelWidgets():
            for key in getattr(window, "pages", ()):
                window.show_page(key)
                window.repaint()
                QApplication.processEvents()
    print(f"painted {rss_kib()}", flush=True)
    QApplication.processEvents()  # what the first event-loop turn queued, after the report
    return 0


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    del app
    return report_and_exit()


def widgets() -> int:
    """Qt alone building a window of the same shape as ours: a menu bar, a header, a sidebar of
    12 items with SVG icons, a page of labels with aligned rich text — no code of ours, no
    database. Not a target: it shows how much of our start-up is Qt's, not our Python."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QScrollArea,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    icons = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    for title in ("&Tệp", "&Sửa", "&Trang", "&Ngôn ngữ"):
        menu = window.menuBar().addMenu(title)
        menu.addAction(title.strip("&"))
    central = QWidget()
    layout = QVBoxLayout(central)
    header = QLabel("Khu vực thi đua khối cơ quan Tư pháp")
    header.setStyleSheet("background: #1d3557; color: white; font-size: 13pt; padding: 8px;")
    layout.addWidget(header)
    row = QHBoxLayout()
    sidebar = QListWidget()
    sidebar.setIconSize(QSize(22, 22))
    sidebar.setStyleSheet(
        "QListWidget { background: #f1f4f8; } QListWidget::item { padding: 8px; }"
    )
    stack = QStackedWidget()
    for i in range(12):
        item = QListWidgetItem(QIcon(os.path.join(icons, "icons", "page.svg")), f"Trang {i}")
        item.setData(Qt.ItemDataRole.UserRole, i)
        sidebar.addItem(item)
        area = QScrollArea()
        area.setWidgetResizable(True)
        stack.addWidget(area)
    page = QLabel("<h2>Tổng quan</h2><p><b>36</b> đơn vị, trong đó <b>28</b> thành viên.</p>")
    page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    page.setWordWrap(True)
    stack.widget(0).setWidget(page)
    row.addWidget(sidebar)
    row.addWidget(stack, 1)
    layout.addLayout(row, 1)
    window.setCentralWidget(central)
    window.statusBar().showMessage("demo.db")
    window.resize(1280, 800)
    sidebar.setCurrentRow(0)
    window.show()
    del app
    return report_and_exit()


class _PatchExecOnImport:
    """Replace QApplication.exec once the app itself imports QtWidgets, not before: importing
    PySide6 here first would change the app's import order (and so its start-up time).
    A meta path finder by protocol only: importlib.abc alone costs tens of milliseconds."""

    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201 (importlib protocol)
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def exec_module(module):  # noqa: ANN001, ANN202
            load(module)
            module.QApplication.exec = report_and_exit

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def thidua(db: str) -> int:
    # The app's own start-up path, with the event loop replaced by "paint once and report".
    sys.meta_path.insert(0, _PatchExecOnImport())
    from thidua_desktop.app import main

    return main(["--db", db])


if __name__ == "__main__":
    modes = {"bare": bare, "widgets": widgets}
    raise SystemExit(modes[sys.argv[1]]() if sys.argv[1] in modes else thidua(sys.argv[2]))
