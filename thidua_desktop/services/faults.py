"""Faults of the machine (full disk, read-only medium, removed USB stick) said in one sentence."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

__all__ = ["explain", "free_bytes", "with_needed_bytes"]

# SQLite primary result codes (the low byte of an extended code)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}
_DEVICE_GONE = {
    errno.EIO,
    errno.ENXIO,
    errno.ENODEV,
    *(getattr(errno, n) for n in ("ENOMEDIUM", "EREMOTEIO", "ESTALE") if hasattr(errno, n)),
}
_MISSING = {errno.ENOENT, errno.ENOTDIR}
_KEEP = "dữ liệu đã lưu trước đó vẫn còn nguyên"


def with_needed_bytes(exc: BaseException, needed: int) -> BaseException:
    """Mark a disk-full error with how many more bytes the operation needs (shown in MB)."""
    exc.needed_bytes = needed  # type: ignore[attr-defined]
    return exc


def free_bytes(path: str | os.PathLike[str]) -> int | None:
    """Free space on the disk holding `path` (its nearest existing folder), or None."""
    p = Path(path)
    for folder in (p, *p.parents):
        try:
            if folder.exists():
                return shutil.disk_usage(folder).free
        except OSError:
            return None
    return None


def _mb(n: int) -> str:
    mb = max(n, 1) / (1024 * 1024)
    text = f"{mb:.1f}" if mb < 100 else f"{mb:.0f}"
    return text.replace(".", ",")


def _place(exc: BaseException, path: str | os.PathLike[str] | None) -> str:
    name = path if isinstance(exc, sqlite3.Error) else getattr(exc, "filename", None)
    if isinstance(name, int):  # a file descriptor, not a name
        return ""
    return f" “{os.fsdecode(name)}”" if name else ""


def _disk_full(exc: BaseException, path: str | os.PathLike[str] | None) -> str:
    needed = getattr(exc, "needed_bytes", None)
    where = _place(exc, path)
    if needed:
        head = f"Ổ đĩa đầy: cần thêm khoảng {_mb(needed)} MB trống"
    else:
        head = "Ổ đĩa đầy: không còn chỗ trống"
    return f"{head} để ghi{where}; hãy xóa bớt tệp hoặc chọn ổ đĩa khác rồi thử lại ({_KEEP})."


def _from_os(exc: OSError, path: str | os.PathLike[str] | None) -> str | None:
    code = exc.errno
    where = _place(exc, path)
    if code in _FULL:
        return _disk_full(exc, path)
    if code in _READ_ONLY:
        return (
            f"Ổ đĩa chỉ đọc: không ghi được{where}; hãy chọn ổ đĩa hoặc thư mục ghi được, "
            f"hoặc tắt khóa chống ghi của USB/thẻ nhớ ({_KEEP})."
        )
    if code in _DENIED:
        return (
            f"Không có quyền ghi hoặc đọc{where} (thư mục hoặc tệp chỉ đọc): "
            "hãy chọn thư mục khác hoặc xin quyền truy cập."
        )
    if code in _DEVICE_GONE:
        return (
            f"Lỗi đọc/ghi ổ đĩa{where}: USB hoặc thẻ nhớ có thể đã bị rút ra hay bị hỏng; "
            "hãy cắm lại rồi thử lại."
        )
    if code in _MISSING:
        return (
            f"Không tìm thấy{where}: tệp hoặc thư mục không tồn tại "
            "(hoặc ổ đĩa chứa nó đã bị rút ra)."
        )
    if code == errno.EFBIG:
        return f"Tệp{where} vượt quá kích thước tối đa hệ thống cho phép ghi ({_KEEP})."
    if code == errno.EISDIR:
        return f"{where.strip() or 'Đường dẫn'} là một thư mục, không phải tệp."
    name = errno.errorcode.get(code, str(code)) if code is not None else "không rõ"
    return f"Không đọc hoặc ghi được{where}: hệ điều hành báo lỗi {name} ({_KEEP})."


def _from_sqlite(exc: sqlite3.Error, path: str | os.PathLike[str] | None) -> str:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    where = f" “{os.fsdecode(path)}”" if path else ""
    if code == _SQLITE_FULL or "disk is full" in text:
        return _disk_full(exc, None)  # SQLite may have been writing another file (an export)
    if code == _SQLITE_READONLY or "readonly database" in text:
        return (
            f"Không ghi được vào tệp dữ liệu{where}: tệp, thư mục hoặc ổ đĩa chỉ đọc; "
            f"hãy chép tệp sang thư mục ghi được rồi mở lại ({_KEEP})."
        )
    if code == _SQLITE_IOERR or "disk i/o error" in text:
        return (
            f"Lỗi đọc/ghi ổ đĩa khi dùng tệp dữ liệu{where}: USB hoặc thẻ nhớ có thể đã bị "
            "rút ra hay bị hỏng; hãy cắm lại rồi mở lại tệp."
        )
    if code == _SQLITE_CANTOPEN or "unable to open" in text:
        return (
            f"Không mở được tệp dữ liệu{where}: thư mục không tồn tại, không có quyền ghi "
            "hoặc ổ đĩa đã bị rút ra."
        )
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return (
            f"Tệp dữ liệu{where} đang được chương trình khác ghi: "
            "hãy đợi chương trình đó xong hoặc đóng nó rồi thử lại."
        )
    if "could not decode" in text:
        return (
            f"Tệp dữ liệu{where} chứa văn bản không đúng mã UTF-8 (do chương trình khác ghi "
            "vào): ứng dụng không đọc được; hãy mở bản sao lưu hoặc gói bàn giao gần nhất."
        )
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "***" in text:
        return (
            f"Tệp dữ liệu{where} bị hỏng hoặc không phải tệp của ứng dụng: "
            "hãy mở bản sao lưu hoặc gói bàn giao gần nhất."
        )
    return f"Cơ sở dữ liệu{where} báo lỗi nên thao tác chưa hoàn tất ({_KEEP})."


def _explain_one(exc: BaseException, path: str | os.PathLike[str] | None) -> str | None:
    if isinstance(exc, sqlite3.Error):
        return _from_sqlite(exc, path)
    if isinstance(exc, OSError):
        return _from_os(exc, path)
    if isinstance(exc, MemoryError):
        return "Không đủ bộ nhớ để hoàn tất thao tác: hãy đóng bớt chương trình khác rồi thử lại."
    if isinstance(exc, OverflowError):
        return "Có một số quá lớn, không lưu hoặc tính được: hãy kiểm tra lại số đã nhập."
    return None


def explain(exc: BaseException, path: str | os.PathLike[str] | None = None) -> str | None:
    """One Vietnamese sentence for a fault of the machine, or None if `exc` is not one.

    Looks through the chain of causes; `path` names the database for SQLite's errors (which
    never name their file); an OSError names its own file. The size in "Ổ đĩa đầy: cần thêm … MB" comes from `with_needed_bytes`.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        message = _explain_one(current, path)
        if message is not None:
            return " ".join(message.split())  # one line, whatever the file name holds
        current = current.__cause__ or current.__context__
    return None
