"""Agenda and discussion page: ordered items, each item's speakers and conclusion, the summary."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.model import AgendaItem, Conference, Speech
from thidua_desktop.services.agenda import parse_clock, parse_minutes
from thidua_desktop.services.container import Services
from thidua_desktop.ui.models.agenda_table_model import AgendaTableModel, SpeechTableModel
from thidua_desktop.ui.pages.delegate_widgets import FoldingCompleter
from thidua_desktop.ui.pages.text_widgets import CommitPlainTextEdit
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits, empty_box
from thidua_desktop.ui.widgets import ERROR_STYLE, LazyRefresh, run_showing_refusal

PARSERS = {"planned_time": parse_clock, "duration_minutes": parse_minutes}


class MultiLineDelegate(QStyledItemDelegate):
    """Edits a cell in a multi-line box (the points a speaker made, one a line)."""

    def createEditor(self, parent, option, index) -> QPlainTextEdit:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QPlainTextEdit, index) -> None:
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QPlainTextEdit, model, index) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class AgendaPage(QWidget):
    """Ctrl+Up/Down (or drag and drop) reorders; Ctrl+Enter adds the speaker being typed;
    Delete removes the selected item or speech (undoable)."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.error = QLabel(styleSheet=ERROR_STYLE, wordWrap=True)
        self.error.hide()

        self.items = AgendaTableModel(self._edit_item, self.move_item, self)
        self.items_view = _table(self.items)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        header = self.items_view.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for col, mode in ((0, fit), (1, stretch), (3, fit)):
            header.setSectionResizeMode(col, mode)
        header.resizeSection(2, 180)
        self.items_view.installEventFilter(self)
        self.items_view.selectionModel().currentRowChanged.connect(self._show_item)
        self.new_item = QLineEdit(placeholderText=self.tr("Nội dung mới — Enter để thêm"))
        self.new_item.returnPressed.connect(self.add_item)

        self.speeches = SpeechTableModel(self._edit_speech, self)
        self.speeches_view = _table(self.speeches)
        self.speeches_view.setItemDelegateForColumn(3, MultiLineDelegate(self))
        speech_header = self.speeches_view.horizontalHeader()
        for col, width in ((0, 130), (1, 90), (2, 140)):
            speech_header.resizeSection(col, width)
        speech_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.speaker = QLineEdit(placeholderText=self.tr("Họ và tên người phát biểu"))
        self.speaker_title = QLineEdit(placeholderText=self.tr("Chức vụ"))
        self.speaker_place = QLineEdit(placeholderText=self.tr("Đơn vị hoặc cơ quan"))
        self.completer = FoldingCompleter(self)
        self.speaker_place.setCompleter(self.completer)
        self.people = FoldingCompleter(self)  # the conference's list: picking fills the rest
        self.speaker.setCompleter(self.people)
        self.people.activated[str].connect(self._speaker_picked)
        self.speeches_view.installEventFilter(self)
        self._roster: dict[str, tuple[str, str]] = {}
        self.points = QPlainTextEdit(placeholderText=self.tr("Ý kiến, mỗi ý một dòng"))
        self.points.setTabChangesFocus(True)
        self.points.setMaximumHeight(110)
        self.add_speech_button = QPushButton(self.tr("Thêm ý kiến (Ctrl+Enter)"))
        self.add_speech_button.clicked.connect(self.add_speech)
        self.conclusion = CommitPlainTextEdit(self._commit_conclusion)
        self.conclusion.setPlaceholderText(self.tr("Kết luận của mục này"))
        self.summary = CommitPlainTextEdit(self._commit_summary)
        self.summary.setPlaceholderText(self.tr("Kết luận chung của hội nghị"))
        self.summary.setMaximumHeight(130)
        self.conclusion.setMaximumHeight(130)
        self.item_heading = QLabel(wordWrap=True, styleSheet="font-weight: bold;")

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(QLabel(self.tr("Chương trình (Ctrl+↑/↓ hoặc kéo thả để đổi thứ tự)")))
        lbox.addWidget(self.items_view, 1)
        lbox.addWidget(self.new_item)
        lbox.addWidget(QLabel(self.tr("Kết luận chung của hội nghị")))
        lbox.addWidget(self.summary)

        form = QFormLayout()
        who = QHBoxLayout()
        for w, stretch in ((self.speaker, 3), (self.speaker_title, 2), (self.speaker_place, 3)):
            who.addWidget(w, stretch)
        form.addRow(self.tr("Người phát biểu"), who)
        form.addRow(self.tr("Ý kiến"), self.points)
        form.addRow("", self.add_speech_button)
        right = QGroupBox(self.tr("Thảo luận"))
        rbox = QVBoxLayout(right)
        rbox.addWidget(self.item_heading)
        rbox.addWidget(self.speeches_view, 2)
        rbox.addLayout(form)
        rbox.addWidget(QLabel(self.tr("Kết luận của mục")))
        rbox.addWidget(self.conclusion, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), right)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_speech)
        selection.changed.connect(self.refresh)
        edits.changed.connect(LazyRefresh(self, self.refresh))  # hidden: once when shown
        self.refresh()

    # -- data -------------------------------------------------------------------------------
    @property
    def conference_id(self) -> int | None:
        return self.selection.conference_id

    def current_item(self) -> AgendaItem | None:
        index = self.items_view.currentIndex()
        return self.items.row_at(index.row()) if index.isValid() else None

    def focus_work(self) -> None:
        """Shown: an empty agenda starts at the new-item box, else at the list of items."""
        (self.new_item if self.items.rowCount() == 0 else self.items_view).setFocus()

    def refresh(self) -> None:
        keep = self.current_item()
        conf_id = self.conference_id
        items = self.services.agenda.items(conf_id) if conf_id else []
        self.items.set_rows(items)
        for w in (self.new_item, self.summary, self.add_speech_button):
            w.setEnabled(conf_id is not None)
        if conf_id is None:
            self.summary.load("")
            self._show_item()
            return
        conf = self.services.repo.get(Conference, conf_id)
        self.summary.load(conf.summary)
        cluster_id = self.services.attendance.cluster_of(conf_id)
        units = self.services.attendance.member_units(cluster_id)
        self.completer.set_units(units)
        self.speeches.unit_names = {u.id: u.name for u in units}
        roster = self.services.attendance.roster(conf_id)
        self._roster = {r.full_name: (r.title, r.place) for r in roster}
        self.people.set_entries([(r.full_name, r.place) for r in roster])
        ids = [i.id for i in items]
        row = ids.index(keep.id) if keep and keep.id in ids else 0
        if items:
            self.items_view.setCurrentIndex(self.items.index(row, 1))
        self._show_item()

    def _show_item(self, *_args) -> None:
        item = self.current_item()
        self.speeches.set_rows(self.services.agenda.speeches(item.id) if item else [])
        self.item_heading.setText(item.title if item else self.tr("Chưa chọn mục nào"))
        self.conclusion.load(item.conclusion if item else "")
        for w in (self.conclusion, self.speaker, self.points, self.add_speech_button):
            w.setEnabled(item is not None)

    def _run(self, action) -> object:
        """Do a user action; a refusal is shown above the list and changes nothing."""
        return run_showing_refusal(self.error, action)

    # -- items ------------------------------------------------------------------------------
    def add_item(self) -> None:
        title = self.new_item.text()
        if not title.strip() or self.conference_id is None:
            return
        new = self.services.agenda.new_item(self.conference_id, title)
        saved = self._run(lambda: self.edits.create(new, self.tr("Thêm mục chương trình")))
        if saved:
            empty_box(self.new_item)
            self.items_view.setCurrentIndex(self.items.index(self.items.rowCount() - 1, 1))

    def _edit_item(self, item: AgendaItem, key: str, value: str) -> None:
        self._run(
            lambda: self.edits.change(AgendaItem, item.id, **{key: PARSERS.get(key, str)(value)})
        )

    def move_item(self, item_id: int, to_index: int) -> None:
        conf_id = self.conference_id
        before = [i.id for i in self.services.agenda.items(conf_id)]
        agenda = self.services.agenda
        self._run(
            lambda: self.edits.action(
                self.tr("Đổi thứ tự chương trình"),
                lambda: agenda.move(item_id, to_index),
                lambda: agenda.set_order(conf_id, before),
                "AgendaItem",
            )
        )
        row = next(r for r in range(self.items.rowCount()) if self.items.row_at(r).id == item_id)
        self.items_view.setCurrentIndex(self.items.index(row, 1))

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        agenda = self.services.agenda
        deleted: dict[str, tuple] = {}

        def do():
            deleted["d"] = agenda.delete_item(item.id)
            return deleted["d"]

        self._run(
            lambda: self.edits.action(
                self.tr("Xóa mục chương trình"),
                do,
                lambda: agenda.restore_item(*deleted["d"]),
                "AgendaItem",
            )
        )

    def delete_speech(self) -> None:
        index = self.speeches_view.currentIndex()
        if index.isValid():
            speech = self.speeches.row_at(index.row())
            self._run(lambda: self.edits.delete(Speech, speech.id, self.tr("Xóa ý kiến")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if watched is self.items_view:
                self.delete_item()
                return True
            if watched is self.speeches_view:
                self.delete_speech()
                return True
        if watched is self.items_view and event.type() == QEvent.Type.KeyPress:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            item = self.current_item()
            if ctrl and item and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.items_view.currentIndex().row()
                if 0 <= row + step < self.items.rowCount():
                    self.move_item(item.id, row + step)
                return True
        return super().eventFilter(watched, event)

    def _commit_conclusion(self, text: str) -> None:
        item = self.current_item()
        if item:
            self.edits.change(AgendaItem, item.id, self.tr("Sửa kết luận"), conclusion=text)

    def _commit_summary(self, text: str) -> None:
        if self.conference_id:
            self.edits.change(Conference, self.conference_id, self.tr("Sửa kết luận"), summary=text)

    # -- speeches ---------------------------------------------------------------------------
    def add_speech(self) -> None:
        item = self.current_item()
        if item is None:
            return
        agenda = self.services.agenda
        cluster_id = self.services.attendance.cluster_of(item.conference_id)
        unit_id, org = agenda.speaker_place(cluster_id, self.speaker_place.text())
        new = agenda.new_speech(
            item.id,
            self.speaker.text(),
            speaker_title=self.speaker_title.text(),
            unit_id=unit_id,
            organization=org,
            points=self.points.toPlainText(),
        )
        if self._run(lambda: self.edits.create(new, self.tr("Thêm ý kiến thảo luận"))):
            for box in (self.speaker, self.speaker_title, self.speaker_place):
                empty_box(box)
            self.points.clear()  # a QPlainTextEdit's clear() also forgets its history
            self.speaker.setFocus()

    def _speaker_picked(self, name: str) -> None:
        """A delegate picked from the list: their title and unit follow, unless typed already."""
        title, place = self._roster.get(name, ("", ""))
        if not self.speaker_title.text():
            self.speaker_title.setText(title)
        if not self.speaker_place.text():
            self.speaker_place.setText(place)

    def _edit_speech(self, speech: Speech, key: str, value: str) -> None:
        self._run(lambda: self.edits.change(Speech, speech.id, **{key: value}))
