"""Package export off the GUI thread: a QThread worker with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import export_package
from thidua_desktop.storage.package import Cancelled


class ExportWorker(QObject):
    """Runs export_package on its own database connection; signals back to the GUI thread."""

    progress = Signal(int, str)  # percent, what is happening
    done = Signal(object)  # PackageInfo
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, db_path: Path, target: Path, to_unit: str) -> None:
        super().__init__()
        self.db_path = db_path
        self.target = target
        self.to_unit = to_unit
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            own = Services.open(self.db_path)  # a connection of this thread, read only here
            try:
                info = export_package(
                    own.repo,
                    self.db_path,
                    self.target,
                    to_unit=self.to_unit,
                    progress=lambda f, text: self.progress.emit(int(f * 100), text),
                    cancelled=self._cancel.is_set,
                )
            finally:
                own.close()
        except Cancelled:
            self.cancelled.emit()
        except DomainError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.strerror or exc}: {exc.filename or ''}")
        else:
            self.done.emit(info)


def start_export(worker: ExportWorker, parent: QObject) -> QThread:
    """Move the worker to a new thread and start it; the thread ends with the worker."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.done, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
