"""Every audience slide of a conference as PNGs at the projector sizes (the `--screenshot` run)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.ui.audience.controller import AudienceController
from thidua_desktop.ui.audience.window import AudienceWindow

SIZES = ((1024, 768), (1920, 1080))


def conferences_to_show(services: Services) -> list[int]:
    """The selected (latest) conference and, if it held no vote, the latest that did: every
    kind of slide appears in a screenshot run of the demo."""
    _cluster, _year, latest = services.conferences.latest()
    ids = [latest] if latest is not None else []
    voted = services.repo.find(
        m.Conference, "id IN (SELECT conference_id FROM votes)", order_by="date DESC, id DESC"
    )
    if voted and voted[0].id not in ids:
        ids.append(voted[0].id)
    return ids


def save_slides(services: Services, folder: Path) -> list[Path]:
    """DIR/trinh-chieu-<slide>-<W>x<H>.png (and -hn<id>- for the second conference), plus
    the black and emblem screens; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    controller = AudienceController(services)
    window = AudienceWindow(controller)
    written: list[Path] = []
    for n, conference_id in enumerate(conferences_to_show(services)):
        prefix = "trinh-chieu-" if n == 0 else f"trinh-chieu-hn{conference_id}-"
        controller.set_conference(conference_id)
        for width, height in SIZES:
            window.resize(width, height)
            window.show()
            for index, ref in enumerate(controller.refs):
                controller.go(index)
                if ref.key.startswith("agenda-") and controller.slide.speakers:  # type: ignore[union-attr]
                    controller.set_speaker(controller.slide.speakers[0])  # type: ignore[union-attr]
                    controller.start_timer()
                    controller.stop_timer()
                written.append(_grab(window, folder / f"{prefix}{ref.key}-{width}x{height}.png"))
                controller.reset_timer()
            if n == 0:
                for mode in ("black", "emblem"):
                    controller.toggle_mode(mode)
                    written.append(_grab(window, folder / f"{prefix}{mode}-{width}x{height}.png"))
                    controller.toggle_mode(mode)
    window.close()
    return written


def _grab(window: AudienceWindow, path: Path) -> Path:
    QApplication.processEvents()
    window.grab().save(str(path))
    return path
