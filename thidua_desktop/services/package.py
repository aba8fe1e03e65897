"""Handover packages: export (snapshot + meta + digest, verified, atomic), verify, read a received one."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from thidua_desktop import __version__
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.domain.errors import SchemaTooNew, ValidationError
from thidua_desktop.services import audit
from thidua_desktop.services.editing import EditService
from thidua_desktop.services.package_check import RowReport, check_rows, printable
from thidua_desktop.services.package_files import (
    clean_stale_temporaries,
    file_fingerprint,
    refuse_live_database,
    size_text,
    stale_cleanup_in,
)
from thidua_desktop.services.table_labels import table_label
from thidua_desktop.storage import package as store
from thidua_desktop.storage import package_stage as staging
from thidua_desktop.storage.database import applied_migrations
from thidua_desktop.storage.repositories import TABLES, Repository

FORMAT = "thidua-desktop/package"
PACKAGE_VERSION = 1
# The meta key holding the digest over the content digest and every other meta value.
PACKAGE_DIGEST = "package_digest"
NO_META_DIGEST = (
    "gói do phiên bản cũ tạo, không có mã kiểm tra cho thông tin bàn giao "
    "(đơn vị giao/nhận, thời điểm): các thông tin đó chưa được kiểm chứng"
)
Progress = Callable[[float, str], None]


@dataclass
class PackageInfo:
    """What a verified package holds, for the summary the secretary reads."""

    path: Path
    meta: dict[str, str]
    schema_names: list[str]
    counts: dict[str, int]
    clusters: list[str]
    years: list[int]
    audit_entries: int = 0
    warnings: list[str] = field(default_factory=list)
    # The file itself, as `sha256sum` / `certutil -hashfile` see it: to compare copies of the
    # file. Not the content code above, which survives a copy and is printed on the record.
    file_sha256: str = ""
    file_size: int = 0

    @property
    def from_unit(self) -> str:
        return self.meta.get("from_unit", "")

    @property
    def to_unit(self) -> str:
        return self.meta.get("to_unit", "")

    @property
    def package_digest(self) -> str:
        """The full SHA-256 (hex) people compare: content and meta together (older packages:
        the content digest only). Its short form is printed on the handover record."""
        return self.meta.get(PACKAGE_DIGEST) or self.meta.get("digest", "")

    @property
    def short_digest(self) -> str:
        return short_digest(self.package_digest) if self.package_digest else "—"

    def summary_lines(self) -> list[str]:
        years = ", ".join(str(y) for y in self.years) or "—"
        lines = [
            f"Gói bàn giao: {self.path.name} — hợp lệ",
            f"Cụm: {'; '.join(self.clusters) or '—'}",
            f"Các năm: {years}",
            f"Bàn giao: {self.from_unit or '—'} → {self.to_unit or '—'}",
            f"Tạo lúc: {self.meta.get('created_at', '')} bằng thidua_desktop "
            f"{self.meta.get('app_version', '')} (lược đồ {self.meta.get('schema_version', '')})",
            "Số bản ghi: "
            + ", ".join(f"{table_label(k)} {v}" for k, v in self.counts.items() if v)
            + f"; nhật ký thay đổi {self.audit_entries} mục (chuỗi băm khớp)",
            f"Mã kiểm tra gói: {self.short_digest} — mã của nội dung, in trên biên bản bàn "
            f"giao (SHA-256 nội dung đầy đủ: {self.package_digest})",
        ]
        if self.file_sha256:
            lines += [
                f"Kích thước tệp: {size_text(self.file_size)}",
                f"SHA-256 của tệp (so với sha256sum / certutil -hashfile): {self.file_sha256}",
            ]
        # Everything here comes from the package: printed without its control characters.
        return [printable(line) for line in lines + [f"Lưu ý: {w}" for w in self.warnings]]


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        TABLES[cls]: store.count_rows(conn, TABLES[cls])
        for cls in m.ENTITIES
        if cls is not m.AuditEntry
    }


def _names(conn: sqlite3.Connection) -> tuple[list[str], list[int]]:
    clusters = [str(v) for v in store.column_values(conn, "clusters", "name")]
    years = sorted({int(v) for v in store.column_values(conn, "years", "year")})
    return clusters, years


def _head_unit(repo: Repository) -> str:
    """The head of the newest year: who hands over."""
    years = repo.find(m.Year, order_by="year DESC")
    if not years:
        return ""
    year = years[0]
    role = repo.find_one(m.YearRole, "year_id = ? AND role = 'head'", [year.id])
    return repo.get(m.Unit, role.unit_id).name if role else ""


def _audit_count(repo: Repository) -> int:
    return repo.count(m.AuditEntry)


def find_unit(repo: Repository, text: str) -> m.Unit:
    """A unit by id or by (accent-insensitive) name, for `--to`."""
    from thidua_desktop.domain.vntext import fold

    if text.strip().isdigit():
        return repo.get(m.Unit, int(text))
    wanted = fold(text.strip())
    found = [u for u in repo.find(m.Unit) if wanted in fold(u.name)]
    exact = [u for u in found if fold(u.name) == wanted]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0]
    if not found:
        raise ValidationError(f"Không tìm thấy đơn vị '{text}'.")
    raise ValidationError(
        f"Có {len(found)} đơn vị khớp '{text}': "
        + "; ".join(u.name for u in found[:5])
        + ". Hãy ghi rõ hơn hoặc dùng số id."
    )


def record_handover(edits: EditService, info: PackageInfo) -> m.Handover | None:
    """After an export: the handover (newest year, its head, the receiving unit, the package's
    digest) stored in the database, so the handover record printed afterwards binds the file."""
    repo = edits.repo
    years = repo.find(m.Year, order_by="year DESC")
    if not years or not info.package_digest:
        return None
    year = years[0]
    head = repo.find_one(m.YearRole, "year_id = ? AND role = 'head'", [year.id])
    receiver = [u for u in repo.find(m.Unit, "cluster_id = ?", [year.cluster_id])
                if info.to_unit and u.name == info.to_unit]  # fmt: skip
    handover = m.Handover(
        cluster_id=year.cluster_id,
        year=year.year,
        from_unit_id=head.unit_id if head else None,
        to_unit_id=receiver[0].id if receiver else None,
        at=info.meta.get("created_at", ""),
        app_version=info.meta.get("app_version", ""),
        schema_version=info.meta.get("schema_version", ""),
        note=info.path.name,
        package_digest=info.package_digest,
    )
    return edits.create(handover)  # audited; not a step to undo


def latest_package_digest(repo: Repository, cluster_id: int) -> str:
    """The digest of the newest package exported from this cluster ("" when none)."""
    rows = repo.find(
        m.Handover, "cluster_id = ? AND package_digest <> ''", [cluster_id], "at DESC, id DESC"
    )
    return rows[0].package_digest if rows else ""


def export_package(
    repo: Repository,
    db_path: Path,
    target: Path,
    *,
    to_unit: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackageInfo:
    """Snapshot the database into `target` with meta and digest, verify it, then move it in place.

    Reads the database through a connection of its own, so it may run off the GUI thread.
    """
    report = progress or (lambda _f, _t: None)
    target = Path(target)
    refuse_live_database(target, db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    stale_cleanup_in(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # VACUUM INTO wants a path that does not exist yet
    try:
        report(0.05, "Đang chụp dữ liệu…")
        store.snapshot_into(db_path, tmp, cancelled)
        if cancelled and cancelled():
            raise store.Cancelled()
        report(0.45, "Đang kiểm tra và tính mã kiểm tra…")
        conn = store.connect_readonly(tmp)
        try:
            names = _check_schema(conn, tmp.name, with_meta=False)
            tables = store.data_tables(conn)
            digest = _check_content(conn, tmp, tables, tmp.name)
            _check_audit(conn, tmp.name)
            counts = _counts(conn)
            clusters, years = _names(conn)
        finally:
            conn.close()
        meta = {
            "format": FORMAT,
            "package_version": str(PACKAGE_VERSION),
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "app_version": __version__,
            "schema_version": names[-1],
            "sqlite_version": sqlite3.sqlite_version,
            "cluster": "; ".join(clusters),
            "years": ",".join(str(y) for y in years),
            "from_unit": _head_unit(repo),
            "to_unit": to_unit,
            "counts": json.dumps(counts, sort_keys=True),
            "digest": digest,
        }
        meta[PACKAGE_DIGEST] = meta_digest(meta)
        store.write_meta(tmp, meta)
        if cancelled and cancelled():
            raise store.Cancelled()
        report(0.9, "Đang đọc lại gói…")
        # Every row was read back from this file for the digest and its integrity checked;
        # after adding package_meta, read the meta and the schema back once more.
        conn = store.connect_readonly(tmp)
        try:
            if store.read_meta(conn) != meta or _check_schema(conn, tmp.name) != names:
                raise ValidationError("Gói vừa xuất đọc lại không khớp; hãy thử xuất lại.")
        finally:
            conn.close()
        info = PackageInfo(target, meta, names, counts, clusters, years, _audit_count(repo))
        store.fsync_path(tmp)
        # the bytes that are renamed into place: what a copy of the file must hash to
        info.file_sha256, info.file_size = file_fingerprint(tmp)
        os.replace(tmp, target)
        report(1.0, "Xong")
        return info
    finally:
        tmp.unlink(missing_ok=True)


def meta_digest(meta: dict[str, str]) -> str:
    """SHA-256 over every meta value (the content digest among them) but itself: binds who
    hands over to whom, when and with what, to the rows. Plain SHA-256 without a secret: it
    shows accidental damage and edits that did not recompute it, not who made the file."""
    h = hashlib.sha256(b"thidua-package-meta\n")
    for key in sorted(k for k in meta if k != PACKAGE_DIGEST):
        h.update(json.dumps([key, meta[key]], ensure_ascii=False).encode() + b"\n")
    return h.hexdigest()


# -- verification -------------------------------------------------------------------------------
def _check_meta(meta: dict[str, str], names: list[str], label: str) -> None:
    if meta.get("format") != FORMAT:
        raise ValidationError(f"Tệp '{label}' không phải gói bàn giao của thidua_desktop.")
    try:
        version = int(meta.get("package_version", ""))
    except ValueError as exc:
        raise ValidationError(f"Gói '{label}' thiếu số phiên bản gói.") from exc
    if version > PACKAGE_VERSION:
        raise ValidationError(
            f"Gói '{label}' có định dạng phiên bản {version}, mới hơn ứng dụng này "
            f"({PACKAGE_VERSION}); hãy cập nhật thidua_desktop."
        )
    if meta.get("schema_version") != names[-1]:
        raise ValidationError(
            f"Gói '{label}' ghi lược đồ {printable(meta.get('schema_version'))} "
            f"nhưng thực tế là {names[-1]}."
        )
    if PACKAGE_DIGEST in meta and meta[PACKAGE_DIGEST] != meta_digest(meta):
        raise ValidationError(
            f"Gói '{label}': thông tin bàn giao (đơn vị giao/nhận, thời điểm, phiên bản) "
            "đã bị sửa hoặc hỏng sau khi xuất."
        )


def _check_audit(conn: sqlite3.Connection, label: str) -> int:
    """Walk the package's audit chain straight from its rows; return the number of entries."""
    prev, n = "", 0
    for row in store.row_dicts(conn, "audit_log"):
        entry = Repository._from_row(m.AuditEntry, row)
        if entry.prev_hash != prev or audit.entry_hash(entry) != entry.hash:
            raise ValidationError(
                f"Gói '{label}': nhật ký thay đổi đã bị sửa (chuỗi băm đứt tại mục số {entry.id})."
            )
        prev, n = entry.hash, n + 1
    return n


def _check_schema(conn: sqlite3.Connection, label: str, with_meta: bool = True) -> list[str]:
    """Our migrations, not newer, nothing foreign; returns the applied migration names."""
    try:
        names = store.check_version(applied_migrations(conn), label)
    except SchemaTooNew as exc:  # names a migration of the package's: printed harmless
        raise SchemaTooNew(printable(exc)) from exc
    except ValidationError as exc:
        raise ValidationError(printable(exc)) from exc
    foreign = store.foreign_objects(conn, names, with_meta)
    if foreign:
        raise ValidationError(
            f"Gói '{label}' chứa thành phần không do thidua_desktop tạo: "
            f"{printable('; '.join(foreign))}. Từ chối mở."
        )
    return names


def _check_content(conn: sqlite3.Connection, copy: Path, tables: list[str], label: str) -> str:
    """Integrity check beside the digest (separate connections, mostly inside SQLite)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        checked = pool.submit(_checked_integrity, copy)
        big = store.oversized_values(conn, tables, store.MAX_VALUE_BYTES)
        digest = "" if big else store.content_digest(copy, tables)
        problems = checked.result()
    if problems:
        raise ValidationError(
            f"Gói '{label}' bị hỏng: cấu trúc tệp không nguyên vẹn ({len(problems)} lỗi) — "
            "có thể do chép tệp lỗi hoặc ổ đĩa hỏng; hãy xin bên giao gửi lại gói."
        )
    if big:
        raise ValidationError(f"Gói '{label}' chứa dữ liệu quá lớn: {'; '.join(big)}.")
    return digest


def inspect(
    conn: sqlite3.Connection, copy: Path, path: Path, label: str, stage_to: Path
) -> tuple[PackageInfo, RowReport]:
    """Every check on a read-only connection to our private copy, then every row staged into
    a scratch database of ours at `stage_to` and checked as open would store it; raises with
    the first reason."""
    try:
        names = _check_schema(conn, label)
        tables = store.data_tables(conn)
        meta = store.read_meta(conn)
        _check_meta(meta, names, label)
        if _check_content(conn, copy, tables, label) != meta.get("digest"):
            raise ValidationError(
                f"Gói '{label}': mã kiểm tra không khớp — nội dung đã bị sửa hoặc hỏng sau khi xuất."
            )
        entries = _check_audit(conn, label)
        rows = _check_rows(conn, names, stage_to, label)
        clusters, years = _names(conn)
        warnings = [] if PACKAGE_DIGEST in meta else [NO_META_DIGEST]
        info = PackageInfo(path, meta, names, _counts(conn), clusters, years, entries, warnings)
        return info, rows
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            f"Gói '{label}' bị hỏng, SQLite không đọc được nội dung; hãy xin bên giao gửi lại gói."
        ) from exc
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValidationError(f"Gói '{label}' có dữ liệu sai kiểu.") from exc


def _check_rows(conn: sqlite3.Connection, names: list[str], target: Path, label: str) -> RowReport:
    try:
        staging.stage_file(conn, names, target)
    except staging.StagingRefused as exc:
        raise ValidationError(
            f"Gói '{label}' có dữ liệu không hợp lệ: {printable(exc.reason)}."
        ) from exc
    stage = staging.connect_stage(target)
    try:
        return check_rows(stage)
    except ValidationError as exc:
        raise ValidationError(
            f"Gói '{label}' có dữ liệu không hợp lệ: {printable(exc.message)}."
        ) from exc
    finally:
        stage.close()


def _checked_integrity(copy: Path) -> list[str]:
    conn = store.connect_readonly(copy)
    try:
        return store.integrity_problems(conn)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def check_header(path: Path) -> None:
    """The header checks of storage.package, the file name printed harmless."""
    try:
        store.check_header(path)
    except ValidationError as exc:
        raise ValidationError(printable(exc)) from exc


def verify_package(path: Path) -> PackageInfo:
    """Verify a package file without changing it (a private copy is what SQLite opens), every
    row checked the way open stores it."""
    path = Path(path)
    check_header(path)
    clean_stale_temporaries()  # scratch folders of killed verifies and opens
    with store.private_copy(path) as copy:
        fingerprint = file_fingerprint(copy)  # the bytes that are checked, before SQLite opens them
        conn = store.connect_readonly(copy)
        try:
            info = inspect(conn, copy, path, printable(path.name), copy.parent / "staged.db")[0]
        finally:
            conn.close()
        info.file_sha256, info.file_size = fingerprint
        return info


def package_digest(path: Path) -> str:
    """The full package digest (hex) of a package, after verifying it: what the handover
    record prints in short form (domain.digest_text.short_digest)."""
    return verify_package(path).package_digest
