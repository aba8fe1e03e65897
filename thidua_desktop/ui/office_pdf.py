"""A Word document made into a PDF by LibreOffice in a child process, to print it from the preview."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTemporaryDir, QTimer, QUrl, Signal

# A first run sets up LibreOffice's profile (several seconds); a stuck one is stopped.
TIMEOUT_MS = 120_000


def find_office() -> str | None:
    """LibreOffice's soffice on the PATH, or where its installer puts it on Windows."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        for base in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
            candidate = Path(base or "") / "LibreOffice" / "program" / "soffice.exe"
            if base and candidate.is_file():
                return str(candidate)
    return None


class OfficePdf(QObject):
    """Converts one document at a time; `done(pdf path)` or `failed(one sentence)` follows."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, office: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.work = QTemporaryDir()  # the PDFs and a LibreOffice profile of our own
        self.process: QProcess | None = None
        self.source: Path | None = None
        self._made: dict[Path, tuple[float, int, Path]] = {}
        self.timer = QTimer(self, singleShot=True, interval=TIMEOUT_MS)
        self.timer.timeout.connect(self._timed_out)

    @property
    def busy(self) -> bool:
        return self.process is not None

    def convert(self, source: Path) -> None:
        stat = source.stat()
        made = self._made.get(source)
        if made and made[:2] == (stat.st_mtime, stat.st_size) and made[2].is_file():
            self.done.emit(str(made[2]))  # unchanged since the last time: no second run
            return
        if self.busy or not self.work.isValid():
            self.failed.emit(self.tr("Chưa chuyển được sang PDF: thư mục tạm không dùng được."))
            return
        out_dir = Path(self.work.path()) / "pdf"
        out_dir.mkdir(exist_ok=True)
        (out_dir / (source.stem + ".pdf")).unlink(missing_ok=True)
        profile = QUrl.fromLocalFile(str(Path(self.work.path()) / "profile")).toString()
        self.source = source
        process = QProcess(self)
        process.setProgram(self.office)
        process.setArguments(
            [
                f"-env:UserInstallation={profile}",  # never the user's own open LibreOffice
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(source),
            ]
        )
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        self.timer.start()
        process.start()

    def _finished(self, *_: object) -> None:
        process, source = self.process, self.source
        if process is None or source is None:
            return
        self._stop()
        pdf = Path(self.work.path()) / "pdf" / (source.stem + ".pdf")
        if not pdf.is_file() or pdf.stat().st_size == 0:
            self.failed.emit(
                self.tr("LibreOffice không chuyển được {0} sang PDF.").format(source.name)
            )
            return
        stat = source.stat()
        self._made[source] = (stat.st_mtime, stat.st_size, pdf)
        self.done.emit(str(pdf))

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self._stop()
            self.failed.emit(self.tr("Không chạy được LibreOffice để chuyển văn bản sang PDF."))

    def _timed_out(self) -> None:
        if self.process is not None:
            self._stop()
            self.failed.emit(self.tr("LibreOffice không trả lời sau 2 phút: đã dừng chuyển PDF."))

    def _stop(self) -> None:
        process, self.process = self.process, None
        self.timer.stop()
        if process is not None:
            process.finished.disconnect(self._finished)
            process.errorOccurred.disconnect(self._error)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(3000)
            process.deleteLater()
