"""Pledge page: the year's common pledge, who signed it, and the titles each unit registers."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain.model import Conference, Registration, Year
from thidua_desktop.services.container import Services
from thidua_desktop.services.pledges import PledgeRow, PledgeService, parse_day
from thidua_desktop.ui.focus import focus_first_empty_cell
from thidua_desktop.ui.models.pledge_table_model import SIGNED, SIGNED_ON, PledgeTableModel
from thidua_desktop.ui.pages.text_widgets import CommitLineEdit, CommitPlainTextEdit
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import ERROR_STYLE, LazyRefresh, run_showing_refusal


class PledgesPage(QWidget):
    """Space ticks a cell (signed, or a title registered); other cells edit on typing."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.heading = QLabel()
        big = QFont()
        big.setPointSize(15)
        big.setBold(True)
        self.heading.setFont(big)
        self.theme = CommitLineEdit(lambda text: self._commit_year(theme=text))
        self.content = CommitPlainTextEdit(lambda text: self._commit_year(pledge_content=text))
        self.content.setPlaceholderText(self.tr("Nội dung giao ước, mỗi cam kết một dòng"))
        self.content.setMaximumHeight(150)
        self.counts_label = QLabel()
        self.counts_label.setFont(big)
        self.registered_label = QLabel(wordWrap=True)
        self.error = QLabel(styleSheet=ERROR_STYLE, wordWrap=True)
        self.error.hide()
        self.model = PledgeTableModel(self._edit, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        form = QFormLayout()
        form.addRow(self.tr("Chủ đề thi đua"), self.theme)
        form.addRow(self.tr("Nội dung giao ước"), self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.registered_label)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        selection.changed.connect(self.refresh)
        edits.changed.connect(LazyRefresh(self, self.refresh))  # hidden: once when shown
        self.refresh()

    @property
    def year_id(self) -> int | None:
        return self.selection.year_id

    def focus_work(self) -> None:
        """Shown: the keys go to the grid's first cell still empty (who signed, when)."""
        focus_first_empty_cell(self.view)

    def refresh(self) -> None:
        year_id = self.year_id
        for w in (self.theme, self.content, self.view):
            w.setEnabled(year_id is not None)
        if year_id is None:
            self.heading.setText(self.tr("Chưa chọn năm"))
            self.model.set_rows([])
            return
        year = self.services.repo.get(Year, year_id)
        pledges = self.services.pledges
        awards = pledges.awards(year.cluster_id)
        rows = pledges.grid(year_id)
        current = self.view.currentIndex()
        if [c.key for c in self.model.columns[5:]] != [("award", a.id) for a in awards]:
            self.model.set_awards(awards)
        self.model.set_rows(rows)
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.heading.setText(self.tr("Giao ước thi đua năm {0}").format(year.year))
        self.theme.load(year.theme)
        self.content.load(year.pledge_content)
        counts = PledgeService.counts(rows, awards)
        self.counts_label.setText(
            self.tr("{0}/{1} đơn vị đã ký giao ước").format(counts.signed, counts.units)
        )
        parts = [
            self.tr("{0} đơn vị đăng ký {1}").format(counts.registered[a.id], a.name)
            for a in awards
            if counts.registered[a.id]
        ]
        self.registered_label.setText(
            self.tr("Đăng ký: ") + " · ".join(parts) if parts else self.tr("Chưa có đăng ký nào.")
        )

    def _commit_year(self, **fields: str) -> None:
        if self.year_id is not None:
            self.edits.change(Year, self.year_id, self.tr("Sửa giao ước thi đua"), **fields)

    def _signing_day(self) -> date:
        """The selected conference's day when it belongs to this year, else today."""
        conf_id = self.selection.conference_id
        if conf_id:
            conf = self.services.repo.get(Conference, conf_id)
            if conf.year_id == self.year_id and conf.date:
                return conf.date
        return date.today()

    def _edit(self, row: PledgeRow, key: Any, value: Any) -> None:
        run_showing_refusal(self.error, lambda: self._store(row, key, value))

    def _store(self, row: PledgeRow, key: Any, value: Any) -> None:
        name = row.unit.name
        if isinstance(key, tuple):
            award_id = key[1]
            if value:
                reg = Registration(self.year_id, row.unit.id, award_id)
                self.edits.create(reg, self.tr("Đăng ký danh hiệu: {0}").format(name))
            elif award_id in row.registrations:
                reg_id = row.registrations[award_id].id
                self.edits.delete(Registration, reg_id, self.tr("Bỏ đăng ký: {0}").format(name))
            return
        if key == SIGNED_ON:
            value = parse_day(str(value))
        fields = {key: value}
        if key == SIGNED and value and not (row.signature and row.signature.signed_on):
            fields["signed_on"] = self._signing_day()
        sig = PledgeService.signature_for(row, self.year_id, **fields)
        text = self.tr("Ký giao ước: {0}").format(name)
        if sig.id:
            self.edits.update(sig, text)
        else:
            self.edits.create(sig, text)
