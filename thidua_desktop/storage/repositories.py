"""Repositories: read and write model dataclasses; the only module that knows table names."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound
from thidua_desktop.domain.fields import field_specs, from_plain, to_plain
from thidua_desktop.domain.vntext import fold
from thidua_desktop.storage.db import Db

T = TypeVar("T")

TABLES: dict[type, str] = {
    m.Cluster: "clusters",
    m.Unit: "units",
    m.Year: "years",
    m.YearRole: "year_roles",
    m.LegalGround: "legal_grounds",
    m.Conference: "conferences",
    m.Person: "people",
    m.Attendance: "attendance",
    m.AgendaItem: "agenda_items",
    m.Speech: "speeches",
    m.Award: "awards",
    m.PledgeSignature: "pledge_signatures",
    m.Registration: "registrations",
    m.Vote: "votes",
    m.Candidate: "candidates",
    m.BallotRecord: "ballots",
    m.VoteTotal: "vote_totals",
    m.CountingMember: "counting_members",
    m.CriteriaSet: "criteria_sets",
    m.Criterion: "criteria",
    m.Score: "scores",
    m.Template: "templates",
    m.Document: "documents",
    m.DocNumber: "doc_numbers",
    m.Handover: "handovers",
    m.AuditEntry: "audit_log",
}
# Storage-only search columns kept next to the text they fold (FTS5 does not fold "đ").
FOLDED: dict[type, tuple[str, str]] = {
    m.Unit: ("name_fold", "name"),
    m.Person: ("name_fold", "full_name"),
}
ENTITY_BY_NAME: dict[str, type] = {cls.__name__: cls for cls in TABLES}


def _nfc_strings(row: dict[str, Any]) -> dict[str, Any]:
    return {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in row.items()}


class Repository:
    """Generic CRUD over the model; writes never commit by themselves (services do)."""

    def __init__(self, db: Db) -> None:
        self.db = db

    # -- conversion -------------------------------------------------------------------------
    def _to_row(self, obj: Any) -> dict[str, Any]:
        row = _nfc_strings(to_plain(obj, for_json=False))
        folded = FOLDED.get(type(obj))
        if folded:
            row[folded[0]] = fold(row[folded[1]] or "")
        return row

    @staticmethod
    def _from_row(cls: type[T], row: dict[str, Any]) -> T:
        names = {s.name for s in field_specs(cls)}
        return from_plain(cls, {k: v for k, v in row.items() if k in names}, cls.__name__)

    # -- reads --------------------------------------------------------------------------------
    def get(self, cls: type[T], id_: int) -> T:
        rows = list(self.db.query(f"SELECT * FROM [{TABLES[cls]}] WHERE id = ?", [id_]))
        if not rows:
            raise NotFound(f"Không tìm thấy {cls.__name__} số {id_}.")
        return self._from_row(cls, rows[0])

    def find(
        self,
        cls: type[T],
        where: str | None = None,
        params: Sequence[Any] = (),
        order_by: str = "id",
    ) -> list[T]:
        sql = f"SELECT * FROM [{TABLES[cls]}]"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order_by}"
        return [self._from_row(cls, r) for r in self.db.query(sql, list(params))]

    def find_one(self, cls: type[T], where: str, params: Sequence[Any] = ()) -> T | None:
        found = self.find(cls, where, params)
        return found[0] if found else None

    def count(self, cls: type, where: str | None = None, params: Sequence[Any] = ()) -> int:
        sql = f"SELECT count(*) AS n FROM [{TABLES[cls]}]"
        if where:
            sql += f" WHERE {where}"
        return next(iter(self.db.query(sql, list(params))))["n"]

    def rows(self, cls: type) -> Iterable[dict[str, Any]]:
        """Raw rows of a table in id order (storage-only columns dropped), for export."""
        names = [s.name for s in field_specs(cls)]
        cols = ", ".join(f"[{n}]" for n in names)
        return self.db.query(f"SELECT {cols} FROM [{TABLES[cls]}] ORDER BY id")

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    # -- writes -------------------------------------------------------------------------------
    def insert(self, obj: T) -> T:
        row = self._to_row(obj)
        if row.get("id") is None:
            row.pop("id", None)
        cols = ", ".join(f"[{k}]" for k in row)
        marks = ", ".join("?" for _ in row)
        cur = self.db.execute(
            f"INSERT INTO [{TABLES[type(obj)]}] ({cols}) VALUES ({marks})", list(row.values())
        )
        return self.get(type(obj), cur.lastrowid)

    def update(self, obj: Any) -> Any:
        if obj.id is None:
            raise NotFound(f"{type(obj).__name__} chưa được lưu.")
        row = self._to_row(obj)
        row.pop("id")
        sets = ", ".join(f"[{k}] = ?" for k in row)
        cur = self.db.execute(
            f"UPDATE [{TABLES[type(obj)]}] SET {sets} WHERE id = ?", [*row.values(), obj.id]
        )
        if cur.rowcount == 0:
            raise NotFound(f"Không tìm thấy {type(obj).__name__} số {obj.id}.")
        return self.get(type(obj), obj.id)

    def delete(self, cls: type, id_: int) -> None:
        cur = self.db.execute(f"DELETE FROM [{TABLES[cls]}] WHERE id = ?", [id_])
        if cur.rowcount == 0:
            raise NotFound(f"Không tìm thấy {cls.__name__} số {id_}.")

    def insert_plain(self, cls: type, rows: list[dict[str, Any]]) -> None:
        """Bulk insert of already validated rows keeping their ids (import, package open)."""
        if not rows:
            return
        prepared = [self._to_row(from_plain(cls, r, cls.__name__)) for r in rows]
        cols = list(prepared[0])
        sql = (
            f"INSERT INTO [{TABLES[cls]}] ({', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})"
        )
        self.db.conn.executemany(sql, [[p[c] for c in cols] for p in prepared])

    def is_empty(self) -> bool:
        return all(self.count(cls) == 0 for cls in TABLES if cls is not m.AuditEntry)
