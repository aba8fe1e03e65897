"""Package export off the GUI thread: a ServiceJob with progress, cancel and readable failures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.handover_record import make_handover_record
from thidua_desktop.services.package import PackageInfo, export_package
from thidua_desktop.ui.background import ServiceJob


@dataclass
class Exported:
    """What an export wrote: the package, and the handover record made for it (or None)."""

    info: PackageInfo
    record: Path | None = None


def export_job(
    db_path: Path, target: Path, to_unit: str, with_record: bool = False, actor: str = ""
) -> ServiceJob:
    """A job running export_package on its own connection: progress in percent, cancel →
    `signals.cancelled` (nothing written), a file-system error → `signals.failed` in words.
    With `with_record`, the handover record is made first (as `package export --record`):
    archived in the database, so it travels inside the package; once the package is written,
    it is made again beside it, printing the package's code for the receiver to compare."""

    def work(own, progress, cancelled) -> Exported:  # noqa: ANN001
        try:
            record = None
            if with_record:
                progress(2, 100, "Đang lập biên bản bàn giao…")
                record = make_handover_record(own, target.parent, inside_package=True)
            info = export_package(
                own.repo,
                db_path,
                target,
                to_unit=to_unit,
                progress=lambda f, text: progress(int(f * 100), 100, text),
                cancelled=cancelled,
            )
            if with_record:
                # The copy inside cannot print the code of the package holding it; the paper
                # beside the package, the one signed, prints this package's code (same number).
                own.documents.package_digest = info.package_digest
                record = make_handover_record(own, target.parent)
            return Exported(info, record)
        except OSError as exc:
            raise DomainError(f"{exc.strerror or exc}: {exc.filename or ''}") from exc

    return ServiceJob(db_path, work, actor=actor)
