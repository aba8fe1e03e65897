"""Run a service call off the GUI thread (QThreadPool) with progress and cancel."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.storage.package import Cancelled

# fn(services, progress(done, total, label), cancelled()) -> result
JobFn = Callable[[Services, Callable[[int, int, str], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()  # the job raised Cancelled: stopped, nothing written


class ServiceJob(QRunnable):
    """Opens its own connection to the database file (SQLite connections stay in their
    thread), runs `fn`, and reports through Qt signals delivered on the GUI thread."""

    def __init__(self, db_path: Path, fn: JobFn, actor: str = "thidua_desktop") -> None:
        super().__init__()
        self.db_path, self.fn, self.actor = db_path, fn, actor
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            services = Services.open(self.db_path, actor=self.actor)
        except DomainError as exc:
            self.signals.failed.emit(str(exc))
            return
        try:
            result = self.fn(services, self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except DomainError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown to the user, logged with its traceback
            import logging

            logging.getLogger("thidua_desktop").error("job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(
                QCoreApplication.translate("ServiceJob", "Lỗi không mong muốn: {0}").format(exc)
            )
        else:
            self.signals.done.emit(result)
        finally:
            services.close()
