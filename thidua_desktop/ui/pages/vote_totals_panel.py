"""The committee's totals per candidate, checked as a whole and stored only when consistent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.ui.widgets import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"


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
