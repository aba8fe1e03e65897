"""Opening a received package: its known tables are copied into a database built by our migrations.

The foreign file is verified first (services.package.inspect) and only ever read. Its rows go
through an in-memory staging database at the package's schema version (upgraded by our own
migrations), then through the same validation as a JSON import (types, rules, references, NFC).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.legacy_encodings import detect_legacy
from thidua_desktop.services import audit
from thidua_desktop.services.interchange import KEYS, export_data, validate_data
from thidua_desktop.services.package import PackageInfo, inspect
from thidua_desktop.storage import package as store
from thidua_desktop.storage.repositories import TABLES, Repository

LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


@dataclass
class Received:
    """A verified package's content, validated and ready to copy into one of our databases."""

    info: PackageInfo
    rows: dict[type, list[dict[str, Any]]]
    audit_rows: list[dict[str, Any]]
    normalized: list[str] = field(default_factory=list)  # places converted from NFD to NFC
    legacy: list[str] = field(default_factory=list)  # places that look like TCVN3/VNI, kept

    def notes(self) -> list[str]:
        out = []
        if self.normalized:
            out.append(
                f"Đã chuẩn hóa {len(self.normalized)} chỗ sang Unicode dựng sẵn (NFC), "
                f"ví dụ {', '.join(self.normalized[:3])}."
            )
        if self.legacy:
            out.append(
                f"{len(self.legacy)} chỗ có vẻ gõ bằng bảng mã cũ (giữ nguyên, cần kiểm tra): "
                + "; ".join(self.legacy[:5])
            )
        return out


def _legacy_places(rows: dict[type, list[dict[str, Any]]]) -> list[str]:
    places = []
    for cls, items in rows.items():
        for i, row in enumerate(items):
            for key, value in row.items():
                # Legacy text arrives as Latin-1 letters; pure ASCII/Vietnamese Unicode is skipped.
                if key == "content" or not isinstance(value, str):
                    continue
                if any("\u00a0" <= ch <= "\u00ff" for ch in value):
                    enc = detect_legacy(value)
                    if enc:
                        places.append(f"{TABLES[cls]}[{i}].{key} ({LEGACY_NAMES[enc]})")
    return places


def read_received(path: Path) -> Received:
    """Verify a received package and read its content; the file itself is never written."""
    path = Path(path)
    store.check_header(path)
    with store.private_copy(path) as copy:
        conn = store.connect_readonly(copy)
        try:
            info = inspect(conn, copy, path, path.name)
            staging = store.stage(conn, info.schema_names)
        finally:
            conn.close()
    try:
        repo = Repository(staging)
        try:
            data = export_data(repo)
        except ValidationError as exc:
            raise ValidationError(f"Gói '{path.name}' có dữ liệu sai kiểu: {exc}") from exc
        audit_rows = list(store.row_dicts(staging.conn, "audit_log"))
    finally:
        staging.conn.close()
    try:
        rows, report = validate_data(data)
    except ValidationError as exc:
        raise ValidationError(f"Gói '{path.name}' có dữ liệu không hợp lệ: {exc}") from exc
    return Received(info, rows, audit_rows, report.normalized, _legacy_places(rows))


@dataclass
class TableDiff:
    added: int = 0
    changed: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def diff_with(repo: Repository, received: Received) -> dict[str, TableDiff]:
    """Per table: rows the package adds, changes (same id, other content) and lacks."""
    current = export_data(repo)
    by_key = {TABLES[cls]: items for cls, items in received.rows.items()}
    out: dict[str, TableDiff] = {}
    for key in KEYS:
        mine = {r["id"]: r for r in current.get(key, [])}
        theirs = {r["id"]: r for r in by_key.get(key, [])}
        d = TableDiff(
            added=len(theirs.keys() - mine.keys()),
            changed=sum(1 for i in theirs.keys() & mine.keys() if theirs[i] != mine[i]),
            removed=len(mine.keys() - theirs.keys()),
        )
        if d:
            out[key] = d
    return out


def diff_lines(diff: dict[str, TableDiff]) -> list[str]:
    if not diff:
        return ["Dữ liệu trong gói giống hệt dữ liệu hiện có."]
    return [
        f"{key}: thêm {d.added}, khác {d.changed}, chỉ có ở máy này {d.removed}"
        for key, d in diff.items()
    ]


def same_cluster(repo: Repository, received: Received) -> bool:
    mine = {c.name for c in repo.find(m.Cluster)}
    return bool(mine & set(received.info.clusters))


def open_into(
    repo: Repository, received: Received, *, replace: bool = False, actor: str = ""
) -> None:
    """Copy a received package into `repo`'s database in one transaction.

    An empty database receives it; a database with data is changed only when `replace` is
    explicitly asked (the caller backs it up first). On refusal nothing is written.
    """
    if not repo.is_empty() and not replace:
        where = "cùng cụm" if same_cluster(repo, received) else "một cụm khác"
        raise ValidationError(
            f"Cơ sở dữ liệu này đã có dữ liệu ({where}); không ghi đè. Khác biệt so với gói:\n  "
            + "\n  ".join(diff_lines(diff_with(repo, received)))
            + "\nHãy mở gói vào một tệp mới (--into MỚI.db) hoặc thay thế có sao lưu (--replace)."
        )
    tables = [TABLES[cls] for cls in reversed(m.ENTITIES)]
    try:
        _copy_in(repo, received, tables, replace, actor)
    except sqlite3.IntegrityError as exc:
        raise ValidationError(f"Gói '{received.info.path.name}' không nhất quán: {exc}.") from exc


def _copy_in(
    repo: Repository, received: Received, tables: list[str], replace: bool, actor: str
) -> None:
    with repo.db.atomic():
        repo.db.execute("PRAGMA defer_foreign_keys = ON")
        if replace:
            store.clear_tables(repo.db.conn, tables)
        for cls, items in received.rows.items():
            repo.insert_plain(cls, items)
        store.insert_rows(repo.db.conn, TABLES[m.AuditEntry], received.audit_rows)
        info = received.info
        audit.record(
            repo,
            "replace-from-package" if replace else "open-package",
            "Database",
            None,
            None,
            {
                "file": info.path.name,
                "digest": info.meta.get("digest", ""),
                "from_unit": info.from_unit,
                "to_unit": info.to_unit,
                "counts": info.counts,
            },
            actor,
        )
