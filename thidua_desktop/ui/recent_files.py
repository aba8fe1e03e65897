"""The recently opened cluster files (QSettings), newest first, files gone from disk pruned."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
RECENT_KEY = "files/recent"
LAST_KEY = "files/last"


class RecentFiles:
    """Paths are kept exactly as opened: never normalised (an NFD name is another name)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _stored(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [v for v in value or [] if isinstance(v, str) and v]

    def paths(self) -> list[Path]:
        """The files still on disk, newest first (the missing ones are forgotten)."""
        stored = self._stored()
        present = [v for v in stored if os.path.isfile(v)]
        if present != stored:
            self.settings.setValue(RECENT_KEY, present)
        return [Path(v) for v in present]

    def add(self, path: Path) -> None:
        text = os.path.abspath(path)
        stored = [v for v in self._stored() if v != text]
        self.settings.setValue(RECENT_KEY, [text, *stored][:MAX_RECENT])
        self.settings.setValue(LAST_KEY, text)
        self.settings.sync()

    def last(self) -> Path | None:
        """The file open when the app last closed, if it is still there."""
        value = self.settings.value(LAST_KEY, "")
        return Path(value) if isinstance(value, str) and value and os.path.isfile(value) else None

    def forget_last(self) -> None:
        self.settings.remove(LAST_KEY)
        self.settings.sync()
