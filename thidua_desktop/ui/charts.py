"""A horizontal bar chart drawn with QPainter: labels, values, highlighted bars, a threshold line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

HIGHLIGHT = QColor(200, 16, 46)
NORMAL = QColor(120, 140, 170)
THRESHOLD = QColor(230, 150, 0)


class BarChart(QWidget):
    """Bars for (label, value); `highlight` indexes are drawn red; an optional threshold line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.texts: list[str] = []
        self.highlight: set[int] = set()
        self.threshold: float | None = None
        self.threshold_text = ""
        self.maximum = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        texts: Sequence[str] | None = None,
        highlight: set[int] | None = None,
        threshold: float | None = None,
        threshold_text: str = "",
        maximum: float | None = None,
    ) -> None:
        self.labels, self.values = list(labels), list(values)
        self.texts = list(texts) if texts is not None else [f"{v:g}" for v in values]
        self.highlight = highlight or set()
        self.threshold, self.threshold_text = threshold, threshold_text
        self.maximum = max([maximum or 0.0, *self.values, threshold or 0.0, 1e-9])
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(480, max(120, 26 * len(self.values) + 30))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.values:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có số liệu"))
            return
        metrics = QFontMetrics(self.font())
        label_w = min(
            max(metrics.horizontalAdvance(t) for t in self.labels) + 12, self.width() // 2
        )
        text_w = max(metrics.horizontalAdvance(t) for t in self.texts) + 10
        top, bottom = 8, 22
        row_h = max(14.0, (self.height() - top - bottom) / len(self.values))
        bar_h = row_h * 0.7
        plot_w = max(10.0, self.width() - label_w - text_w - 8)
        for i, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            y = top + i * row_h
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            width = plot_w * value / self.maximum
            painter.fillRect(
                QRectF(label_w, y + (row_h - bar_h) / 2, width, bar_h),
                HIGHLIGHT if i in self.highlight else NORMAL,
            )
            painter.drawText(
                QRectF(label_w + width + 4, y, text_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.texts[i],
            )
        if self.threshold is not None:
            x = label_w + plot_w * self.threshold / self.maximum
            painter.setPen(QPen(THRESHOLD, 2, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), top, int(x), int(top + row_h * len(self.values)))
            painter.drawText(
                QRectF(x - 100, self.height() - bottom + 2, 200, bottom - 4),
                Qt.AlignmentFlag.AlignCenter,
                self.threshold_text,
            )
