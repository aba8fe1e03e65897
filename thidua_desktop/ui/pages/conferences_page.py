"""Conferences of the year: create one of a kind (standard agenda pre-filled) and fill in its form."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError, ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.ui.date_field import DateField
from thidua_desktop.ui.dialogs.legacy_text_dialog import offer_unicode
from thidua_desktop.ui.models.conference_table_model import ConferenceTableModel, kind_name
from thidua_desktop.ui.models.row_table_model import ID_ROLE
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import (
    ErrorLabel,
    LazyRefresh,
    label_text,
    page_title,
    show_domain_error,
)

NO_TIME = QTime(0, 0)
TEXT_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ConferencesPage", "Tên hội nghị:")),
    ("place", QT_TRANSLATE_NOOP("ConferencesPage", "Địa điểm:")),
    ("chair_name", QT_TRANSLATE_NOOP("ConferencesPage", "Chủ trì (họ tên):")),
    ("chair_title", QT_TRANSLATE_NOOP("ConferencesPage", "Chức vụ người chủ trì:")),
    ("secretary_name", QT_TRANSLATE_NOOP("ConferencesPage", "Thư ký (họ tên):")),
    ("secretary_title", QT_TRANSLATE_NOOP("ConferencesPage", "Chức vụ thư ký:")),
    ("decision_ref", QT_TRANSLATE_NOOP("ConferencesPage", "Căn cứ (quyết định, kế hoạch):")),
)
OTHER_FIELDS = (  # named in the undo list and the status bar
    ("date", QT_TRANSLATE_NOOP("ConferencesPage", "Ngày họp:")),
    ("start_time", QT_TRANSLATE_NOOP("ConferencesPage", "Bắt đầu lúc:")),
    ("end_time", QT_TRANSLATE_NOOP("ConferencesPage", "Kết thúc lúc:")),
    ("host_unit_id", QT_TRANSLATE_NOOP("ConferencesPage", "Đơn vị đăng cai:")),
)


class ConferencesPage(QWidget):
    """Left: the year's conferences; right: the selected one's form and its agenda."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.model = ConferenceTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for i, col in enumerate(self.model.COLUMNS):
            self.table.setColumnWidth(i, col.width)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ConferenceTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.new_button = QPushButton(self.tr("Hội nghị mới ▾"))
        menu = QMenu(self.new_button)
        for kind in m.ConferenceKind:
            action = menu.addAction(label_text(kind_name(kind)))
            action.triggered.connect(lambda _=False, k=kind: self.create_conference(k))
        self.new_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Xóa hội nghị"))
        self.delete_button.clicked.connect(self.delete_conference)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)

        self.form_box = QGroupBox(self.tr("Thông tin hội nghị"))
        form = QFormLayout(self.form_box)
        self.kind_label = QLineEdit()
        self.kind_label.setReadOnly(True)
        self.fields: dict[str, QWidget] = {}
        self.date = DateField()
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        for t in (self.start_time, self.end_time):
            t.setDisplayFormat("HH:mm")
            t.setMinimumTime(NO_TIME)
            t.setSpecialValueText(self.tr("--:--"))
        self.host = QComboBox()
        self.host.activated.connect(self._host_chosen)
        line_edits = {name: QLineEdit() for name, _ in TEXT_FIELDS}
        order: list[QWidget] = []

        def add(label: str, widget: QWidget) -> None:
            form.addRow(self.tr(label), widget)
            order.append(widget)

        add(QT_TRANSLATE_NOOP("ConferencesPage", "Tên hội nghị:"), line_edits["title"])
        add(QT_TRANSLATE_NOOP("ConferencesPage", "Loại:"), self.kind_label)
        add(QT_TRANSLATE_NOOP("ConferencesPage", "Ngày họp:"), self.date)
        add(QT_TRANSLATE_NOOP("ConferencesPage", "Bắt đầu lúc:"), self.start_time)
        add(QT_TRANSLATE_NOOP("ConferencesPage", "Kết thúc lúc:"), self.end_time)
        for name, label in TEXT_FIELDS[1:2]:
            add(label, line_edits[name])
        add(QT_TRANSLATE_NOOP("ConferencesPage", "Đơn vị đăng cai:"), self.host)
        for name, label in TEXT_FIELDS[2:]:
            add(label, line_edits[name])
        self.error = ErrorLabel(self)
        form.addRow(self.error)
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        for name, edit in line_edits.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._commit(n, e.text()))
        self.date.editingFinished.connect(self._date_done)
        self.start_time.editingFinished.connect(
            lambda: self._commit("start_time", self._time_value(self.start_time))
        )
        self.end_time.editingFinished.connect(
            lambda: self._commit("end_time", self._time_value(self.end_time))
        )
        self.fields = {
            **line_edits,
            "date": self.date,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "host_unit_id": self.host,
        }

        self.agenda = QListWidget()
        self.agenda.setWordWrap(True)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        agenda_box = QGroupBox(
            self.tr("Chương trình (sửa chi tiết ở trang Chương trình && thảo luận)")
        )
        QVBoxLayout(agenda_box).addWidget(self.agenda)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form_box)
        right_layout.addWidget(agenda_box, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Hội nghị trong năm")))
        layout.addWidget(split, 1)
        later = LazyRefresh(self, self.refresh)
        selection.changed.connect(later)
        edits.changed.connect(later)
        self.refresh()

    # -- view --------------------------------------------------------------------------------
    def current(self) -> m.Conference | None:
        cid = self.selection.conference_id
        return self.services.repo.get(m.Conference, cid) if cid else None

    def focus_work(self) -> None:
        """Shown: ↑/↓ walk the year's conferences."""
        self.table.setFocus()

    def refresh(self) -> None:
        sel = self.selection
        confs = self.services.conferences.conferences(sel.year_id) if sel.year_id else []
        with QSignalBlocker(self.table.selectionModel()):
            self.model.set_rows(confs)
            row = self.model.row_of_id(sel.conference_id) if sel.conference_id else -1
            if row >= 0:
                self.table.selectRow(row)
        self.new_button.setEnabled(bool(sel.year_id))
        conf = self.current()
        self.form_box.setEnabled(conf is not None)
        self.delete_button.setEnabled(conf is not None)
        self._fill(conf)

    def _fill(self, conf: m.Conference | None) -> None:
        units = (
            self.services.units.units(self.selection.cluster_id)
            if self.selection.cluster_id
            else []
        )
        with QSignalBlocker(self.host):
            self.host.clear()
            self.host.addItem(self.tr("(chưa chọn)"), None)
            for unit in units:
                self.host.addItem(unit.name, unit.id)
            self.host.setCurrentIndex(
                max(0, self.host.findData(conf.host_unit_id if conf else None))
            )
        self.kind_label.setText(kind_name(conf.kind) if conf else "")
        for name, _label in TEXT_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            if not edit.hasFocus() or conf is None:
                edit.setText(getattr(conf, name) if conf else "")
                edit.setCursorPosition(0)  # long titles show their beginning
        if conf is not None:
            self.date.set_calendar_year(self.services.repo.get(m.Year, conf.year_id).year)
        if conf is None or not (self.date.hasFocus() and self.date.isModified()):
            # a date being typed or corrected stays; undo and other edits show the stored one
            self.date.set_value(conf.date if conf else None)
        for widget, value in (
            (self.start_time, conf.start_time if conf else None),
            (self.end_time, conf.end_time if conf else None),
        ):
            with QSignalBlocker(widget):
                widget.setTime(QTime(value.hour, value.minute) if value else NO_TIME)
        self.agenda.clear()
        if conf is not None:
            for item in self.services.conferences.agenda(conf.id):  # type: ignore[arg-type]
                who = f" — {item.presenter}" if item.presenter else ""
                mins = (
                    self.tr(" ({0} phút)").format(item.duration_minutes)
                    if item.duration_minutes
                    else ""
                )
                self.agenda.addItem(f"{item.sort_order}. {item.title}{who}{mins}")

    def _row_chosen(self, current, _previous) -> None:  # noqa: ANN001 (QModelIndex)
        if not current.isValid():
            return
        sel = self.selection
        sel.set(sel.cluster_id, sel.year_id, self.model.index(current.row(), 0).data(ID_ROLE))

    # -- edits -------------------------------------------------------------------------------
    def _date_done(self) -> None:
        """A typed or picked date is stored; a text that is not a date stays, saying why."""
        try:
            value = self.date.value()
        except ValidationError as exc:
            self.error.show_error(self.tr("Ngày họp chưa được lưu: {0}").format(exc.message))
            return
        self.date.set_value(value)
        self.error.clear_error()
        self._commit("date", value)

    @staticmethod
    def _time_value(widget: QTimeEdit) -> time | None:
        q = widget.time()
        return None if q == NO_TIME else time(q.hour(), q.minute())

    def _host_chosen(self) -> None:
        self._commit("host_unit_id", self.host.currentData())

    def _commit(self, field: str, value: Any) -> None:
        conf = self.current()
        if conf is None:
            return
        if isinstance(value, str):
            value = value.strip()
        if getattr(conf, field) == value:
            return
        if isinstance(value, str):
            value = offer_unicode(self, value)
        try:
            self.edits.change(
                m.Conference,
                conf.id,
                text=self.tr("Sửa hội nghị: {0}").format(
                    self.tr(dict(TEXT_FIELDS + OTHER_FIELDS).get(field, field)).rstrip(":")
                ),
                **{field: value},
            )  # type: ignore[arg-type]
        except DomainError as exc:
            self.error.show_error(exc)
            self._fill(self.current())
            return
        self.error.clear_error()

    def create_conference(self, kind: m.ConferenceKind) -> m.Conference | None:
        year_id = self.selection.year_id
        if not year_id:
            return None
        svc = self.services.conferences
        holder: dict[str, Any] = {}

        def do() -> m.Conference:
            if "snap" in holder:
                return svc.restore(holder["snap"]).conference
            holder["snap"] = svc.create_from_kind(year_id, kind)
            return holder["snap"].conference

        conf = self.edits.action(
            self.tr("Tạo hội nghị «{0}»").format(kind_name(kind)),
            do,
            lambda: svc.remove(holder["snap"].conference.id),
            "Conference",
        )
        self.selection.set(self.selection.cluster_id, year_id, conf.id)
        self.fields["title"].setFocus()
        return conf

    def delete_conference(self) -> None:
        conf = self.current()
        if conf is None:
            return
        svc = self.services.conferences
        holder: dict[str, Any] = {}

        def do() -> None:
            holder["snap"] = svc.remove(conf.id)  # type: ignore[arg-type]

        try:
            self.edits.action(
                self.tr("Xóa hội nghị «{0}»").format(conf.title),
                do,
                lambda: svc.restore(holder["snap"]),
                "Conference",
            )
        except DomainError as exc:
            show_domain_error(self, exc)
            return
        sel = self.selection
        remaining = svc.conferences(sel.year_id) if sel.year_id else []
        sel.set(sel.cluster_id, sel.year_id, remaining[-1].id if remaining else None)
