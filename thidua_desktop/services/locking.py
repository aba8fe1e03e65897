"""One instance per database: an OS-held lock on `<db>.lock`, with the holder's PID for the message.

The operating system releases the lock when the holder dies (even by SIGKILL or a power cut of
the process), so a lock file left behind is stale by construction and simply taken over; the
PID written inside only names the holder in the message. fcntl.flock on Linux/macOS,
msvcrt.locking on Windows.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from thidua_desktop.domain.errors import ValidationError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # A byte far past the JSON is locked, so other processes can still read who holds it.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fh.seek(_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(_LOCK_OFFSET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def host_name() -> str:
    """This computer's name (socket.gethostname without importing socket at start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


class DatabaseInUse(ValidationError):
    """Another running thidua_desktop holds this database."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held while one app (GUI or CLI write command) works on a database file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def holder(self) -> dict:
        """What the lock file says about its holder ({} if unreadable)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def acquire(self, what: str = "") -> InstanceLock:
        """Take the lock or raise DatabaseInUse naming who holds it."""
        if self._fh is not None:
            return self
        for _attempt in range(3):
            fh = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
            if not _try_lock(fh):
                fh.close()
                info = self.holder()
                raise DatabaseInUse(
                    f"Tệp '{self.db_path.name}' đang được mở bởi một chương trình thidua_desktop "
                    f"khác ({info.get('what') or 'không rõ'}, PID {info.get('pid', '?')}, "
                    f"máy {info.get('host', '?')}, từ {info.get('since', '?')}). "
                    "Hãy đóng chương trình đó rồi thử lại."
                )
            # The file may have been removed and recreated by a releasing holder meanwhile.
            if sys.platform != "win32" and not self._same_file(fh):
                _unlock(fh)
                fh.close()
                continue
            self._fh = fh
            self._write_info(what)
            return self
        raise DatabaseInUse(f"Không giữ được khóa của tệp '{self.db_path.name}'.")

    def _same_file(self, fh: IO[bytes]) -> bool:
        try:
            return os.path.samestat(os.fstat(fh.fileno()), os.stat(self.path))
        except FileNotFoundError:
            return False

    def _write_info(self, what: str) -> None:
        assert self._fh is not None
        info = {
            "pid": os.getpid(),
            "host": host_name(),
            "what": what,
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(json.dumps(info).encode())
        self._fh.flush()

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        if sys.platform != "win32":
            self.path.unlink(missing_ok=True)  # before unlocking: a waiter re-checks the inode
        _unlock(fh)
        fh.close()
        if sys.platform == "win32":  # pragma: no cover
            try:
                self.path.unlink()
            except OSError:
                pass

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
