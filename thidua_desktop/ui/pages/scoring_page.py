"""Scoring page: fill the grid from the keyboard, see totals, ranking and a chart; propose candidates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.domain.scoring import top_units
from thidua_desktop.services import scoring_excel as sx
from thidua_desktop.services.container import Services
from thidua_desktop.services.scoring import parse_score
from thidua_desktop.ui.archive_bar import ensure_editable
from thidua_desktop.ui.charts import BarChart
from thidua_desktop.ui.dialogs.criteria_dialog import CriteriaDialog
from thidua_desktop.ui.file_dialogs import ask_open_file, ask_save_file
from thidua_desktop.ui.focus import focus_first_empty_cell
from thidua_desktop.ui.models.score_table_model import ScoreTableModel, points
from thidua_desktop.ui.pages.scoring_widgets import (
    MESSAGE_COLORS,
    ScoreGridView,
    copy_last_years_set,
    offer_year_update,
)
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


class ScoringPage(QWidget):
    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.scoring = services.scoring
        self.edits = edits
        self.selection = selection

        self.set_combo = QComboBox()
        self.set_combo.currentIndexChanged.connect(self.reload)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Điểm Cụm chấm"), "cluster_score")
        self.mode_combo.addItem(self.tr("Điểm đơn vị tự chấm"), "self_score")
        self.mode_combo.currentIndexChanged.connect(self.reload)
        self.new_set_button = new_button = QPushButton(self.tr("Bảng tiêu chí mới…"))
        new_button.clicked.connect(lambda: self.new_set())
        self.copy_button = copy_button = QPushButton(self.tr("Sao chép từ năm trước"))
        copy_button.clicked.connect(lambda: self.copy_previous())
        self.edit_button = edit_button = QPushButton(self.tr("Sửa tiêu chí…"))
        edit_button.clicked.connect(lambda: self.edit_criteria())
        criteria_button = QPushButton(self.tr("Nhập tiêu chí từ Excel…"))
        criteria_button.clicked.connect(self.import_criteria)
        import_button = QPushButton(self.tr("Nhập điểm từ Excel…"))
        import_button.clicked.connect(self.import_scores)
        export_button = QPushButton(self.tr("Xuất Excel…"))
        export_button.clicked.connect(self.export_excel)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Bảng chấm điểm:")), self.set_combo, self.mode_combo):
            top.addWidget(w)
        top.addStretch(1)
        tools = QHBoxLayout()  # a second row: the page fits a 1280-pixel screen in any language
        for b in (
            edit_button,
            new_button,
            copy_button,
            criteria_button,
            import_button,
            export_button,
        ):
            tools.addWidget(b)
        tools.addStretch(1)

        self.model = ScoreTableModel(self.save_score)
        self.grid = ScoreGridView()
        self.grid.setModel(self.model)
        self.message = QLabel()  # refusals in red, warnings in brown, what was done in green
        self.message.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid)
        left_layout.addWidget(self.message)

        self.filter_combo = QComboBox()
        self.filter_combo.currentIndexChanged.connect(self.show_ranking)
        self.ranking = QTableWidget(0, 4)
        self.ranking.setHorizontalHeaderLabels(
            [self.tr("Hạng"), self.tr("Đơn vị"), self.tr("Tổng điểm"), self.tr("Ghi chú")]
        )
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranking.verticalHeader().hide()
        self.chart = BarChart()
        self.top_n = QSpinBox()
        self.top_n.setRange(1, 60)
        self.top_n.setValue(2)
        self.vote_combo = QComboBox()
        self.propose_button = propose = QPushButton(self.tr("Đưa vào danh sách bỏ phiếu"))
        propose.clicked.connect(lambda: self.propose())
        propose_row = QHBoxLayout()
        for w in (
            QLabel(self.tr("Đề xuất")),
            self.top_n,
            QLabel(self.tr("đơn vị đầu bảng vào")),
            self.vote_combo,
            propose,
        ):
            propose_row.addWidget(w)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.filter_combo)
        right_layout.addWidget(self.ranking, 2)
        right_layout.addWidget(self.chart, 3)
        right_layout.addLayout(propose_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)

        selection.changed.connect(self.refresh)
        edits.changed.connect(self._on_changed)
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    def current_set_id(self) -> int | None:
        return self.set_combo.currentData()

    def focus_work(self) -> None:
        """Shown: the keys go to the first score still to enter."""
        focus_first_empty_cell(self.grid)

    def refresh(self) -> None:
        """Reload the year's sets, the award filter and the votes of the conference."""
        year_id = self.selection.year_id
        keep = self.current_set_id()
        self.set_combo.blockSignals(True)
        self.set_combo.clear()
        for s in self.scoring.sets_for_year(year_id) if year_id else []:
            self.set_combo.addItem(s.name, s.id)
        index = self.set_combo.findData(keep)
        self.set_combo.setCurrentIndex(index if index >= 0 else self.set_combo.count() - 1)
        self.set_combo.blockSignals(False)
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("Tất cả đơn vị thành viên"), None)
        if self.selection.cluster_id:
            for award in self.services.repo.find(
                m.Award,
                "cluster_id = ? AND active = 1",
                [self.selection.cluster_id],
                "sort_order, id",
            ):
                self.filter_combo.addItem(
                    self.tr("Đơn vị đăng ký: {0}").format(award.name), award.id
                )
        self.filter_combo.blockSignals(False)
        self.load_votes()
        self.reload()

    def load_votes(self) -> None:
        """The conference's votes, read again (a vote created on the votes page shows here)."""
        keep = self.vote_combo.currentData()
        self.vote_combo.clear()
        if self.selection.conference_id:
            for vote in self.services.votes.votes_of_conference(self.selection.conference_id):
                award = self.services.repo.get(m.Award, vote.award_id)
                self.vote_combo.addItem(vote.title or award.name, vote.id)
        index = self.vote_combo.findData(keep)
        if index >= 0:
            self.vote_combo.setCurrentIndex(index)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.load_votes()
        super().showEvent(event)

    def say(self, text: str, kind: str = "done") -> None:
        """A line under the grid: kind is "error", "warning" or "done"."""
        self.message.setStyleSheet(f"QLabel {{ color: {MESSAGE_COLORS[kind]}; }}")
        self.message.setText(text)

    def reload(self) -> None:
        set_id = self.current_set_id()
        self.message.clear()
        if set_id is None or self.selection.year_id is None:
            self.model.set_rows([], [], [], [])
            self.show_ranking()
            return
        warnings = self.scoring.warnings(set_id)
        self.say("\n".join(warnings), "warning")
        self.model.set_rows(
            self.scoring.member_units(self.selection.year_id),
            self.scoring.criteria(set_id),
            self.scoring.scores(set_id),
            self.scoring.ranking(set_id),
            self.mode_combo.currentData(),
        )
        self.show_ranking()

    def _out_of_date(self) -> bool:
        """The sets or criteria shown are no longer those stored (an undo or redo changed them)."""
        year_id = self.selection.year_id
        sets = [(s.id, s.name) for s in self.scoring.sets_for_year(year_id)] if year_id else []
        combo = self.set_combo
        if sets != [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]:
            return True
        set_id = self.current_set_id()
        criteria = self.scoring.criteria(set_id) if set_id is not None else []
        return [c for c in criteria if c.kind is not m.CriterionKind.GROUP] != self.model.criteria

    def _on_changed(self, entity: str) -> None:
        if entity == "*" and self._out_of_date():
            self.refresh()
        elif entity in ("*", "Score") and self.current_set_id() is not None:
            self.model.refresh_values(
                self.scoring.scores(self.current_set_id()),
                self.scoring.ranking(self.current_set_id()),
            )
            self.show_ranking()
        elif entity in ("CriteriaSet", "Criterion", "Unit", "Vote"):
            self.refresh()

    def show_ranking(self) -> None:
        set_id = self.current_set_id()
        ranked = self.scoring.ranking(set_id, self.filter_combo.currentData()) if set_id else []
        self.ranking.setRowCount(len(ranked))
        for row, t in enumerate(ranked):
            note = self.tr("bằng điểm") if t.tied_with else t.decided_by
            for col, text in enumerate((str(t.rank), t.name, points(t.total), note)):
                item = QTableWidgetItem(text)
                if col in (0, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.ranking.setItem(row, col, item)
        self.ranking.resizeColumnToContents(0)
        self.ranking.resizeColumnToContents(2)
        top = set(range(min(self.top_n.value(), len(ranked))))
        self.chart.set_data(
            [t.name for t in ranked],
            [t.total for t in ranked],
            texts=[points(t.total) for t in ranked],
            highlight=top,
        )

    # -- editing --------------------------------------------------------------------------------
    def save_score(self, criterion_id: int, unit_id: int, text: str) -> bool:
        """Store a typed score; a refusal is said in words under the grid (False)."""
        field = self.model.field
        last: list = []  # the latest ScoreChange: redo makes a new one, undo reverts that one

        def do() -> None:
            value = parse_score(text)
            last[:] = [self.scoring.set_score(criterion_id, unit_id, **{field: value})]

        try:
            self.edits.action(
                self.tr("Chấm điểm"), do, lambda: self.scoring.revert(last[0]), "Score"
            )
        except DomainError as exc:
            unit = self.services.repo.get(m.Unit, unit_id)
            reason = getattr(exc, "message", None) or str(exc)
            self.say(
                self.tr("Chưa ghi điểm của {0}: {1}").format(unit.short_name or unit.name, reason),
                "error",
            )
            return False
        self.message.clear()
        return True

    def _may_edit(self) -> bool:
        """False for an archived year left locked (the unlock is offered before any form)."""
        if ensure_editable(self, self.services, self.selection.year_id):
            return True
        self.say(self.tr("Năm này đã lưu trữ, chỉ xem: chưa sửa gì."), "error")
        return False

    def new_set(self) -> None:
        if self.selection.year_id is None or not self._may_edit():
            return
        name, ok = QInputDialog.getText(self, self.tr("Bảng tiêu chí mới"), self.tr("Tên bảng:"))
        if not ok or not name.strip():
            return
        try:
            created = self.edits.create(
                m.CriteriaSet(year_id=self.selection.year_id, name=name, scale=100)
            )
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Không tạo được"), getattr(exc, "message", str(exc)))
            return
        self.refresh()
        self.set_combo.setCurrentIndex(self.set_combo.findData(created.id))

    def copy_previous(self) -> None:
        year_id = self.selection.year_id
        if year_id is None or not self._may_edit():
            return
        try:
            new_set, old = copy_last_years_set(self.scoring, self.edits, year_id)
        except DomainError as exc:
            QMessageBox.information(
                self, self.tr("Không sao chép được"), getattr(exc, "message", str(exc))
            )
            return
        self.refresh()
        self.set_combo.setCurrentIndex(self.set_combo.findData(new_set.id))
        new = self.services.repo.get(m.Year, year_id).year
        said = offer_year_update(self, self.scoring, self.edits, new_set.id, old, new)  # type: ignore[arg-type]
        if said:
            self.say(said)

    def edit_criteria(self) -> None:
        set_id = self.current_set_id()
        if set_id is None:
            return
        CriteriaDialog(self.scoring, self.edits, set_id, self).exec()
        self.refresh()

    def _open_xlsx(self, title: str) -> str:
        chosen = ask_open_file(self, title, "excel", self.tr("Bảng tính (*.xlsx *.xls)"))
        return str(chosen) if chosen else ""

    def import_criteria(self) -> None:
        if self.selection.year_id is None or not self._may_edit():
            return
        path = self._open_xlsx(self.tr("Nhập bảng tiêu chí"))
        if not path:
            return
        try:
            sx.import_criteria(self.scoring, self.selection.year_id, path, Path(path).stem)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Không nhập được"), str(exc))
            return
        self.refresh()
        self.set_combo.setCurrentIndex(self.set_combo.count() - 1)

    def import_scores(self) -> None:
        set_id = self.current_set_id()
        if set_id is None or not self._may_edit():
            return
        path = self._open_xlsx(self.tr("Nhập điểm"))
        if not path:
            return
        try:
            preview = sx.read_grid(self.scoring, set_id, path, self.model.field)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Không đọc được"), str(exc))
            return
        if not preview.can_apply:
            QMessageBox.warning(self, self.tr("Chưa nhập được"), preview.summary())
            return
        answer = QMessageBox.question(
            self, self.tr("Xem trước khi nhập"), preview.summary() + "\n\n" + self.tr("Ghi vào?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            sx.apply_grid(self.scoring, preview)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Không nhập được"), str(exc))
        self.reload()

    def export_excel(self) -> None:
        set_id = self.current_set_id()
        if set_id is None:
            return
        path = ask_save_file(
            self,
            self.tr("Xuất bảng điểm"),
            "excel",
            f"{self.set_combo.currentText()}.xlsx".replace("/", "-"),
            self.tr("Bảng tính (*.xlsx)"),
        )
        if path:
            written = sx.export_grid(self.scoring, set_id, path, self.model.field)
            self.say(self.tr("Đã xuất {0}").format(written))

    def propose(self) -> None:
        set_id, vote_id = self.current_set_id(), self.vote_combo.currentData()
        if set_id is None or vote_id is None:
            self.say(self.tr("Chọn bảng điểm và cuộc bỏ phiếu trước."), "error")
            return
        ranked = self.scoring.ranking(set_id, self.filter_combo.currentData())
        unit_ids = top_units(ranked, self.top_n.value())
        existing = {c.unit_id for c in self.services.votes.candidates(vote_id)}
        try:
            added = self.services.votes.add_candidates(
                vote_id, [u for u in unit_ids if u not in existing]
            )
        except DomainError as exc:
            self.say(getattr(exc, "message", None) or str(exc), "error")
            return
        self.edits.changed.emit("Candidate")
        if added:
            self.say(self.tr("Đã đưa {0} đơn vị vào danh sách bỏ phiếu.").format(len(added)))
        else:
            self.say(self.tr("Các đơn vị đầu bảng đã có sẵn trong danh sách bỏ phiếu."))
