"""The scoring page's grid view, and the question after criteria are copied from last year."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.services.scoring import ScoringService
from thidua_desktop.ui.models.score_table_model import ScoreTableModel
from thidua_desktop.ui.undo import UndoableEdits

MESSAGE_COLORS = {"error": "#b00020", "warning": "#8a5300", "done": "#1b5e20"}


class ScoreGridView(QTableView):
    """Type to edit; Enter commits and moves down, Tab moves right (spreadsheet habits).
    A refused score keeps the cursor on its cell, to be typed again."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        model = self.model()
        refused = model.take_refused() if isinstance(model, ScoreTableModel) else None
        if refused is not None and refused.isValid():
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.setCurrentIndex(QModelIndex(refused))
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = current.siblingAtRow(current.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)


def offer_year_update(
    parent: QWidget, scoring: ScoringService, edits: UndoableEdits, set_id: int, old: int, new: int
) -> str:
    """Criteria copied from an earlier year that still say "năm <old>": ask, then update
    them all in one undoable step, or keep them as they are. Returns what to say after."""
    stale = scoring.year_mentions(set_id, old)
    if not stale:
        return ""
    examples = "\n".join(f"• {c.title}" for c in stale[:5])
    more = (
        QCoreApplication.translate("ScoringPage", "\n… và {0} tiêu chí khác").format(len(stale) - 5)
        if len(stale) > 5
        else ""
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ScoringPage", "Cập nhật năm trong tiêu chí"),
        QCoreApplication.translate(
            "ScoringPage",
            "{0} tiêu chí chép từ năm {1} còn ghi «năm {1}»:\n{2}{3}\n\n"
            "Đổi «năm {1}» thành «năm {4}» trong các tiêu chí này?",
        ).format(len(stale), old, examples, more, new),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return QCoreApplication.translate(
            "ScoringPage", "Đã giữ nguyên «năm {0}» trong các tiêu chí chép sang."
        ).format(old)
    before: list[m.Criterion] = []

    def do() -> None:
        before[:] = scoring.update_year_mentions(set_id, old, new)

    edits.action(
        QCoreApplication.translate(
            "ScoringPage", "Đổi «năm {0}» thành «năm {1}» trong tiêu chí"
        ).format(old, new),
        do,
        lambda: scoring.put_back(before),
        "Criterion",
    )
    return QCoreApplication.translate(
        "ScoringPage", "Đã đổi «năm {0}» thành «năm {1}» trong {2} tiêu chí."
    ).format(old, new, len(before))


def copy_last_years_set(
    scoring: ScoringService, edits: UndoableEdits, year_id: int
) -> tuple[m.CriteriaSet, int]:
    """Copy the latest earlier year's set into this year as one undoable step (redo brings the
    same set back); returns the new set and the year copied from. Raises NotFound saying so
    when no earlier year has a set."""
    source = scoring.previous_set(year_id)
    if source is None:
        return scoring.copy_previous_year(year_id), 0  # raises NotFound with the message
    old = scoring.repo.get(m.Year, source.year_id).year
    holder: dict = {}

    def do() -> m.CriteriaSet:
        if "snap" in holder:
            return scoring.restore_set(holder["snap"])
        holder["set"] = scoring.copy_previous_year(year_id)
        return holder["set"]

    def undo() -> None:
        holder["snap"] = scoring.remove_set(holder["set"].id)

    text = QCoreApplication.translate("ScoringPage", "Sao chép bảng tiêu chí năm {0}")
    return edits.action(text.format(old), do, undo, "CriteriaSet"), old
