"""Bar chart of a vote drawn with QPainter: votes per candidate, threshold line, winners highlighted."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from thidua_desktop.documents.vote_chart import (
    AXIS_TEXT_COLOR,
    GRID_COLOR,
    THRESHOLD_COLOR,
    ChartSpec,
    chart_spec,
)
from thidua_desktop.domain.voting import Status, VoteResult
from thidua_desktop.ui.domain_labels import label as domain_label

ROW_H = 26.0
PAD = 10.0


class VoteChart(QWidget):
    """Horizontal bars (names are long) on a 0–100% scale of the base; same spec as the PNG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.threshold_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_result(self, result: VoteResult | None) -> None:
        self.spec = chart_spec(result) if result is not None else None
        self.threshold_label = (
            self.tr("Ngưỡng {0}").format(result.rules.threshold_text) if result else ""
        )
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.spec.bars) if self.spec else 3
        return QSize(600, int(PAD * 2 + 24 + ROW_H * rows + 56))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        spec = self.spec
        if spec is None or not spec.bars:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có kết quả"))
            return
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetricsF(font)
        width = float(self.width())
        label_w = min(width * 0.42, max(fm.horizontalAdvance(b.label) for b in spec.bars))
        value_w = fm.horizontalAdvance("888/888 (100,00%)") + PAD
        x0 = PAD + label_w + PAD
        plot_w = max(40.0, width - x0 - value_w - PAD)
        top = PAD + 18 + (20 if spec.note else 0)
        bottom = top + ROW_H * len(spec.bars)
        if spec.note:
            p.setPen(QColor(THRESHOLD_COLOR))
            p.setFont(bold)
            p.drawText(QPointF(PAD, PAD + fm.ascent()), spec.note)
        p.setFont(font)
        for pct in (0, 25, 50, 75, 100):
            x = x0 + plot_w * pct / 100
            p.setPen(QColor(GRID_COLOR))
            p.drawLine(QPointF(x, top - 4), QPointF(x, bottom))
            p.setPen(QColor(AXIS_TEXT_COLOR))
            p.drawText(QRectF(x - 30, top - 20, 60, 16), Qt.AlignmentFlag.AlignCenter, f"{pct}%")
        tx = x0 + plot_w * spec.threshold_pct / 100
        p.setPen(QPen(QColor(THRESHOLD_COLOR), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(tx, top - 4), QPointF(tx, bottom + 4))
        for i, bar in enumerate(spec.bars):
            y = top + i * ROW_H
            p.setPen(Qt.GlobalColor.black)
            p.setFont(font)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            p.drawText(
                QRectF(PAD, y, label_w, ROW_H),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar_w = plot_w * bar.percent / 100
            if bar_w > 0:
                p.fillRect(QRectF(x0, y + ROW_H * 0.18, bar_w, ROW_H * 0.64), QColor(bar.color))
            p.setFont(bold if bar.status is Status.ELECTED else font)
            text_w = QFontMetricsF(p.font()).horizontalAdvance(bar.value_text)
            p.fillRect(QRectF(x0 + bar_w + 3, y + 4, text_w + 6, ROW_H - 8), Qt.GlobalColor.white)
            p.drawText(
                QRectF(x0 + bar_w + 6, y, value_w, ROW_H),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.value_text,
            )
        p.setPen(QColor(THRESHOLD_COLOR))
        p.setFont(font)
        p.drawText(
            QRectF(tx - 80, bottom + 4, 160, 18), Qt.AlignmentFlag.AlignCenter, self.threshold_label
        )
        x = PAD
        ly = bottom + 28
        for color, text in ((c, domain_label(t)) for c, t in spec.legend):
            p.fillRect(QRectF(x, ly, 14, 14), QColor(color))
            p.setPen(Qt.GlobalColor.black)
            p.drawText(QPointF(x + 20, ly + 12), text)
            x += 20 + fm.horizontalAdvance(text) + 20
        p.end()
