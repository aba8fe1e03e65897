"""One instance per database file, whatever name it is reached by: OS-held locks on lock files.

Two locks, both held while an app works on a file:
- one named by the file's identity (device + inode; the file ID on Windows) in a folder of
  ours, so a hard link, a symlink or another Unicode spelling of the same file name meets the
  same lock;
- `<db>.lock` next to the file, reached through its resolved path, which another computer
  opening the file over a network share also sees.
The database file itself is never opened here: on POSIX, closing any descriptor of a file drops
every lock SQLite holds on it. The operating system releases our locks when the holder dies
(even by SIGKILL), so a lock file left behind is stale by construction and simply taken over;
the JSON inside only names the holder in the message. fcntl.flock on Linux/macOS,
msvcrt.locking on Windows.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import datetime
from pathlib import Path

from thidua_desktop.domain.errors import ValidationError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # A byte far past the JSON is locked, so other processes can still read who holds it.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# A lock file is never followed through a link: truncating it must only ever touch our file.
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def host_name() -> str:
    """This computer's name (socket.gethostname without importing socket at start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


class DatabaseInUse(ValidationError):
    """Another running thidua_desktop holds this database."""


def lock_path(db_path: Path) -> Path:
    """`<db>.lock` next to the file the path really leads to (symlinks and `..` resolved)."""
    real = Path(os.path.realpath(db_path))
    return real.with_name(real.name + ".lock")


def default_lock_dir() -> Path:
    from thidua_desktop.paths import lock_dir

    return lock_dir()


class _LockFile:
    """One OS lock on one lock file of ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def holder(self) -> dict:
        try:
            if self.path.is_symlink():
                return {}
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def acquire(self, info: dict, db_name: str) -> bool:
        """True when taken; False when another process holds it."""
        for _attempt in range(3):
            if sys.platform == "win32" and self.path.is_symlink():  # no O_NOFOLLOW there
                raise _not_ours(self.path, db_name)
            try:
                fd = os.open(self.path, _OPEN_FLAGS, 0o644)
            except OSError as exc:
                if self.path.is_symlink():
                    raise _not_ours(self.path, db_name) from exc
                raise
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1:
                os.close(fd)  # a hard link to someone's file: never truncate it
                raise _not_ours(self.path, db_name)
            if not _try_lock(fd):
                os.close(fd)
                return False
            # The file may have been removed and recreated by a releasing holder meanwhile.
            if sys.platform != "win32" and not self._same_file(fd):
                _unlock(fd)
                os.close(fd)
                continue
            self.fd = fd
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(info).encode())
            return True
        raise DatabaseInUse(f"Không giữ được khóa của tệp '{db_name}'.")

    def _same_file(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.lstat(self.path))
        except FileNotFoundError:
            return False

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            self.path.unlink(missing_ok=True)  # before unlocking: a waiter re-checks the inode
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover
            try:
                self.path.unlink()
            except OSError:
                pass


def _not_ours(path: Path, db_name: str) -> ValidationError:
    return ValidationError(
        f"Tệp khóa '{path}' của '{db_name}' không phải tệp thường do thidua_desktop tạo ra "
        "(có thể là liên kết tới tệp khác); hãy xóa tệp khóa đó rồi mở lại."
    )


class InstanceLock:
    """Held while one app (GUI or CLI write command) works on a database file."""

    def __init__(self, db_path: Path, lock_dir: Path | None = None) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.lock_dir = lock_dir
        self.created_db = False  # acquire() made the (empty) database file
        self._locks: list[_LockFile] = []

    @property
    def held(self) -> bool:
        return bool(self._locks)

    def holder(self) -> dict:
        """What the lock file next to the database says about its holder ({} if unreadable)."""
        return _LockFile(self.path).holder()

    def identity_path(self) -> Path | None:
        """The lock file named by the database file's identity (None if the file system has
        no stable file IDs: then only the lock next to the file guards it)."""
        st = os.stat(self.db_path)
        if not st.st_ino:
            return None
        folder = self.lock_dir or default_lock_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{st.st_dev:x}-{st.st_ino:x}.lock"

    def acquire(self, what: str = "") -> InstanceLock:
        """Take the locks or raise DatabaseInUse naming who holds them."""
        if self._locks:
            return self
        if not self.db_path.exists():
            # The file must exist to have an identity; no connection can hold it yet.
            fd = os.open(self.db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.close(fd)
            self.created_db = True
        info = {
            "pid": os.getpid(),
            "host": host_name(),
            "what": what,
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        identity = self.identity_path()
        try:
            for path in [p for p in (identity, self.path) if p is not None]:
                lock = _LockFile(path)
                if not lock.acquire(info, self.db_path.name):
                    raise self._in_use(lock.holder())
                self._locks.append(lock)
        except BaseException:  # e.g. <db>.lock on a read-only stick: let go of what was taken
            self.release()
            raise
        return self

    def _in_use(self, info: dict) -> DatabaseInUse:
        return DatabaseInUse(
            f"Tệp '{self.db_path.name}' đang được mở bởi một chương trình thidua_desktop "
            f"khác ({info.get('what') or 'không rõ'}, PID {info.get('pid', '?')}, "
            f"máy {info.get('host', '?')}, từ {info.get('since', '?')}). "
            "Hãy đóng chương trình đó rồi thử lại."
        )

    def release(self) -> None:
        locks, self._locks = self._locks, []
        for lock in reversed(locks):
            lock.release()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
