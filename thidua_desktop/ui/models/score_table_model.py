"""The scoring grid: member units down, criteria across, live totals and rank at the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from thidua_desktop.domain import model as m
from thidua_desktop.domain.scoring import UnitTotals
from thidua_desktop.domain.vntext import format_decimal

Index = QModelIndex | QPersistentModelIndex
CriterionRole = Qt.ItemDataRole.UserRole + 1  # the Criterion of a score column
UnitRole = Qt.ItemDataRole.UserRole + 2  # the Unit of a row

KIND_MARK = {m.CriterionKind.BONUS: "+", m.CriterionKind.PENALTY: "−"}


def points(value: float | None) -> str:
    """85.5 -> '85,5'; 90.0 -> '90'; None -> ''."""
    if value is None:
        return ""
    text = format_decimal(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def parse_points(text: str) -> float | None:
    """'85,5' or '85.5' -> 85.5; '' -> None (clears the score). Raises ValueError otherwise."""
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class ScoreTableModel(QAbstractTableModel):
    """Rows = units, columns = scorable criteria + TOTAL + RANK. Edits go through `on_edit`."""

    def __init__(self, on_edit: Callable[[int, int, str], bool]) -> None:
        super().__init__()
        # (criterion_id, unit_id, typed text) -> stored? A refusal is said by on_edit itself.
        self.on_edit = on_edit
        self.refused: QPersistentModelIndex | None = None  # the cell of the last refused edit
        self.units: list[m.Unit] = []
        self.criteria: list[m.Criterion] = []
        self.values: dict[tuple[int, int], float | None] = {}  # (criterion, unit) -> score
        self.totals: dict[int, UnitTotals] = {}
        self.field = "cluster_score"

    @property
    def total_column(self) -> int:
        return len(self.criteria)

    @property
    def rank_column(self) -> int:
        return len(self.criteria) + 1

    def set_rows(
        self,
        units: Sequence[m.Unit],
        criteria: Sequence[m.Criterion],
        scores: Sequence[m.Score],
        ranking: Sequence[UnitTotals],
        field: str = "cluster_score",
    ) -> None:
        self.beginResetModel()
        self.units = list(units)
        self.criteria = [c for c in criteria if c.kind is not m.CriterionKind.GROUP]
        self.field = field
        self.values = {(s.criterion_id, s.unit_id): getattr(s, field) for s in scores}
        self.totals = {t.unit_id: t for t in ranking}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.criteria) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802,E501
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.units):
                unit = self.units[section]
                return unit.short_name or unit.name
            return None
        if section == self.total_column:
            return self.tr("Tổng") if role == Qt.ItemDataRole.DisplayRole else None
        if section == self.rank_column:
            return self.tr("Hạng") if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self.criteria):
            return None
        c = self.criteria[section]
        if role == Qt.ItemDataRole.DisplayRole:
            label = c.code or str(section + 1)
            return f"{KIND_MARK.get(c.kind, '')}{label}\n({points(c.max_points)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} — tối đa {1} điểm").format(c.title, points(c.max_points))
        if role == CriterionRole:
            return c
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.criteria):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        col = index.column()
        if role == UnitRole:
            return unit
        if col == self.total_column:
            t = self.totals.get(unit.id)  # type: ignore[arg-type]
            if role == Qt.ItemDataRole.DisplayRole:
                return points(t.total) if t else self.tr("Chưa chấm")
            if role == Qt.ItemDataRole.ForegroundRole and t is None:
                return QColor("#6b7280")
            if role == Qt.ItemDataRole.ToolTipRole and t:
                return self.tr("Cơ bản {0} + thưởng {1} − trừ {2}").format(
                    points(t.base), points(t.bonus), points(t.penalty)
                )
        elif col == self.rank_column:
            t = self.totals.get(unit.id)  # type: ignore[arg-type]
            if role == Qt.ItemDataRole.DisplayRole:
                return str(t.rank) if t else ""
            if role == Qt.ItemDataRole.ToolTipRole and t and t.decided_by:
                return t.decided_by
        else:
            c = self.criteria[col]
            value = self.values.get((c.id, unit.id))  # type: ignore[arg-type]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return points(value)
            if role == CriterionRole:
                return c
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{unit.name}\n" + self.tr("{0} (tối đa {1})").format(
                    c.title, points(c.max_points)
                )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() >= len(self.criteria):
            return False
        c = self.criteria[index.column()]
        unit = self.units[index.row()]
        stored = self.on_edit(c.id, unit.id, str(value))  # type: ignore[arg-type]
        self.refused = None if stored else QPersistentModelIndex(index)
        return stored

    def take_refused(self) -> QPersistentModelIndex | None:
        """The cell whose edit was just refused (once), for the view to stay on it."""
        refused, self.refused = self.refused, None
        return refused

    def refresh_values(self, scores: Sequence[m.Score], ranking: Sequence[UnitTotals]) -> None:
        """New values and totals without resetting the view (keeps the cursor where it is)."""
        self.values = {(s.criterion_id, s.unit_id): getattr(s, self.field) for s in scores}
        self.totals = {t.unit_id: t for t in ranking}
        if self.units:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.units) - 1, self.rank_column)
            )
