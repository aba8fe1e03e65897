"""Staging a received package: its rows copied, batch by batch, into a scratch database of ours.

The scratch file is built by our own migrations at the package's schema version, so every
CHECK, NOT NULL, UNIQUE and (after the copy) foreign key of our schema judges the package's rows
exactly as the receiving database would. Verify and open both stage; open then copies the
staged tables into the receiver inside SQLite (ATTACH + INSERT … SELECT), never holding a whole
table in Python.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from thidua_desktop.storage import migrations as mig
from thidua_desktop.storage.package import columns, data_tables

BATCH_ROWS = 2000
# Tables whose rows carry file bytes: fewer rows a batch keeps a batch's memory bounded.
BLOB_BATCH_ROWS = 20


class StagingRefused(Exception):
    """A package row breaks a rule of our schema; `reason` is a Vietnamese clause."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _batch_rows(conn: sqlite3.Connection, table: str) -> int:
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    return BLOB_BATCH_ROWS if any("BLOB" in (r[2] or "").upper() for r in info) else BATCH_ROWS


def _constraint_reason(table: str, exc: sqlite3.IntegrityError, row_id: Any) -> str:
    """'UNIQUE constraint failed: units.cluster_id, units.name' → a clause a secretary reads."""
    text = str(exc)
    place = f"bảng {table}, dòng số {row_id}"
    if text.startswith("UNIQUE") or text.startswith("PRIMARY KEY"):
        cols = ", ".join(c.split(".")[-1] for c in text.split(":", 1)[-1].split(","))
        return f"{place} trùng với một dòng khác ở ({cols.strip()})"
    if text.startswith("NOT NULL"):
        return f"{place} để trống cột bắt buộc {text.split('.')[-1].strip()}"
    if text.startswith("CHECK"):
        rule = text.split(":", 1)[-1].strip()
        return f"{place} có giá trị trái quy tắc ({rule})"
    return f"{place} trái ràng buộc của cơ sở dữ liệu"


def _insert_chunk(db: sqlite3.Connection, table: str, insert: str, chunk: list) -> None:
    db.execute("SAVEPOINT chunk")
    try:
        db.executemany(insert, chunk)
    except sqlite3.IntegrityError:
        # Name the offending row (a chunk is small): the chunk again, one row at a time.
        db.execute("ROLLBACK TO chunk")
        for row in chunk:
            try:
                db.execute(insert, row)
            except sqlite3.IntegrityError as exc:
                raise StagingRefused(_constraint_reason(table, exc, row[0])) from exc
        raise StagingRefused(f"bảng {table} trái ràng buộc của cơ sở dữ liệu") from None
    finally:
        db.execute("RELEASE chunk")


def stage_file(conn: sqlite3.Connection, names: list[str], target: Path) -> Path:
    """Copy the package's tables into a new scratch database at `target` (ours), upgrade it
    with our remaining migrations and check its references; raises StagingRefused."""
    db = Database(target)
    try:
        # A scratch file: no fsync; the journal stays on (on disk) so a refused chunk rolls back.
        db.conn.execute("PRAGMA synchronous = OFF")
        mig.registry(names).apply(db)
        db.conn.execute("PRAGMA foreign_keys = OFF")  # tables come in name order
        db.conn.execute("BEGIN")
        for table in data_tables(conn):
            if table == "_sqlite_migrations":
                continue
            cols = columns(conn, table)
            # The first column (id) names the row in a refusal.
            quoted = ", ".join(f"[{c}]" for c in cols)
            insert = f"INSERT INTO [{table}] ({quoted}) VALUES ({', '.join('?' for _ in cols)})"
            cur = conn.execute(f"SELECT {quoted} FROM [{table}] ORDER BY rowid")
            batch = _batch_rows(conn, table)
            while chunk := cur.fetchmany(batch):
                _insert_chunk(db.conn, table, insert, chunk)
        db.conn.execute("COMMIT")
        mig.registry().apply(db)
        broken = db.conn.execute("PRAGMA foreign_key_check").fetchmany(1)
        if broken:
            table, rowid, parent, _ = broken[0]
            raise StagingRefused(
                f"bảng {table}, dòng số {rowid} tham chiếu tới {parent} không tồn tại"
            )
    except sqlite3.IntegrityError as exc:  # a migration step meeting the package's rows
        raise StagingRefused("dữ liệu trái ràng buộc khi nâng cấp lên lược đồ hiện tại") from exc
    finally:
        db.conn.close()
    return target


def connect_stage(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def row_batches(
    conn: sqlite3.Connection, table: str, batch: int | None = None
) -> Iterator[list[dict[str, Any]]]:
    """Rows of `table` as dicts (rowid under '_rowid'), a bounded batch at a time, by rowid;
    the caller may update the rows of a batch before asking for the next."""
    cols = columns(conn, table)
    quoted = ", ".join(f"[{c}]" for c in cols)
    size = batch or _batch_rows(conn, table)
    last = -(2**63)
    sql = f"SELECT rowid, {quoted} FROM [{table}] WHERE rowid > ? ORDER BY rowid LIMIT {size}"
    while rows := conn.execute(sql, [last]).fetchall():
        last = rows[-1][0]
        yield [{"_rowid": r[0], **dict(zip(cols, r[1:], strict=True))} for r in rows]


def update_row(conn: sqlite3.Connection, table: str, rowid: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"[{c}] = ?" for c in values)
    conn.execute(f"UPDATE [{table}] SET {sets} WHERE rowid = ?", [*values.values(), rowid])


_SCHEMA_NAME = re.compile(r"^[a-z_]+$")


def copy_staged(conn: sqlite3.Connection, staging: Path, tables: list[str]) -> None:
    """INSERT … SELECT every staged table into the same table of `conn` (inside the caller's
    transaction; ATTACH must happen outside one, so the caller calls attach/detach)."""
    for table in tables:
        if not _SCHEMA_NAME.match(table):
            raise ValueError(table)
        cols = ", ".join(f"[{c}]" for c in columns(conn, table))
        conn.execute(f"INSERT INTO main.[{table}] ({cols}) SELECT {cols} FROM staged.[{table}]")


def attach(conn: sqlite3.Connection, staging: Path) -> None:
    conn.execute("ATTACH DATABASE ? AS staged", [str(staging)])


def detach(conn: sqlite3.Connection) -> None:
    conn.execute("DETACH DATABASE staged")
