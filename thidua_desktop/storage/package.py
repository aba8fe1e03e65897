"""Handover package files: write one (VACUUM INTO + package_meta), read a foreign one read-only.

A package is a plain single-file SQLite database (`VACUUM INTO` output, never WAL) holding our
tables plus `package_meta`. A received file is never adopted or written: it is size-checked from
its header, copied to a private temporary file, opened `mode=ro` with `trusted_schema=OFF`,
and its schema is compared with a reference built by our own migrations before any row is read.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlite_utils import Database

from thidua_desktop.domain.errors import SchemaTooNew, ValidationError
from thidua_desktop.storage import migrations as mig
from thidua_desktop.storage.database import (
    SQLITE_INTERNAL,
    SQLITE_MAGIC,
    is_open_here,
    schema_entries,
)
from thidua_desktop.storage.package_digest import content_digest

__all__ = ["content_digest"]  # re-exported: callers use storage.package as one module

SUFFIX = ".thidua"
META_TABLE = "package_meta"
META_SQL = f"CREATE TABLE {META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
# Limits a real cluster never reaches (a decade of records is tens of MB); anything claiming
# more is refused from the header or the record sizes, before its content is read.
MAX_PACKAGE_BYTES = 2 * 1024**3
MAX_VALUE_BYTES = 256 * 1024**2
# Tables SQLite itself may add (ANALYZE): tolerated, never copied.


class Cancelled(Exception):
    """The user cancelled a long operation; nothing was written."""


def _mb(n: int) -> str:
    """Size as the secretary reads it: '3,0 MB', '10,0 GB'."""
    value, unit = (n / 1024**3, "GB") if n >= 1024**3 else (n / 1024**2, "MB")
    return f"{value:.1f} {unit}".replace(".", ",")


def _bytes(n: int) -> str:
    return f"{n:,} byte".replace(",", ".")


def _two_sizes(a: int, b: int) -> tuple[str, str]:
    """Two sizes that differ, in bytes when their rounded MB/GB forms would read the same."""
    return (_mb(a), _mb(b)) if _mb(a) != _mb(b) else (_bytes(a), _bytes(b))


# -- header and size checks (before SQLite touches the file) -------------------------------------
def check_header(path: Path, max_bytes: int = MAX_PACKAGE_BYTES) -> None:
    """Refuse what is not a whole, plain SQLite file of a sane size, reading only its header."""
    if not path.exists():
        raise ValidationError(f"Không tìm thấy tệp '{path}'.")
    if not path.is_file():
        raise ValidationError(f"'{path.name}' không phải là một tệp.")
    if is_open_here(path):  # reading it by another handle would drop SQLite's locks on it
        raise ValidationError(
            f"Tệp '{path.name}' là cơ sở dữ liệu đang mở trong ứng dụng, không phải gói bàn giao."
        )
    size = path.stat().st_size
    if size == 0:
        raise ValidationError(f"Tệp '{path.name}' rỗng (0 byte): không phải gói bàn giao.")
    if size > max_bytes:
        raise ValidationError(
            f"Tệp '{path.name}' quá lớn ({_mb(size)}, tối đa {_mb(max_bytes)}): từ chối mở."
        )
    with path.open("rb") as fh:
        head = fh.read(100)
    if head[:4] == b"PK\x03\x04":
        raise ValidationError(
            f"Tệp '{path.name}' là tệp nén ZIP bị đổi tên, không phải gói bàn giao thidua_desktop."
        )
    if head[:16] != SQLITE_MAGIC or len(head) < 100:
        raise ValidationError(
            f"Tệp '{path.name}' không phải là cơ sở dữ liệu SQLite (tệp khác bị đổi tên hoặc hỏng)."
        )
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise ValidationError(f"Tệp '{path.name}' bị hỏng (kích thước trang {page_size}).")
    if head[18] == 2 or head[19] == 2:
        raise ValidationError(
            f"Tệp '{path.name}' là cơ sở dữ liệu đang dùng (chế độ WAL), không phải gói bàn giao; "
            "hãy dùng chức năng «Xuất gói bàn giao» để tạo gói."
        )
    pages = struct.unpack(">I", head[28:32])[0]
    change, valid_for = struct.unpack(">I", head[24:28])[0], struct.unpack(">I", head[92:96])[0]
    if change == valid_for and pages:
        claimed = pages * page_size
        if claimed > max_bytes:
            raise ValidationError(
                f"Tệp '{path.name}' khai báo kích thước {_mb(claimed)} (tối đa {_mb(max_bytes)}): "
                "từ chối mở."
            )
        if claimed != size:
            said, real = _two_sizes(claimed, size)
            raise ValidationError(
                f"Tệp '{path.name}' bị cắt cụt hoặc hỏng: phần đầu tệp ghi {said} "
                f"nhưng tệp thực có {real}."
            )
    elif size % page_size:
        raise ValidationError(f"Tệp '{path.name}' bị cắt cụt (không đủ trang).")


# -- connections ---------------------------------------------------------------------------------
def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection: no writes are possible, schema functions untrusted, sizes capped."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES + 1024)
    return conn


@contextmanager
def private_copy(path: Path) -> Iterator[Path]:
    """Copy a received file to a temporary folder of ours; the original is only ever read."""
    folder = Path(tempfile.mkdtemp(prefix="thidua-pkg-"))
    try:
        target = folder / "package.db"
        shutil.copyfile(path, target)
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- schema -------------------------------------------------------------------------------------
def reference_db(names: list[str]) -> Database:
    """An in-memory database at the schema version `names`, built by our own migrations."""
    db = Database(memory=True)
    mig.registry(names).apply(db)  # our migration set up to the given applied names
    return db


@lru_cache(maxsize=8)
def reference_schema(names: tuple[str, ...], with_meta: bool) -> Mapping[tuple[str, str], str]:
    """`schema_entries` of `reference_db(names)` (plus package_meta): our migrations are code,
    so a process builds each version's reference once (export checks its file twice)."""
    ref = reference_db(list(names))
    try:
        if with_meta:
            ref.execute(META_SQL)
        return MappingProxyType(schema_entries(ref.conn))
    finally:
        ref.conn.close()


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]


def check_version(names: list[str] | None, label: str) -> list[str]:
    known = mig.known_migration_names()
    if names is None:
        raise ValidationError(
            f"Tệp '{label}' là cơ sở dữ liệu của một ứng dụng khác, không phải gói thidua_desktop."
        )
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SchemaTooNew(
            f"Gói '{label}' được tạo bởi phiên bản thidua_desktop mới hơn (lược đồ {unknown[-1]}); "
            "hãy cập nhật ứng dụng để mở gói này."
        )
    if not names or names != known[: len(names)]:
        raise ValidationError(f"Gói '{label}' có lịch sử lược đồ không hợp lệ: {names}.")
    return names


def foreign_objects(
    conn: sqlite3.Connection, names: list[str], with_meta: bool = True
) -> list[str]:
    """Everything in the file that our migrations (plus package_meta) would not have created."""
    expected = reference_schema(tuple(names), with_meta)
    actual = schema_entries(conn)
    labels = {"table": "bảng", "view": "view", "trigger": "trigger", "index": "chỉ mục"}
    problems = []
    for (kind, name), sql in sorted(actual.items()):
        if kind == "table" and name in SQLITE_INTERNAL:
            continue
        if (kind, name) not in expected:
            problems.append(f"{labels.get(kind, kind)} lạ '{name}'")
        elif expected[(kind, name)] != sql:
            if kind == "table":
                ref_cols = set(_sql_columns(expected[(kind, name)]))
                extra = [c for c in columns(conn, name) if c not in ref_cols]
                what = f"cột lạ {', '.join(f'{name}.{c}' for c in extra)}" if extra else ""
                problems.append(what or f"bảng '{name}' có định nghĩa khác")
            else:
                problems.append(f"{labels.get(kind, kind)} '{name}' có định nghĩa khác")
    missing = sorted(n for (k, n) in expected if (k, n) not in actual and k == "table")
    if missing:
        problems.append(f"thiếu bảng {', '.join(missing)}")
    return problems


def _sql_columns(create_sql: str) -> list[str]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(create_sql)
        table = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchone()[0]
        return columns(conn, table)
    finally:
        conn.close()


def oversized_values(conn: sqlite3.Connection, tables: list[str], limit: int) -> list[str]:
    """BLOB cells whose declared size exceeds `limit`; length() reads the record header only.

    Other columns never hold big values legitimately: the connection's SQLITE_LIMIT_LENGTH
    turns any oversized one into a read error (refused as damaged)."""
    found = []
    for table in tables:
        info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
        for col in [r[1] for r in info if "BLOB" in (r[2] or "").upper()]:
            row = conn.execute(
                f"SELECT rowid, length([{col}]) FROM [{table}] WHERE length([{col}]) > ? LIMIT 1",
                [limit],
            ).fetchone()
            if row:
                found.append(f"{table}.{col} (dòng {row[0]}: {_mb(row[1])})")
    return found


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """Our tables (the migration record included), without package_meta and SQLite's own."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    return sorted(n for (n,) in rows if n != META_TABLE and not n.startswith("sqlite_"))


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    return [] if rows == ["ok"] else rows


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute(f"SELECT key, value FROM {META_TABLE}").fetchall())


# -- writing a package -------------------------------------------------------------------------
def _progress_handler(cancelled: Callable[[], bool] | None) -> Callable[[], int]:
    return lambda: 1 if cancelled and cancelled() else 0


def snapshot_into(source: Path, target: Path, cancelled: Callable[[], bool] | None = None) -> None:
    """`VACUUM INTO` a consistent single-file copy of `source` (from a connection of its own)."""
    conn = sqlite3.connect(str(source), check_same_thread=False)
    try:
        conn.set_progress_handler(_progress_handler(cancelled), 2000)
        conn.execute("VACUUM INTO ?", [str(target)])
    except sqlite3.OperationalError as exc:
        if cancelled and cancelled():
            raise Cancelled() from exc
        raise
    finally:
        conn.close()


def write_meta(path: Path, meta: dict[str, str]) -> None:
    """Add package_meta to a file we just created (never to a file we did not create)."""
    conn = sqlite3.connect(str(path))
    try:
        # A temporary file of ours, renamed into place only after an explicit fsync.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        with conn:
            conn.execute(META_SQL)
            conn.executemany(f"INSERT INTO {META_TABLE} VALUES (?, ?)", sorted(meta.items()))
    finally:
        conn.close()


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- reading rows out of a package / into a database of ours -----------------------------------
def count_rows(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def column_values(conn: sqlite3.Connection, table: str, column: str) -> list[Any]:
    return [r[0] for r in conn.execute(f"SELECT [{column}] FROM [{table}] ORDER BY rowid")]


def row_dicts(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    cols = columns(conn, table)
    select = ", ".join(f"[{c}]" for c in cols)
    for row in conn.execute(f"SELECT {select} FROM [{table}] ORDER BY rowid"):
        yield dict(zip(cols, row, strict=True))


def clear_tables(conn: sqlite3.Connection, tables: list[str]) -> None:
    """Empty our own tables (children first) inside the caller's transaction."""
    for table in tables:
        conn.execute(f"DELETE FROM [{table}]")
