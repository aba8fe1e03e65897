"""The check-in list as a Qt model, filtered as the secretary types (no SQL per keystroke)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from thidua_desktop.domain.model import AttendanceRole
from thidua_desktop.domain.vntext import compile_query, fold_tokens
from thidua_desktop.services.attendance import RosterRow
from thidua_desktop.ui.models.record_table_model import Column, RecordTableModel

PRESENT, NAME, TITLE, PLACE, TIME = "present", "name", "title", "place", "time"
PRESENT_BRUSH = QBrush(QColor("#dff3e3"))
GUEST_BRUSH = QBrush(QColor("#5a5a5a"))


class IncrementalFilter:
    """Row indices matching a search-box query over precomputed keys (see RosterRow.search_key:
    folded words joined by single spaces, with a leading space).

    A row matches as `vntext.compile_query` says. Before that regular expression runs, each
    query word must occur as " word" in the key: a plain substring test at C speed that every
    match passes, so the expression only sees the few rows left. Typing only narrows: when
    the new query extends the previous one its hits are a subset of the previous hits (words
    only get longer or more numerous), so only those are tested; Backspace finds the shorter
    query's hits on the stack.
    """

    def __init__(self, keys: Sequence[str] = ()) -> None:
        self.keys = list(keys)
        self._stack: list[tuple[str, list[int]]] = []

    def hits(self, query: str) -> list[int]:
        while self._stack and not query.startswith(self._stack[-1][0]):
            self._stack.pop()
        if self._stack and self._stack[-1][0] == query:
            return self._stack[-1][1]
        keys = self.keys
        found = self._stack[-1][1] if self._stack else range(len(keys))
        words = fold_tokens(query)
        for word in words:
            needle = " " + word
            found = [i for i in found if needle in keys[i]]
        if len(words) > 1:  # one word: the substring test is already the whole rule
            pred = compile_query(query)
            found = [i for i in found if pred(keys[i])]
        found = list(found)
        self._stack.append((query, found))
        return found

    def ranked(self, query: str) -> list[int]:
        """hits() with the rows holding the query's words side by side first, so "ha giang"
        lists Hà Giang before "thi hành án … Bắc Giang"; the roster order is kept otherwise."""
        found = self.hits(query)
        words = fold_tokens(query)
        if len(words) < 2:
            return found
        phrase = " " + " ".join(words)
        keys = self.keys
        near = [i for i in found if phrase in keys[i]]
        if not near or len(near) == len(found):
            return found
        near_set = set(near)
        return near + [i for i in found if i not in near_set]


class AttendanceTableModel(RecordTableModel):
    """All roster rows are loaded once; `set_query` shows the ones matching the search box."""

    def __init__(self, parent=None) -> None:
        super().__init__(None, parent)
        self.columns = [
            Column(PRESENT, self.tr("Có mặt")),
            Column(NAME, self.tr("Họ và tên")),
            Column(TITLE, self.tr("Chức vụ")),
            Column(PLACE, self.tr("Đơn vị / Cơ quan")),
            Column(TIME, self.tr("Giờ đến")),
        ]
        self._all: list[RosterRow] = []
        self._filter = IncrementalFilter()
        self.query = ""
        self._bold = QFont()
        self._bold.setBold(True)

    def set_roster(self, rows: Sequence[RosterRow]) -> None:
        """New data from the store; the current query is applied again."""
        self._all = list(rows)
        self._filter = IncrementalFilter(r.search_key for r in self._all)
        self.set_rows([self._all[i] for i in self._filter.ranked(self.query)])

    def set_query(self, query: str) -> None:
        self.query = query
        self.set_rows([self._all[i] for i in self._filter.ranked(query)])

    def index_of_attendance(self, attendance_id: int) -> int:
        """Visible row of an attendance line, -1 when filtered out."""
        for i, row in enumerate(self._rows):
            if row.attendance_id == attendance_id:
                return i
        return -1

    def first_absent(self) -> int:
        """Visible row Enter should check in: the first match not yet present, else the first."""
        return next((i for i, row in enumerate(self._rows) if not row.present), 0)

    def value(self, record: RosterRow, key: str) -> Any:
        if key == PRESENT:
            return "✓" if record.present else ""
        if key == NAME:
            return record.full_name
        if key == TITLE:
            return record.title
        if key == PLACE:
            guest = self.tr("Khách mời") if record.role is AttendanceRole.GUEST else ""
            return f"{record.place} ({guest})" if guest else record.place
        if key == TIME:
            return record.checked_in_at[11:16]
        return None

    def extra(self, record: RosterRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and record.present:
            return PRESENT_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and record.role is AttendanceRole.GUEST:
            return GUEST_BRUSH
        if role == Qt.ItemDataRole.FontRole and key == PRESENT:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (PRESENT, TIME):
            return Qt.AlignmentFlag.AlignCenter
        return None
