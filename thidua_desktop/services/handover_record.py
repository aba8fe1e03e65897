"""The Biên bản bàn giao made for a package: of the year handed over, never an older one."""

from __future__ import annotations

from pathlib import Path

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.model import Conference, Year
from thidua_desktop.services.container import Services


def make_handover_record(services: Services, out_dir: Path, inside_package: bool = False) -> Path:
    """Produce (and archive in the database, so it travels inside the package exported next)
    the handover record of the year handed over — the newest year with a conference, from its
    year-end conference first — once that year's head and the next year's head are known.
    Raises with the reason and what to do when it cannot.

    `inside_package`: the record is made for the package about to be written, whose code is
    not known yet: it prints none (never an earlier package's)."""
    docs = services.documents
    if inside_package:
        kept, docs.package_digest = docs.package_digest, None
        try:
            return make_handover_record(services, out_dir)
        finally:
            docs.package_digest = kept
    # Only the newest year that has a conference is being handed over: an older year's record
    # (another head, another date) must never stand in for it.
    for year in services.repo.find(Year, order_by="year DESC"):
        conferences = services.repo.find(
            Conference, "year_id = ?", [year.id], order_by="kind = 'yearend' DESC, date DESC"
        )
        if not conferences:
            continue
        reason = ""
        for conf in conferences:
            item = next((i for i in docs.items(conf.id) if i.key == "handover"), None)
            if item is not None and item.available:
                return docs.generate(conf.id, "handover", out_dir).path
            reason = reason or (item.reason if item is not None else "")
        raise ValidationError(
            f"Chưa lập được biên bản bàn giao năm {year.year}: "
            f"{reason or 'chưa đủ dữ liệu'}".rstrip(".")
            + f" (ở trang Năm & luân phiên: thêm năm {year.year + 1} và chọn đơn vị trưởng cụm)."
        )
    raise ValidationError("Chưa lập được biên bản bàn giao: chưa có hội nghị nào.")
