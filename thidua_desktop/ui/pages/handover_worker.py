"""Package export off the GUI thread: a ServiceJob with progress, cancel and readable failures."""

from __future__ import annotations

from pathlib import Path

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.package import PackageInfo, export_package
from thidua_desktop.ui.background import ServiceJob


def export_job(db_path: Path, target: Path, to_unit: str) -> ServiceJob:
    """A job running export_package on its own connection: progress in percent, cancel →
    `signals.cancelled` (nothing written), a file-system error → `signals.failed` in words."""

    def work(own, progress, cancelled) -> PackageInfo:  # noqa: ANN001
        try:
            return export_package(
                own.repo,
                db_path,
                target,
                to_unit=to_unit,
                progress=lambda f, text: progress(int(f * 100), 100, text),
                cancelled=cancelled,
            )
        except OSError as exc:
            raise DomainError(f"{exc.strerror or exc}: {exc.filename or ''}") from exc

    return ServiceJob(db_path, work, actor="")
