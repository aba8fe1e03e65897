"""A date typed as day/month/year (kept, or refused saying why) or picked on a calendar that
opens at the month it concerns; an empty field means no date yet."""

from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.paths import resource_path

FIRST_YEAR, LAST_YEAR = 1945, 2200
# 22/11/2016, 22-11-2016, 22.11.2016, 22 11 2016, 22/11/16, 22/11 (the field's year)
_PARTS = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")  # 22112016, 221116


def shown(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str, default_year: int) -> date | None:
    """The date a secretary typed; '' is no date. Raises ValidationError saying what is wrong."""
    typed = text.strip()
    if not typed:
        return None
    match = _PARTS.match(typed) or _DIGITS.match(typed)
    if match is None:
        raise ValidationError(
            QCoreApplication.translate(
                "DateField", "«{0}» không phải là ngày: gõ ngày/tháng/năm, ví dụ 22/11/{1}."
            ).format(typed[:20], default_year)
        )
    day, month = int(match.group(1)), int(match.group(2))
    year = int(match.group(3)) if match.group(3) else default_year
    if year < 100:
        year += 2000
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            QCoreApplication.translate(
                "DateField", "Năm {0} không hợp lệ: gõ năm đủ bốn chữ số, ví dụ {1}."
            ).format(year, default_year)
        )
    if not 1 <= month <= 12:
        raise ValidationError(
            QCoreApplication.translate(
                "DateField", "«{0}»: tháng {1} không có (tháng từ 1 đến 12)."
            ).format(typed, month)
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            QCoreApplication.translate(
                "DateField", "«{0}»: tháng {1} năm {2} chỉ có {3} ngày."
            ).format(typed, month, year, last)
        )
    return date(year, month, day)


class CalendarPopup(QFrame):
    """The calendar under a date field; a click, or Enter, picks the day."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def open_at(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        below = self.field.mapToGlobal(QPoint(0, self.field.height()))
        screen = QGuiApplication.screenAt(below) or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            below.setX(max(free.left(), min(below.x(), free.right() - self.width())))
            if below.y() + self.height() > free.bottom():
                below.setY(self.field.mapToGlobal(QPoint(0, 0)).y() - self.height())
        self.move(below)
        self.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.close()
        self.field.pick(date(day.year(), day.month(), day.day()))


class DateField(QLineEdit):
    """dd/MM/yyyy typed freely or picked (the button at its end, or Alt+↓ / F4); the page
    reads `value()` on editingFinished, which raises ValidationError saying why a text is
    not a date; the typed text stays in the field to be corrected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("chưa định (ngày/tháng/năm)"))
        self.calendar_start = date.today()
        self.popup: CalendarPopup | None = None
        self.calendar_action = self.addAction(
            QIcon(str(resource_path("icons", "calendar.svg"))),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.calendar_action.setToolTip(self.tr("Chọn trên lịch (Alt+↓)"))
        self.calendar_action.triggered.connect(lambda: self.open_calendar())

    # -- value ----------------------------------------------------------------------------
    def set_value(self, value: date | None) -> None:
        self.setText(shown(value))
        self.setCursorPosition(0)

    def setDate(self, value: QDate) -> None:  # noqa: N802 (as QDateEdit names it)
        self.set_value(date(value.year(), value.month(), value.day()) if value.isValid() else None)

    def value(self) -> date | None:
        """The date shown; raises ValidationError when the text is not one."""
        return parse_date(self.text(), self.calendar_start.year)

    def set_calendar_year(self, year: int) -> None:
        """The year the calendar opens at while the field is empty (a conference's year), at
        today's month; also the year of a date typed without one."""
        today = date.today()
        last = calendar.monthrange(year, today.month)[1]
        self.calendar_start = date(year, today.month, min(today.day, last))

    # -- calendar ---------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        try:
            current = self.value()
        except ValidationError:
            current = None
        if self.popup is None:
            self.popup = CalendarPopup(self)
        self.popup.open_at(current or self.calendar_start)

    def pick(self, day: date) -> None:
        """A day picked on the calendar: shown, and handed on as typed-and-confirmed."""
        self.set_value(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)
