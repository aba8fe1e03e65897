"""The content digest of a package: SHA-256 over every table's rows, canonical and fast."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
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
# off the GIL, tables spread over a few threads; tables with REAL columns (whose text form
# differs between SQLite versions) or BLOBs (JSON cannot hold them; they may be large) go
# through Python's exact encoding below.
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


def _table_digest(conn: sqlite3.Connection, table: str) -> str:
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    cols = [r[1] for r in info]
    h = hashlib.sha256(b"T" + table.encode() + b"(" + ",".join(cols).encode() + b")")
    quoted = ", ".join(f"[{c}]" for c in cols)
    types = [(r[2] or "").upper() for r in info]
    if any("BLOB" in t for t in types):
        for row in conn.execute(f"SELECT {quoted} FROM [{table}] ORDER BY rowid"):
            h.update(b"R" + b"|".join(_encode(v) for v in row))
        return h.hexdigest()
    reals = [c for c, t in zip(cols, types, strict=True) if any(k in t for k in REAL_TYPES)]
    if reals:
        rest = ", ".join(f"[{c}]" for c in cols if c not in reals)
        extra = ", ".join(f"[{c}]" for c in reals)
        for row in conn.execute(
            f"SELECT json_array({rest}), {extra} FROM [{table}] ORDER BY rowid"
        ):
            h.update(b"R" + row[0].encode() + b"|".join(_encode(v) for v in row[1:]))
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
    workers = max(1, min(4, os.cpu_count() or 1))
    # Biggest tables first, dealt round-robin: one connection per worker, about equal work.
    conn = _connect_readonly(path)
    try:
        sizes = {
            t: conn.execute(f"SELECT max(rowid) FROM [{t}]").fetchone()[0] or 0 for t in tables
        }
    finally:
        conn.close()
    ordered = sorted(tables, key=lambda t: -sizes[t])
    shares = [ordered[i::workers] for i in range(workers)]

    def work(share: list[str]) -> dict[str, str]:
        c = _connect_readonly(path) if readonly else sqlite3.connect(str(path))
        try:
            return {t: _table_digest(c, t) for t in share}
        finally:
            c.close()

    parts: dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done in pool.map(work, [s for s in shares if s]):
            parts.update(done)
    h = hashlib.sha256()
    for table in sorted(parts):
        h.update(f"{table}:{parts[table]}\n".encode())
    return h.hexdigest()
