"""The bar above every page: which cluster, year and conference the secretary is working on."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import MiddleElideComboBox


class HeaderBar(QFrame):
    """Shows the cluster; the year and conference combos drive `Selection`."""

    def __init__(
        self,
        services: Services,
        edits: UndoableEdits,
        selection: Selection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.selection = selection
        self.setObjectName("HeaderBar")
        self.setStyleSheet(
            "#HeaderBar { background: #1d3557; } #HeaderBar QLabel { color: white; }"
            "#HeaderBar QLabel#cluster { font-size: 13pt; font-weight: 600; }"
        )
        self.cluster_label = QLabel()
        self.cluster_label.setObjectName("cluster")
        self.cluster_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(90)
        self.year_combo.setToolTip(self.tr("Năm đang làm việc"))
        self.conference_combo = MiddleElideComboBox()
        self.conference_combo.setMinimumWidth(240)
        self.conference_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.conference_combo.setMinimumContentsLength(36)
        self.conference_combo.setToolTip(self.tr("Hội nghị đang làm việc"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.cluster_label, 1)
        year_label = QLabel(self.tr("Năm:"))
        year_label.setBuddy(self.year_combo)
        layout.addWidget(year_label)
        layout.addWidget(self.year_combo)
        conf_label = QLabel(self.tr("Hội nghị:"))
        conf_label.setBuddy(self.conference_combo)
        layout.addWidget(conf_label)
        layout.addWidget(self.conference_combo)
        self.year_combo.activated.connect(self._year_chosen)
        self.conference_combo.activated.connect(self._conference_chosen)
        selection.changed.connect(self.refresh)
        edits.changed.connect(lambda _entity: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        repo = self.services.repo
        sel = self.selection
        cluster = repo.get(m.Cluster, sel.cluster_id) if sel.cluster_id else None
        if cluster is None:
            self.cluster_label.setText(self.tr("Chưa có cụm thi đua"))
        else:
            self.cluster_label.setText(cluster.name)
            self.cluster_label.setToolTip(cluster.name)
        with QSignalBlocker(self.year_combo):
            self.year_combo.clear()
            if cluster is not None:
                for year in self.services.conferences.years(cluster.id):  # type: ignore[arg-type]
                    self.year_combo.addItem(str(year.year), year.id)
            self.year_combo.setCurrentIndex(self.year_combo.findData(sel.year_id))
        with QSignalBlocker(self.conference_combo):
            self.conference_combo.clear()
            if sel.year_id:
                for conf in self.services.conferences.conferences(sel.year_id):
                    when = conf.date.strftime("%d/%m") + " · " if conf.date else ""
                    self.conference_combo.addItem(when + conf.title, conf.id)
                    last = self.conference_combo.count() - 1
                    self.conference_combo.setItemData(last, conf.title, Qt.ItemDataRole.ToolTipRole)
            self.conference_combo.setCurrentIndex(self.conference_combo.findData(sel.conference_id))
        self.conference_combo.setToolTip(
            self.conference_combo.currentText() or self.tr("Hội nghị đang làm việc")
        )
        self.year_combo.setEnabled(self.year_combo.count() > 0)
        self.conference_combo.setEnabled(self.conference_combo.count() > 0)

    def _year_chosen(self, index: int) -> None:
        year_id = self.year_combo.itemData(index)
        confs = self.services.conferences.conferences(year_id) if year_id else []
        self.selection.set(self.selection.cluster_id, year_id, confs[-1].id if confs else None)

    def _conference_chosen(self, index: int) -> None:
        sel = self.selection
        sel.set(sel.cluster_id, sel.year_id, self.conference_combo.itemData(index))
