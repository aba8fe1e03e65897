"""Row checks of a staged package: what verify refuses is exactly what open would fail on.

Every row of the scratch database goes through the same conversion the receiver's repository
applies (types, NFC, the record rules) plus the limits of a door from outside: finite numbers,
sane text lengths, ballot marks that are ballot numbers, and stored file names that are names,
never paths. Rows are read and rewritten a bounded batch at a time.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.fields import field_specs
from thidua_desktop.domain.legacy_encodings import detect_legacy
from thidua_desktop.domain.rules import validate
from thidua_desktop.storage.db import Db
from thidua_desktop.storage.package_stage import row_batches, update_row
from thidua_desktop.storage.repositories import FOLDED, TABLES, Repository

LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
MAX_TEXT_CHARS = 100_000  # any text field: a long pledge is a few thousand characters
MAX_AUDIT_TEXT_CHARS = 1_000_000  # an audit entry's before/after JSON
MAX_MARKS_CHARS = 1_000
MAX_FILENAME_CHARS = 150
MARK_DIGITS = 4  # a ballot never lists 10,000 candidates
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in (*"123456789", "¹", "²", "³")
}
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|.)?")
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
FILE_TABLES = (m.Document, m.Template)


def printable(text: Any) -> str:
    """Text from a package made safe to print: escape sequences and control characters gone
    (a terminal would obey them), line breaks shown as spaces."""
    text = _ANSI.sub("", str(text))
    return "".join(
        " " if ch in "\r\n\t" else "" if unicodedata.category(ch) == "Cc" or ch in _BIDI else ch
        for ch in text
    )


def filename_problem(name: str) -> str | None:
    """Why a stored file name is not a plain file name (None if it is one)."""
    if not name.strip():
        return "tên tệp trống"
    if len(name) > MAX_FILENAME_CHARS:
        return f"tên tệp dài {len(name)} ký tự (tối đa {MAX_FILENAME_CHARS})"
    if any(unicodedata.category(ch) == "Cc" or ch in _BIDI for ch in name):
        return "tên tệp chứa ký tự điều khiển"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", name):
        return "tên tệp là một đường dẫn tuyệt đối"
    if re.match(r"^[A-Za-z]:", name):
        return "tên tệp chứa ký hiệu ổ đĩa"
    if "/" in name or "\\" in name:
        return "tên tệp chứa dấu phân cách thư mục (/ hoặc \\)"
    if name.strip(". ") == "" or ".." in name:
        return "tên tệp chứa '..'"
    if any(ch in '<>:"|?*' for ch in name):
        return "tên tệp chứa ký tự không được phép trong tên tệp"
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in WINDOWS_RESERVED:
        return f"tên tệp '{stem}' là tên thiết bị dành riêng của Windows"
    if name.endswith((".", " ")):
        return "tên tệp kết thúc bằng dấu chấm hoặc khoảng trắng"
    return None


def _value_problem(cls: type, key: str, value: Any) -> str | None:
    """Limits of a door from outside, for one stored value (None if it passes)."""
    kind = type(value)
    if kind is float:
        return None if math.isfinite(value) else f"số không hữu hạn ({value})"
    if kind is not str:
        return None
    limit = MAX_AUDIT_TEXT_CHARS if cls is m.AuditEntry else MAX_TEXT_CHARS
    if cls is m.BallotRecord and key == "marks":
        if len(value) > MAX_MARKS_CHARS:
            return f"văn bản dài {len(value):,} ký tự (tối đa {MAX_MARKS_CHARS:,})".replace(
                ",", "."
            )
        long = [p for p in re.split(r"[^0-9]+", value) if len(p) > MARK_DIGITS]
        if long:
            return f"số thứ tự trên phiếu có {len(long[0])} chữ số"
    elif len(value) > limit:
        return f"văn bản dài {len(value):,} ký tự (tối đa {limit:,})".replace(",", ".")
    if cls in FILE_TABLES and key == "filename":
        return filename_problem(value)
    return None


@dataclass
class RowReport:
    """What the row checks changed (NFC) or noticed (legacy encodings) on the way."""

    normalized: list[str] = field(default_factory=list)
    legacy: list[str] = field(default_factory=list)


_LATIN1 = re.compile("[\u00a0-\u00ff]")


def _legacy(cls: type, index: int, row: dict[str, Any], report: RowReport) -> None:
    for key, value in row.items():
        # Legacy text arrives as Latin-1 letters; pure ASCII/Vietnamese Unicode is skipped.
        if (
            type(value) is str
            and not value.isascii()
            and key != "content"
            and _LATIN1.search(value)
        ):
            enc = detect_legacy(value)
            if enc:
                report.legacy.append(f"{TABLES[cls]}[{index}].{key} ({LEGACY_NAMES[enc]})")


def _nfc(row: dict[str, Any], where: str, report: RowReport) -> dict[str, str]:
    """Text converted to NFC in place (and "Ð" to "Đ"), the places noted; returns what changed."""
    changed = {}
    for key, value in row.items():
        if type(value) is str and key != "content" and not value.isascii():
            if unicodedata.is_normalized("NFC", value) and "\u00d0" not in value:
                continue
            fixed = unicodedata.normalize("NFC", value).replace("\u00d0", "\u0110")
            if fixed != value:
                row[key] = changed[key] = fixed
                report.normalized.append(f"{where}.{key}")
    return changed


@cache
def _stored_differently(cls: type) -> bool:
    """Whether the repository may store a valid row of `cls` differently from how it reads it
    (dates, times, enums, flags, search columns); rows of plain numbers and text are kept."""
    plain = (int, float, str, bytes)
    return cls in FOLDED or any(s.kind not in plain for s in field_specs(cls))


def _check_one(repo: Repository, cls: type, row: dict[str, Any], where: str) -> dict[str, Any]:
    """The row as the receiver would store it; raises ValidationError naming the place."""
    for key, value in row.items():
        problem = _value_problem(cls, key, value)
        if problem:
            raise ValidationError(f"{where}, cột {key}: {problem}")
    try:
        obj = Repository._from_row(cls, row)
        if cls is m.AuditEntry:  # the chain hashes the entries exactly as stored
            return row
        validate(obj)
        return repo._to_row(obj) if _stored_differently(cls) else row
    except ValidationError as exc:
        col = f", cột {exc.where.split('.')[-1]}" if exc.where else ""
        raise ValidationError(f"{where}{col}: {exc.message}") from exc
    except (ValueError, TypeError, OverflowError) as exc:
        raise ValidationError(f"{where}: giá trị sai kiểu") from exc


def _text_limit(cls: type, name: str) -> int:
    if cls is m.BallotRecord and name == "marks":
        return MAX_MARKS_CHARS
    return MAX_AUDIT_TEXT_CHARS if cls is m.AuditEntry else MAX_TEXT_CHARS


@cache
def _gate(cls: type) -> str | None:
    """A SQL condition true exactly for rows whose every value the repository would read as is
    (type, enum value, flag, finite number, text length): such rows skip the per-field
    conversion. None for records with dates or times (those always take the full path)."""
    parts = []
    for spec in field_specs(cls):
        c, kind = f"[{spec.name}]", spec.kind
        if kind is int:
            test = f"typeof({c}) = 'integer'"
        elif kind is bool:
            test = f"typeof({c}) = 'integer' AND {c} IN (0, 1)"
        elif kind is float:
            test = f"typeof({c}) IN ('integer', 'real') AND abs({c}) <= 1.7976931348623157e308"
        elif kind is str:
            test = f"typeof({c}) = 'text' AND length({c}) <= {_text_limit(cls, spec.name)}"
            if cls is m.BallotRecord and spec.name == "marks":
                test += f" AND {c} NOT GLOB '*{'[0-9]' * (MARK_DIGITS + 1)}*'"
        elif kind is bytes:
            test = f"typeof({c}) = 'blob'"
        elif isinstance(kind, type) and issubclass(kind, Enum):
            values = ", ".join("'" + str(e.value).replace("'", "''") + "'" for e in kind)
            test = f"typeof({c}) = 'text' AND {c} IN ({values})"
        else:
            return None
        parts.append(f"({c} IS NULL OR ({test}))" if spec.optional else f"({test})")
    return " AND ".join(parts)


def _passes_gate(conn: sqlite3.Connection, cls: type) -> bool:
    gate = _gate(cls)
    if gate is None:
        return False
    sql = f"SELECT 1 FROM [{TABLES[cls]}] WHERE coalesce(({gate}), 0) = 0 LIMIT 1"
    return conn.execute(sql).fetchone() is None


@cache
def _converters(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, Any], ...]]:
    """Field names, and the fields whose stored value the record holds converted."""
    names = tuple(s.name for s in field_specs(cls))
    convert = tuple(
        (s.name, float if s.kind is float else s.kind)
        for s in field_specs(cls)
        if s.kind in (float, bool) or (isinstance(s.kind, type) and issubclass(s.kind, Enum))
    )
    return names, convert


def _gated_one(repo: Repository, cls: type, row: dict[str, Any], where: str) -> dict[str, Any]:
    """`_check_one` for a row known to pass the gate: the record built without re-checking
    each field's type; the rules, file names and NFC as on the full path."""
    names, convert = _converters(cls)
    values = {n: row[n] for n in names}
    for name, kind in convert:
        if values[name] is not None:
            values[name] = kind(values[name])
    if cls in FILE_TABLES:
        problem = filename_problem(values["filename"])
        if problem:
            raise ValidationError(f"{where}, cột filename: {problem}")
    if cls is m.AuditEntry:
        return row
    obj = cls(**values)
    try:
        validate(obj)
    except ValidationError as exc:
        col = f", cột {exc.where.split('.')[-1]}" if exc.where else ""
        raise ValidationError(f"{where}{col}: {exc.message}") from exc
    return repo._to_row(obj) if cls in FOLDED else row


def check_rows(conn: sqlite3.Connection) -> RowReport:
    """Check every row of the staged database and rewrite it as the receiver would store it.

    Raises ValidationError naming the table, the row id and what is wrong."""
    repo = Repository(Db(conn))
    report = RowReport()
    for cls in m.ENTITIES:
        table = TABLES[cls]
        check = _gated_one if _passes_gate(conn, cls) else _check_one
        index = 0
        for batch in row_batches(conn, table):
            for row in batch:
                rowid = row.pop("_rowid")
                where = f"bảng {table}, dòng số {row.get('id', rowid)}"
                changed = {} if cls is m.AuditEntry else _nfc(row, f"{table}[{index}]", report)
                stored = check(repo, cls, row, where)
                if stored is not row:
                    changed.update({k: v for k, v in stored.items() if k in row and row[k] != v})
                if changed:
                    update_row(conn, table, rowid, changed)
                if cls is not m.AuditEntry:
                    _legacy(cls, index, stored, report)
                index += 1
    conn.commit()
    return report
