"""New vote: which award, a title, and where the candidates come from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services


class NewVoteDialog(QDialog):
    """Candidates from the year's registrations, or ticked by hand (units under members too)."""

    def __init__(self, services: Services, conference_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cuộc bỏ phiếu mới"))
        self.services = services
        self.conference_id = conference_id
        self.vote: m.Vote | None = None
        year = services.votes.conference_year(conference_id)
        self.year = year
        self.award = QComboBox()
        for a in services.repo.find(
            m.Award, "cluster_id = ? AND active = 1", [year.cluster_id], "sort_order, id"
        ):
            self.award.addItem(a.name, a.id)
        self.title = QLineEdit(placeholderText=self.tr("(tự đặt theo danh hiệu và năm)"))
        self.from_reg = QRadioButton(self.tr("Các đơn vị đã đăng ký danh hiệu này"))
        self.by_hand = QRadioButton(self.tr("Chọn đơn vị:"))
        self.from_reg.setChecked(True)
        self.units = QListWidget()
        for u in services.repo.find(
            m.Unit, "cluster_id = ? AND active = 1", [year.cluster_id], "sort_order, id"
        ):
            label = u.name if u.is_member else self.tr("{0} (đơn vị trực thuộc)").format(u.name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.units.itemChanged.connect(lambda _i: self.by_hand.setChecked(True))
        self.error = QLabel(wordWrap=True, styleSheet="color: #b00020; font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Danh hiệu"), self.award)
        form.addRow(self.tr("Tên cuộc bỏ phiếu"), self.title)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.from_reg)
        lay.addWidget(self.by_hand)
        lay.addWidget(self.units, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(560, 520)

    def chosen_units(self) -> list[int]:
        return [
            self.units.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.units.count())
            if self.units.item(i).checkState() == Qt.CheckState.Checked
        ]

    def create(self) -> None:
        award_id = self.award.currentData()
        if award_id is None:
            self.error.setText(self.tr("Chưa có danh hiệu nào: thêm danh hiệu ở trang Danh hiệu."))
            return
        try:
            self.vote = self.services.votes.create_vote(
                self.conference_id,
                award_id,
                title=self.title.text(),
                unit_ids=None if self.from_reg.isChecked() else self.chosen_units(),
                from_registrations=self.from_reg.isChecked(),
            )
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
