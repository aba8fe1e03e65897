"""The window shown when no cluster file is open: create, open, recent files, the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QWidget,
)

from thidua_desktop.ui.file_menu import accept_file_drop, dress_file_window, dropped_file
from thidua_desktop.ui.widgets import ErrorLabel, page_title

if TYPE_CHECKING:
    from thidua_desktop.ui.app_controller import AppController

BIG_BUTTON = (
    "QPushButton { font-size: 13pt; padding: 16px; text-align: left; border: 1px solid #b8c4d6;"
    " border-radius: 8px; background: #f7f9fc; } QPushButton:hover { background: #e8eef7; }"
)


class StartWindow(QMainWindow):
    def __init__(self, files: AppController) -> None:
        super().__init__()
        self.files = files
        self.file_actions = dress_file_window(self, files, self.tr("Thi đua – Thư ký cụm"), 960)

        central = QWidget()
        grid = QGridLayout(central)
        grid.setContentsMargins(32, 24, 32, 24)
        grid.addWidget(page_title(self.tr("Chưa mở cụm nào")), 0, 0, 1, 2)
        hint = QLabel(self.tr("Tạo một cụm mới, mở tệp của cụm, hoặc mở cụm mẫu để thử."))
        hint.setWordWrap(True)
        grid.addWidget(hint, 1, 0, 1, 2)
        self.error = ErrorLabel(central)
        grid.addWidget(self.error, 2, 0, 1, 2)
        self.new_button = QPushButton(self.tr("Tạo cụm mới…"))
        self.open_button = QPushButton(self.tr("Mở tệp…"))
        self.demo_button = QPushButton(self.tr("Mở cụm mẫu để thử"))
        for row, (button, slot) in enumerate(
            (
                (self.new_button, files.new_file),
                (self.open_button, files.open_dialog),
                (self.demo_button, files.open_demo),
            ),
            start=3,
        ):
            button.setStyleSheet(BIG_BUTTON)
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            grid.addWidget(button, row, 0)
        grid.addWidget(QLabel(self.tr("Mở gần đây:")), 3, 1)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._open_item)
        grid.addWidget(self.recent, 4, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)
        self.setCentralWidget(central)
        self.fill_recent()
        self.new_button.setFocus()

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in self.files.recent.paths():
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.files.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))

    # Dropping a .db or .thidua file on the window opens it.
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        accept_file_drop(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        path = dropped_file(event)
        if path is not None:
            self.files.open_path(path)
