"""The window shown when the cluster file cannot be opened: what is wrong, its automatic
backups with what each holds, restore one, try again, or open another file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.services.recovery import BackupSummary, describe
from thidua_desktop.ui.file_menu import accept_file_drop, dress_file_window, dropped_file
from thidua_desktop.ui.widgets import ErrorLabel, page_title

if TYPE_CHECKING:
    from thidua_desktop.ui.app_controller import AppController


class RecoveryWindow(QMainWindow):
    COLUMNS = ("Sao lưu lúc", "Khi", "Đơn vị", "Năm", "Sửa lần cuối", "Tình trạng")

    def __init__(self, files: AppController, path: Path, message: str) -> None:
        super().__init__()
        self.files = files
        self.path = Path(path)
        self.file_actions = dress_file_window(
            self, files, self.tr("Khôi phục «{0}» – Thi đua").format(self.path.name), 980
        )

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 24, 32, 24)
        title = page_title(self.tr("Không mở được tệp «{0}»").format(self.path.name))
        self.problem = ErrorLabel(central)
        where = QLabel(self.tr("Tệp: {0}").format(self.path))
        for label in (title, self.problem, where):  # a file name is shown as it is, never as HTML
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)
        self.problem.show_error(message)
        layout.addWidget(self.problem)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.error = ErrorLabel(central)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Khôi phục bản này…"))
        self.retry_button = QPushButton(self.tr("Thử mở lại"))
        self.open_button = QPushButton(self.tr("Mở tệp khác…"))
        self.restore_button.clicked.connect(lambda _checked=False: self.restore_selected())
        self.retry_button.clicked.connect(lambda _checked=False: self.files.retry_open(self.path))
        self.open_button.clicked.connect(lambda _checked=False: self.files.open_dialog())
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.summaries: list[BackupSummary] = []
        self.fill()

    def fill(self) -> None:
        self.summaries = describe(self.path)
        self.table.setRowCount(len(self.summaries))
        for row, s in enumerate(self.summaries):
            cells = (
                f"{s.backup.taken_at:%d/%m/%Y %H:%M:%S}",
                s.backup.label.split(" — ", 1)[-1],
                str(s.units) if s.usable else "—",
                s.years_text if s.usable else "—",
                s.last_change or "—",
                self.tr("dùng được") if s.usable else s.problem,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(s.backup.path) if col == 0 else text)
                if not s.usable:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        usable = [i for i, s in enumerate(self.summaries) if s.usable]
        if usable:
            self.hint.setText(
                self.tr(
                    "Chọn một bản sao lưu tự động rồi bấm «Khôi phục bản này…». Tệp hỏng không bị "
                    "xóa: nó được đổi tên và giữ lại trong cùng thư mục."
                )
            )
            self.table.selectRow(usable[0])
            self.table.setFocus()
        else:
            self.hint.setText(
                self.tr(
                    "Không có bản sao lưu tự động nào dùng được bên cạnh tệp này: hãy mở tệp khác, "
                    "một bản sao hoặc gói bàn giao gần nhất (Tệp → Mở…)."
                )
            )
            self.open_button.setFocus()
        self._selection_changed()

    def selected(self) -> BackupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.usable)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.usable:
            return
        self.error.clear_error()
        message = self.files.restore_backup(self.path, chosen)
        if message:  # refused: said here, the list stays
            self.error.show_error(message)
            self.fill()

    # Dropping a .db or .thidua file on the window opens it.
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        accept_file_drop(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        path = dropped_file(event)
        if path is not None:
            self.files.open_path(path)
