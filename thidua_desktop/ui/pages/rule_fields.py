"""The five editors of a voting rule (threshold, comparison, base, quota, quorum), shared by pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from thidua_desktop.domain.voting import Base, Comparison, parse_percent
from thidua_desktop.ui.domain_labels import label


def typed_percent(stored: str) -> str:
    """How a stored percentage reads in a field: "200/3" → "2/3", "66.67" → "66,67"."""
    if "/" in stored:
        ratio = parse_percent(stored) / 100
        return f"{ratio.numerator}/{ratio.denominator}"
    return stored.replace(".", ",")


class RuleFields(QObject):
    """Editors for an award's or a vote's rule; `on_edit` runs after each finished edit."""

    def __init__(self, on_edit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = QLineEdit()  # the page sets its tooltip (in its translation context)
        self.comparison = QComboBox()
        for c in Comparison:
            self.comparison.addItem(label(c.label), c.value)
        self.base = QComboBox()
        for b in Base:
            self.base.addItem(label(b.label), b.value)
        self.quota = QSpinBox(minimum=1, maximum=100)
        self.quorum = QLineEdit()
        for field in (self.threshold, self.quota, self.quorum):
            field.editingFinished.connect(on_edit)
        for box in (self.comparison, self.base):
            box.activated.connect(lambda _i: on_edit())

    def show(self, record: Any) -> None:
        """Fill the editors from an Award or a Vote (same rule field names)."""
        self.threshold.setText(typed_percent(record.threshold_pct))
        self.comparison.setCurrentIndex(self.comparison.findData(record.comparison))
        self.base.setCurrentIndex(self.base.findData(record.base))
        self.quota.setValue(record.quota)
        self.quorum.setText(typed_percent(record.quorum_pct))
