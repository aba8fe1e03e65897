"""Archived documents back on disk: only in our folder, under a name we make, in a format we know."""

from __future__ import annotations

import re
from pathlib import Path

from thidua_desktop.documents.catalog import KINDS
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError

# The formats the app writes, with the first bytes every such file starts with. A document is
# only ever written back and opened under one of these extensions: the desktop opens a file by
# its extension (on Windows `os.startfile` runs a .bat), so a name from the data never decides it.
OUR_FORMATS: dict[str, bytes] = {
    "docx": b"PK\x03\x04",
    "xlsx": b"PK\x03\x04",
    "pdf": b"%PDF-",
    "png": b"\x89PNG\r\n\x1a\n",
}

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def safe_stem(text: str) -> str:
    """`text` reduced to ASCII letters, digits, '-' and '_' (never empty, never a device name)."""
    stem = _UNSAFE.sub("-", text).strip("-_")[:80]
    return stem or "van-ban"


def archived_name(doc: m.Document, stem: str) -> str:
    """The file name the app gives `doc`: a safe form of `stem` (made by the app from the kind
    and the date) and the extension of the document's kind. The stored `filename` is not used."""
    kind = KINDS.get(doc.kind)
    fmt = kind.fmt if kind else ""
    if fmt not in OUR_FORMATS:
        raise ValidationError(
            f"Văn bản “{doc.title or doc.kind}” trong dữ liệu có loại không rõ nên không mở được."
        )
    # Stems start with a date ("2016-11-22_…"), so no Windows device name (CON, NUL…) can appear.
    return f"{safe_stem(stem)}.{fmt}"


def write_archived(doc: m.Document, folder: Path, stem: str) -> Path:
    """The archived copy of `doc` as a file directly in `folder` (written when missing).

    The bytes are written only when they are what the extension says (a .docx is a zip, a .pdf
    starts with %PDF…), so the file opened is always one of ours; ValidationError otherwise."""
    name = archived_name(doc, stem)
    fmt = name.rsplit(".", 1)[1]
    content = doc.content or b""
    if not content.startswith(OUR_FORMATS[fmt]):
        raise ValidationError(
            f"Bản lưu của văn bản “{doc.title or name}” không phải tệp .{fmt} hợp lệ nên không "
            "được ghi ra đĩa và không mở; hãy tạo lại văn bản này."
        )
    path = folder / name
    if path.parent != folder:  # cannot happen with a safe stem; kept as the last guard
        raise ValidationError(f"Tên tệp “{name}” không hợp lệ.")
    if not path.exists():  # moved or deleted: write back the archived copy
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return path
