"""The main window: a sidebar of workflow pages, the current cluster/year/conference, undo, status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.model import Cluster, Conference, Year
from thidua_desktop.paths import resource_path
from thidua_desktop.services.container import Services
from thidua_desktop.ui.header_bar import HeaderBar
from thidua_desktop.ui.pages.agenda_page import AgendaPage
from thidua_desktop.ui.pages.attendance_page import AttendancePage
from thidua_desktop.ui.pages.awards_page import AwardsPage
from thidua_desktop.ui.pages.conferences_page import ConferencesPage
from thidua_desktop.ui.pages.documents_page import DocumentsPage
from thidua_desktop.ui.pages.home_page import HomePage
from thidua_desktop.ui.pages.pledges_page import PledgesPage
from thidua_desktop.ui.pages.scoring_page import ScoringPage
from thidua_desktop.ui.pages.units_page import UnitsPage
from thidua_desktop.ui.pages.votes_page import VotesPage
from thidua_desktop.ui.pages.years_page import YearsPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits

# A page factory takes (services, edits, selection) and returns the page widget. Pages offer
# `refresh()` and listen to `selection.changed` / `edits.changed` themselves.
PageFactory = Callable[[Services, UndoableEdits, Selection], QWidget]

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


def page_factories() -> list[tuple[str, str, PageFactory]]:
    """(key used for screenshots and icons, sidebar title, factory) in the order of the workflow.

    The sidebar icon is resources/icons/<key>.svg when it exists (else a generic page icon).
    """
    return [
        ("home", QMainWindow.tr("Bắt đầu"), HomePage),
        ("units", QMainWindow.tr("Cụm & đơn vị"), UnitsPage),
        ("years", QMainWindow.tr("Năm & luân phiên"), YearsPage),
        ("conferences", QMainWindow.tr("Hội nghị"), ConferencesPage),
        ("attendance", QMainWindow.tr("Điểm danh"), AttendancePage),
        ("agenda", QMainWindow.tr("Chương trình & thảo luận"), AgendaPage),
        ("pledges", QMainWindow.tr("Giao ước & đăng ký"), PledgesPage),
        ("scoring", QMainWindow.tr("Chấm điểm"), ScoringPage),
        ("awards", QMainWindow.tr("Danh hiệu"), AwardsPage),
        ("votes", QMainWindow.tr("Bỏ phiếu"), VotesPage),
        ("documents", QMainWindow.tr("Văn bản"), DocumentsPage),
    ]


def page_icon(key: str) -> QIcon:
    path = resource_path("icons", f"{key}.svg")
    return QIcon(str(path if path.exists() else resource_path("icons", "page.svg")))


def app_settings() -> QSettings:
    return QSettings("thidua_desktop", "thidua_desktop")


class MainWindow(QMainWindow):
    def __init__(self, services: Services, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings if settings is not None else app_settings()
        self.edits = UndoableEdits(services.edits, self)
        self.selection = Selection(self)
        # Connected before any page: an undo may remove the selected year or conference.
        self.edits.changed.connect(self._check_selection)
        self.setWindowTitle(self.tr("Thi đua – Thư ký cụm"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.resize(1280, 800)

        self.header = HeaderBar(services, self.edits, self.selection, self)
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(224)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setStyleSheet(
            "QListWidget { background: #f1f4f8; border: none; font-size: 11pt; }"
            "QListWidget::item { padding: 8px 6px; }"
            "QListWidget::item:selected { background: #d6e2f3; color: #1d3557; font-weight: 600;"
            " border-left: 4px solid #e63946; }"
        )
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, title, factory in page_factories():
            page = factory(services, self.edits, self.selection)
            page.setObjectName(f"page-{key}")
            self.pages[key] = page
            self.stack.addWidget(self._scrollable(page))
            item = QListWidgetItem(page_icon(key), title)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.edits.changed.connect(self._on_edited)
        self._last_index = self.edits.stack.index()
        self.statusBar().showMessage(str(services.path or ""))
        self.select_latest()
        self.sidebar.setCurrentRow(0)
        self._restore_state()

    @staticmethod
    def _scrollable(page: QWidget) -> QScrollArea:
        """A page wider or taller than the screen scrolls instead of growing the window."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        quit_action = file_menu.addAction(self.tr("Thoát"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        go_menu = self.menuBar().addMenu(self.tr("&Trang"))
        for i, (key, title, _f) in enumerate(page_factories()):
            action = go_menu.addAction(page_icon(key), title)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.sidebar.setCurrentRow(n))

        lang_menu = self.menuBar().addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        current = self.settings.value("language", "vi")
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = lang_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """Remember the language; the translator is installed at start, so it applies on restart."""
        if self.settings.value("language", "vi") == code:
            return
        self.settings.setValue("language", code)
        self.settings.sync()
        QMessageBox.information(
            self,
            self.tr("Ngôn ngữ"),
            self.tr(
                "Ngôn ngữ mới sẽ được dùng khi mở lại ứng dụng. / The new language applies after a restart."
            ),
        )

    # -- status ------------------------------------------------------------------------------
    def _on_edited(self, _entity: str) -> None:
        stack = self.edits.stack
        index = stack.index()
        now = datetime.now().strftime("%H:%M")
        if index < self._last_index:
            text = self.tr("Đã hoàn tác: {0} lúc {1}").format(stack.text(index), now)
        elif index > 0:
            text = self.tr("Đã lưu: {0} lúc {1}").format(stack.text(index - 1), now)
        else:
            text = ""
        self._last_index = index
        if text:
            self.statusBar().showMessage(text)

    # -- selection ---------------------------------------------------------------------------
    def _check_selection(self, _entity: str) -> None:
        sel = self.selection
        repo = self.services.repo
        for cls, id_ in (
            (Cluster, sel.cluster_id),
            (Year, sel.year_id),
            (Conference, sel.conference_id),
        ):
            if id_ is not None and repo.count(cls, "id = ?", [id_]) == 0:
                self.select_latest()
                return
        if sel.cluster_id is None:
            self.select_latest()

    def select_latest(self) -> None:
        """Start on the newest year and its newest conference."""
        self.selection.set(*self.services.conferences.latest())

    # -- geometry ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def save_screenshots(self, folder: Path) -> int:
        """Every page as <key>.png in `folder` (the window at 1280×800)."""
        folder.mkdir(parents=True, exist_ok=True)
        self.resize(1280, 800)
        self.show()
        for key in self.pages:
            self.show_page(key)
            QApplication.processEvents()
            self.grab().save(str(folder / f"{key}.png"))
        return 0
