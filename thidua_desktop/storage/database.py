"""Opening the cluster database: safety pragmas, refusal of foreign or newer files, migration."""

from __future__ import annotations

import logging
import os
import sqlite3
import weakref
from datetime import datetime
from pathlib import Path

from thidua_desktop.domain.errors import FileDamaged, SchemaTooNew, ValidationError
from thidua_desktop.storage.db import Db
from thidua_desktop.storage.migrations import MIGRATION_SET, known_migration_names, registry

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
MEMORY = ":memory:"
# Tables SQLite itself may add (ANALYZE, AUTOINCREMENT): never foreign.
SQLITE_INTERNAL = ("sqlite_stat1", "sqlite_stat4", "sqlite_sequence")
# SQLite's primary result codes of the machine's faults: busy, locked, read-only, I/O error,
# full, cannot open.
DISK_FAULT_CODES = frozenset({5, 6, 8, 10, 13, 14})
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
# Checkpoint after every commit that leaves a page in the WAL, so the main file holds every
# acknowledged edit (docs/architecture.md, "The file with other programs around").
AUTOCHECKPOINT_PAGES = 1

# Connections of ours, by the identity (device, inode) of the file they hold open.
_OPEN: dict[tuple[int, int], weakref.WeakSet[_Connection]] = {}


class _Connection(sqlite3.Connection):
    """A connection that remembers it is closed, so `is_open_here` can ask."""

    closed = False

    def close(self) -> None:
        self.closed = True
        super().close()


def file_identity(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of a file — its file ID on Windows — read by stat, never by opening it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


def same_file(a: str | Path, b: str | Path) -> bool:
    """True when both paths name one existing file (hard links, symlinks, other spellings)."""
    key = file_identity(a)
    return key is not None and key == file_identity(b)


def is_open_here(path: str | Path) -> bool:
    """True while a connection of this process has the file open (under any of its names).

    Then nothing but SQLite may open it: on POSIX, closing any other descriptor of the file
    drops every lock SQLite holds on it, and another program may then delete the -wal we
    still write to.
    """
    key = file_identity(path)
    return key is not None and any(not c.closed for c in _OPEN.get(key, ()))


def _track(conn: _Connection, path: str | Path) -> None:
    key = file_identity(path)
    if key is not None:
        _OPEN.setdefault(key, weakref.WeakSet()).add(conn)


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A raw connection with the pragmas every connection of ours carries."""
    if str(path) == MEMORY:
        conn = sqlite3.connect(MEMORY, check_same_thread=False, factory=_Connection)
    elif readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, factory=_Connection)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, factory=_Connection)
    if str(path) != MEMORY:
        _track(conn, path)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    return conn


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database.

    The header is read only while no connection of ours has the file open; once one has,
    the file is an SQLite database of ours and reading it by any other handle is forbidden
    (see is_open_here).
    """
    if not path.exists():
        return
    if path.is_dir():
        raise ValidationError(f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.")
    if is_open_here(path) or path.stat().st_size == 0:
        return  # already open through SQLite / an empty file is a new database
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise FileDamaged(
            f"Tệp '{path.name}' không phải là cơ sở dữ liệu SQLite của thidua_desktop "
            "(có thể là tệp khác bị đổi tên hoặc tệp bị hỏng)."
        )


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Copy committed pages from the WAL into the main file, waiting for nobody (PASSIVE).

    True when the main file now holds every commit; False when a reader in another program
    still needs older pages (or a transaction is open): try again later.
    """
    if conn.in_transaction:
        return False
    busy, in_wal, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return not busy and in_wal == copied


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


def check_pages(conn: sqlite3.Connection, name: str = "") -> None:
    """Refuse a file whose pages are damaged (its header and schema may still read well): found
    at opening, the recovery window offers the backups; found later, an edit would fail.
    `quick_check` reads every page once (about 60 ms for 45 MB)."""
    try:
        found = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_disk_fault(exc):
            raise
        raise FileDamaged(f"Tệp '{name}' bị hỏng, không đọc được: {exc}.") from exc
    if found is None or found[0] != "ok":
        log.warning("quick_check of %s: %s", name, found[0] if found else None)
        raise FileDamaged(f"Tệp '{name}' bị hỏng ở giữa tệp: một phần dữ liệu không đọc được.")


def check_schema(conn: sqlite3.Connection, name: str = "") -> list[str]:
    """Return the pending migrations; raise when the file is foreign or newer than this app."""
    try:
        applied = applied_migrations(conn)
        tables = user_tables(conn)
    except sqlite3.DatabaseError as exc:
        if is_disk_fault(exc):
            raise
        raise FileDamaged(f"Tệp '{name}' bị hỏng, không đọc được: {exc}.") from exc
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


def is_disk_fault(exc: BaseException) -> bool:
    """An SQLite error that is the machine's (full, read-only, unplugged, locked), not the
    file's: it must never be reported as a damaged file (services/faults.py says it)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in DISK_FAULT_CODES


def is_damage(exc: BaseException) -> bool:
    """An SQLite error that says the file itself is damaged or not a database (not the disk)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    )


def schema_entries(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(type, name) -> normalised SQL of everything in sqlite_master."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(t, n): " ".join((s or "").split()) for t, n, s in rows}


def check_foreign_objects(conn: sqlite3.Connection, applied: list[str], name: str) -> None:
    """Refuse a database of ours that holds triggers, views, tables or indexes our migrations
    did not create (a planted trigger fires on our own writes), naming them."""
    from thidua_desktop.storage import schema_current

    if tuple(applied) == schema_current.NAMES:  # the usual case, without building a reference
        actual = schema_entries(conn)
        internal = [k for k in actual if k[0] == "table" and k[1] in SQLITE_INTERNAL]
        for key in internal:
            del actual[key]
        if actual == schema_current.ENTRIES:
            return
    from thidua_desktop.storage.package import foreign_objects  # builds the reference schema

    problems = foreign_objects(conn, applied, with_meta=False)
    if problems:
        shown = "; ".join(problems[:5]) + (
            f" và {len(problems) - 5} chỗ khác" if len(problems) > 5 else ""
        )
        raise ValidationError(
            f"Tệp '{name}' có thành phần không do thidua_desktop tạo ra ({shown}); "
            "từ chối mở, tệp không bị thay đổi."
        )


def open_database(path: str | Path, *, migrate: bool = True) -> Db:
    """Open (creating if needed) and migrate a cluster database; back it up before migrating.

    An existing file is refused, unchanged, when it is not ours, newer than this app, or holds
    schema objects our migrations did not create.
    """
    is_memory = str(path) == MEMORY
    p = Path(path)
    if not is_memory:
        check_sqlite_file(p)
        p.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        pending = check_schema(conn, p.name)
        applied = applied_migrations(conn)
        if applied:
            check_foreign_objects(conn, applied, p.name)
            check_pages(conn, p.name)
        if not is_memory:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a power cut in the hall loses no committed entry.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        # sqlite-utils, when used, runs without plugins (Db.utils): nothing installed elsewhere
        # on the machine hooks into our connection.
        db = Db(conn)
        if pending and migrate:
            if not is_memory and applied:
                backup_file(conn, p, "before-migration")
            apply_migrations(db)
    except Exception:
        conn.close()
        raise
    log.info("opened %s (sqlite %s)", path, sqlite3.sqlite_version)
    return db
