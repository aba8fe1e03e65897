"""A whole, single-file copy of an open database (for a USB stick), made through SQLite only."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of `conn`'s database to `target` in one step.

    The copy goes through SQLite's backup API (safe while the app keeps writing), is made a
    plain single file (journal mode DELETE, no -wal beside it), synced, and only then renamed
    over `target`: a full disk or a removed stick leaves any older `target` as it was.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp_name, 0o666 & ~current_umask())  # as any new file, not mkstemp's 0600
    try:
        dest = sqlite3.connect(tmp_name)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
        finally:
            dest.close()
        fd = os.open(tmp_name, os.O_RDONLY)  # our own new file, not the live database
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
