"""Check-in page: type a few letters of a name or unit, Enter checks the delegate in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.model import Attendance
from thidua_desktop.services import attendance_import
from thidua_desktop.services.attendance import AttendanceCounts
from thidua_desktop.services.check_in_codes import looks_like_code, resolve_code
from thidua_desktop.services.container import Services
from thidua_desktop.ui.models.attendance_table_model import AttendanceTableModel
from thidua_desktop.ui.pages.delegate_widgets import ImportPreviewDialog, WalkInRow
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits, empty_box
from thidua_desktop.ui.widgets import ERROR_STYLE, LazyRefresh, run_showing_refusal

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
T = TypeVar("T")


class AttendancePage(QWidget):
    """The conference's list of delegates and guests, with live counts and the quorum."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.counts: AttendanceCounts | None = None

        self.headline = QLabel()
        big = QFont()
        big.setPointSize(20)
        big.setBold(True)
        self.headline.setFont(big)
        self.detail = QLabel(wordWrap=True)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Gõ vài chữ của tên hoặc đơn vị, không cần dấu — Enter: điểm danh")
        )
        self.search.setToolTip(
            self.tr(
                "↑/↓: chọn người · Enter: điểm danh · F8: bỏ điểm danh người đang chọn · "
                "Ctrl+N: người mới · Ctrl+Delete: bỏ khỏi danh sách · Esc: xóa ô tìm · "
                "Ctrl+Z: hoàn tác"
            )
        )
        self.search.setFont(QFont(self.search.font().family(), 13))
        self.search.setMinimumWidth(260)  # a typed name stays readable in a narrow window
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._on_query)
        self.walk_in_button = QPushButton(self.tr("Người mới (Ctrl+N)"))
        self.carry_button = QPushButton(self.tr("Lấy danh sách hội nghị trước"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.uncheck_button = QPushButton()
        self.uncheck_button.setToolTip(self.tr("Bỏ điểm danh người đang chọn (hoàn tác: Ctrl+Z)"))
        self.walk_in = WalkInRow(self._submit_walk_in, self)
        self.error = QLabel(styleSheet=ERROR_STYLE, wordWrap=True)
        self.error.hide()
        self.notice = QLabel(wordWrap=True)  # what Enter did, or why it did nothing
        self.notice.hide()

        self.model = AttendanceTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the search box
        self.view.doubleClicked.connect(lambda index: self.check_in(index.row()))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        buttons = (self.uncheck_button, self.walk_in_button, self.carry_button, self.import_button)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addLayout(tools)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.carry_button.clicked.connect(self.carry_forward)
        self.import_button.clicked.connect(self.import_excel)
        self.uncheck_button.clicked.connect(self.uncheck_selected)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open_walk_in)
        selection.changed.connect(self.refresh)
        edits.changed.connect(LazyRefresh(self, self.refresh))  # hidden: once when shown
        self.refresh()

    # -- data -------------------------------------------------------------------------------
    def focus_work(self) -> None:
        """Where check-in starts: the search box (called when the page is shown)."""
        self.search.setFocus()

    @property
    def conference_id(self) -> int | None:
        return self.selection.conference_id

    def refresh(self) -> None:
        """Reload from the store, keeping the query and the selected person."""
        self.notice.hide()  # it spoke of the last action; an undo or another page made it stale
        current = self.current_row()
        keep = current.attendance_id if current else None
        conf_id = self.conference_id
        svc = self.services.attendance
        rows = svc.roster(conf_id) if conf_id else []
        self.model.set_roster(rows)
        for w in (self.search, self.walk_in_button, self.carry_button, self.import_button):
            w.setEnabled(conf_id is not None)
        if conf_id is None:
            self.counts = None
            self.headline.setText(self.tr("Chưa chọn hội nghị"))
            self.detail.clear()
            return
        cluster_id = svc.cluster_of(conf_id)
        self.walk_in.completer.set_units(svc.member_units(cluster_id))
        self.counts = svc.counts(conf_id, rows)
        self._show_counts(self.counts)
        self._select(self.model.index_of_attendance(keep) if keep else 0)

    def _show_counts(self, c: AttendanceCounts) -> None:
        self.headline.setText(
            self.tr("Có mặt {0}/{1} đại biểu · {2}/{3} đơn vị · {4}").format(
                c.delegates_present,
                c.delegates_expected,
                c.units_represented,
                c.member_units,
                self.tr("ĐỦ túc số") if c.quorum_met else self.tr("CHƯA đủ túc số"),
            )
        )
        self.headline.setStyleSheet(f"color: {'#1b7f3b' if c.quorum_met else '#b00020'};")
        source = c.quorum.source or self.tr("mặc định, không danh hiệu nào quy định")
        self.detail.setText(
            self.tr(
                "Túc số: ít nhất {0} số đơn vị thành viên có mặt (theo {1}). "
                "Khách mời có mặt: {2}/{3}."
            ).format(c.quorum.share, source, c.guests_present, c.guests_expected)
        )

    def current_row(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.view.setCurrentIndex(self.model.index(-1, 0))
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))
        self._show_uncheck()

    def _show_uncheck(self) -> None:
        """The un-check button names who it would un-check (enabled only for someone present)."""
        person = self.current_row()
        present = person is not None and person.present
        name = person.full_name.replace("&", "&&") if present else ""
        text = (
            self.tr("Bỏ điểm danh {0} (F8)").format(name)
            if present
            else self.tr("Bỏ điểm danh (F8)")
        )
        self.uncheck_button.setText(text)
        self.uncheck_button.setEnabled(present)

    def _on_query(self, text: str) -> None:
        self.model.set_query(text)
        # Enter checks in: a colleague already present must not stand in front of the others.
        self._select(self.model.first_absent() if text.strip() else 0)
        self.error.hide()
        self.notice.hide()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # -- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10}
            steps[Qt.Key.Key_PageDown] = 10
            if key in steps:
                self._select(self.view.currentIndex().row() + steps[key])
                return True
            if key in ENTER_KEYS:
                self.activate()
                return True
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key == Qt.Key.Key_Delete and ctrl:
                self.remove_selected()
                return True
            if key == Qt.Key.Key_N and ctrl:  # also when the window-level shortcut can't fire
                self.open_walk_in()
                return True
            if key == Qt.Key.Key_F8:
                self.uncheck_selected()
                return True
            if key == Qt.Key.Key_Escape:
                empty_box(self.search)  # clearing the query is not an edit to undo
                return True
        return super().eventFilter(watched, event)

    def activate(self) -> None:
        """Enter in the search box: a scanned code checks its person in; else check the
        selected person in, or add the unknown name."""
        if looks_like_code(self.search.text()):
            self.scan(self.search.text())
            return
        index = self.view.currentIndex()
        if index.isValid():
            self.check_in(index.row())
        elif self.search.text().strip():
            self.open_walk_in()

    def check_in(self, row: int) -> None:
        """Enter or double-click: mark present now. Someone already present is left as is."""
        person = self.model.row_at(row)
        if person.present:
            self._say(
                self.tr("{0} đã có mặt từ {1}; không thay đổi. Bỏ điểm danh: bấm F8.").format(
                    person.full_name, person.checked_in_at[11:16]
                )
            )
            return
        fields = self.services.attendance.checked_in()
        text = self.tr("Điểm danh {0}").format(person.full_name)
        if self._set_presence(person.attendance_id, text, fields):
            self._say(
                self.tr("Đã điểm danh {0} lúc {1} (Ctrl+Z: hoàn tác).").format(
                    person.full_name, str(fields["checked_in_at"])[11:16]
                )
            )

    def scan(self, text: str) -> None:
        """A code from the invitation or the attendance sheet (a USB scanner types it and
        presses Enter): its person is checked in, a unit's code opens the walk-in line for
        that unit. The box is emptied for the next scan; a wrong code changes nothing."""
        conf_id = self.conference_id
        if conf_id is None:
            return
        empty_box(self.search)
        found = self._run(lambda: resolve_code(self.services.attendance, conf_id, text))
        if found is None:
            return
        if found.unit is not None:
            self.walk_in.open("")
            self.walk_in.kind.setCurrentIndex(0)
            self.walk_in.place.setText(found.unit.name)
            self.walk_in.name.setFocus()
            self._say(
                self.tr("Giấy mời của {0}: nhập họ tên người đến dự rồi Enter.").format(
                    found.unit.name
                )
            )
            return
        row = self.model.index_of_attendance(found.attendance.id)
        if row >= 0:
            self._select(row)
        person = found.person
        if found.attendance.present:
            self._say(
                self.tr("{0} đã có mặt từ {1}; không thay đổi.").format(
                    person.full_name, found.attendance.checked_in_at[11:16]
                )
            )
            return
        fields = self.services.attendance.checked_in()
        text = self.tr("Điểm danh {0}").format(person.full_name)
        if self._set_presence(found.attendance.id, text, fields):
            self._say(
                self.tr("Đã điểm danh {0} lúc {1} (mã {2}; Ctrl+Z: hoàn tác).").format(
                    person.full_name, str(fields["checked_in_at"])[11:16], found.code
                )
            )

    def uncheck_selected(self) -> None:
        """F8 or the named button: take back the selected person's check-in (undo restores the
        arrival time)."""
        person = self.current_row()
        if person is None or not person.present:
            return
        text = self.tr("Bỏ điểm danh {0}").format(person.full_name)
        if self._set_presence(person.attendance_id, text, self.services.attendance.checked_out()):
            self._say(
                self.tr("Đã bỏ điểm danh {0} (đến lúc {1}) — Ctrl+Z: hoàn tác.").format(
                    person.full_name, person.checked_in_at[11:16]
                )
            )

    def _set_presence(self, attendance_id: int, text: str, fields: dict) -> bool:
        done = self._run(lambda: self.edits.change(Attendance, attendance_id, text, **fields))
        if done is None:
            return False
        # The query goes (and with it the box's own undo history, so Ctrl+Z now undoes this
        # check-in); the person stays selected, so a second Enter only says they are present.
        empty_box(self.search)
        self._select(self.model.index_of_attendance(attendance_id))
        return True

    def remove_selected(self) -> None:
        """Ctrl+Delete: take the selected person off this conference's list (undoable)."""
        person = self.current_row()
        if person is not None:
            text = self.tr("Bỏ {0} khỏi danh sách").format(person.full_name)
            if self._run(lambda: self.edits.delete(Attendance, person.attendance_id, text)):
                self._say(
                    self.tr("Đã bỏ {0} khỏi danh sách — Ctrl+Z: hoàn tác.").format(person.full_name)
                )

    # -- actions ----------------------------------------------------------------------------
    def _run(self, action) -> object:
        """Do a user action; a refusal is shown above the list and changes nothing."""
        return run_showing_refusal(self.error, action)

    def _listing(self, text: str, first: Callable[[], T], lines_of: Callable[[T], tuple]) -> T:
        """An undoable action that lists people: undo takes its lines off (and the people it
        created), redo puts back those very records — same ids, same arrival times."""
        svc = self.services.attendance
        state: dict[str, object] = {}

        def do() -> T:
            if "taken" in state:
                svc.put_back(*state["taken"])  # type: ignore[misc]
            else:
                state["result"] = first()
            return state["result"]  # type: ignore[return-value]

        def undo() -> None:
            state["taken"] = svc.remove(*lines_of(state["result"]))  # type: ignore[arg-type]

        return self.edits.action(text, do, undo, "Attendance")

    def open_walk_in(self) -> None:
        if self.conference_id is not None:
            self.walk_in.open(self.search.text().strip() if self.model.rowCount() == 0 else "")

    def _submit_walk_in(self, name: str, title: str, place: str, guest: bool) -> None:
        if looks_like_code(name):  # the next delegate scanned while the walk-in line had focus
            self.search.setFocus()
            self.scan(name)
            return
        conf_id = self.conference_id
        svc = self.services.attendance
        org = place if guest else ""
        walk_in = self._listing(
            self.tr("Thêm và điểm danh {0}").format(name),
            lambda: svc.walk_in(conf_id, name, title, place, org, guest),
            lambda w: w.undo_args(),
        )
        empty_box(self.search)  # Ctrl+Z now undoes this walk-in
        self._select(self.model.index_of_attendance(walk_in.attendance.id))
        self.search.setFocus()

    def carry_forward(self) -> None:
        conf_id = self.conference_id
        self._run(
            lambda: self._listing(
                self.tr("Lấy danh sách hội nghị trước"),
                lambda: self.services.attendance.carry_forward(conf_id),
                lambda added: ([a.id for a in added],),
            )
        )

    def choose_excel_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Danh sách đại biểu"), "", self.tr("Excel (*.xlsx *.xls)")
        )
        return path

    def confirm_import(self, rows: list[attendance_import.PreviewRow]) -> bool:
        return ImportPreviewDialog(rows, self).exec() == ImportPreviewDialog.DialogCode.Accepted

    def import_excel(self) -> None:
        path = self.choose_excel_file()
        if not path:
            return
        svc = self.services.attendance
        conf_id = self.conference_id
        plan = self._run(
            lambda: attendance_import.preview(
                svc, conf_id, attendance_import.read_sheet(Path(path))
            )
        )
        if plan is None or not self.confirm_import(plan):
            return
        self._run(
            lambda: self._listing(
                self.tr("Nhập danh sách từ {0}").format(Path(path).name),
                lambda: attendance_import.apply(svc, conf_id, plan),
                lambda done: (done.attendance_ids, done.created_person_ids),
            )
        )
