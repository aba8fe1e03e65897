"""The services one open database offers, built in one place for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_desktop.services.editing import EditService
from thidua_desktop.services.locking import InstanceLock
from thidua_desktop.storage.database import open_database
from thidua_desktop.storage.db import Db
from thidua_desktop.storage.repositories import Repository

if TYPE_CHECKING:  # each service module is imported when first used: start-up stays light
    from thidua_desktop.services.agenda import AgendaService
    from thidua_desktop.services.archive import ArchiveService
    from thidua_desktop.services.attendance import AttendanceService
    from thidua_desktop.services.backups import BackupService
    from thidua_desktop.services.conferences import ConferenceService
    from thidua_desktop.services.documents import DocumentService
    from thidua_desktop.services.pledges import PledgeService
    from thidua_desktop.services.scoring import ScoringService
    from thidua_desktop.services.unit_import import UnitImporter
    from thidua_desktop.services.units import UnitService
    from thidua_desktop.services.votes import VoteService


@dataclass
class Services:
    path: Path | None
    db: Db
    repo: Repository
    edits: EditService
    lock: InstanceLock | None = None  # held by the GUI and CLI writes: one instance per file

    @classmethod
    def open(cls, path: str | Path, actor: str = "", exclusive: bool = False) -> Services:
        lock = None
        if exclusive and str(path) != ":memory:":
            lock = InstanceLock(Path(path)).acquire(actor or "thidua_desktop")
        try:
            db = open_database(path)
        except Exception:
            if lock:
                lock.release()
            raise
        repo = Repository(db)
        services = cls(
            path=None if str(path) == ":memory:" else Path(path),
            db=db,
            repo=repo,
            edits=EditService(repo, actor),
            lock=lock,
        )
        return services

    def protect_archived_years(self) -> None:
        """From now on, edits to past years are refused unless unlocked (services/archive.py).

        The GUI turns this on; scripted entry (CLI, importers, tests) builds history freely.
        """
        self.edits.guard = self.archive.check_record

    @cached_property
    def backups(self) -> BackupService | None:
        from thidua_desktop.services.backups import BackupService

        return None if self.path is None else BackupService(self.db, self.path)

    @cached_property
    def archive(self) -> ArchiveService:
        from thidua_desktop.services.archive import ArchiveService

        return ArchiveService(self.repo)

    @cached_property
    def attendance(self) -> AttendanceService:
        from thidua_desktop.services.attendance import AttendanceService

        return AttendanceService(self.edits)

    @cached_property
    def agenda(self) -> AgendaService:
        from thidua_desktop.services.agenda import AgendaService

        return AgendaService(self.edits)

    @cached_property
    def pledges(self) -> PledgeService:
        from thidua_desktop.services.pledges import PledgeService

        return PledgeService(self.edits)

    @cached_property
    def votes(self) -> VoteService:
        from thidua_desktop.services.votes import VoteService

        return VoteService(self.edits)

    @cached_property
    def scoring(self) -> ScoringService:
        from thidua_desktop.services.scoring import ScoringService

        return ScoringService(self.edits)

    @cached_property
    def units(self) -> UnitService:
        from thidua_desktop.services.units import UnitService

        return UnitService(self.repo, self.edits)

    @cached_property
    def conferences(self) -> ConferenceService:
        from thidua_desktop.services.conferences import ConferenceService

        return ConferenceService(self.edits)

    @cached_property
    def unit_import(self) -> UnitImporter:
        from thidua_desktop.services.unit_import import UnitImporter

        return UnitImporter(self.edits)

    @cached_property
    def documents(self) -> DocumentService:
        from thidua_desktop.services.documents import DocumentService

        return DocumentService(self.edits)

    def close(self) -> None:
        self.db.conn.close()
        if self.lock:
            self.lock.release()
