"""Automatic backups: backup-API snapshots on open, every N minutes of editing and on close,
rotated; restore from one (after backing up the current state)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.storage import database as storage
from thidua_desktop.storage.db import Db

BACKUP_EVERY_MINUTES = 10  # the GUI's timer calls periodic() this often
# Snapshots taken on a schedule are rotated; the ones taken before a risky step are kept.
ROTATED_REASONS = ("open", "periodic", "close")
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def label(self) -> str:
        reasons = {
            "open": "khi mở",
            "periodic": "định kỳ",
            "close": "khi đóng",
            "before-migration": "trước khi nâng cấp",
            "before-restore": "trước khi khôi phục",
            "before-replace": "trước khi thay bằng gói",
            "manual": "thủ công",
        }
        return f"{self.taken_at:%d/%m/%Y %H:%M:%S} — {reasons.get(self.reason, self.reason)}"


def backup_folder(path: Path) -> Path:
    """Where the automatic backups of the cluster file `path` are kept: beside it."""
    return path.parent / f"{path.stem}-backups"


def list_backups(path: Path) -> list[BackupFile]:
    """The backups of the cluster file `path`, newest first (the file itself is not read)."""
    folder = backup_folder(Path(path))
    found = []
    if folder.is_dir():
        for p in folder.glob(f"{Path(path).stem}-*.db"):
            match = _NAME.search(p.name)
            if match and p.is_file() and not p.is_symlink():
                when = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
                found.append(BackupFile(p, when, match.group(2)))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def check_backup(backup: Path) -> None:
    """Refuse a backup that is missing, not ours, newer than this app or damaged."""
    backup = Path(backup)
    if not backup.is_file():
        raise ValidationError(f"Không tìm thấy bản sao lưu '{backup}'.")
    from thidua_desktop.storage import package as store  # heavy: only when restoring

    storage.check_sqlite_file(backup)
    conn = storage.connect(backup, readonly=True)
    try:
        storage.check_schema(conn, backup.name)
        problems = store.integrity_problems(conn)
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"Bản sao lưu '{backup.name}' bị hỏng: {exc}.") from exc
    finally:
        conn.close()
    if problems:
        raise ValidationError(f"Bản sao lưu '{backup.name}' bị hỏng: {problems[0]}.")


class BackupService:
    """Snapshots of one open database in `<stem>-backups/` next to it."""

    def __init__(self, db: Db, path: Path, keep_last: int = 10, keep_days: int = 30) -> None:
        self.db = db
        self.path = Path(path)
        self.keep_last = keep_last
        self.keep_days = keep_days
        self._changes_at_last = db.conn.total_changes

    @property
    def folder(self) -> Path:
        return backup_folder(self.path)

    def snapshot(self, reason: str = "manual") -> Path:
        """A consistent copy through the SQLite backup API (safe while the app writes)."""
        target = storage.backup_file(self.db.conn, self.path, reason)
        self._changes_at_last = self.db.conn.total_changes
        if reason in ROTATED_REASONS:
            self.rotate()
        return target

    def on_open(self) -> Path:
        return self.snapshot("open")

    def on_close(self) -> Path | None:
        """On close: only when something was edited since the last snapshot."""
        return self.snapshot("close") if self.edited_since_last() else None

    def edited_since_last(self) -> bool:
        return self.db.conn.total_changes != self._changes_at_last

    def periodic(self) -> Path | None:
        """Called by a timer every N minutes: a snapshot only if there was editing meanwhile."""
        return self.snapshot("periodic") if self.edited_since_last() else None

    def list(self) -> list[BackupFile]:
        """Backups of this database, newest first."""
        return list_backups(self.path)

    def rotate(self) -> list[Path]:
        """Keep the last K scheduled snapshots and the newest one of each of the last D days."""
        scheduled = [b for b in self.list() if b.reason in ROTATED_REASONS]
        keep = {b.path for b in scheduled[: self.keep_last]}
        days: dict[str, Path] = {}
        for b in scheduled:  # newest first: the first seen of a day is its newest
            days.setdefault(f"{b.taken_at:%Y-%m-%d}", b.path)
        keep |= set(list(days.values())[: self.keep_days])
        removed = []
        for b in scheduled:
            if b.path not in keep:
                b.path.unlink(missing_ok=True)
                removed.append(b.path)
        return removed

    def restore(self, backup: Path) -> Path:
        """Put a backup's content into the open database; the current state is backed up first.

        Returns the path of that safety backup. The backup is checked (ours, not newer,
        intact) before anything changes.
        """
        backup = Path(backup)
        check_backup(backup)
        safety = self.snapshot("before-restore")
        src = sqlite3.connect(str(backup))
        try:
            src.backup(self.db.conn)
        finally:
            src.close()
        pending = storage.check_schema(self.db.conn, self.path.name)
        if pending:
            storage.apply_migrations(self.db)
        self._changes_at_last = self.db.conn.total_changes
        return safety
