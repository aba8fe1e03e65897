"""Counting at the table: numeric-keypad entry ballot by ballot, each stored ballot correctable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.voting import InvalidReason, VoteResult
from thidua_desktop.services.container import Services
from thidua_desktop.services.vote_counting import CountingSession, ballot_label, keypad_hint
from thidua_desktop.ui.models.vote_ballot_table_model import VoteBallotTableModel
from thidua_desktop.ui.models.vote_result_table_model import (
    PERCENT,
    VOTES,
    VoteResultTableModel,
)
from thidua_desktop.ui.pages.vote_ballot_steps import BallotSteps
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.vote_chart import VoteChart
from thidua_desktop.ui.widgets import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
REASONS = list(InvalidReason)


def chart_scroll(chart: VoteChart) -> QScrollArea:
    """The chart at its natural height, scrolled when there are many candidates."""
    scroll = QScrollArea(widgetResizable=True)
    scroll.setWidget(chart)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


def _table(model) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().hide()
    # fixed widths, sized once per load: measuring every row on each Enter costs a frame
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class KeypadPanel(QWidget):
    """Type the numbers marked, Enter; every ballot is committed the moment Enter is pressed.

    Entering, re-keying (↑/↓ selects a stored ballot) and deleting (Ctrl+Delete) a ballot are
    steps on the app's undo stack, each named by the ballot's place and marks.
    """

    counted = Signal()  # a ballot was stored, corrected or removed

    def __init__(
        self, services: Services, edits: UndoableEdits, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.edits = edits
        self.session: CountingSession | None = None
        self.vote_id: int | None = None
        self.invalid_marks: str | None = None  # "/" pressed: waiting for the reason key
        self.blank_armed = False  # Enter once on the empty field: the next Enter stores a blank
        self.steps = BallotSteps(edits)

        self.pass_box = QComboBox()
        self.pass_box.addItems([self.tr("Lần nhập 1"), self.tr("Lần nhập 2 (người khác nhập)")])
        self.pass_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pass_box.currentIndexChanged.connect(lambda _i: self.load(self.vote_id))
        self.progress = QLabel()
        big = QFont()
        big.setPointSize(16)
        big.setBold(True)
        self.progress.setFont(big)
        self.hint = QLabel(wordWrap=True)
        self.entry = QLineEdit()
        self.entry.setFont(QFont(self.entry.font().family(), 22))
        self.entry.setPlaceholderText(self.tr("Số được đánh dấu, Enter"))
        self.entry.installEventFilter(self)
        self.message = QLabel(wordWrap=True)
        self.ballots = VoteBallotTableModel(self)
        self.ballot_view = _table(self.ballots)
        self.ballot_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballot_view.clicked.connect(lambda index: self.select_ballot(index.row()))
        self.tally = VoteResultTableModel(self)
        self.tally_view = _table(self.tally)
        self.chart = VoteChart()
        self.discrepancies = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)

        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.pass_box)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.entry)
        lay.addWidget(self.message)
        lay.addWidget(self.ballot_view, 1)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.tally_view, 1)
        rlay.addWidget(chart_scroll(self.chart), 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 620])
        outer = QVBoxLayout(self)
        outer.addWidget(split, 1)
        outer.addWidget(self.discrepancies)

    # -- loading ----------------------------------------------------------------------------
    @property
    def entry_pass(self) -> int:
        return self.pass_box.currentIndex() + 1

    def load(self, vote_id: int | None) -> None:
        """(Re)open the counting session of the vote for the chosen pass."""
        self.vote_id = vote_id
        self.session = None
        self.invalid_marks = None
        self.ballots.set_rows([])
        self.tally.set_rows([])
        self.chart.set_result(None)
        self.entry.setEnabled(False)
        if vote_id is None:
            return
        vote = self.services.votes.vote(vote_id)
        self.pass_box.setVisible(vote.double_entry)
        if not vote.double_entry and self.pass_box.currentIndex() != 0:
            self.pass_box.setCurrentIndex(0)  # reloads through the signal
            return
        try:
            self.session = self.services.votes.counting.session(vote_id, self.entry_pass)
        except ValidationError as exc:
            self._say(exc.message, error=True)
            self.progress.setText("")
            return
        self.ballots.set_rows(self.session.records)
        self.ballot_view.resizeColumnsToContents()
        count = max(c.number for c in self.session.candidates)
        self.hint.setText(keypad_hint(count))
        self.entry.setEnabled(vote.status == "open" and vote.ballots_returned > 0)
        if vote.status == "closed":
            self._say(self.tr("Kết quả đã chốt: muốn sửa, bấm “Mở lại để sửa” ở thẻ Kết quả."))
        elif vote.ballots_returned == 0:
            self._say(self.tr("Nhập số phiếu phát ra và thu vào (thẻ Chuẩn bị) trước."), True)
        else:
            self._say("")
        self.refresh_tally()
        self.tally_view.resizeColumnsToContents()
        # sized while the counts are small: leave room for the widest they can become
        metrics = self.tally_view.fontMetrics()
        for column, widest in ((VOTES, "9999/9999"), (PERCENT, "100,00%")):
            wanted = metrics.horizontalAdvance(widest) + 16
            if self.tally_view.columnWidth(column) < wanted:
                self.tally_view.setColumnWidth(column, wanted)

    def refresh_tally(self) -> VoteResult | None:
        """Re-count after each keystroke: progress, tally table, chart, double-entry check."""
        if self.session is None:
            return None
        result = self.session.result()
        total = self.session.vote.ballots_returned
        self.progress.setText(
            self.tr("Đã nhập {0}/{1} phiếu").format(self.session.entered, total)
            + (self.tr(" – đủ") if self.session.is_complete else "")
        )
        self.tally.set_rows(result.rows)
        self.chart.set_result(result)
        if self.selected_row() is None:
            self.ballot_view.scrollToBottom()
        return result

    def show_discrepancies(self, messages: list[str]) -> None:
        self.discrepancies.setVisible(bool(messages))
        if messages:
            head = self.tr("Hai lần nhập khác nhau ở {0} phiếu – chưa thể chốt kết quả:").format(
                len(messages)
            )
            self.discrepancies.setText("\n".join([head, *messages[:12]]))

    # -- keys -------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.entry and event.type() == QEvent.Type.ShortcutOverride:
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):  # handled here: the field's own text first, then the app's stack
                event.accept()
                return True
        if obj is self.entry and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key not in ENTER_KEYS:
            self.blank_armed = False  # only Enter, Enter on the empty field makes a blank ballot
        if self.invalid_marks is not None:
            if key == Qt.Key.Key_Escape:
                self.invalid_marks = None
                self._say(self.tr("Đã hủy đánh dấu không hợp lệ."))
            elif text.isdigit() and 1 <= int(text) <= len(REASONS):
                marks, self.invalid_marks = self.invalid_marks, None
                self.submit(marks, REASONS[int(text) - 1].value)
            return True
        empty = not self.entry.text()
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            if not empty:
                return False  # the field undoes its own typing
            self.undo_redo(redo=not event.matches(QKeySequence.StandardKey.Undo))
            return True
        if key == Qt.Key.Key_Backspace and empty:
            # never destructive: a stored ballot goes only by a deliberate, named deletion
            self._say(self.tr("Muốn xóa một phiếu đã lưu: ↑ chọn phiếu rồi bấm Ctrl+Delete."))
            return True
        if key == Qt.Key.Key_Delete and (ctrl or (empty and self.selected_row() is not None)):
            self.delete_ballot()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_selection(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Escape and self.selected_row() is not None:
            self.select_ballot(None)
            self._say(self.tr("Thôi sửa: Enter nhập phiếu tiếp theo."))
            return True
        if key in ENTER_KEYS:
            if empty and self.selected_row() is None and not self.blank_armed:
                # A hurried second Enter after a ballot must not store a blank one: a blank
                # ballot takes a second Enter on the empty field.
                self.blank_armed = True
                self._say(self.tr("Ô trống: bấm Enter lần nữa để ghi một phiếu trắng."))
                return True
            self.blank_armed = False
            self.submit(self.entry.text())
            return True
        if text in ("/", "*"):
            self.invalid_marks = self.entry.text()
            reasons = "; ".join(f"{i} = {r.value}" for i, r in enumerate(REASONS, 1))
            self._say(self.tr("Phiếu không hợp lệ – chọn lý do: {0}. Esc = hủy.").format(reasons))
            return True
        return False

    # -- choosing a stored ballot -----------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.ballot_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_ballot(self, row: int | None) -> None:
        """Choose a stored ballot to re-key or delete (None: back to keying new ballots)."""
        view = self.ballot_view
        if row is None or self.session is None or not 0 <= row < len(self.session.records):
            view.clearSelection()
            return
        index = self.ballots.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().select(index, flags.ClearAndSelect | flags.Rows)
        view.scrollTo(index)
        label = ballot_label(row + 1, self.session.records[row])
        self._say(
            self.tr(
                "Đang chọn {0}: gõ lại rồi Enter để sửa; Ctrl+Delete = xóa; Esc = thôi."
            ).format(label)
        )
        self.entry.setFocus()

    def _move_selection(self, step: int) -> None:
        if self.session is None or not self.session.records:
            return
        row, last = self.selected_row(), len(self.session.records) - 1
        if row is None:
            target = last if step < 0 else None
        else:
            target = row + step
            target = None if target > last else max(target, 0)
        self.select_ballot(target)
        if target is None:
            self._say(self.tr("Nhập phiếu tiếp theo."))

    # -- storing ----------------------------------------------------------------------------
    def retire(self, vote_id: int) -> None:
        self.steps.retire(vote_id)

    def _push(self, text: str, *calls: Callable[[], Any]) -> Any:
        """(first, redo, undo) of one ballot step of the current vote, see `BallotSteps.push`."""
        assert self.vote_id is not None
        return self.steps.push(self.vote_id, text, *calls)

    def submit(self, text: str, invalid_reason: str | None = None) -> bool:
        """Store one ballot (or re-key the chosen one); a refused entry leaves the text for
        correction and stores nothing."""
        if self.session is None:
            return False
        row = self.selected_row()
        if row is not None:
            return self.correct(row, text, invalid_reason)
        session, store = self.session, self.edits.edits
        position = session.entered + 1
        try:
            ballot = self._push(
                self.tr("Nhập phiếu thứ {0}").format(position),
                lambda: session.enter(text, invalid_reason),
                lambda: store.restore(record[0]),
                lambda: store.delete(m.BallotRecord, record[0].id),
            )
        except ValidationError as exc:
            self._say(exc.message, error=True)
            self.entry.selectAll()
            return False
        record = [session.records[-1]]
        self.ballots.append(record[0])
        self.entry.clear()
        n = self.session.entered
        if ballot.invalid_reason:
            self._say(
                self.tr("Phiếu {0}: không hợp lệ – {1}").format(n, ballot.invalid_reason), True
            )
        elif not ballot.marks:
            self._say(self.tr("Phiếu {0}: phiếu trắng (hợp lệ)").format(n))
        else:
            marks = ", ".join(map(str, sorted(ballot.marks)))
            self._say(self.tr("Phiếu {0}: đồng ý với số {1}").format(n, marks))
        self.refresh_tally()
        self.counted.emit()
        return True

    def correct(self, row: int, text: str, invalid_reason: str | None = None) -> bool:
        """Re-key the stored ballot at `row`; the others keep their place."""
        assert self.session is not None
        session, store = self.session, self.edits.edits
        try:
            before, after = self._push(
                self.tr("Sửa phiếu thứ {0}").format(row + 1),
                lambda: session.correct(row + 1, text, invalid_reason),
                lambda: store.update(after),
                lambda: store.update(before),
            )
        except ValidationError as exc:
            self._say(exc.message, error=True)
            self.entry.selectAll()
            return False
        self.ballots.set_rows(session.records)
        self.entry.clear()
        self._say(
            self.tr("Đã sửa: {0} → {1}").format(
                ballot_label(row + 1, before), ballot_label(row + 1, after)
            )
        )
        self.refresh_tally()
        self.counted.emit()
        return True

    def delete_ballot(self) -> bool:
        """Delete the chosen ballot (else the last one), saying which; undoable and redoable."""
        if self.session is None:
            return False
        session, store = self.session, self.edits.edits
        row = self.selected_row()
        position = len(session.records) if row is None else row + 1
        try:
            label = ballot_label(position, session.record_at(position))
            record = self._push(
                self.tr("Xóa {0}").format(label.lower()),
                lambda: session.delete(position),
                lambda: store.delete(m.BallotRecord, record.id),
                lambda: store.restore(record),
            )
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return False
        if row is None:
            self.ballots.pop()
        else:
            self.ballots.set_rows(session.records)
        self._say(
            self.tr("{0} đã xóa (còn {1} phiếu). Ctrl+Z = hoàn tác.").format(label, session.entered)
        )
        self.refresh_tally()
        self.counted.emit()
        return True

    def undo_redo(self, redo: bool) -> None:
        """The app's undo/redo, from the keypad field (it has no typing of its own to undo)."""
        stack = self.edits.stack
        can = stack.canRedo() if redo else stack.canUndo()
        text = stack.redoText() if redo else stack.undoText()
        if not can:
            self._say(
                self.tr("Không còn gì để làm lại.")
                if redo
                else self.tr("Không còn gì để hoàn tác.")
            )
            return
        stack.redo() if redo else stack.undo()
        done = self.tr("Đã làm lại: {0}") if redo else self.tr("Đã hoàn tác: {0}")
        self._say(done.format(text))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
