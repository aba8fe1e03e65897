"""Reading an interchange JSON file safely: a regular file of bounded size, no duplicate keys."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import ValidationError

MAX_FILE_BYTES = 256 * 1024 * 1024  # documented in docs/interchange.md
MAX_DEPTH = 8  # the format is 3 deep (file → table → record → value); a little room for errors
_MAX_INT_DIGITS = 20  # beyond this no integer fits SQLite; never convert (Python limits at 4300)


class _Record(dict):
    """A JSON object that remembers the first key it saw twice (the last one would win)."""

    duplicate: str | None = None


def _object(pairs: list[tuple[str, Any]]) -> _Record:
    out = _Record()
    for key, value in pairs:
        if key in out and out.duplicate is None:
            out.duplicate = key
        out[key] = value
    return out


class _HugeInt:
    """An integer literal too long to be a number any field can hold."""

    def __repr__(self) -> str:
        return "<số quá lớn>"


def _parse_int(text: str) -> int | _HugeInt:
    return _HugeInt() if len(text.lstrip("-")) > _MAX_INT_DIGITS else int(text)


def _check_tree(data: Any) -> None:
    """Walk without recursion: refuse duplicate keys, deep nesting and huge integers, by place."""
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ValidationError(f"lồng nhau quá {MAX_DEPTH} cấp", where or None)
        if isinstance(node, _HugeInt):
            raise ValidationError(
                f"số nguyên quá lớn (hơn {_MAX_INT_DIGITS} chữ số)", where or None
            )
        if isinstance(node, _Record):
            if node.duplicate is not None:
                raise ValidationError(
                    f"khóa “{node.duplicate[:40]}” xuất hiện hai lần trong cùng một đối tượng "
                    "(giá trị sau sẽ đè giá trị trước)",
                    where or None,
                )
            items = [(v, f"{where}.{k}" if where else k, depth + 1) for k, v in node.items()]
            stack += reversed(items)  # popped in file order: the first fault is named
        elif isinstance(node, list):
            stack += reversed([(v, f"{where}[{i}]", depth + 1) for i, v in enumerate(node)])


def read_limited(path: str | Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; FIFOs and devices are refused."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError as exc:
        raise ValidationError(f"Không tìm thấy tệp '{p}'.") from exc
    if not stat.S_ISREG(st.st_mode):
        what = "thư mục" if stat.S_ISDIR(st.st_mode) else "tệp đặc biệt (thiết bị, đường ống)"
        raise ValidationError(f"'{p}' là {what}, không phải một tệp JSON thông thường.")
    too_big = ValidationError(
        f"Tệp '{p.name}' lớn hơn giới hạn {limit // (1024 * 1024)} MB của tệp trao đổi JSON."
    )
    if st.st_size > limit:
        raise too_big
    # O_NONBLOCK: should the path become a FIFO between stat and open, opening does not hang.
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise ValidationError(f"'{p}' không phải một tệp JSON thông thường.")
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise too_big
    return raw


def loads(raw: bytes, name: str = "") -> Any:
    """JSON text → plain values, refusing what `json` would silently accept or crash on."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"Tệp '{name}' không phải văn bản UTF-8 (JSON).") from exc
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"Tệp '{name}' không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}: {exc.msg})."
        ) from exc
    except RecursionError as exc:
        raise ValidationError(
            f"Tệp '{name}' lồng nhau quá sâu: tệp trao đổi chỉ có {MAX_DEPTH} cấp."
        ) from exc
    _check_tree(data)
    return data


def load_file(path: str | Path) -> Any:
    """Read and parse an interchange file; every refusal is one ValidationError line."""
    return loads(read_limited(path), Path(path).name)
