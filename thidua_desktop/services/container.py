"""The services one open database offers, built in one place for the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlite_utils import Database

from thidua_desktop.services.agenda import AgendaService
from thidua_desktop.services.attendance import AttendanceService
from thidua_desktop.services.conferences import ConferenceService
from thidua_desktop.services.editing import EditService
from thidua_desktop.services.pledges import PledgeService
from thidua_desktop.services.scoring import ScoringService
from thidua_desktop.services.unit_import import UnitImporter
from thidua_desktop.services.units import UnitService
from thidua_desktop.services.votes import VoteService
from thidua_desktop.storage.database import open_database
from thidua_desktop.storage.repositories import Repository


@dataclass
class Services:
    path: Path | None
    db: Database
    repo: Repository
    edits: EditService

    @classmethod
    def open(cls, path: str | Path, actor: str = "") -> Services:
        db = open_database(path)
        repo = Repository(db)
        return cls(
            path=None if str(path) == ":memory:" else Path(path),
            db=db,
            repo=repo,
            edits=EditService(repo, actor),
        )

    @cached_property
    def attendance(self) -> AttendanceService:
        return AttendanceService(self.edits)

    @cached_property
    def agenda(self) -> AgendaService:
        return AgendaService(self.edits)

    @cached_property
    def pledges(self) -> PledgeService:
        return PledgeService(self.edits)

    @cached_property
    def votes(self) -> VoteService:
        return VoteService(self.edits)

    @cached_property
    def scoring(self) -> ScoringService:
        return ScoringService(self.edits)

    @cached_property
    def units(self) -> UnitService:
        return UnitService(self.repo, self.edits)

    @cached_property
    def conferences(self) -> ConferenceService:
        return ConferenceService(self.edits)

    @cached_property
    def unit_import(self) -> UnitImporter:
        return UnitImporter(self.edits)

    def close(self) -> None:
        self.db.conn.close()
