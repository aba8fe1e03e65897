"""The documented JSON interchange (docs/interchange.md): export everything, import all-or-nothing."""

from __future__ import annotations

import json
import math
import sqlite3
import unicodedata
from typing import Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.fields import check_limits, from_plain, is_name_field, to_plain
from thidua_desktop.domain.rules import validate
from thidua_desktop.domain.vntext import nfc
from thidua_desktop.services import audit
from thidua_desktop.services.interchange_file import load_file
from thidua_desktop.services.interchange_votes import check_votes
from thidua_desktop.storage.repositories import TABLES, Repository

__all__ = ["dumps", "export_data", "import_data", "load_file", "validate_data"]

FORMAT = "thidua-desktop/interchange"
VERSION = 1
# The audit log stays with its database (a package carries it); the JSON is the records only.
EXPORTED: tuple[type, ...] = tuple(cls for cls in m.ENTITIES if cls is not m.AuditEntry)
KEYS = {TABLES[cls]: cls for cls in EXPORTED}


def export_data(repo: Repository) -> dict[str, Any]:
    """Everything in the database as plain JSON values, tables in dependency order, rows by id."""
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for cls in EXPORTED:
        key = TABLES[cls]
        out[key] = [to_plain(Repository._from_row(cls, row)) for row in repo.rows(cls)]
        for i, plain in enumerate(out[key]):
            for field, value in plain.items():
                if isinstance(value, float) and not math.isfinite(value):
                    raise ValidationError(
                        f"giá trị {value} không ghi được ra JSON: sửa số này rồi xuất lại",
                        f"{key}[{i}].{field}",
                    )
    return out


def dumps(data: dict[str, Any]) -> str:
    """Valid JSON always: a non-finite number raises instead of writing bare `Infinity`."""
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


class ImportReport:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.normalized: list[str] = []  # places whose text was converted to NFC


def _nfc_in_place(row: dict[str, Any], where: str, report: ImportReport) -> None:
    """NFC everywhere; names also lose invisible characters and odd spaces (NBSP, zero-width),
    so look-alike names are the same name."""
    for key, value in row.items():
        if isinstance(value, str) and key != "content":
            if is_name_field(key):
                fixed = nfc(value)
            else:
                fixed = unicodedata.normalize("NFC", value).replace("\u00d0", "\u0110")
            if fixed != value:
                row[key] = fixed
                report.normalized.append(f"{where}.{key}")


def validate_data(data: Any) -> tuple[dict[type, list[dict[str, Any]]], ImportReport]:
    """Check all of it; return rows per class ready to insert. Raises naming the first place."""
    report = ImportReport()
    if not isinstance(data, dict):
        raise ValidationError("Tệp JSON phải là một đối tượng ở cấp ngoài cùng.")
    if data.get("format") != FORMAT:
        raise ValidationError(
            f"không phải tệp trao đổi của thidua_desktop (cần '{FORMAT}')", "format"
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError("thiếu hoặc sai số phiên bản", "version")
    if version > VERSION:
        raise ValidationError(
            f"phiên bản {version} mới hơn phiên bản ứng dụng đọc được ({VERSION}); "
            "hãy cập nhật thidua_desktop",
            "version",
        )
    if version < 1:
        raise ValidationError(f"phiên bản {version} không được hỗ trợ", "version")
    unknown = sorted(set(data) - set(KEYS) - {"format", "version"})
    if unknown:
        raise ValidationError(f"mục không được hỗ trợ: {', '.join(unknown)}")
    rows: dict[type, list[dict[str, Any]]] = {}
    objs: dict[type, list[tuple[int, Any]]] = {}
    ids: dict[type, set[int]] = {}
    for key, cls in KEYS.items():
        items = data.get(key, [])
        if not isinstance(items, list):
            raise ValidationError("cần một danh sách", key)
        seen: set[int] = set()
        seen_keys: dict[tuple, int] = {}
        own_ids = {x.get("id") for x in items if isinstance(x, dict)}
        checked, parsed = [], []
        for i, raw in enumerate(items):
            where = f"{key}[{i}]"
            if not isinstance(raw, dict):
                raise ValidationError("cần một đối tượng JSON", where)
            raw = dict(raw)
            check_limits(cls, raw, where)
            _nfc_in_place(raw, where, report)
            obj = from_plain(cls, raw, where)
            if obj.id is None:
                raise ValidationError("thiếu trường bắt buộc", f"{where}.id")
            if obj.id in seen:
                raise ValidationError(f"trùng id {obj.id} trong {key}", f"{where}.id")
            seen.add(obj.id)
            try:
                validate(obj)
            except ValidationError as exc:
                raise ValidationError(
                    exc.message, f"{where}.{exc.where}" if exc.where else where
                ) from exc
            for fields in m.UNIQUE_KEYS.get(cls, ()):
                # keyed by the fields too: (vote 1, number 1) is no duplicate of (vote 1, unit 1)
                natural = (fields, *(getattr(obj, f) for f in fields))
                if natural in seen_keys:
                    raise ValidationError(
                        f"trùng với {key}[{seen_keys[natural]}] "
                        f"({', '.join(f'{f}={getattr(obj, f)!r}' for f in fields)})",
                        where,
                    )
                seen_keys[natural] = i
            for field, target in m.references(cls).items():
                ref = getattr(obj, field)
                if ref is None:
                    continue
                pool = own_ids if target is cls else ids.get(target, set())
                if ref not in pool:
                    raise ValidationError(
                        f"tham chiếu tới {TABLES[target]} id {ref} không tồn tại",
                        f"{where}.{field}",
                    )
            checked.append(raw)
            parsed.append((i, obj))
        rows[cls] = checked
        objs[cls] = parsed
        ids[cls] = seen
        report.counts[key] = len(checked)
    check_votes(objs)
    return rows, report


def import_data(repo: Repository, data: Any, actor: str = "") -> ImportReport:
    """Load interchange data into an empty database, all or nothing."""
    rows, report = validate_data(data)
    if not repo.is_empty():
        raise ValidationError(
            "Cơ sở dữ liệu này đã có dữ liệu. Hãy nhập vào một tệp cơ sở dữ liệu mới "
            "(tham số --db) để không ghi đè hồ sơ hiện có."
        )
    try:
        with repo.db.atomic():
            # Self-references (a unit's parent) may point forward: defer FK checks to commit.
            repo.db.execute("PRAGMA defer_foreign_keys = ON")
            for cls, items in rows.items():
                repo.insert_plain(cls, items)
            audit.record(repo, "import", "Database", None, None, report.counts, actor)
    except sqlite3.IntegrityError as exc:  # a constraint the checks above did not foresee
        raise ValidationError(
            "Dữ liệu không nhất quán với các ràng buộc của cơ sở dữ liệu; chưa nhập gì."
        ) from exc
    return report
