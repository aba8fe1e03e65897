"""Edit a criteria set: name, scale, tie-break order, and its groups and criteria (each edit saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.domain.scoring import TIE_BREAK_LABELS, TieBreak
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.scoring import ScoringService
from thidua_desktop.services.scoring_excel import KIND_BY_FOLD, KIND_NAMES
from thidua_desktop.ui.domain_labels import label
from thidua_desktop.ui.models.score_table_model import parse_points, points
from thidua_desktop.ui.undo import UndoableEdits

COLUMNS = ("code", "title", "kind", "max_points", "note")


def _reason(exc: DomainError) -> str:
    """What is wrong, in words (a ValidationError's field name left out)."""
    return getattr(exc, "message", None) or str(exc)


class CriteriaDialog(QDialog):
    def __init__(self, scoring: ScoringService, edits: UndoableEdits, set_id: int, parent=None):
        super().__init__(parent)
        self.scoring, self.edits, self.set_id = scoring, edits, set_id
        self.setWindowTitle(self.tr("Bảng tiêu chí chấm điểm"))
        self.resize(900, 600)
        cset = scoring.repo.get(m.CriteriaSet, set_id)
        self.name = QLineEdit(cset.name)
        self.name.editingFinished.connect(lambda: self._save_set(name=self.name.text()))
        self.scale = QSpinBox()
        self.scale.setRange(1, 100000)
        self.scale.setValue(cset.scale)
        self.scale.editingFinished.connect(lambda: self._save_set(scale=self.scale.value()))
        self.tie1, self.tie2 = QComboBox(), QComboBox()
        for combo in (self.tie1, self.tie2):
            combo.addItem(self.tr("(không)"), "")
            for tb in TieBreak:
                combo.addItem(label(TIE_BREAK_LABELS[tb]), tb.value)
        breaks = [b for b in cset.tie_break.split(",") if b] + ["", ""]
        self.tie1.setCurrentIndex(max(0, self.tie1.findData(breaks[0])))
        self.tie2.setCurrentIndex(max(0, self.tie2.findData(breaks[1])))
        self.tie1.currentIndexChanged.connect(self._save_tie_breaks)
        self.tie2.currentIndexChanged.connect(self._save_tie_breaks)
        form = QFormLayout()
        form.addRow(self.tr("Tên bảng"), self.name)
        form.addRow(self.tr("Thang điểm"), self.scale)
        ties = QHBoxLayout()
        ties.addWidget(self.tie1)
        ties.addWidget(QLabel(self.tr("rồi")))
        ties.addWidget(self.tie2)
        form.addRow(self.tr("Bằng tổng điểm thì xếp trên đơn vị có"), ties)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Tiêu chí"),
                self.tr("Loại"),
                self.tr("Điểm tối đa"),
                self.tr("Cách chấm / ghi chú"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._cell_changed)
        self.message = QLabel()  # refusals in red, the scale warning in brown
        self.message.setWordWrap(True)
        add_group = QPushButton(self.tr("Thêm nhóm"))
        add_group.clicked.connect(lambda: self.add(m.CriterionKind.GROUP))
        add = QPushButton(self.tr("Thêm tiêu chí (Ctrl+N)"))
        add.clicked.connect(lambda: self.add(m.CriterionKind.BASE))
        remove = QPushButton(self.tr("Xóa (Del)"))
        remove.clicked.connect(self.remove)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.add(m.CriterionKind.BASE))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove)
        buttons = QHBoxLayout()
        for b in (add_group, add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.criteria: list[m.Criterion] = []
        self.load()

    def load(self) -> None:
        self.criteria = self.scoring.criteria(self.set_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.criteria))
        for row, c in enumerate(self.criteria):
            indent = "" if c.kind is m.CriterionKind.GROUP or c.parent_id is None else "    "
            values = (c.code, indent + c.title, KIND_NAMES[c.kind], points(c.max_points), c.note)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c.kind is m.CriterionKind.GROUP:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.say("\n".join(self.scoring.warnings(self.set_id)), error=False)

    def say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(f"QLabel {{ color: {'#b00020' if error else '#8a5300'}; }}")
        self.message.setText(text)

    def _save_set(self, **fields: object) -> None:
        try:
            self.edits.change(m.CriteriaSet, self.set_id, **fields)
        except DomainError as exc:
            self.load()
            self.say(_reason(exc))
            return
        self.load()

    def _save_tie_breaks(self) -> None:
        chosen = [c.currentData() for c in (self.tie1, self.tie2) if c.currentData()]
        self._save_set(tie_break=",".join(dict.fromkeys(chosen)))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        c = self.criteria[item.row()]
        field = COLUMNS[item.column()]
        error = ""
        try:
            value: object = item.text().strip()
            if field == "max_points":
                value = parse_points(item.text()) or 0.0
            elif field == "kind":
                value = KIND_BY_FOLD.get(fold(item.text()))
                if value is None:
                    raise DomainError(
                        self.tr("Loại tiêu chí phải là một trong: {0}.").format(
                            ", ".join(KIND_NAMES.values())
                        )
                    )
            self.edits.change(m.Criterion, c.id, **{field: value})  # type: ignore[arg-type]
        except ValueError:
            error = self.tr("Điểm tối đa phải là một số, ví dụ 10 hoặc 2,5.")
        except DomainError as exc:
            error = _reason(exc)
        self.load()
        if error:
            self.say(error)

    def add(self, kind: m.CriterionKind) -> None:
        row = self.table.currentRow()
        current = self.criteria[row] if 0 <= row < len(self.criteria) else None
        parent = None
        if kind is not m.CriterionKind.GROUP and current is not None:
            parent = current.id if current.kind is m.CriterionKind.GROUP else current.parent_id
        order = max((c.sort_order for c in self.criteria), default=0) + 1
        title = (
            self.tr("Nhóm tiêu chí mới")
            if kind is m.CriterionKind.GROUP
            else self.tr("Tiêu chí mới")
        )
        self.edits.create(
            m.Criterion(
                set_id=self.set_id, title=title, kind=kind, parent_id=parent, sort_order=order
            )
        )
        self.load()
        self.table.setCurrentCell(len(self.criteria) - 1, 1)

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.criteria):
            return
        crit = self.criteria[row]
        scored = self.scoring.repo.count(m.Score, "criterion_id = ?", [crit.id])
        if scored:
            self.say(
                self.tr("Tiêu chí «{0}» đã có điểm của {1} đơn vị: xóa các điểm đó trước.").format(
                    crit.title, scored
                )
            )
            return
        try:
            self.edits.delete(m.Criterion, crit.id)  # type: ignore[arg-type]
        except DomainError as exc:
            self.load()
            self.say(_reason(exc))
            return
        self.load()
