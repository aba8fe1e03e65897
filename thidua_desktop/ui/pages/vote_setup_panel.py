"""Preparing a vote: candidates (withdrawals), head and ballot counts, rules, counting committee."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.ui.models.vote_candidate_table_model import (
    NOTE,
    WITHDRAWN,
    CandidateLine,
    VoteCandidateTableModel,
)
from thidua_desktop.ui.pages.rule_fields import RuleFields
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import ERROR_STYLE, ErrorLabel, reveal

WARN_STYLE = "color: #b06000;"


class VoteSetupPanel(QWidget):
    """Everything the committee settles before counting; each change is committed at once."""

    changed = Signal()

    def __init__(self, services: Services, edits: UndoableEdits, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.edits = edits
        self.vote_id: int | None = None

        self.candidates = VoteCandidateTableModel(self._edit_candidate, self)
        self.cand_view = QTableView()
        self.cand_view.setModel(self.candidates)
        self.cand_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cand_view.verticalHeader().hide()
        header = self.cand_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.unit_box = QComboBox()
        self.add_button = QPushButton(self.tr("Thêm vào phiếu"))
        self.add_button.clicked.connect(self.add_selected_unit)
        self.remove_button = QPushButton(self.tr("Bỏ khỏi phiếu"))
        self.remove_button.clicked.connect(self.remove_current)
        self.warnings = QLabel(wordWrap=True, styleSheet=WARN_STYLE)

        self.members = QSpinBox(maximum=10000)
        self.present = QSpinBox(maximum=10000)
        self.issued = QSpinBox(maximum=10000)
        self.returned = QSpinBox(maximum=10000)
        self.from_attendance = QPushButton(self.tr("Lấy từ điểm danh"))
        self.from_attendance.clicked.connect(self.present_from_attendance)
        self.count_boxes = {
            "members": self.members,
            "present": self.present,
            "issued": self.issued,
            "returned": self.returned,
        }
        for box in self.count_boxes.values():
            box.editingFinished.connect(self.save_counts)
        self._saving_counts = False
        self.counts_error = ErrorLabel()  # a refused count is explained right under the counts

        self.rule_fields = RuleFields(self.save_rules, self)
        rf = self.rule_fields
        self.threshold, self.comparison, self.base = rf.threshold, rf.comparison, rf.base
        self.quota, self.quorum = rf.quota, rf.quorum
        self.threshold.setToolTip(self.tr("Phần trăm (70, 66,67) hoặc phân số (2/3)"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Nhập từng phiếu (bàn phím số)"), "ballots")
        self.mode.addItem(self.tr("Nhập số tổng hợp của Ban kiểm phiếu"), "totals")
        self.mode.activated.connect(lambda _i: self.save_mode())
        self.double = QCheckBox(self.tr("Nhập hai lần (người thứ hai nhập lại để đối chiếu)"))
        self.double.clicked.connect(lambda _c: self.save_mode())

        self.committee = QListWidget()
        self.committee.setMaximumHeight(110)
        self.member_remove = QPushButton(self.tr("Xóa thành viên"))
        self.member_remove.clicked.connect(self.remove_committee_member)
        self.member_name = QLineEdit(placeholderText=self.tr("Họ và tên"))
        self.member_title = QLineEdit(placeholderText=self.tr("Chức vụ, đơn vị"))
        self.member_chief = QCheckBox(self.tr("Trưởng ban"))
        self.member_add = QPushButton(self.tr("Thêm thành viên"))
        self.member_add.clicked.connect(self.add_committee_member)
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)

        cand_box = QGroupBox(self.tr("Danh sách ứng cử (số thứ tự trên phiếu)"))
        cl = QVBoxLayout(cand_box)
        cl.addWidget(self.cand_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.unit_box, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        cl.addLayout(row)
        cl.addWidget(self.warnings)

        counts_box = QGroupBox(self.tr("Số đại biểu và số phiếu"))
        form = QFormLayout(counts_box)
        form.addRow(self.tr("Tổng số đơn vị thành viên"), self.members)
        present_row = QHBoxLayout()
        present_row.addWidget(self.present)
        present_row.addWidget(self.from_attendance)
        form.addRow(self.tr("Số đơn vị có mặt"), present_row)
        form.addRow(self.tr("Số phiếu phát ra"), self.issued)
        form.addRow(self.tr("Số phiếu thu vào"), self.returned)
        form.addRow(self.counts_error)
        form.addRow(self.tr("Cách nhập"), self.mode)
        form.addRow("", self.double)

        rules_box = QGroupBox(self.tr("Quy tắc của lần bỏ phiếu này"))
        rf = QFormLayout(rules_box)
        rf.addRow(self.tr("Tỷ lệ đạt (%)"), self.threshold)
        rf.addRow(self.tr("So sánh"), self.comparison)
        rf.addRow(self.tr("Tính trên"), self.base)
        rf.addRow(self.tr("Số suất"), self.quota)
        rf.addRow(self.tr("Tỷ lệ có mặt tối thiểu (%)"), self.quorum)

        comm_box = QGroupBox(self.tr("Ban kiểm phiếu"))
        kl = QVBoxLayout(comm_box)
        kl.addWidget(self.committee)
        # the names on a row of their own: beside the buttons they showed ~9 letters at 1280 px
        names = QHBoxLayout()
        names.addWidget(self.member_name, 1)
        names.addWidget(self.member_title, 1)
        kl.addLayout(names)
        add = QHBoxLayout()
        add.addWidget(self.member_chief)
        add.addStretch(1)
        add.addWidget(self.member_add)
        add.addWidget(self.member_remove)
        kl.addLayout(add)

        right = QVBoxLayout()
        right.addWidget(counts_box)
        right.addWidget(rules_box)
        right.addWidget(comm_box)
        right.addStretch(1)
        main = QHBoxLayout()
        main.addWidget(cand_box, 3)
        main.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(main, 1)
        outer.addWidget(self.message)

    # -- loading ----------------------------------------------------------------------------
    def load(self, vote_id: int | None) -> None:
        self.vote_id = vote_id
        self.setEnabled(vote_id is not None)
        self.message.setText("")
        self.counts_error.clear_error()
        if vote_id is None:
            self.candidates.set_rows([])
            return
        votes = self.services.votes
        vote = votes.vote(vote_id)
        year = votes.conference_year(vote.conference_id)
        registered = votes.registered_unit_ids(year.id, vote.award_id)
        cands = votes.candidates(vote_id)
        units = {
            u.id: u
            for u in self.services.repo.find(
                m.Unit, "cluster_id = ?", [year.cluster_id], "sort_order, id"
            )
        }
        self.candidates.set_rows(
            [
                CandidateLine(
                    c, units[c.unit_id].name, c.unit_id in registered, units[c.unit_id].is_member
                )
                for c in cands
            ]
        )
        on_ballot = {c.unit_id for c in cands}
        self.unit_box.clear()
        for u in units.values():
            if u.active and u.id not in on_ballot:
                mark = "" if u.id in registered else self.tr(" (chưa đăng ký)")
                self.unit_box.addItem(u.name + mark, u.id)
        warnings = votes.eligibility_warnings(vote_id)
        self.warnings.setText("\n".join(self.tr("Lưu ý: ") + w for w in warnings))
        for box, value in (
            (self.members, vote.members_count),
            (self.present, vote.present_count),
            (self.issued, vote.ballots_issued),
            (self.returned, vote.ballots_returned),
        ):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.rule_fields.show(vote)
        self.mode.setCurrentIndex(self.mode.findData(vote.entry_mode))
        self.double.setChecked(vote.double_entry)
        self.double.setEnabled(vote.entry_mode == "ballots")
        self.committee.clear()
        for c in votes.committee(vote_id):
            role = self.tr("Trưởng ban") if c.role == "chief" else self.tr("Ủy viên")
            item = QListWidgetItem(f"{role}: {c.full_name}" + (f" – {c.title}" if c.title else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.committee.addItem(item)
        editable = vote.status == "open"
        for w in (self.add_button, self.remove_button, self.member_add, self.member_remove):
            w.setEnabled(editable)

    def _guard(self, action) -> bool:  # type: ignore[no-untyped-def]
        """Run a store action; show a refusal inline and reload so the form shows what is stored."""
        try:
            action()
        except ValidationError as exc:
            self.load(self.vote_id)
            self.message.setText(exc.message)
            reveal(self.message)
            return False
        self.load(self.vote_id)
        self.message.setText("")
        self.changed.emit()
        return True

    # -- actions ----------------------------------------------------------------------------
    def _edit_candidate(self, line: CandidateLine, key: int, value: object) -> None:
        c = line.candidate
        votes = self.services.votes
        if key == WITHDRAWN:
            self._guard(
                lambda: self.edits.update(votes.withdrawal(c.id, bool(value), c.withdrawal_note))
            )
        elif key == NOTE:
            self._guard(
                lambda: self.edits.update(
                    dataclasses.replace(
                        votes.withdrawal(c.id, True, str(value)), withdrawal_note=str(value)
                    )
                    if c.withdrawn
                    else dataclasses.replace(c, withdrawal_note="")
                )
            )

    def add_selected_unit(self) -> None:
        unit_id = self.unit_box.currentData()
        if self.vote_id is not None and unit_id is not None:
            self._guard(lambda: self.services.votes.add_candidates(self.vote_id, [unit_id]))

    def remove_current(self) -> None:
        index = self.cand_view.currentIndex()
        if self.vote_id is None or not index.isValid():
            return
        line = self.candidates.row_at(index.row())
        self._guard(lambda: self.services.votes.remove_candidate(line.candidate.id))

    def save_counts(self) -> None:
        """Store the four counts; an impossible one is refused next to the field, and the typed
        numbers stay on screen for correction (nothing is stored)."""
        if self.vote_id is None or self._saving_counts:
            return  # (moving the focus to the refused field ends the editing of another)
        self._saving_counts = True
        try:
            self._save_counts()
        finally:
            self._saving_counts = False

    def _save_counts(self) -> None:
        assert self.vote_id is not None
        vote = self.services.votes.vote(self.vote_id)
        new = tuple(box.value() for box in self.count_boxes.values())
        old = (vote.members_count, vote.present_count, vote.ballots_issued, vote.ballots_returned)
        if new == old:
            self.counts_error.clear_error()
            return
        try:
            checked = self.services.votes.checked_counts(
                self.vote_id, members=new[0], present=new[1], issued=new[2], returned=new[3]
            )
            self.edits.update(checked, self.tr("Sửa số phiếu"))
        except ValidationError as exc:
            self.counts_error.show_error(self.tr("Chưa lưu: {0}").format(exc.message))
            box = self.count_boxes.get(exc.where or "")
            if box is not None:
                box.setFocus()
                box.selectAll()
            return
        self.counts_error.clear_error()
        self.changed.emit()

    def present_from_attendance(self) -> None:
        if self.vote_id is None:
            return
        vote = self.services.votes.vote(self.vote_id)
        self.present.setValue(self.services.votes.present_from_attendance(vote.conference_id))
        self.save_counts()

    def save_rules(self) -> None:
        if self.vote_id is None:
            return
        vote = self.services.votes.vote(self.vote_id)
        rules = {
            "threshold_pct": self.threshold.text().strip().replace(",", "."),
            "comparison": self.comparison.currentData(),
            "base": self.base.currentData(),
            "quota": self.quota.value(),
            "quorum_pct": self.quorum.text().strip().replace(",", ".") or "0",
        }
        if all(getattr(vote, k) == v for k, v in rules.items()):
            return
        self._guard(
            lambda: self.edits.update(
                self.services.votes.checked_rules(self.vote_id, **rules), self.tr("Sửa quy tắc")
            )
        )

    def save_mode(self) -> None:
        if self.vote_id is not None:
            mode, double = self.mode.currentData(), self.double.isChecked()
            self._guard(
                lambda: self.services.votes.counting.set_entry_mode(self.vote_id, mode, double)
            )

    def remove_committee_member(self) -> None:
        item = self.committee.currentItem()
        if item is not None:
            member_id = item.data(Qt.ItemDataRole.UserRole)
            self._guard(
                lambda: self.edits.delete(
                    m.CountingMember, member_id, self.tr("Xóa thành viên Ban kiểm phiếu")
                )
            )

    def add_committee_member(self) -> None:
        if self.vote_id is None:
            return
        role = "chief" if self.member_chief.isChecked() else "member"
        count = len(self.services.votes.committee(self.vote_id))
        member = m.CountingMember(
            self.vote_id,
            self.member_name.text(),
            self.member_title.text(),
            role=role,
            sort_order=count,
        )
        if self._guard(
            lambda: self.edits.create(member, self.tr("Thêm thành viên Ban kiểm phiếu"))
        ):
            self.member_name.clear()
            self.member_title.clear()
            self.member_chief.setChecked(False)
