"""Votes page: the conference's votes — prepare, print ballots, count at the table, results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.documents.ballots_pdf import ballot_papers_pdf
from thidua_desktop.documents.vote_chart import vote_chart_png
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.ui.archive_bar import ensure_editable
from thidua_desktop.ui.dialogs.new_vote_dialog import NewVoteDialog
from thidua_desktop.ui.file_dialogs import ask_save_file
from thidua_desktop.ui.focus import focus_kept
from thidua_desktop.ui.pages.vote_counting_panel import KeypadPanel
from thidua_desktop.ui.pages.vote_results_panel import VoteResultsPanel
from thidua_desktop.ui.pages.vote_setup_panel import VoteSetupPanel
from thidua_desktop.ui.pages.vote_totals_panel import TotalsPanel
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import MiddleElideComboBox

SETUP, COUNTING, RESULTS = range(3)


class VotesPage(QWidget):
    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection

        self.vote_box = MiddleElideComboBox()
        # long vote titles must not widen the window: the list pops up at full width anyway
        self.vote_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.vote_box.setMinimumContentsLength(22)
        self.vote_box.currentIndexChanged.connect(lambda _i: self.show_vote())
        self.new_button = QPushButton(self.tr("Mới…"))
        self.new_button.clicked.connect(self.new_vote)
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.delete_button.setToolTip(self.tr("Xóa cuộc bỏ phiếu tạo nhầm (kèm các phiếu đã nhập)"))
        self.delete_button.clicked.connect(lambda: self.delete_vote())
        self.copies = QSpinBox(minimum=0, maximum=2000)
        self.copies.setSpecialValueText(self.tr("theo số có mặt"))
        self.print_button = QPushButton(self.tr("In phiếu bầu…"))
        self.print_button.clicked.connect(lambda: self.save_ballots())
        self.chart_button = QPushButton(self.tr("Biểu đồ PNG…"))
        self.chart_button.clicked.connect(lambda: self.save_chart())
        self.message = QLabel(wordWrap=True)

        self.setup = VoteSetupPanel(services, edits)
        self.keypad = KeypadPanel(services, edits)
        self.totals = TotalsPanel(services)
        self.counting = QStackedWidget()
        self.counting.addWidget(self.keypad)
        self.counting.addWidget(self.totals)
        self.results = VoteResultsPanel(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.setup, self.tr("1. Chuẩn bị"))
        self.tabs.addTab(self.counting, self.tr("2. Kiểm phiếu"))
        self.tabs.addTab(self.results, self.tr("3. Kết quả"))
        self.tabs.currentChanged.connect(self._on_tab)

        self.setup.changed.connect(self.reload_current)
        self.keypad.counted.connect(self._after_ballot)
        self.totals.saved.connect(lambda: self.results.load(self.vote_id))
        self.results.changed.connect(self._after_result)
        self.results.round_created.connect(self.select_vote)
        selection.changed.connect(self.refresh)
        edits.changed.connect(self._on_edited)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cuộc bỏ phiếu:")))
        bar.addWidget(self.vote_box, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(QLabel(self.tr("Số bản:")))
        bar.addWidget(self.copies)
        bar.addWidget(self.print_button)
        bar.addWidget(self.chart_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)
        self.refresh()

    @property
    def vote_id(self) -> int | None:
        return self.vote_box.currentData()

    def refresh(self) -> None:
        """List the votes of the selected conference, keeping the current one if it is there."""
        keep = self.vote_id
        self.vote_box.blockSignals(True)
        self.vote_box.clear()
        conf = self.selection.conference_id
        for v in self.services.votes.votes_of_conference(conf) if conf else []:
            state = self.tr("đã chốt") if v.status == "closed" else self.tr("đang mở")
            self.vote_box.addItem(f"{v.title} – {state}", v.id)
        index = self.vote_box.findData(keep)
        self.vote_box.setCurrentIndex(index if index >= 0 else self.vote_box.count() - 1)
        self.vote_box.blockSignals(False)
        self.new_button.setEnabled(conf is not None)
        if conf is None:
            self._say(self.tr("Chọn một hội nghị để xem các cuộc bỏ phiếu."))
        elif self.vote_box.count() == 0:
            self._say(self.tr("Hội nghị này chưa có cuộc bỏ phiếu nào: bấm “Mới…” để tạo."))
        else:
            self._say("")
        self.show_vote()

    def select_vote(self, vote_id: int) -> None:
        self.refresh()
        self.vote_box.setCurrentIndex(self.vote_box.findData(vote_id))
        self.tabs.setCurrentIndex(SETUP)

    def show_vote(self) -> None:
        vote_id = self.vote_id
        for w in (self.print_button, self.chart_button, self.tabs, self.delete_button):
            w.setEnabled(vote_id is not None)
        self.setup.load(vote_id)
        mode = self.services.votes.vote(vote_id).entry_mode if vote_id else "ballots"
        self.counting.setCurrentWidget(self.totals if mode == "totals" else self.keypad)
        self.keypad.load(vote_id if mode == "ballots" else None)
        self.totals.load(vote_id if mode == "totals" else None)
        self._after_ballot()
        self.results.load(vote_id)

    def reload_current(self) -> None:
        """Something was stored (or undone): show what the database holds now."""
        with focus_kept(self):
            self.refresh()

    def _after_result(self) -> None:
        """Accepted (or reopened): once accepted, undo no longer reaches the vote's ballots."""
        if self.vote_id is not None and self.services.votes.vote(self.vote_id).status == "closed":
            self.keypad.retire(self.vote_id)
        self.reload_current()

    def _on_edited(self, entity: str) -> None:
        # a ballot keyed, re-keyed or deleted at the keypad: the panel already shows it (and a
        # full reload on every Enter would cost the counting its pace); undo/redo come as "*"
        if entity != m.BallotRecord.__name__:
            self.reload_current()

    def focus_work(self) -> None:
        """Put the keyboard where the page's work starts: the keypad field while counting
        ballots, else the vote list (the tab the secretary chose is kept)."""
        counting = self.tabs.currentIndex() == COUNTING
        if (
            counting
            and self.counting.currentWidget() is self.keypad
            and self.keypad.entry.isEnabled()
        ):
            self.keypad.entry.setFocus()
        else:
            self.vote_box.setFocus()

    def _after_ballot(self) -> None:
        vote_id = self.vote_id
        if vote_id is None:
            self.keypad.show_discrepancies([])
            return
        vote = self.services.votes.vote(vote_id)
        if vote.double_entry and vote.entry_mode == "ballots":
            diffs = self.services.votes.counting.differences_so_far(vote_id)
            self.keypad.show_discrepancies([d.message for d in diffs])
        else:
            self.keypad.show_discrepancies([])

    def _on_tab(self, index: int) -> None:
        if index == RESULTS:
            self.results.load(self.vote_id)
        elif index == COUNTING and self.counting.currentWidget() is self.keypad:
            self.keypad.entry.setFocus()

    def new_vote(self) -> None:
        if self.selection.conference_id is None:
            return
        if not ensure_editable(self, self.services, self.selection.year_id):
            self._say(self.tr("Năm này đã lưu trữ, chỉ xem: chưa tạo cuộc bỏ phiếu."), True)
            return
        dialog = NewVoteDialog(self.services, self.selection.conference_id, self)
        if dialog.exec() and dialog.vote is not None:
            self.select_vote(dialog.vote.id)

    def delete_vote(self, confirm: bool = True) -> bool:
        vote_id = self.vote_id
        if vote_id is None:
            return False
        if confirm:
            n = self.services.votes.counting.entered(vote_id)
            answer = QMessageBox.question(
                self,
                self.tr("Xóa cuộc bỏ phiếu"),
                self.tr("Xóa “{0}” cùng {1} phiếu đã nhập?").format(self.vote_box.currentText(), n),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.services.votes.delete_vote(vote_id)
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return False
        self.keypad.retire(vote_id)
        self.refresh()
        return True

    # -- files ------------------------------------------------------------------------------
    def save_ballots(self, path: str | None = None) -> Path | None:
        if self.vote_id is None:
            return None
        try:
            ctx = self.services.votes.ballot_context(self.vote_id, self.copies.value() or None)
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return None
        if path is None:
            path = ask_save_file(
                self, self.tr("Lưu phiếu bầu"), "votes", "phieu-bau.pdf", "PDF (*.pdf)"
            )
            if path is None:
                return None
        out = ballot_papers_pdf(ctx, path)
        self._say(self.tr("Đã lưu {0} phiếu bầu vào {1}").format(ctx["copies"], out))
        return out

    def save_chart(self, path: str | None = None) -> Path | None:
        if self.vote_id is None:
            return None
        try:
            result = self.services.votes.result(self.vote_id)
        except ValidationError as exc:
            self._say(exc.message, error=True)
            return None
        if path is None:
            path = ask_save_file(
                self, self.tr("Lưu biểu đồ"), "votes", "bieu-do-bo-phieu.png", "PNG (*.png)"
            )
            if path is None:
                return None
        out = Path(path)
        out.write_bytes(vote_chart_png(result))
        self._say(self.tr("Đã lưu biểu đồ vào {0}").format(out))
        return out

    def _say(self, text: str, error: bool = False) -> None:
        color = "#b00020" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {color};")
        self.message.setText(text)
        self.message.setVisible(bool(text))
