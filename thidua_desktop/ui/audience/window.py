"""The audience window on the hall's projector: full screen on the screen the secretary picks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from thidua_desktop.ui.audience.controller import AudienceController
from thidua_desktop.ui.audience.view import SlideView

# Keys of the audience window and the control panel, as presentation programs have them.
NEXT_KEYS = (Qt.Key.Key_PageDown,)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp,)
BLACK_KEY = Qt.Key.Key_B  # black screen; again: back to the slide
EMBLEM_KEY = Qt.Key.Key_W  # the cluster's emblem; again: back to the slide


def handle_key(controller: AudienceController, key: int) -> bool:
    """The slide keys shared by the audience window and the control panel; True if used."""
    if key in NEXT_KEYS:
        controller.next()
    elif key in PREVIOUS_KEYS:
        controller.previous()
    elif key == BLACK_KEY:
        controller.toggle_mode("black")
    elif key == EMBLEM_KEY:
        controller.toggle_mode("emblem")
    else:
        return False
    return True


def other_screen(own: QScreen | None) -> QScreen | None:
    """The first screen that is not the control's (the projector), else None."""
    return next((s for s in QGuiApplication.screens() if s is not own), None)


class AudienceWindow(QWidget):
    """Shows what the controller says; never anything the secretary did not choose to show.

    Closing it only hides it (the control panel opens it again); Esc leaves full screen."""

    def __init__(self, controller: AudienceController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.setWindowTitle(self.tr("Trình chiếu – màn hình hội trường"))
        self.setObjectName("audience-window")
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.view = SlideView(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screen_removed)  # type: ignore[attr-defined]
        controller.slide_shown.connect(self.show_current)
        controller.timer_ticked.connect(self.view.set_timer)
        self.show_current()

    def show_current(self) -> None:
        c = self.controller
        self.view.timer_text = c.timer_text()
        if c.mode == "slide":
            self.view.mode = "slide"
            self.view.show_slide(c.slide, c.speaker, c.timer_text())
        else:
            self.view.set_mode(c.mode, c.cluster_name())

    def present_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen`; with a single screen, a normal window beside the control."""
        if screen is not None and len(QGuiApplication.screens()) > 1:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                self.resize(1024, 768)
            self.showNormal()
        self.raise_()

    def _screen_removed(self, screen: QScreen) -> None:
        """The projector unplugged: never left full screen over the secretary's own screen."""
        if self.isFullScreen() and (self.screen() is screen or len(QGuiApplication.screens()) < 2):
            self.showNormal()
            self.resize(1024, 768)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            event.accept()
            return
        if handle_key(self.controller, event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.controller.stop_watching()
        super().closeEvent(event)
