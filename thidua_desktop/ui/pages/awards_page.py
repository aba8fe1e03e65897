"""Award catalogue: the titles the cluster nominates for, each with its voting rules."""

from __future__ import annotations

import dataclasses

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
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.services.vote_counting import normalized_rules
from thidua_desktop.services.votes import AWARD_DEFAULTS
from thidua_desktop.ui.domain_labels import label as domain_label
from thidua_desktop.ui.models.award_table_model import LEVEL_LABELS, AwardTableModel
from thidua_desktop.ui.pages.rule_fields import RuleFields
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits, empty_box
from thidua_desktop.ui.widgets import ERROR_STYLE


class AwardsPage(QWidget):
    """Pick an award, edit its rules below; every change is stored at once and undoable."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.model = AwardTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())

        self.new_name = QLineEdit(placeholderText=self.tr("Tên danh hiệu mới"))
        self.new_level = QComboBox()
        for level, label in LEVEL_LABELS.items():
            self.new_level.addItem(domain_label(label), level.value)
        self.add_button = QPushButton(self.tr("Thêm (quy tắc mặc định theo loại)"))
        self.add_button.clicked.connect(self.add_award)
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.delete_button.clicked.connect(self.delete_current)

        self.name = QLineEdit()
        self.level = QComboBox()
        for level, label in LEVEL_LABELS.items():
            self.level.addItem(domain_label(label), level.value)
        self.awarding_body = QLineEdit(placeholderText=self.tr("Thủ tướng Chính phủ"))
        self.addressee = QLineEdit(placeholderText=self.tr("Bộ trưởng Bộ Tư pháp"))
        self.rule_fields = RuleFields(self.save, self)
        rf = self.rule_fields
        self.threshold, self.comparison, self.base = rf.threshold, rf.comparison, rf.base
        self.quota, self.quorum = rf.quota, rf.quorum
        self.threshold.setToolTip(self.tr("Phần trăm (70, 66,67) hoặc phân số (2/3)"))
        self.registered_only = QCheckBox(
            self.tr("Chỉ đơn vị đã đăng ký danh hiệu trong năm (đơn vị khác: chỉ cảnh báo)")
        )
        self.active = QCheckBox(self.tr("Đang dùng"))
        for w in (self.name, self.awarding_body, self.addressee):
            w.editingFinished.connect(self.save)
        self.level.activated.connect(lambda _i: self.save())
        for check in (self.registered_only, self.active):
            check.clicked.connect(lambda _c: self.save())
        self.message = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_level, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.delete_button)
        self.editor = QGroupBox(self.tr("Danh hiệu đang chọn"))
        form = QFormLayout(self.editor)
        form.addRow(self.tr("Tên"), self.name)
        form.addRow(self.tr("Loại"), self.level)
        form.addRow(self.tr("Cấp quyết định"), self.awarding_body)
        form.addRow(self.tr("Kính gửi (tờ trình)"), self.addressee)
        form.addRow(self.tr("Tỷ lệ đạt (%)"), self.threshold)
        form.addRow(self.tr("So sánh"), self.comparison)
        form.addRow(self.tr("Tính trên"), self.base)
        form.addRow(self.tr("Số suất đề nghị"), self.quota)
        form.addRow(self.tr("Tỷ lệ có mặt tối thiểu (%)"), self.quorum)
        form.addRow("", self.registered_only)
        form.addRow("", self.active)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(add_row)
        lay.addWidget(self.editor)
        lay.addWidget(self.message)
        selection.changed.connect(self.refresh)
        edits.changed.connect(lambda _e: self.refresh())
        self.refresh()

    def current(self) -> m.Award | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        keep = self.current().id if self.current() else None
        cid = self.selection.cluster_id
        awards = (
            self.services.repo.find(m.Award, "cluster_id = ?", [cid], "sort_order, id")
            if cid
            else []
        )
        self.model.set_rows(awards)
        rows = [i for i, a in enumerate(awards) if a.id == keep] or ([0] if awards else [])
        if rows:
            self.view.selectRow(rows[0])
        self.add_button.setEnabled(cid is not None)
        self.show_current()

    def show_current(self) -> None:
        a = self.current()
        self.editor.setEnabled(a is not None)
        self.delete_button.setEnabled(a is not None)
        if a is None:
            return
        self.name.setText(a.name)
        self.level.setCurrentIndex(self.level.findData(str(a.level)))
        self.awarding_body.setText(a.awarding_body)
        self.addressee.setText(a.addressee)
        self.rule_fields.show(a)
        self.registered_only.setChecked(a.registered_only)
        self.active.setChecked(a.active)

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except DomainError as exc:
            self.message.setText(str(exc))
            self.show_current()
            return False
        self.message.setText("")
        return True

    def save(self) -> None:
        a = self.current()
        if a is None:
            return

        def store() -> None:
            new = normalized_rules(
                dataclasses.replace(
                    a,
                    name=self.name.text(),
                    level=m.AwardLevel(self.level.currentData()),
                    awarding_body=self.awarding_body.text(),
                    addressee=self.addressee.text(),
                    threshold_pct=self.threshold.text(),
                    comparison=self.comparison.currentData(),
                    base=self.base.currentData(),
                    quota=self.quota.value(),
                    quorum_pct=self.quorum.text() or "0",
                    registered_only=self.registered_only.isChecked(),
                    active=self.active.isChecked(),
                )
            )
            if new != a:
                self.edits.update(new, self.tr("Sửa danh hiệu"))

        self._run(store)

    def add_award(self) -> None:
        cid = self.selection.cluster_id
        if cid is None:
            return
        level = m.AwardLevel(self.new_level.currentData())
        count = self.model.rowCount()
        award = m.Award(
            cluster_id=cid,
            name=self.new_name.text(),
            level=level,
            sort_order=count,
            **AWARD_DEFAULTS[level],
        )
        if self._run(lambda: self.edits.create(award, self.tr("Thêm danh hiệu"))):
            empty_box(self.new_name)
            self.view.selectRow(self.model.rowCount() - 1)

    def delete_current(self) -> None:
        a = self.current()
        if a is not None:
            self._run(lambda: self.edits.delete(m.Award, a.id, self.tr("Xóa danh hiệu")))
