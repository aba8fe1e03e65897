"""Agenda items (reorderable by drag and drop) and the speakers of one item, as Qt models."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from thidua_desktop.domain.model import AgendaItem, Speech
from thidua_desktop.ui.models.record_table_model import (
    Column,
    EditCallback,
    Index,
    RecordTableModel,
)

MIME = "application/x-thidua-agenda-row"
# on_move(item id, new 0-based position)
MoveCallback = Callable[[int, int], None]


class AgendaTableModel(RecordTableModel):
    """Agenda items in order; dropping a row elsewhere asks `on_move` to renumber."""

    def __init__(
        self, on_edit: EditCallback | None = None, on_move: MoveCallback | None = None, parent=None
    ) -> None:
        super().__init__(on_edit, parent)
        self.on_move = on_move
        self.columns = [
            Column("planned_time", self.tr("Thời gian"), editable=True),
            Column("title", self.tr("Nội dung"), editable=True),
            Column("presenter", self.tr("Người trình bày"), editable=True),
            Column("duration_minutes", self.tr("Phút"), editable=True),
        ]

    def value(self, record: AgendaItem, key: str) -> Any:
        if key == "planned_time":
            return record.planned_time.strftime("%H:%M") if record.planned_time else ""
        if key == "duration_minutes":
            return record.duration_minutes or ""
        return getattr(record, key)

    # -- drag and drop ----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.on_move else Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.on_move else flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME) or self.on_move is None:
            return False
        text = bytes(data.data(MIME).data()).decode()
        if not text or "," in text:  # one item at a time
            return False
        source = int(text)
        target = parent.row() if parent.isValid() else row
        if target < 0:
            target = self.rowCount()
        if target > source:
            target -= 1
        if target != source:
            self.on_move(self.row_at(source).id, target)
        return False  # the page reloads; the view must not remove the source row itself


class SpeechTableModel(RecordTableModel):
    """The speakers of one agenda item; the unit is shown by name through `unit_names`."""

    def __init__(self, on_edit: EditCallback | None = None, parent=None) -> None:
        super().__init__(on_edit, parent)
        self.unit_names: dict[int, str] = {}
        self.columns = [
            Column("speaker_name", self.tr("Người phát biểu"), editable=True),
            Column("speaker_title", self.tr("Chức vụ"), editable=True),
            Column("place", self.tr("Đơn vị / Cơ quan")),
            Column("points", self.tr("Ý kiến"), editable=True),
        ]

    def value(self, record: Speech, key: str) -> Any:
        if key == "place":
            return self.unit_names.get(record.unit_id, "") or record.organization
        return getattr(record, key)

    def extra(self, record: Speech, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and key == "points":
            return record.points
        return None
