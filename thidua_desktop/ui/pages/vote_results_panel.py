"""Results of a vote: table, chart, the explanation of every line, acceptance and new rounds."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.voting import VoteResult
from thidua_desktop.services.container import Services
from thidua_desktop.ui.models.vote_result_table_model import VoteResultTableModel
from thidua_desktop.ui.pages.vote_counting_panel import chart_scroll
from thidua_desktop.ui.vote_chart import VoteChart
from thidua_desktop.ui.widgets import ERROR_STYLE

OK_STYLE = "color: #1b5e20; font-weight: bold;"


def _when(iso: str) -> str:
    """'2016-11-22T10:20:00+07:00' → '10:20 ngày 22/11/2016'."""
    try:
        at = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return QCoreApplication.translate("VoteResultsPanel", "{0} ngày {1}").format(
        f"{at:%H:%M}", f"{at:%d/%m/%Y}"
    )


class VoteResultsPanel(QWidget):
    """Ties and over-quota lines are shown as such, never silently picked."""

    changed = Signal()
    round_created = Signal(int)  # id of the new vote

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.vote_id: int | None = None
        self.result: VoteResult | None = None
        self.state = QLabel(wordWrap=True)
        self.model = VoteResultTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = VoteChart()
        self.explanation = QTextBrowser()
        self.accept_button = QPushButton(self.tr("Chốt kết quả"))
        self.reopen_button = QPushButton(self.tr("Mở lại để sửa"))
        self.round_button = QPushButton(self.tr("Bỏ phiếu vòng mới giữa các đơn vị bằng phiếu"))
        self.accept_button.clicked.connect(self.accept)
        self.reopen_button.clicked.connect(self.reopen)
        self.round_button.clicked.connect(self.new_round)

        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reopen_button, self.round_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.view, 1)
        tl.addWidget(chart_scroll(self.chart), 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(top)
        split.addWidget(self.explanation)
        split.setSizes([620, 400])
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)

    def load(self, vote_id: int | None) -> None:
        self.vote_id = vote_id
        self.result = None
        self.model.set_rows([])
        self.chart.set_result(None)
        self.explanation.clear()
        for b in (self.accept_button, self.reopen_button, self.round_button):
            b.setEnabled(False)
        if vote_id is None:
            self.state.setText("")
            return
        votes = self.services.votes
        vote = votes.vote(vote_id)
        try:
            self.result = votes.result(vote_id)
        except ValidationError as exc:
            self._state(self.tr("Chưa tính được kết quả: {0}").format(exc.message), error=True)
            return
        r = self.result
        self.model.set_rows(r.rows)
        self.chart.set_result(r)
        problems = [] if vote.status == "closed" else votes.acceptance_problems(vote_id)
        if vote.status == "closed":
            self._state(self.tr("Kết quả đã chốt lúc {0}.").format(_when(vote.closed_at)), False)
        elif problems:
            self._state(self.tr("Chưa thể chốt: ") + " ".join(problems), error=True)
        else:
            self._state(self.tr("Kết quả đầy đủ, có thể chốt."), error=False)
        if not r.valid:
            self._state(self.tr("KẾT QUẢ KHÔNG CÓ GIÁ TRỊ: ") + r.quorum_explanation, error=True)
        parts = [f"<p>{escape(r.summary)}</p>"]
        parts += [
            f"<p><b>{row.candidate.number}. {escape(row.candidate.name)}</b>: "
            f"{escape(row.explanation)}</p>"
            for row in r.rows
        ]
        self.explanation.setHtml("".join(parts))
        has_next = bool(self.services.repo.count(type(vote), "previous_vote_id = ?", [vote_id]))
        self.accept_button.setEnabled(vote.status == "open" and not problems)
        self.reopen_button.setEnabled(vote.status == "closed" and not has_next)
        self.round_button.setEnabled(r.needs_new_round and not has_next and not problems)

    def _state(self, text: str, error: bool) -> None:
        self.state.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.state.setText(text)

    def _run(self, action) -> object:  # type: ignore[no-untyped-def]
        try:
            out = action()
        except ValidationError as exc:
            self._state(exc.message, error=True)
            return None
        self.changed.emit()
        return out

    def accept(self) -> None:
        if self.vote_id is not None:
            self._run(lambda: self.services.votes.accept(self.vote_id))
            self.load(self.vote_id)

    def reopen(self) -> None:
        if self.vote_id is not None:
            self._run(lambda: self.services.votes.reopen(self.vote_id))
            self.load(self.vote_id)

    def new_round(self) -> None:
        if self.vote_id is None:
            return
        new = self._run(lambda: self.services.votes.new_round(self.vote_id))
        if new is not None:
            self.round_created.emit(new.id)  # type: ignore[attr-defined]
