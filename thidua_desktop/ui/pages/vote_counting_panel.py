"""Counting at the table: numeric-keypad entry ballot by ballot, or the committee's totals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.voting import InvalidReason, VoteResult
from thidua_desktop.services.container import Services
from thidua_desktop.services.vote_counting import CountingSession, keypad_hint
from thidua_desktop.ui.models.vote_ballot_table_model import VoteBallotTableModel
from thidua_desktop.ui.models.vote_result_table_model import VoteResultTableModel
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
    """Type the numbers marked, Enter; every ballot is committed the moment Enter is pressed."""

    counted = Signal()  # a ballot was stored or removed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: CountingSession | None = None
        self.vote_id: int | None = None
        self.invalid_marks: str | None = None  # "/" pressed: waiting for the reason key

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
            if event.matches(QKeySequence.StandardKey.Undo):  # keep Ctrl+Z here
                event.accept()
                return True
        if obj is self.entry and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        if self.invalid_marks is not None:
            if key == Qt.Key.Key_Escape:
                self.invalid_marks = None
                self._say(self.tr("Đã hủy đánh dấu không hợp lệ."))
            elif text.isdigit() and 1 <= int(text) <= len(REASONS):
                marks, self.invalid_marks = self.invalid_marks, None
                self.submit(marks, REASONS[int(text) - 1].value)
            return True
        if event.matches(QKeySequence.StandardKey.Undo) or (
            key == Qt.Key.Key_Backspace and not self.entry.text()
        ):
            self.undo_last()
            return True
        if key in ENTER_KEYS:
            self.submit(self.entry.text())
            return True
        if text in ("/", "*"):
            self.invalid_marks = self.entry.text()
            reasons = "; ".join(f"{i} = {r.value}" for i, r in enumerate(REASONS, 1))
            self._say(self.tr("Phiếu không hợp lệ – chọn lý do: {0}. Esc = hủy.").format(reasons))
            return True
        return False

    def submit(self, text: str, invalid_reason: str | None = None) -> bool:
        """Store one ballot; a refused entry leaves the text for correction and stores nothing."""
        if self.session is None:
            return False
        try:
            ballot = self.session.enter(text, invalid_reason)
        except ValidationError as exc:
            self._say(exc.message, error=True)
            self.entry.selectAll()
            return False
        self.ballots.append(self.session.records[-1])
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

    def undo_last(self) -> None:
        if self.session is None:
            return
        try:
            self.session.undo_last()
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return
        self.ballots.pop()
        self._say(self.tr("Đã xóa phiếu vừa nhập (còn {0} phiếu).").format(self.session.entered))
        self.refresh_tally()
        self.counted.emit()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)


class TotalsPanel(QWidget):
    """The committee's totals per candidate; checked as a whole, stored only when consistent."""

    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vote_id: int | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.valid = QSpinBox(maximum=100000)
        self.invalid = QSpinBox(maximum=100000)
        self.per_candidate: dict[int, QSpinBox] = {}
        self.save_button = QPushButton(self.tr("Kiểm tra và lưu số phiếu"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(wordWrap=True)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addLayout(row)

    def load(self, vote_id: int | None) -> None:
        self.vote_id = vote_id
        while self.form.rowCount():
            self.form.removeRow(0)
        self.per_candidate = {}
        if vote_id is None:
            return
        votes = self.services.votes
        vote = votes.vote(vote_id)
        stored = votes.counting.totals(vote_id)
        self.valid = QSpinBox(maximum=100000, value=vote.totals_valid)
        self.invalid = QSpinBox(maximum=100000, value=vote.totals_invalid)
        self.form.addRow(self.tr("Số phiếu hợp lệ"), self.valid)
        self.form.addRow(self.tr("Số phiếu không hợp lệ"), self.invalid)
        for c in votes.engine_candidates(vote_id):
            box = QSpinBox(maximum=100000, value=stored.get(c.number, 0))
            self.per_candidate[c.number] = box
            self.form.addRow(f"{c.number}. {c.name}", box)
        open_ = vote.status == "open"
        self.save_button.setEnabled(open_)
        for box in (self.valid, self.invalid, *self.per_candidate.values()):
            box.setMinimumWidth(110)
            box.setEnabled(open_)

    def save(self) -> bool:
        if self.vote_id is None:
            return False
        totals = {n: box.value() for n, box in self.per_candidate.items()}
        try:
            self.services.votes.counting.save_totals(
                self.vote_id, totals, self.valid.value(), self.invalid.value()
            )
        except ValidationError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Chưa lưu: {0}").format(exc.message))
            return False
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Đã lưu số phiếu."))
        self.saved.emit()
        return True
