"""The audience screen's surface: one slide fitted to the screen, or black, or the emblem."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from thidua_desktop.paths import resource_path
from thidua_desktop.services.hall_slides import Slide
from thidua_desktop.ui.audience.slides import (
    BACKGROUND,
    BASE_PX,
    FLOOR_PX,
    Sizes,
    SlideBody,
    build,
    text_label,
)

SHRINK_STEPS = 12


class SlideView(QWidget):
    """Paints the slide's background and hosts its content; rebuilt when the slide's data or
    the screen's size change, shrunk step by step (never below 28 pt) until it fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(False)
        self.slide: Slide | None = None
        self.speaker = ""
        self.timer_text = ""
        self.mode = "slide"  # slide | black | emblem
        self.cluster_name = ""
        self.body: QWidget | None = None
        self.fits = True
        self.body_px = 0
        self._built_for: tuple[object, ...] | None = None
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)

    # -- what to show -----------------------------------------------------------------------
    def show_slide(self, slide: Slide | None, speaker: str = "", timer_text: str = "") -> None:
        self.slide, self.speaker, self.timer_text = slide, speaker, timer_text
        self.rebuild()

    def set_mode(self, mode: str, cluster_name: str = "") -> None:
        self.mode, self.cluster_name = mode, cluster_name
        self.rebuild()

    def set_timer(self, text: str) -> None:
        """Only the timer's label changes: the slide is not rebuilt every second."""
        self.timer_text = text
        timer = getattr(self.body, "timer", None)
        if isinstance(timer, QLabel):
            timer.setText(text)
            timer.setVisible(bool(text))

    # -- building ---------------------------------------------------------------------------
    def rebuild(self) -> None:
        key = (self.mode, self.slide, self.speaker, self.cluster_name, self.width(), self.height())
        if key == self._built_for:
            return
        self._built_for = key
        old = self.body
        self.body = self._build()
        self._stack.addWidget(self.body)
        self._stack.setCurrentWidget(self.body)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self.update()

    def _build(self) -> QWidget:
        if self.mode == "black":
            return QWidget()
        if self.mode == "emblem" or self.slide is None:
            return self._emblem()
        width, height = max(self.width(), 320), max(self.height(), 240)
        for step in range(SHRINK_STEPS + 1):
            shrink = 1.0 - step * (1.0 - FLOOR_PX / BASE_PX) / SHRINK_STEPS
            sizes = Sizes(width, height, shrink)
            holder = self._framed(build(self.slide, sizes, self.speaker, self.timer_text), sizes)
            need = _height_for(holder, width)
            if need <= height or step == SHRINK_STEPS:
                self.fits, self.body_px = need <= height, sizes.body
                return holder
            holder.deleteLater()
        raise AssertionError("unreachable")

    @staticmethod
    def _framed(body: SlideBody, sizes: Sizes) -> QWidget:
        holder = QWidget()
        holder.timer = body.timer  # type: ignore[attr-defined]
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(sizes.margin, sizes.margin, sizes.margin, sizes.margin)
        lay.addWidget(body)
        return holder

    def _emblem(self) -> QWidget:
        sizes = Sizes(max(self.width(), 320), max(self.height(), 240))
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.addStretch(1)
        side = round(min(self.width(), self.height()) * 0.42)
        emblem = QLabel()
        emblem.setPixmap(QIcon(str(resource_path("icons", "app.svg"))).pixmap(QSize(side, side)))
        emblem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emblem.setObjectName("emblem")
        lay.addWidget(emblem)
        lay.addSpacing(sizes.gap * 2)
        if self.cluster_name:
            name = text_label(self.cluster_name.upper(), sizes.body, bold=True, center=True)
            lay.addWidget(name)
        lay.addStretch(1)
        lay.setContentsMargins(sizes.margin, sizes.margin, sizes.margin, sizes.margin)
        self.body_px = sizes.body
        return holder

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.rebuild()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        color = "#000000" if self.mode == "black" else BACKGROUND
        p.fillRect(self.rect(), QColor(color))
        if self.mode == "slide" and self.slide is not None:  # a thin band, as a letterhead
            p.fillRect(0, 0, self.width(), max(4, self.height() // 90), QColor("#d62828"))
        p.end()

    def texts(self) -> list[str]:
        """Every text the audience can read now (for tests and the screenshots' check)."""
        if self.body is None:
            return []
        return [lbl.text() for lbl in self.body.findChildren(QLabel) if lbl.text()]


def _height_for(widget: QWidget, width: int) -> int:
    lay = widget.layout()
    if lay.hasHeightForWidth():
        return lay.totalHeightForWidth(width)
    return lay.totalSizeHint().height()
