"""A cluster file that will not open: its automatic backups described, and one put back in its
place. The damaged file is set aside under a new name beside it, never deleted."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from thidua_desktop.domain.errors import DomainError, FileDamaged, ValidationError
from thidua_desktop.services.backups import BackupFile, check_backup, list_backups
from thidua_desktop.services.faults import explain
from thidua_desktop.services.locking import InstanceLock
from thidua_desktop.storage import database as storage
from thidua_desktop.storage.copies import copy_database

# What sits beside a database and belongs to it: moved aside with it, so a stale journal is
# never replayed into the restored file.
COMPANIONS = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupSummary:
    """One backup as the recovery screen lists it."""

    backup: BackupFile
    units: int = 0
    years: tuple[int, ...] = ()
    last_change: str = ""  # the newest entry of its audit log, "dd/mm/yyyy HH:MM"
    problem: str = ""  # why it cannot be used; "" when it can

    @property
    def usable(self) -> bool:
        return not self.problem

    @property
    def years_text(self) -> str:
        if not self.years:
            return "—"
        if len(self.years) > 3:
            return f"{self.years[0]}–{self.years[-1]} ({len(self.years)} năm)"
        return ", ".join(str(y) for y in self.years)


def needs_recovery(exc: BaseException) -> bool:
    """Whether an open failure is one the recovery screen helps with: the file is damaged, or
    the machine failed while reading it (not: newer schema, a foreign file, open elsewhere)."""
    if isinstance(exc, FileDamaged):
        return True
    cause = exc.__cause__
    return isinstance(cause, sqlite3.Error | OSError) and explain(cause) is not None


def describe(path: Path) -> list[BackupSummary]:
    """The backups of `path`, newest first, each with what it holds. Read only; each backup is
    opened read-only and only counted (the full check runs when one is restored)."""
    return [_summary(b) for b in list_backups(Path(path))]


def _summary(backup: BackupFile) -> BackupSummary:
    try:
        storage.check_sqlite_file(backup.path)
        conn = storage.connect(backup.path, readonly=True)
    except (DomainError, sqlite3.Error, OSError) as exc:
        return BackupSummary(backup, problem=_problem(exc))
    try:
        storage.check_schema(conn, backup.path.name)
        units = conn.execute("SELECT count(*) FROM units").fetchone()[0]
        years = tuple(r[0] for r in conn.execute("SELECT DISTINCT year FROM years ORDER BY year"))
        last = conn.execute("SELECT max(at) FROM audit_log").fetchone()[0] or ""
    except (DomainError, sqlite3.Error) as exc:
        return BackupSummary(backup, problem=_problem(exc))
    finally:
        conn.close()
    return BackupSummary(backup, units, years, _when(last))


def _problem(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return str(exc)
    return explain(exc) or "không đọc được"


def _when(stamp: str) -> str:
    try:
        return f"{datetime.fromisoformat(stamp):%d/%m/%Y %H:%M}"
    except ValueError:
        return stamp


def aside_name(path: Path, now: datetime | None = None) -> Path:
    """`cum.db` → `cum-hong-20261206-071500.db`, a name not yet taken."""
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    candidate = path.with_name(f"{path.stem}-hong-{stamp}{path.suffix}")
    n = 2
    while any(Path(f"{candidate}{c}").exists() for c in COMPANIONS):
        candidate = path.with_name(f"{path.stem}-hong-{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def restore_backup(path: Path, backup: Path, lock_dir: Path | None = None) -> Path | None:
    """Put `backup` where the cluster file `path` was; return where the damaged file went
    (None when there was none). Refused, changing nothing, when the backup is not sound or the
    file is open in another window. The copy is written in full first, then the damaged file
    and its journals are renamed aside, then the copy takes its name."""
    path, backup = Path(path), Path(backup)
    check_backup(backup)
    lock = InstanceLock(path, lock_dir)
    try:
        lock.acquire("khôi phục")
    except OSError as exc:
        raise ValidationError(explain(exc) or f"Không khóa được tệp '{path.name}'.") from exc
    staging = path.with_name(f".{path.name}.khoi-phuc")
    try:
        src = storage.connect(backup, readonly=True)
        try:
            copy_database(src, staging)
        finally:
            src.close()
        aside = aside_name(path) if path.exists() and path.stat().st_size else None
        for companion in COMPANIONS:
            current = Path(f"{path}{companion}")
            if not current.exists():
                continue
            if aside is None:
                if companion:  # journals of an empty file: nothing to keep
                    current.unlink()
                continue
            os.replace(current, f"{aside}{companion}")
        os.replace(staging, path)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise ValidationError(
            explain(exc, path) or f"Không khôi phục được '{path.name}': {exc}."
        ) from exc
    finally:
        lock.release()
    return aside
