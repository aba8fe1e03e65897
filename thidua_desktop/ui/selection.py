"""What the secretary is working on now (cluster, year, conference), shared by all pages."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Current cluster / year / conference ids; pages listen to `changed` and refresh."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cluster_id: int | None = None
        self.year_id: int | None = None
        self.conference_id: int | None = None

    def set(
        self,
        cluster_id: int | None = None,
        year_id: int | None = None,
        conference_id: int | None = None,
    ) -> None:
        new = (cluster_id, year_id, conference_id)
        if new != (self.cluster_id, self.year_id, self.conference_id):
            self.cluster_id, self.year_id, self.conference_id = new
            self.changed.emit()
