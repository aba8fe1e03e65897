"""The open database handle: a sqlite3 connection with sqlite-utils' calling conventions.

Services call four things on it: `conn`, `execute`, `query` and `atomic`. They behave as
sqlite-utils' `Database` does (a write outside a transaction commits itself; `atomic` nests
with savepoints), without importing sqlite-utils, whose import alone costs more than the rest
of opening a cluster. Anything else (`db["units"].columns_dict`, `table_names()` …) is handed to
a sqlite-utils `Database` on the same connection, created on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from itertools import count
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

Params = Sequence[Any] | dict[str, Any] | None
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def _first_keyword(sql: str) -> str:
    words = sql.lstrip(" \t\r\n;\ufeff").split(None, 1)
    return words[0].upper().rstrip(";") if words else ""


def _unique(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils does: later duplicates get _2, _3 …"""
    if len(set(keys)) == len(keys):
        return keys
    taken, out = set(keys), []
    seen: set[str] = set()
    for key in keys:
        name = key
        if key in seen:
            name = next(f"{key}_{i}" for i in count(2) if f"{key}_{i}" not in taken)
            taken.add(name)
        seen.add(key)
        out.append(name)
    return out


class Db:
    """One open cluster database (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._savepoints = count(1)

    def execute(self, sql: str, params: Params = None) -> sqlite3.Cursor:
        """Run one statement; a write that opened a transaction by itself is committed."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if params is None else params)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # nothing would ever commit it
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Rows of a SELECT as dicts, fetched lazily."""
        cursor = self.conn.execute(sql, () if params is None else params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows")
        keys = _unique([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[Db]:
        """One transaction; nested blocks are savepoints that roll back on their own."""
        if self.conn.in_transaction:
            name = f"thidua_sp_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()

    @cached_property
    def utils(self) -> Database:
        """A sqlite-utils Database on this connection (imports sqlite-utils; no plugins)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]
