"""Opening a received package: its known tables are copied into a database built by our migrations.

The foreign file is verified first (services.package.inspect) and only ever read. Its rows are
staged, a bounded batch at a time, into a scratch database of ours at the package's schema
version (upgraded by our own migrations), where each row is checked and stored as the receiver
stores it (types, rules, constraints, references, NFC). Open then copies the staged tables into
the receiver inside SQLite, so memory stays bounded whatever the package's size.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.fields import to_plain
from thidua_desktop.services import audit
from thidua_desktop.services.interchange import EXPORTED
from thidua_desktop.services.package import PackageInfo, check_header, inspect
from thidua_desktop.services.package_check import printable
from thidua_desktop.services.package_files import (
    SCRATCH_PREFIX,
    clean_stale_temporaries,
    file_fingerprint,
)
from thidua_desktop.services.table_labels import table_label
from thidua_desktop.storage import package as store
from thidua_desktop.storage import package_stage as staging
from thidua_desktop.storage.db import Db
from thidua_desktop.storage.repositories import TABLES, Repository


@dataclass
class Received:
    """A verified package's content, staged and checked in a scratch database of ours (removed
    when this object goes away), ready to copy into one of our databases."""

    info: PackageInfo
    staged: Path
    normalized: list[str] = field(default_factory=list)  # places converted from NFD to NFC
    legacy: list[str] = field(default_factory=list)  # places that look like TCVN3/VNI, kept

    def __post_init__(self) -> None:
        weakref.finalize(self, shutil.rmtree, self.staged.parent, ignore_errors=True)

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
        return [printable(n) for n in out]


def read_received(path: Path) -> Received:
    """Verify a received package and stage its content; the file itself is never written."""
    path = Path(path)
    check_header(path)
    clean_stale_temporaries()  # scratch folders of killed verifies and opens
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    try:
        with store.private_copy(path) as copy:
            fingerprint = file_fingerprint(copy)  # the bytes checked, before SQLite opens them
            conn = store.connect_readonly(copy)
            try:
                info, rows = inspect(conn, copy, path, printable(path.name), folder / "staged.db")
            finally:
                conn.close()
            info.file_sha256, info.file_size = fingerprint
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Received(info, folder / "staged.db", rows.normalized, rows.legacy)


def _staged_rows(received: Received, cls: type) -> dict[int, dict]:
    conn = staging.connect_stage(received.staged)
    try:
        return {
            r["id"]: to_plain(Repository._from_row(cls, r)) for r in Repository(Db(conn)).rows(cls)
        }
    finally:
        conn.close()


@dataclass
class TableDiff:
    added: int = 0
    changed: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def diff_with(repo: Repository, received: Received) -> dict[str, TableDiff]:
    """Per table: rows the package adds, changes (same id, other content) and lacks
    (one table in memory at a time)."""
    out: dict[str, TableDiff] = {}
    for cls in EXPORTED:
        mine = {r["id"]: to_plain(Repository._from_row(cls, r)) for r in repo.rows(cls)}
        theirs = _staged_rows(received, cls)
        d = TableDiff(
            added=len(theirs.keys() - mine.keys()),
            changed=sum(1 for i in theirs.keys() & mine.keys() if theirs[i] != mine[i]),
            removed=len(mine.keys() - theirs.keys()),
        )
        if d:
            out[TABLES[cls]] = d
    return out


def diff_lines(diff: dict[str, TableDiff]) -> list[str]:
    if not diff:
        return ["Dữ liệu trong gói giống hệt dữ liệu hiện có."]
    return [
        f"{table_label(key)}: gói thêm {d.added}, khác nhau {d.changed}, chỉ có ở máy này {d.removed}"
        for key, d in diff.items()
    ]


def same_cluster(repo: Repository, received: Received) -> bool:
    mine = {c.name for c in repo.find(m.Cluster)}
    return bool(mine & set(received.info.clusters))


def other_cluster(repo: Repository, received: Received) -> tuple[str, str] | None:
    """(this database's cluster, the package's cluster) when the package is of another cluster
    than the one open here; None when they share a cluster or this database is empty."""
    mine = [c.name for c in repo.find(m.Cluster, order_by="id")]
    if not mine or same_cluster(repo, received):
        return None
    return "; ".join(mine), "; ".join(received.info.clusters) or "—"


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
    if not received.staged.exists():
        raise ValidationError("Gói đã đóng; hãy mở lại tệp gói.")
    conn = repo.db.conn
    staging.attach(conn, received.staged)
    try:
        _copy_in(repo, received, replace, actor)
    except sqlite3.IntegrityError as exc:
        raise ValidationError(
            f"Gói '{printable(received.info.path.name)}' không khớp với dữ liệu của máy này "
            "(ràng buộc cơ sở dữ liệu); không có gì được ghi."
        ) from exc
    finally:
        staging.detach(conn)


def _copy_in(repo: Repository, received: Received, replace: bool, actor: str) -> None:
    with repo.db.atomic():
        repo.db.execute("PRAGMA defer_foreign_keys = ON")
        if replace:
            store.clear_tables(repo.db.conn, [TABLES[cls] for cls in reversed(m.ENTITIES)])
        staging.copy_staged(repo.db.conn, received.staged, [TABLES[cls] for cls in m.ENTITIES])
        info = received.info
        audit.record(
            repo,
            "replace-from-package" if replace else "open-package",
            "Database",
            None,
            None,
            {
                "file": info.path.name,
                "digest": info.package_digest,
                "from_unit": info.from_unit,
                "to_unit": info.to_unit,
                "counts": info.counts,
            },
            actor,
        )
