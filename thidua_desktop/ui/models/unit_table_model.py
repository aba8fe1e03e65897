"""The member units as an editable table: one row per unit, in the cluster's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from thidua_desktop.domain.model import Unit
from thidua_desktop.ui.models.row_table_model import Col, Index, RowTableModel


class UnitTableModel(RowTableModel):
    NAME, SHORT_NAME, KIND, HEAD_NAME, HEAD_TITLE, PROVINCE, MEMBER, ACTIVE = range(8)
    TR_CONTEXT = "UnitTableModel"
    COLUMNS = (
        Col("name", QT_TRANSLATE_NOOP("UnitTableModel", "Tên đơn vị"), editable=True, width=300),
        Col(
            "short_name",
            QT_TRANSLATE_NOOP("UnitTableModel", "Tên viết tắt"),
            editable=True,
            width=140,
        ),
        Col("kind", QT_TRANSLATE_NOOP("UnitTableModel", "Loại"), editable=True, width=100),
        Col(
            "head_name", QT_TRANSLATE_NOOP("UnitTableModel", "Thủ trưởng"), editable=True, width=150
        ),
        Col("head_title", QT_TRANSLATE_NOOP("UnitTableModel", "Chức vụ"), editable=True, width=100),
        Col(
            "province",
            QT_TRANSLATE_NOOP("UnitTableModel", "Tỉnh/thành phố"),
            editable=True,
            width=110,
        ),
        Col(
            "is_member",
            QT_TRANSLATE_NOOP("UnitTableModel", "Thành viên"),
            editable=True,
            check=True,
            width=80,
        ),
        Col(
            "active",
            QT_TRANSLATE_NOOP("UnitTableModel", "Hoạt động"),
            editable=True,
            check=True,
            width=80,
        ),
    )

    def __init__(self, committer=None, parent=None) -> None:
        super().__init__(committer, parent)
        self.movable = True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        value = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == self.MEMBER:
                return QCoreApplication.translate(
                    "UnitTableModel", "Bỏ chọn cho đơn vị trực thuộc: có mặt nhưng không bỏ phiếu"
                )
        return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            unit: Unit = self.row_at(index.row())
            if not unit.active:
                return QBrush(QColor("#8a8a8a"))
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            unit = self.row_at(index.row())
            if not unit.active:
                return QCoreApplication.translate(
                    "UnitTableModel", "Đơn vị đã ngừng hoạt động (giữ lại cho hồ sơ các năm trước)"
                )
        return super().data(index, role)
