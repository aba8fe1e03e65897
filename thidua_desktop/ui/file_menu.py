"""The Tệp menu every window has: new, open, recent, save a copy, packages, close, quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from thidua_desktop.paths import resource_path
from thidua_desktop.ui.widgets import label_text

if TYPE_CHECKING:
    from thidua_desktop.ui.app_controller import AppController


def dress_file_window(window: QMainWindow, files: AppController, title: str, width: int) -> dict:
    """A window that has no cluster open (start, recovery): title, icon, drops, the Tệp menu
    with what needs an open cluster disabled. Returns the menu's actions by key."""
    window.setWindowTitle(title)
    window.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    window.setAcceptDrops(True)
    window.resize(width, 600)
    menu = window.menuBar().addMenu(QCoreApplication.translate("FileMenu", "&Tệp"))
    actions = build_file_menu(menu, window, files)
    for key in ("save_copy", "export_package", "close"):
        actions[key].setEnabled(False)
    return actions


def build_file_menu(menu: QMenu, window: QMainWindow, files: AppController | None) -> dict:
    """Fill `menu`; returns the actions by key. Without a controller (a bare window in tests or
    a screenshot run) only «Thoát» is there."""
    actions: dict[str, QAction] = {}

    def add(key: str, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        actions[key] = action
        return action

    if files is not None:
        add(
            "new",
            QCoreApplication.translate("FileMenu", "Tạo cụm mới…"),
            files.new_file,
            QKeySequence.StandardKey.New,
        )
        add(
            "open",
            QCoreApplication.translate("FileMenu", "Mở…"),
            files.open_dialog,
            QKeySequence.StandardKey.Open,
        )
        recent = menu.addMenu(QCoreApplication.translate("FileMenu", "Mở gần đây"))
        recent.aboutToShow.connect(lambda: fill_recent(recent, window, files))  # read when opened
        actions["recent"] = recent.menuAction()
        menu.addSeparator()
        add(
            "save_copy",
            QCoreApplication.translate("FileMenu", "Lưu bản sao…"),
            files.save_copy_dialog,
            "Ctrl+Shift+S",
        )
        menu.addSeparator()
        add(
            "export_package",
            QCoreApplication.translate("FileMenu", "Xuất gói bàn giao…"),
            files.export_package,
        )
        add(
            "open_package",
            QCoreApplication.translate("FileMenu", "Mở gói bàn giao…"),
            files.open_package_dialog,
        )
        menu.addSeparator()
        add("demo", QCoreApplication.translate("FileMenu", "Mở cụm mẫu để thử"), files.open_demo)
        menu.addSeparator()
        add(
            "close",
            QCoreApplication.translate("FileMenu", "Đóng"),
            files.close_file,
            QKeySequence.StandardKey.Close,
        )
    add(
        "quit",
        QCoreApplication.translate("FileMenu", "Thoát"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    return actions


def fill_recent(menu: QMenu, window: QMainWindow, files: AppController) -> None:
    menu.clear()
    paths = files.recent.paths()
    for i, path in enumerate(paths, start=1):
        prefix = f"&{i} " if i < 10 else ""
        action = menu.addAction(prefix + label_text(path.name))
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: files.open_path(p))
    if not paths:
        none = menu.addAction(QCoreApplication.translate("FileMenu", "(chưa có tệp nào)"))
        none.setEnabled(False)


DROP_SUFFIXES = (".db", ".thidua")


def dropped_file(event) -> Path | None:  # noqa: ANN001 (QDropEvent / QDragEnterEvent)
    """The one local .db or .thidua file being dropped, if that is what is dropped."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in DROP_SUFFIXES else None


def accept_file_drop(event) -> None:  # noqa: ANN001
    if dropped_file(event) is not None:
        event.acceptProposedAction()
    else:
        event.ignore()
