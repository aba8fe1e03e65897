"""The cluster's files as the secretary handles them: a copy for a USB stick, the demo file."""

from __future__ import annotations

from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.faults import explain
from thidua_desktop.services.package_files import refuse_live_database
from thidua_desktop.storage.copies import copy_database
from thidua_desktop.storage.database import same_file

__all__ = ["same_file", "save_copy", "with_db_suffix"]  # same_file: for the GUI's file menu

DB_SUFFIX = ".db"


def with_db_suffix(path: Path) -> Path:
    """The name chosen in a save dialog, with .db added when the user typed none."""
    return path if path.suffix.lower() == DB_SUFFIX else path.with_name(path.name + DB_SUFFIX)


def save_copy(services: Services, target: Path) -> Path:
    """A whole copy of the open cluster file at `target` (one plain .db, safe to carry away).

    Refuses the open file (by identity, whatever the spelling), its companions and any other
    open database; a fault of the disk is said in one sentence and leaves an older `target`
    untouched."""
    target = Path(target)
    source = services.path
    if source is None:
        raise ValidationError("Cụm đang mở không nằm trong tệp nào nên không có bản sao để lưu.")
    refuse_live_database(target, source, "bản sao")
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
