"""Where package files may be written, and the temporaries of killed exports and opens swept up.

A package output is never a live database (compared by file identity — device and inode, or
the file ID on Windows — never by path text, so hard links and symlinks are caught), and it is
written to a hidden temporary in the target folder that replaces the target only when complete.
A killed export leaves that temporary behind, a killed verify or open its `thidua-pkg-*`
scratch folder: both are removed at the next start once they are clearly not in use.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.document_files import safe_stem
from thidua_desktop.storage.database import SQLITE_MAGIC, same_file
from thidua_desktop.storage.package import SUFFIX  # noqa: F401 (the pages' name for it)

# An export in another process may be slow but never silent this long.
STALE_AFTER_SECONDS = 3600
# `.ban-giao.thidua.k3j_9x2a.tmp`: tempfile.mkstemp's eight random characters.
EXPORT_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
SCRATCH_PREFIX = "thidua-pkg-"
LIVE_SIDE_FILES = ("-wal", "-shm", "-journal")


def refuse_live_database(target: Path, db_path: Path, what: str = "gói bàn giao") -> None:
    """Refuse writing `what` (a package, a copy) over the database being used — its file, its
    -wal/-shm/-journal or its lock file, whatever name points at it — or over any database file
    that is open (its -wal/-shm/-journal is present)."""
    if not target.exists():
        return
    live = [db_path, *(Path(f"{db_path}{s}") for s in (*LIVE_SIDE_FILES, ".lock"))]
    if any(same_file(target, p) for p in live):
        raise ValidationError(
            f"Tệp '{target.name}' chính là cơ sở dữ liệu đang mở (hoặc tệp đi kèm của nó); "
            f"hãy chọn một tên tệp mới cho {what}."
        )
    if any(Path(f"{target}{s}").exists() for s in LIVE_SIDE_FILES):
        raise ValidationError(
            f"Tệp '{target.name}' là một cơ sở dữ liệu đang được mở; không ghi {what} đè "
            "lên nó — hãy chọn một tên tệp mới."
        )


def file_fingerprint(path: Path) -> tuple[str, int]:
    """SHA-256 (hex) and size in bytes of a file as it lies on disk: what `sha256sum` and
    `certutil -hashfile FILE SHA256` print, to compare copies of a package (USB stick, mail).
    Only for a package file or a private copy of one, never a live database (advisory locks)."""
    h = hashlib.sha256()
    size = 0
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def size_text(size: int) -> str:
    """A file size as people read it: "1.234.567 byte (1,2 MB)"."""
    exact = f"{size:,} byte".replace(",", ".")
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            short = f"{size / factor:.1f}".removesuffix(".0").replace(".", ",")
            return f"{exact} ({short} {unit})"
    return exact


def package_file_name(cluster: str, year: int | None, suffix: str) -> str:
    """The name offered for a package: says the cluster and the year, in ASCII letters only
    ("ban-giao_kvtd-mien-nui-phia-bac_2017.thidua"), so it survives any USB stick or mail."""
    stem = safe_stem(fold(cluster)) if cluster else "cum"
    return f"ban-giao_{stem[:60]}" + (f"_{year}" if year else "") + suffix


def _is_ours(path: Path) -> bool:
    """An export temporary holds a SQLite file (VACUUM INTO) or nothing yet."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return head in (b"", SQLITE_MAGIC)


def stale_cleanup_in(folder: Path, now: float | None = None) -> list[Path]:
    """Remove our stale export temporaries from one folder (a single directory listing)."""
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not EXPORT_TEMP.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat().st_mtime > cutoff:
                continue
            path = Path(entry.path)
            if _is_ours(path):
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # in use or gone: the next start tries again
    return removed


def clean_stale_temporaries(folders: Iterable[Path] = (), now: float | None = None) -> list[Path]:
    """At start (app and CLI): stale export temporaries in `folders` and our stale scratch
    folders in the system temp folder. Cheap: one listing per folder."""
    removed = []
    for folder in folders:
        removed += stale_cleanup_in(Path(folder), now)
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return removed
    for entry in entries:
        try:
            if (
                entry.name.startswith(SCRATCH_PREFIX)
                and entry.is_dir(follow_symlinks=False)
                and entry.stat(follow_symlinks=False).st_mtime <= cutoff
            ):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
