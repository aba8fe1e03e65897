"""The content digest of a package: SHA-256 over every table's rows, canonical and fast."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _connect_readonly(path: Path) -> sqlite3.Connection:
    # Imported here: storage.package re-exports this module's digest (no import cycle at load).
    from thidua_desktop.storage.package import connect_readonly

    return connect_readonly(path)


# -- content digest --------------------------------------------------------------------------
# Per table a SHA-256 over its column names and its rows in rowid order; the package digest is
# the SHA-256 of the per-table digests in table-name order. Rows of integers, text and NULL are
# serialised by SQLite as JSON arrays (json_array: typed, stable) in chunks, inside SQLite and
# off the GIL; tables with REAL columns (whose text form differs between SQLite versions) or
# BLOBs (JSON cannot hold them; they may be large) go through Python's exact encoding below.
# One connection, one table after another: two threads serialising JSON at once each ran 3–4×
# slower (SQLite's allocator is shared), so the digest runs beside `integrity_check` instead.
DIGEST_CHUNK = 20000
REAL_TYPES = ("REAL", "FLOA", "DOUB")


def _encode(value: Any) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, int):
        return b"i%d" % value
    if isinstance(value, float):
        return b"f" + repr(value).encode()
    if isinstance(value, str):
        data = value.encode("utf-8")
        return b"s%d:" % len(data) + data
    data = bytes(value)
    return b"b%d:" % len(data) + data


# The same encoding as text, for the values of REAL columns (ASCII): a chunk of rows is joined
# and encoded once instead of row by row. Text or a BLOB in a REAL column takes `_encode`.
_AS_TEXT: dict[type, Callable[[Any], str]] = {
    float: lambda v: "f" + repr(v),
    int: lambda v: f"i{v}",
    type(None): lambda v: "N",
}


def _real_rows(rows: list[tuple[Any, ...]]) -> bytes:
    """b"R" + JSON of the other columns + the REAL values, each row (row[0] starts with 'R')."""
    seen: dict[float, str] = {}  # scores repeat a few values: each is formatted once

    def text_of(v: Any) -> str:
        if type(v) is float and v:  # not zeros: 0.0 and -0.0 are the same key
            found = seen.get(v)
            if found is None:
                found = seen[v] = "f" + repr(v)
            return found
        return _AS_TEXT[type(v)](v)

    try:
        text = "".join([r[0] + "|".join([text_of(v) for v in r[1:]]) for r in rows])
    except KeyError:
        return b"".join([r[0].encode() + b"|".join([_encode(v) for v in r[1:]]) for r in rows])
    return text.encode()


def _table_digest(conn: sqlite3.Connection, table: str) -> str:
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    cols = [r[1] for r in info]
    h = hashlib.sha256(b"T" + table.encode() + b"(" + ",".join(cols).encode() + b")")
    quoted = ", ".join(f"[{c}]" for c in cols)
    types = [(r[2] or "").upper() for r in info]
    if any("BLOB" in t for t in types):
        for row in conn.execute(f"SELECT {quoted} FROM [{table}] ORDER BY rowid"):
            h.update(b"R")
            for i, value in enumerate(row):
                if i:
                    h.update(b"|")
                if isinstance(value, bytes):  # hashed in place, not copied into the row
                    h.update(b"b%d:" % len(value))
                    h.update(value)
                else:
                    h.update(_encode(value))
        return h.hexdigest()
    reals = [c for c, t in zip(cols, types, strict=True) if any(k in t for k in REAL_TYPES)]
    if reals:
        rest = ", ".join(f"[{c}]" for c in cols if c not in reals)
        extra = ", ".join(f"[{c}]" for c in reals)
        cur = conn.execute(
            f"SELECT 'R' || json_array({rest}), {extra} FROM [{table}] ORDER BY rowid"
        )
        while rows := cur.fetchmany(DIGEST_CHUNK):
            h.update(_real_rows(rows))
        return h.hexdigest()
    sql = (
        f"SELECT max(r), group_concat(line, char(10)) FROM (SELECT rowid AS r, "
        f"json_array({quoted}) AS line FROM [{table}] WHERE rowid > ? ORDER BY rowid "
        f"LIMIT {DIGEST_CHUNK})"
    )
    last = -(2**63)
    while True:
        top, text = conn.execute(sql, [last]).fetchone()
        if top is None:
            return h.hexdigest()
        h.update(text.encode("utf-8", "surrogatepass") + b"\n")
        last = top


def content_digest(path: Path, tables: list[str], readonly: bool = True) -> str:
    """The package digest of `tables` in the database file at `path` (see above)."""
    conn = _connect_readonly(path) if readonly else sqlite3.connect(str(path))
    try:
        parts = {table: _table_digest(conn, table) for table in tables}
    finally:
        conn.close()
    h = hashlib.sha256()
    for table in sorted(parts):
        h.update(f"{table}:{parts[table]}\n".encode())
    return h.hexdigest()
