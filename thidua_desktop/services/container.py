"""The services one open database offers, built in one place for the GUI and the CLI."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_desktop.domain.errors import FileDamaged, ValidationError
from thidua_desktop.services.editing import EditService
from thidua_desktop.services.locking import InstanceLock
from thidua_desktop.storage.database import checkpoint as checkpoint_wal
from thidua_desktop.storage.database import is_damage, open_database
from thidua_desktop.storage.db import Db
from thidua_desktop.storage.repositories import Repository

if TYPE_CHECKING:  # each service module is imported when first used: start-up stays light
    from thidua_desktop.services.agenda import AgendaService
    from thidua_desktop.services.archive import ArchiveService
    from thidua_desktop.services.attendance import AttendanceService
    from thidua_desktop.services.backups import BackupService
    from thidua_desktop.services.conferences import ConferenceService
    from thidua_desktop.services.documents import DocumentService
    from thidua_desktop.services.legal_grounds import LegalGroundService
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
    def open(
        cls, path: str | Path, actor: str = "", exclusive: bool = False, create: bool = True
    ) -> Services:
        """Open a cluster database; `exclusive` holds the one-instance lock while open.

        `create=False` (read commands) refuses a missing file instead of making an empty one.
        A folder that does not exist is never created here: a mistyped path must not produce
        a new, empty cluster somewhere.
        """
        memory = str(path) == ":memory:"
        if not memory:
            check_location(Path(path), create)
        lock = None
        if exclusive and not memory:
            lock = InstanceLock(Path(path))
            try:
                lock.acquire(actor or "thidua_desktop")
            except OSError as exc:
                from thidua_desktop.services.faults import explain

                raise ValidationError(
                    explain(exc) or f"Không tạo được tệp khóa cho '{Path(path).name}'."
                ) from exc
        try:
            db = open_database(path)
        except Exception as exc:
            if lock:
                lock.release()
                if lock.created_db:
                    _remove_if_empty(Path(path))
            if not isinstance(exc, sqlite3.Error | OSError):
                raise
            from thidua_desktop.services.faults import explain

            message = explain(exc, path)  # full, read-only, unplugged disk: never "damaged"
            if message is None:
                raise
            if is_damage(exc):
                raise FileDamaged(message) from exc
            raise ValidationError(message) from exc
        repo = Repository(db)
        services = cls(
            path=None if memory else Path(path),
            db=db,
            repo=repo,
            edits=EditService(repo, actor),
            lock=lock,
        )
        return services

    def checkpoint(self) -> bool:
        """Bring the main file up to date with every commit; False if a reader elsewhere held
        it back (each commit already tries; the GUI calls this when idle and on page changes)."""
        return self.path is None or checkpoint_wal(self.db.conn)

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
    def legal_grounds(self) -> LegalGroundService:
        from thidua_desktop.services.legal_grounds import LegalGroundService

        return LegalGroundService(self.edits)

    @cached_property
    def documents(self) -> DocumentService:
        from thidua_desktop.services.documents import DocumentService

        return DocumentService(self.edits)

    def close(self) -> None:
        self.db.conn.close()
        if self.lock:
            self.lock.release()


def check_location(path: Path, create: bool) -> None:
    """Refuse, in one line, a database path that cannot be right before anything is made."""
    if path.exists():
        if path.is_dir():
            raise ValidationError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.")
        return
    if not create:
        raise ValidationError(
            f"Không tìm thấy tệp cơ sở dữ liệu '{path}'; hãy kiểm tra lại đường dẫn (--db)."
        )
    if not path.parent.is_dir():
        raise ValidationError(
            f"Thư mục '{path.parent}' không tồn tại; hãy tạo thư mục đó hoặc chọn nơi khác "
            f"cho tệp '{path.name}'."
        )


def _remove_if_empty(path: Path) -> None:
    """Undo the empty file the lock made when opening then failed (nothing else is in it)."""
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass
