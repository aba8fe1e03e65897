"""The secretary's control of the hall screen: a panel docked in the main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.services.hall_slides import AgendaSlide
from thidua_desktop.ui.audience.controller import AudienceController
from thidua_desktop.ui.audience.window import (
    BLACK_KEY,
    EMBLEM_KEY,
    NEXT_KEYS,
    PREVIOUS_KEYS,
    AudienceWindow,
    handle_key,
    other_screen,
)


class AudienceControl(QDockWidget):
    """Slides in the agenda's order, next/previous, reveal, black, emblem, speaker and timer.

    Nothing here changes the records; the projector shows only what is picked here."""

    def __init__(self, controller: AudienceController, window: AudienceWindow, parent: QWidget):
        super().__init__(self_title(), parent)
        self.setObjectName("audience-control")
        self.controller = controller
        self.window_ = window
        self.conference = QLabel(wordWrap=True)
        self.conference.setTextFormat(Qt.TextFormat.PlainText)
        self.screens = QComboBox()
        self.present_button = QPushButton(self.tr("Chiếu lên màn hình này"))
        self.present_button.clicked.connect(self.present)
        self.slides = QListWidget()
        self.slides.setObjectName("audience-slides")
        self.slides.itemActivated.connect(self._picked)
        self.slides.itemClicked.connect(self._picked)
        # long titles are shortened, not widening the panel over the secretary's work
        self.slides.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.slides.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.screens.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screens.setMinimumContentsLength(12)
        self.previous_button = QPushButton(self.tr("◀ Trước (PgUp)"))
        self.next_button = QPushButton(self.tr("Sau ▶ (PgDn)"))
        self.reveal_button = QPushButton(self.tr("Công bố kết quả"))
        self.reveal_button.setToolTip(self.tr("Chỉ khi kết quả cuộc bỏ phiếu đã được chốt"))
        self.black_button = QPushButton(self.tr("Màn đen (B)"))
        self.emblem_button = QPushButton(self.tr("Biểu trưng (W)"))
        for button in (self.black_button, self.emblem_button):
            button.setCheckable(True)
        self.previous_button.clicked.connect(controller.previous)
        self.next_button.clicked.connect(controller.next)
        self.reveal_button.clicked.connect(controller.reveal_result)
        self.black_button.clicked.connect(lambda: controller.toggle_mode("black"))
        self.emblem_button.clicked.connect(lambda: controller.toggle_mode("emblem"))
        self.speaker = QComboBox()
        self.speaker.setObjectName("audience-speaker")
        self.speaker.activated.connect(self._speaker_picked)
        self.speaker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.speaker.setMinimumContentsLength(16)
        self.timer_button = QPushButton(self.tr("Bấm giờ"))
        self.timer_button.setCheckable(True)
        self.timer_button.clicked.connect(self._timer_clicked)
        self.timer_reset = QPushButton(self.tr("Đặt lại"))
        self.timer_reset.clicked.connect(controller.reset_timer)
        self.timer_label = QLabel()
        self.status = QLabel(wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        panel = QWidget()
        lay = QVBoxLayout(panel)
        lay.addWidget(self.conference)
        screens = QHBoxLayout()
        screens.addWidget(self.screens, 1)
        screens.addWidget(self.present_button)
        lay.addLayout(screens)
        lay.addWidget(self.slides, 1)
        grid = QGridLayout()
        grid.addWidget(self.previous_button, 0, 0)
        grid.addWidget(self.next_button, 0, 1)
        grid.addWidget(self.reveal_button, 1, 0, 1, 2)
        grid.addWidget(self.black_button, 2, 0)
        grid.addWidget(self.emblem_button, 2, 1)
        lay.addLayout(grid)
        lay.addWidget(QLabel(self.tr("Người đang phát biểu:")))
        lay.addWidget(self.speaker)
        timer = QHBoxLayout()
        timer.addWidget(self.timer_button)
        timer.addWidget(self.timer_reset)
        timer.addWidget(self.timer_label, 1)
        lay.addLayout(timer)
        lay.addWidget(self.status)
        self.setWidget(panel)

        # The slide keys work here too while the panel has the focus (not elsewhere in the
        # main window, where PageDown still pages a table).
        for key in (*NEXT_KEYS, *PREVIOUS_KEYS, BLACK_KEY, EMBLEM_KEY):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=key: handle_key(controller, k))
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self._screens_changed)  # type: ignore[attr-defined]
        controller.changed.connect(self.sync)
        controller.timer_ticked.connect(self.timer_label.setText)
        self._synced_index = -1
        self.fill_screens()
        self.sync()

    # -- screens ------------------------------------------------------------------------------
    def fill_screens(self) -> None:
        """Every screen by name and size; the projector (not the main window's) first picked."""
        self.screens.clear()
        own = self.parentWidget().screen() if self.parentWidget() else None
        for screen in QGuiApplication.screens():
            size = screen.geometry().size()
            mine = self.tr(" (màn hình này)") if screen is own else ""
            self.screens.addItem(
                f"{screen.name()} {size.width()}×{size.height()}{mine}", screen.name()
            )
        projector = other_screen(own)
        if projector is not None:
            self.screens.setCurrentIndex(self.screens.findData(projector.name()))

    def _screens_changed(self, _screen: object) -> None:
        self.fill_screens()  # a projector plugged in or out while the panel is open

    def chosen_screen(self):  # type: ignore[no-untyped-def]  # noqa: ANN201
        name = self.screens.currentData()
        return next((s for s in QGuiApplication.screens() if s.name() == name), None)

    def present(self) -> None:
        self.window_.present_on(self.chosen_screen())
        self.controller.start_watching()

    # -- state --------------------------------------------------------------------------------
    def sync(self) -> None:
        c = self.controller
        titles = [r.title for r in c.refs]  # item texts are plain: no '&' mnemonics
        rebuilt = [self.slides.item(i).text() for i in range(self.slides.count())] != titles
        if rebuilt:
            self.slides.clear()
            for ref in c.refs:
                item = QListWidgetItem(ref.title)
                item.setToolTip(ref.title)
                item.setData(Qt.ItemDataRole.UserRole, ref.key)
                self.slides.addItem(item)
        # the highlighted row follows the projector only when the slide shown moves: arrows
        # in the list browse without showing, and a check-in does not pull the row back
        if (rebuilt or c.index != self._synced_index) and 0 <= c.index < self.slides.count():
            self.slides.setCurrentRow(c.index)
        self._synced_index = c.index
        self.previous_button.setEnabled(c.index > 0)
        self.next_button.setEnabled(c.index < len(c.refs) - 1)
        self.reveal_button.setEnabled(
            bool(c.result_key()) and not c.current_key().startswith("result-")
        )
        self.black_button.setChecked(c.mode == "black")
        self.emblem_button.setChecked(c.mode == "emblem")
        self._fill_speakers()
        self.timer_button.setChecked(c.timer_running())
        self.timer_button.setText(self.tr("Dừng") if c.timer_running() else self.tr("Bấm giờ"))
        self.timer_label.setText(c.timer_text())
        shown = c.refs[c.index].title if c.refs else self.tr("(chưa có hội nghị)")
        mode = {"black": self.tr("Màn đen"), "emblem": self.tr("Biểu trưng")}.get(c.mode, shown)
        self.status.setText(self.tr("Đang chiếu: {0}").format(mode))

    def _fill_speakers(self) -> None:
        slide = self.controller.slide
        speakers = list(slide.speakers) if isinstance(slide, AgendaSlide) else []
        if slide is not None and isinstance(slide, AgendaSlide) and slide.presenter:
            speakers = [slide.presenter, *[s for s in speakers if s != slide.presenter]]
        wanted = [self.tr("(không hiện)"), *speakers]
        if [self.speaker.itemText(i) for i in range(self.speaker.count())] != wanted:
            self.speaker.clear()
            self.speaker.addItems(wanted)
        current = self.controller.speaker
        self.speaker.setCurrentIndex(wanted.index(current) if current in wanted[1:] else 0)
        self.speaker.setEnabled(bool(speakers))

    def set_conference_title(self, title: str) -> None:
        self.conference.setText(title)

    def _picked(self, item: QListWidgetItem) -> None:
        self.controller.go_key(item.data(Qt.ItemDataRole.UserRole))

    def _speaker_picked(self, index: int) -> None:
        self.controller.set_speaker(self.speaker.itemText(index) if index > 0 else "")

    def _timer_clicked(self) -> None:
        if self.controller.timer_running():
            self.controller.stop_timer()
        else:
            self.controller.start_timer()


def self_title() -> str:
    return QMainWindow.tr("Trình chiếu")


class AudienceDesk(QObject):
    """The audience window, its controller and the control panel of one main window."""

    def __init__(self, main: QMainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.controller = AudienceController(main.services, self)  # type: ignore[attr-defined]
        self.window = AudienceWindow(self.controller)
        self.window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.control = AudienceControl(self.controller, self.window, main)
        main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.control)
        main.resizeDocks([self.control], [320], Qt.Orientation.Horizontal)
        main.edits.changed.connect(self.controller.on_edited)  # type: ignore[attr-defined]
        main.installEventFilter(self)

    def open(self, conference_id: int | None) -> None:
        """Show the control panel and the audience window on the chosen screen, on the
        conference selected now (kept until opened again on another one)."""
        self.controller.set_conference(conference_id)
        repo = self.main.services.repo  # type: ignore[attr-defined]
        conf = repo.find_one(m.Conference, "id = ?", [conference_id]) if conference_id else None
        self.control.set_conference_title(conf.title if conf else "")
        self.control.fill_screens()
        self.control.show()
        self.control.raise_()
        self.control.present()
        self.control.slides.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.main and event.type() == QEvent.Type.Close:
            self.window.close()  # the projector's window goes with the file's window
        return False
