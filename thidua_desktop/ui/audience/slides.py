"""The audience slides as widgets: large plain text, sized to the hall's screen, readable from the back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from thidua_desktop.documents.vote_chart import STATUS_COLORS
from thidua_desktop.domain.voting_result import Status
from thidua_desktop.services.hall_slides import (
    AgendaSlide,
    AttendanceSlide,
    ConclusionsSlide,
    ResultLine,
    ResultSlide,
    Slide,
    VoteSlide,
    WelcomeSlide,
)

BACKGROUND = "#0b2e59"
TEXT = "#ffffff"
MUTED = "#b8c7dc"
ACCENT = "#ffd166"  # the current agenda item, the timer
GOOD = "#8be28b"
BAD = "#ff8a80"
TRACK = "#1d4677"
THRESHOLD = "#ff5252"
# Body text at 768 pixels of height (31.5 pt at 96 dpi); a slide that does not fit shrinks,
# never below FLOOR_PX (28 pt at 96 dpi), the smallest size read from the back of a hall.
BASE_PX = 42
FLOOR_PX = 38
DESIGN_HEIGHT = 768
DESIGN_WIDTH = 1024


translate = QCoreApplication.translate  # the literals below are what lupdate extracts


def hall_font(px: int, bold: bool = False) -> QFont:
    """The bundled sans-serif (Arimo) when registered, else the application's font."""
    family = "Arimo" if "Arimo" in QFontDatabase.families() else QApplication.font().family()
    font = QFont(family)
    font.setPixelSize(max(1, px))
    font.setBold(bold)
    return font


class Sizes:
    """Pixel sizes of one slide: body text scaled to the screen, title and figures from it."""

    def __init__(self, width: int, height: int, shrink: float = 1.0) -> None:
        scale = min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)
        self.body = max(round(FLOOR_PX * scale), round(BASE_PX * scale * shrink))
        self.small = self.body  # nothing on a slide is smaller than the body
        self.title = round(self.body * 1.2)
        self.huge = round(self.body * 2.6)
        self.gap = round(self.body * 0.35)
        self.margin = round(self.body * 0.8)
        self.text_width = width - 2 * self.margin  # what a line of the slide may take


def text_label(
    text: str,
    px: int,
    *,
    bold: bool = False,
    color: str = TEXT,
    center: bool = False,
    name: str = "",
) -> QLabel:
    """A label for data text: plain text ("&" and "<" in names stay as typed), wrapped."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setFont(hall_font(px, bold))
    label.setStyleSheet(f"color: {color}; background: transparent;")
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    if name:
        label.setObjectName(name)
    return label


class ResultBar(QLabel):
    """A candidate's votes as text over a strip: the share of the base as a bar in the colour
    of its status (documents/vote_chart.STATUS_COLORS, as the vote chart) and the threshold as
    a dashed line."""

    def __init__(self, text: str, line: ResultLine, threshold: float, sizes: Sizes) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setFont(hall_font(sizes.body))
        self.setStyleSheet(f"color: {TEXT}; background: transparent;")
        self.percent = line.percent
        self.threshold = threshold
        self.color = STATUS_COLORS[line.status]
        self.strip = max(6, round(sizes.body * 0.3))
        self.setContentsMargins(0, 0, 0, self.strip + 4)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        w, h, strip = float(self.width()), float(self.height()), float(self.strip)
        top = h - strip
        p.fillRect(QRectF(0, top, w, strip), QColor(TRACK))
        p.fillRect(QRectF(0, top, w * min(self.percent, 100.0) / 100, strip), QColor(self.color))
        x = w * self.threshold / 100
        p.setPen(QPen(QColor(THRESHOLD), max(2.0, strip / 3), Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, top - 4), QPointF(x, h))
        p.end()
        super().paintEvent(event)


class SlideBody(QWidget):
    """The content of one slide; `timer` is the label the speaking timer updates."""

    def __init__(self) -> None:
        super().__init__()
        self.timer: QLabel | None = None
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)


def build(slide: Slide, sizes: Sizes, speaker: str = "", timer_text: str = "") -> SlideBody:
    body = SlideBody()
    lay = body.lay
    lay.setSpacing(sizes.gap)
    if isinstance(slide, WelcomeSlide):
        _welcome(lay, slide, sizes)
    elif isinstance(slide, AttendanceSlide):
        _attendance(lay, slide, sizes)
    elif isinstance(slide, AgendaSlide):
        body.timer = _agenda(lay, slide, sizes, speaker, timer_text)
    elif isinstance(slide, VoteSlide):
        _vote(lay, slide, sizes)
    elif isinstance(slide, ResultSlide):
        _result(lay, slide, sizes)
    elif isinstance(slide, ConclusionsSlide):
        _conclusions(lay, slide, sizes)
    lay.addStretch(1)
    return body


def _heading(lay: QVBoxLayout, text: str, sizes: Sizes, suffix: str = "") -> None:
    lay.addWidget(text_label(text + suffix, sizes.title, bold=True, color=ACCENT, name="heading"))


def _page(page: int, pages: int) -> str:
    return f" ({page}/{pages})" if pages > 1 else ""


def _welcome(lay: QVBoxLayout, s: WelcomeSlide, sizes: Sizes) -> None:
    lay.addStretch(1)
    lay.addWidget(
        text_label(s.cluster_name.upper(), sizes.body, bold=True, color=MUTED, center=True)
    )
    lay.addSpacing(sizes.gap * 2)
    lay.addWidget(text_label(s.title.upper(), sizes.title, bold=True, color=ACCENT, center=True))
    lay.addSpacing(sizes.gap * 2)
    when = ", ".join(p for p in (s.place, s.date_text) if p)
    if when:  # "Thái Nguyên, ngày 23 …", or "Ngày 23 …" when no place is recorded
        lay.addWidget(text_label(when[0].upper() + when[1:], sizes.body, color=TEXT, center=True))
    lay.addStretch(1)


def _attendance(lay: QVBoxLayout, s: AttendanceSlide, sizes: Sizes) -> None:
    _heading(lay, translate("AudienceSlide", "Tình hình đại biểu dự Hội nghị"), sizes)
    lay.addStretch(1)
    figure = text_label(
        f"{s.units_present}/{s.member_units}", sizes.huge, bold=True, center=True, name="units"
    )
    lay.addWidget(figure)
    lay.addWidget(
        text_label(
            translate("AudienceSlide", "đơn vị thành viên có mặt"),
            sizes.body,
            color=MUTED,
            center=True,
        )
    )
    lay.addSpacing(sizes.gap)
    delegates = translate("AudienceSlide", "{0} đại biểu có mặt / {1} đại biểu được mời").format(
        s.delegates_present, s.delegates_expected
    )
    lay.addWidget(text_label(delegates, sizes.body, center=True, name="delegates"))
    if s.guests_present:
        guests = translate("AudienceSlide", "{0} đại biểu khách mời").format(s.guests_present)
        lay.addWidget(text_label(guests, sizes.body, center=True, color=MUTED))
    lay.addSpacing(sizes.gap)
    if s.quorum_met:
        quorum, color = (
            translate("AudienceSlide", "Đủ số đơn vị tham dự (từ {0} trở lên)").format(
                s.quorum_share
            ),
            GOOD,
        )
    else:
        quorum, color = (
            translate("AudienceSlide", "Chưa đủ số đơn vị tham dự (cần từ {0})").format(
                s.quorum_share
            ),
            BAD,
        )
    lay.addWidget(
        text_label(quorum, sizes.body, bold=True, color=color, center=True, name="quorum")
    )
    lay.addStretch(1)


def _agenda(
    lay: QVBoxLayout, s: AgendaSlide, sizes: Sizes, speaker: str, timer_text: str
) -> QLabel:
    _heading(lay, translate("AudienceSlide", "Chương trình Hội nghị"), sizes)
    for line in s.lines:
        row = QHBoxLayout()
        row.setSpacing(sizes.gap)
        color = ACCENT if line.current else MUTED
        mark = "▶" if line.current else " "
        lead = text_label(f"{mark} {line.number}.", sizes.body, bold=line.current, color=color)
        lead.setWordWrap(False)
        lead.setFixedWidth(round(sizes.body * 2.4))
        row.addWidget(lead, 0, Qt.AlignmentFlag.AlignTop)
        title = text_label(line.title, sizes.body, bold=line.current, color=color)
        if not line.current:  # the others are context: one line each, the current one whole
            title.setWordWrap(False)
            title.setText(_elided(line.title, title, sizes))
            title.setToolTip(line.title)
        row.addWidget(title, 1)
        lay.addLayout(row)
    lay.addSpacing(sizes.gap)
    if s.presenter:
        lay.addWidget(
            text_label(
                translate("AudienceSlide", "Trình bày: {0}").format(s.presenter),
                sizes.body,
                name="presenter",
            )
        )
    if speaker:
        lay.addWidget(
            text_label(
                translate("AudienceSlide", "Đang phát biểu: {0}").format(speaker),
                sizes.body,
                bold=True,
                name="speaker",
            )
        )
    timer = text_label(timer_text, sizes.title, bold=True, color=ACCENT, name="timer")
    timer.setVisible(bool(timer_text))
    lay.addWidget(timer)
    return timer


def _elided(text: str, label: QLabel, sizes: Sizes) -> str:
    width = sizes.text_width - round(sizes.body * 2.4) - sizes.gap  # beside the number
    return label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)


def _vote_heading(lay: QVBoxLayout, title: str, s: VoteSlide | ResultSlide, sizes: Sizes) -> None:
    """A vote's or a result's title (with its page) and, under it, the rules in words."""
    _heading(lay, title.format(s.award), sizes, _page(s.page, s.pages))
    lay.addWidget(text_label(" · ".join(s.rules), sizes.body, color=MUTED, name="rules"))


def _vote(lay: QVBoxLayout, s: VoteSlide, sizes: Sizes) -> None:
    _vote_heading(lay, translate("AudienceSlide", "Bỏ phiếu suy tôn: {0}"), s, sizes)
    lay.addSpacing(sizes.gap)
    for name, withdrawn in zip(s.candidates, s.withdrawn, strict=True):
        text = name + (translate("AudienceSlide", " (xin rút)") if withdrawn else "")
        lay.addWidget(text_label(text, sizes.body, color=MUTED if withdrawn else TEXT))


def _status_color(line: ResultLine) -> str:
    return {Status.ELECTED: GOOD, Status.TIED: ACCENT}.get(line.status, MUTED)


def _result(lay: QVBoxLayout, s: ResultSlide, sizes: Sizes) -> None:
    _vote_heading(lay, translate("AudienceSlide", "Kết quả: {0}"), s, sizes)
    for line in s.lines:
        lay.addWidget(text_label(f"{line.number}. {line.name}", sizes.body, bold=True))
        bar = ResultBar(f"{line.quote} – {line.status_label}", line, s.threshold_pct, sizes)
        bar.setObjectName("quote")
        bar.setStyleSheet(f"color: {_status_color(line)}; background: transparent;")
        lay.addWidget(bar)
    if s.decision:
        lay.addSpacing(sizes.gap)
        for i, text in enumerate(s.decision):
            lead = i == 0 or text.endswith(":")
            color = ACCENT if lead else TEXT
            lay.addWidget(text_label(text, sizes.body, bold=lead, color=color, name="decision"))


def _conclusions(lay: QVBoxLayout, s: ConclusionsSlide, sizes: Sizes) -> None:
    _heading(lay, translate("AudienceSlide", "Kết luận Hội nghị"), sizes, _page(s.page, s.pages))
    for paragraph in s.paragraphs:
        lay.addWidget(text_label(paragraph, sizes.body))
