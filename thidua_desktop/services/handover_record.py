"""The Biên bản bàn giao made for a package: from the newest conference that can have one."""

from __future__ import annotations

from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.model import Conference, Year
from thidua_desktop.services.container import Services


def make_handover_record(services: Services, out_dir: Path, inside_package: bool = False) -> Path:
    """Produce (and archive in the database, so it travels inside the package exported next)
    the handover record of the newest year-end conference that can have one: its year's head
    and the next year's head are known. Raises with the reason when none can.

    `inside_package`: the record is made for the package about to be written, whose code is
    not known yet: it prints none (never an earlier package's)."""
    docs = services.documents
    if inside_package:
        kept, docs.package_digest = docs.package_digest, None
        try:
            return make_handover_record(services, out_dir)
        finally:
            docs.package_digest = kept
    reason = "chưa có hội nghị tổng kết nào"
    for year in services.repo.find(Year, order_by="year DESC"):
        for conf in services.repo.find(
            Conference, "year_id = ?", [year.id], order_by="kind = 'yearend' DESC, date DESC"
        ):
            item = next((i for i in docs.items(conf.id) if i.key == "handover"), None)
            if item is not None and item.available:
                return docs.generate(conf.id, "handover", out_dir).path
            reason = item.reason if item is not None else reason
    raise ValidationError(f"Chưa lập được biên bản bàn giao: {reason}")
