"""The main window: a sidebar of workflow pages, the current cluster/year/conference, undo, status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
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
from thidua_desktop.ui.archive_bar import ArchiveBar, restore_unlocks
from thidua_desktop.ui.file_menu import accept_file_drop, build_file_menu, dropped_file
from thidua_desktop.ui.focus import focus_work
from thidua_desktop.ui.header_bar import HeaderBar
from thidua_desktop.ui.lazy_pages import LazyPages, lazy_page
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits, UndoKeyRouter
from thidua_desktop.ui.widgets import label_text

if TYPE_CHECKING:
    from thidua_desktop.ui.app_controller import AppController

# A page factory takes (services, edits, selection) and returns the page widget. Pages offer
# `refresh()` and listen to `selection.changed` / `edits.changed` themselves.
PageFactory = Callable[[Services, UndoableEdits, Selection], QWidget]

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


def page_factories() -> list[tuple[str, str, PageFactory]]:
    """(key used for screenshots and icons, sidebar title, factory) in the order of the workflow.

    The sidebar icon is resources/icons/<key>.svg when it exists (else a generic page icon).
    A factory imports its page module on first use, so start-up loads only the page shown.
    """
    return [
        ("home", QMainWindow.tr("Bắt đầu"), lazy_page("home_page", "HomePage")),
        ("units", QMainWindow.tr("Cụm & đơn vị"), lazy_page("units_page", "UnitsPage")),
        ("years", QMainWindow.tr("Năm & luân phiên"), lazy_page("years_page", "YearsPage")),
        (
            "conferences",
            QMainWindow.tr("Hội nghị"),
            lazy_page("conferences_page", "ConferencesPage"),
        ),
        ("attendance", QMainWindow.tr("Điểm danh"), lazy_page("attendance_page", "AttendancePage")),
        (
            "agenda",
            QMainWindow.tr("Chương trình & thảo luận"),
            lazy_page("agenda_page", "AgendaPage"),
        ),
        ("pledges", QMainWindow.tr("Giao ước & đăng ký"), lazy_page("pledges_page", "PledgesPage")),
        ("scoring", QMainWindow.tr("Chấm điểm"), lazy_page("scoring_page", "ScoringPage")),
        ("awards", QMainWindow.tr("Danh hiệu"), lazy_page("awards_page", "AwardsPage")),
        ("votes", QMainWindow.tr("Bỏ phiếu"), lazy_page("votes_page", "VotesPage")),
        ("documents", QMainWindow.tr("Văn bản"), lazy_page("documents_page", "DocumentsPage")),
        (
            "handover",
            QMainWindow.tr("Bàn giao & lưu trữ"),
            lazy_page("handover_page", "HandoverPage"),
        ),
    ]


def page_icon(key: str) -> QIcon:
    path = resource_path("icons", f"{key}.svg")
    return QIcon(str(path if path.exists() else resource_path("icons", "page.svg")))


def first_size() -> QSize:
    """1280×800, or less when the screen's free area is smaller (a 1366×768 laptop with its
    taskbar), so the status bar is never below the screen's edge at first start."""
    wanted = QSize(1280, 800)
    screen = QApplication.primaryScreen()
    if screen is None:
        return wanted
    free = screen.availableGeometry().size() - QSize(16, 48)  # the window's frame and title
    return wanted.boundedTo(free)


def app_settings() -> QSettings:
    return QSettings("thidua_desktop", "thidua_desktop")


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        settings: QSettings | None = None,
        files: AppController | None = None,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.services = services
        self.files = files  # the file menu's controller (app_controller); None in bare windows
        self.demo = demo
        self.settings = settings if settings is not None else app_settings()
        services.protect_archived_years()  # past years: view only, unless unlocked
        self.edits = UndoableEdits(services.edits, self)
        self.selection = Selection(self)
        # Connected before any page: an undo may remove the selected year or conference.
        self.edits.changed.connect(self._check_selection)
        self._set_title()
        self.setAcceptDrops(files is not None)
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.resize(first_size())

        self.header = HeaderBar(services, self.edits, self.selection, self)
        restore_unlocks(self.settings, services)  # years unlocked on purpose stay so
        self.archive_bar = ArchiveBar(services, self.edits, self.selection, self.settings, self)
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(224)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Reached by Tab (then ↑/↓ walk the pages); a click leaves the focus on the page's work.
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.sidebar.setStyleSheet(
            "QListWidget { background: #f1f4f8; border: none; font-size: 11pt; }"
            "QListWidget::item { padding: 8px 6px; }"
            "QListWidget::item:selected { background: #d6e2f3; color: #1d3557; font-weight: 600;"
            " border-left: 4px solid #e63946; }"
        )
        self.stack = QStackedWidget()
        # Pages are built on first show (or first `pages[key]`); each sits in its scroll area.
        self.pages = LazyPages(self._build_page)
        for key, title, factory in page_factories():
            self.pages.add(key, factory)
            self.stack.addWidget(self._scrollable())
            item = QListWidgetItem(page_icon(key), title)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if demo:
            layout.addWidget(self._demo_banner())
        layout.addWidget(self.header)
        layout.addWidget(self.archive_bar)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        layout.addLayout(row, 1)
        self.setCentralWidget(central)

        self.audience = None  # the hall's projector window, built when first asked for
        self._build_menus()
        self.edits.changed.connect(self._on_edited)
        self._last_index = self.edits.stack.index()
        self.statusBar().showMessage(str(services.path or ""))
        self.select_latest()
        self.sidebar.setCurrentRow(0)
        self._show_row(self.sidebar.currentRow())  # no signal when row 0 was already current
        self._restore_state()

    @staticmethod
    def _scrollable() -> QScrollArea:
        """A page wider or taller than the screen scrolls instead of growing the window."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def _build_page(self, key: str, factory: PageFactory) -> QWidget:
        page = factory(self.services, self.edits, self.selection)
        page.setObjectName(f"page-{key}")
        area = self.stack.widget(self.pages.index(key))
        assert isinstance(area, QScrollArea)
        area.setWidget(page)
        return page

    def _show_row(self, row: int) -> None:
        page = self.pages.page_at(row) if 0 <= row < len(self.pages) else None  # built first
        self.stack.setCurrentIndex(row)
        self.services.checkpoint()  # the main file holds every edit made on the page left
        if page is not None and not self.sidebar.hasFocus():  # ↑/↓ in the sidebar keep it
            if not focus_work(page):  # keys then go to the page (scrolling), not the header
                self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.file_actions = build_file_menu(file_menu, self, self.files)

        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        # Ctrl+Z/Ctrl+Y from a text box with no typing of its own to undo reach these actions.
        self.undo_keys = UndoKeyRouter(self.undo_action, self.redo_action, self)

        go_menu = self.menuBar().addMenu(self.tr("&Trang"))
        for i, (key, title, _f) in enumerate(page_factories()):
            action = go_menu.addAction(page_icon(key), label_text(title))
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=i: self.sidebar.setCurrentRow(n))

        show_menu = self.menuBar().addMenu(self.tr("Trình &chiếu"))
        self.audience_action = show_menu.addAction(self.tr("Màn hình trình chiếu hội trường"))
        self.audience_action.setShortcut(QKeySequence("F5"))
        self.audience_action.triggered.connect(self.open_audience)

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

    def open_audience(self) -> None:
        """The projector's window and its control panel, on the selected conference."""
        if self.audience is None:  # imported here: start-up stays light
            from thidua_desktop.ui.audience.control import AudienceDesk

            self.audience = AudienceDesk(self)
        self.audience.open(self.selection.conference_id)

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
        if index < self._last_index and index < stack.count():  # not a cleared stack
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

    # -- files -------------------------------------------------------------------------------
    def _set_title(self) -> None:
        """The file's name in the title bar (and the demo said plainly)."""
        title = self.tr("Thi đua – Thư ký cụm")
        path = self.services.path
        if path is not None:
            self.setWindowFilePath(str(path))
            name = self.tr("Cụm mẫu để thử") if self.demo else path.name
            title = f"{name} — {title}"
        self.setWindowTitle(title)

    def _demo_banner(self) -> QLabel:
        """Said on every page while the demo is open: its data is not the user's cluster."""
        label = QLabel(
            self.tr(
                "Đang mở CỤM MẪU để thử: mọi thay đổi chỉ ở trong tệp mẫu, không ảnh hưởng cụm "
                "của bạn. Tệp → Mở… hoặc Mở gần đây để về cụm của bạn."
            )
        )
        label.setWordWrap(True)
        label.setStyleSheet(
            "QLabel { background: #fff4c2; color: #5c4400; padding: 6px 12px;"
            " border-bottom: 1px solid #e0c56e; font-weight: 600; }"
        )
        label.setObjectName("demo-banner")
        return label

    def open_demo(self) -> bool:
        """The demo in its own file (the controller's); a bare window has no other file."""
        return self.files.open_demo() if self.files is not None else False

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        accept_file_drop(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt name)
        path = dropped_file(event)
        if path is not None and self.files is not None:
            self.files.open_path(path)

    def open_package(self, path: Path | None = None) -> None:
        """Go to the handover page and open a received package (asking for it when None)."""
        page = self.show_page("handover")
        page.open_package(path)  # type: ignore[attr-defined]

    def save_screenshots(self, folder: Path, size: tuple[int, int] = (1280, 800)) -> int:
        """Every page as <key>.png in `folder` (the window at `size`, 1280×800 by default)."""
        folder.mkdir(parents=True, exist_ok=True)
        self.resize(*size)
        self.show()
        for key in self.pages:
            self.show_page(key)
            QApplication.processEvents()
            self.grab().save(str(folder / f"{key}.png"))
        return 0
