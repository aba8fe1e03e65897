"""Opening the cluster database: safety pragmas, refusal of foreign or newer files, migration."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from thidua_desktop.domain.errors import SchemaTooNew, ValidationError
from thidua_desktop.storage.db import Db
from thidua_desktop.storage.migrations import MIGRATION_SET, known_migration_names, registry

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
MEMORY = ":memory:"


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A raw connection with the pragmas every connection of ours carries."""
    if str(path) == MEMORY:
        conn = sqlite3.connect(MEMORY, check_same_thread=False)
    elif readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    return conn


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise ValidationError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.")
    with path.open("rb") as fh:
        head = fh.read(16)
    if len(head) == 0:
        return  # an empty file is a new database
    if head != SQLITE_MAGIC:
        raise ValidationError(
            f"Tệp '{path.name}' không phải là cơ sở dữ liệu SQLite của thidua_desktop "
            "(có thể là tệp khác bị đổi tên hoặc tệp bị hỏng)."
        )


def applied_migrations(conn: sqlite3.Connection) -> list[str] | None:
    """Names of applied migrations, or None when the file has no migration table at all."""
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    if not has:
        return None
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [r[0] for r in rows]


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [r[0] for r in rows]


def check_schema(conn: sqlite3.Connection, name: str = "") -> list[str]:
    """Return the pending migrations; raise when the file is foreign or newer than this app."""
    try:
        applied = applied_migrations(conn)
        tables = user_tables(conn)
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"Tệp '{name}' bị hỏng, không đọc được: {exc}.") from exc
    known = known_migration_names()
    if applied is None:
        if tables:
            raise ValidationError(
                f"Tệp '{name}' là cơ sở dữ liệu của một ứng dụng khác, không phải của thidua_desktop."
            )
        return known
    unknown = [m for m in applied if m not in known]
    if unknown:
        raise SchemaTooNew(
            f"Tệp '{name}' được tạo bởi phiên bản thidua_desktop mới hơn (lược đồ {unknown[-1]}). "
            "Hãy cập nhật ứng dụng để mở tệp này; tệp không bị thay đổi."
        )
    if not applied and tables != ["_sqlite_migrations"]:
        raise ValidationError(f"Tệp '{name}' không phải là cơ sở dữ liệu của thidua_desktop.")
    return [m for m in known if m not in applied]


def backup_file(conn: sqlite3.Connection, path: Path, reason: str) -> Path:
    """A consistent copy through the backup API, next to the database, before risky work."""
    folder = path.parent / f"{path.stem}-backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.db"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("backup written: %s", target)
    return target


def apply_migrations(db: Db) -> None:
    """Apply our pending migrations (through sqlite-utils, imported only now)."""
    registry().apply(db.utils)


def open_database(path: str | Path, *, migrate: bool = True) -> Db:
    """Open (creating if needed) and migrate a cluster database; back it up before migrating."""
    is_memory = str(path) == MEMORY
    p = Path(path)
    if not is_memory:
        check_sqlite_file(p)
        p.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        pending = check_schema(conn, p.name)
        if not is_memory:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a power cut in the hall loses no committed entry.
            conn.execute("PRAGMA synchronous = FULL")
        # sqlite-utils, when used, runs without plugins (Db.utils): nothing installed elsewhere
        # on the machine hooks into our connection.
        db = Db(conn)
        if pending and migrate:
            if not is_memory and applied_migrations(conn):
                backup_file(conn, p, "before-migration")
            apply_migrations(db)
    except Exception:
        conn.close()
        raise
    log.info("opened %s (sqlite %s)", path, sqlite3.sqlite_version)
    return db
