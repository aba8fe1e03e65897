"""The cluster's files as the secretary handles them: a copy for a USB stick, the demo file."""

from __future__ import annotations

import os
from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.faults import explain
from thidua_desktop.storage.copies import copy_database, same_file

DB_SUFFIX = ".db"
# Files that sit beside an open database and are SQLite's or ours: a copy never lands on one.
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


def with_db_suffix(path: Path) -> Path:
    """The name chosen in a save dialog, with .db added when the user typed none."""
    return path if path.suffix.lower() == DB_SUFFIX else path.with_name(path.name + DB_SUFFIX)


def save_copy(services: Services, target: Path) -> Path:
    """A whole copy of the open cluster file at `target` (one plain .db, safe to carry away).

    Refuses the open file itself (by identity, whatever the spelling) and its companions; a
    fault of the disk is said in one sentence and leaves an older `target` untouched."""
    target = Path(target)
    source = services.path
    if source is None:
        raise ValidationError("Cụm đang mở không nằm trong tệp nào nên không có bản sao để lưu.")
    for suffix in COMPANIONS:
        companion = source.with_name(source.name + suffix)
        if same_file(target, companion) or os.path.abspath(target) == os.path.abspath(companion):
            raise ValidationError(
                f"“{target.name}” là chính tệp đang mở (hoặc tệp đi kèm của nó): "
                "hãy chọn tên hoặc thư mục khác cho bản sao."
            )
    if not target.parent.is_dir():
        raise ValidationError(f"Thư mục “{target.parent}” không tồn tại: hãy chọn thư mục khác.")
    try:
        return copy_database(services.db.conn, target)
    except (OSError, MemoryError) as exc:
        raise ValidationError(explain(exc, target) or f"Không ghi được bản sao: {exc}.") from exc
    except Exception as exc:  # sqlite3 errors of the copy: the disk, said truthfully
        message = explain(exc, target)
        if message is None:
            raise
        raise ValidationError(message) from exc
