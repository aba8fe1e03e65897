"""One window per cluster file: a second start on an open file hands its request to the first.

Each running window listens on a local socket named after the identity of its database file
(device and inode, so a link or another spelling of the name finds it). A new start on the same
file sends its request ({"raise": true} or {"package": path}) and exits; the running window
comes to the front and, for a package, opens it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1500
MAX_MESSAGE = 64 * 1024


def server_name(db_path: Path) -> str:
    """A name that is the same for every path of one file, and per user."""
    try:
        st = os.stat(db_path)
        identity = f"{st.st_dev}:{st.st_ino}"
    except OSError:
        identity = os.path.abspath(db_path)
    try:
        user = getpass.getuser()
    except Exception:  # no user name on this system: one name for all
        user = ""
    digest = hashlib.sha256(f"{user}|{identity}".encode("utf-8", "surrogateescape"))
    return f"thidua_desktop-{digest.hexdigest()[:24]}"


def send_to_running(db_path: Path, message: dict) -> bool:
    """Hand `message` to the window that has `db_path` open; False when there is none."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(json.dumps(message).encode() + b"\n")
    socket.flush()
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(
        b"ok"
    )
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for the requests of later starts on the file this window has open."""

    received = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)

    def listen(self, db_path: Path) -> bool:
        self.server.close()
        name = server_name(db_path)
        if self.server.listen(name):
            return True
        # A name left by a crashed run (Unix socket file): nobody answers on it any more.
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.disconnectFromServer()
            return
        line = bytes(socket.readLine(MAX_MESSAGE).data())
        try:
            message = json.loads(line)
        except ValueError:
            message = None
        socket.write(b"ok\n" if isinstance(message, dict) else b"no\n")
        socket.flush()
        socket.disconnectFromServer()
        if isinstance(message, dict):
            self.received.emit(message)
