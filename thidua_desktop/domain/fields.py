"""Field-level conversion of model dataclasses to plain values and back, with typed validation."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import math
import types
import typing
from datetime import date, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from thidua_desktop.domain.errors import ValidationError

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: type  # int, float, str, bool, bytes, date, time, or an Enum subclass
    optional: bool
    required: bool  # no default: must be given


@cache
def field_specs(cls: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(cls)
    specs = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        optional = False
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            optional = len(args) < len(typing.get_args(hint))
            hint = args[0]
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        specs.append(FieldSpec(f.name, hint, optional, required))
    return tuple(specs)


def _to_plain(kind: type, value: Any, *, binary_as_text: bool, bool_as_int: bool) -> Any:
    if value is None:
        return None
    if kind is bool:
        return int(value) if bool_as_int else bool(value)
    if kind is bytes:
        return base64.b64encode(value).decode("ascii") if binary_as_text else bytes(value)
    if kind is date:
        return value.isoformat()
    if kind is time:
        return value.strftime("%H:%M")
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value).value
    return value


def to_plain(obj: Any, *, for_json: bool = True) -> dict[str, Any]:
    """Dataclass -> dict of JSON-able values (for_json) or of SQLite values."""
    return {
        s.name: _to_plain(
            s.kind, getattr(obj, s.name), binary_as_text=for_json, bool_as_int=not for_json
        )
        for s in field_specs(type(obj))
    }


def _from_plain(spec: FieldSpec, value: Any, where: str) -> Any:
    kind = spec.kind
    if value is None:
        if spec.optional:
            return None
        raise ValidationError("thiếu giá trị (không được để trống)", where)
    try:
        if kind is bool:
            if isinstance(value, bool) or value in (0, 1):
                return bool(value)
        elif kind is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return check_int_range(value, where)
        elif kind is float:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
        elif kind is str:
            if isinstance(value, str):
                return value
        elif kind is bytes:
            if isinstance(value, bytes | memoryview):
                return bytes(value)
            if isinstance(value, str):
                return base64.b64decode(value.encode("ascii"), validate=True)
        elif kind is date:
            if isinstance(value, date):
                return value
            if isinstance(value, str):
                return date.fromisoformat(value)
        elif kind is time:
            if isinstance(value, time):
                return value
            if isinstance(value, str):
                return time.fromisoformat(value)
        elif issubclass(kind, Enum):
            return kind(value)
    except (ValueError, OverflowError, binascii.Error) as exc:
        raise ValidationError(f"giá trị '{str(value)[:40]}' không hợp lệ ({exc})", where) from exc
    raise ValidationError(
        f"sai kiểu dữ liệu: cần {TYPE_NAMES.get(kind, kind.__name__)}, "
        f"nhận được {type(value).__name__} '{str(value)[:40]}'",
        where,
    )


TYPE_NAMES = {
    int: "số nguyên",
    float: "số",
    str: "chuỗi ký tự",
    bool: "true/false",
    bytes: "dữ liệu base64",
    date: "ngày YYYY-MM-DD",
    time: "giờ HH:MM",
}


def from_plain(cls: type[T], data: dict[str, Any], where: str = "", *, strict: bool = True) -> T:
    """dict -> dataclass, checking every field; `where` prefixes the place in messages."""
    if not isinstance(data, dict):
        raise ValidationError("cần một đối tượng JSON", where or None)
    specs = field_specs(cls)
    names = {s.name for s in specs}
    if strict:
        extra = sorted(set(data) - names)
        if extra:
            raise ValidationError(f"trường không được hỗ trợ: {', '.join(extra)}", where or None)
    kwargs = {}
    for s in specs:
        place = f"{where}.{s.name}" if where else s.name
        if s.name not in data:
            if s.required:
                raise ValidationError("thiếu trường bắt buộc", place)
            continue
        kwargs[s.name] = _from_plain(s, data[s.name], place)
    return cls(**kwargs)


# --- limits every door applies to plain values (import, package, spreadsheet, form) ---------
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # what SQLite's INTEGER holds
MAX_TEXT = 100_000  # characters in one free-text field (notes, regulation, speech points)
MAX_NAME = 500  # characters in one name or title
TEXT_LIMITS = {"marks": 1_000, "threshold_pct": 40, "quorum_pct": 40}
_NAME_FIELDS = frozenset({"name", "title", "full_name", "organization", "presenter", "province"})


def is_name_field(field: str) -> bool:
    """Single-line names and titles: tidied (spaces, invisible characters) where they enter."""
    return field in _NAME_FIELDS or field.endswith(("_name", "_title"))


def text_limit(field: str) -> int:
    """The most characters a text field may hold."""
    return TEXT_LIMITS.get(field, MAX_NAME if is_name_field(field) else MAX_TEXT)


def check_int_range(value: int, where: str | None) -> int:
    """An integer SQLite can store; the message does not print the number (it may be huge)."""
    if not INT_MIN <= value <= INT_MAX:
        raise ValidationError(
            f"số nguyên quá lớn ({'âm, ' if value < 0 else ''}vượt giới hạn ±{INT_MAX:_} "
            "của cơ sở dữ liệu)".replace("_", "."),
            where,
        )
    return value


def check_record_id(value: int, where: str) -> int:
    """A record id typed by a user: a positive integer SQLite can hold."""
    if not 1 <= value <= INT_MAX:
        raise ValidationError("mã phải là số nguyên dương, nhiều nhất 19 chữ số", where)
    return value


def check_limits(cls: type, data: dict[str, Any], where: str = "") -> None:
    """Refuse values no record may hold: integers beyond 64 bits, NaN/±Infinity, absurd lengths.

    Run on plain values before `from_plain`, so the place is named and nothing is stored.
    """
    for spec in field_specs(cls):
        if spec.name not in data:
            continue
        value = data[spec.name]
        place = f"{where}.{spec.name}" if where else spec.name
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            check_int_range(value, place)
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValidationError(
                "số không hữu hạn (NaN, Infinity hoặc quá lớn như 1e309) không được chấp nhận",
                place,
            )
        elif isinstance(value, str) and spec.kind is not bytes:
            limit = text_limit(spec.name)
            if len(value) > limit:
                raise ValidationError(
                    f"dài {len(value):_} ký tự, vượt giới hạn {limit:_} ký tự".replace("_", "."),
                    place,
                )
