"""What the audience sees and why: the current slide, black or emblem, the speaking timer."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.services.hall_screen import HallScreenService
from thidua_desktop.services.hall_slides import Slide, SlideRef

WATCH_MS = 25  # how often the database's change counter is looked at while the screen is open


class AudienceController(QObject):
    """One state shared by the audience window and the secretary's control panel.

    The slide changes only by the secretary's action (next, previous, a pick in the list,
    reveal); the records change what the current slide says (a check-in, an accepted result).
    """

    changed = Signal()  # the slide list, the current slide or the mode changed
    slide_shown = Signal()  # the audience's content was rebuilt from the records
    timer_ticked = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hall = HallScreenService(services.attendance, services.votes)
        self.conference_id: int | None = None
        self.refs: list[SlideRef] = []
        self.index = 0
        self.mode = "slide"  # slide | black | emblem
        self.slide: Slide | None = None
        self.speaker = ""
        self._speaker_key = ""  # the agenda slide the speaker was picked on
        self._timer_started: float | None = None
        self._timer_before = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        # Writes that do not pass the undo stack (accepting a result, a keyed total) are seen
        # by the connection's change counter: a look every WATCH_MS costs nothing.
        self._seen_changes = self._total_changes()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._on_watch)

    # -- the conference -------------------------------------------------------------------
    def set_conference(self, conference_id: int | None) -> None:
        """Show this conference, from its welcome slide."""
        if conference_id != self.conference_id:
            self.conference_id = conference_id
            self.index = 0
            self.speaker = ""
            self.reset_timer()
        self.refresh()

    def cluster_name(self) -> str:
        cluster = self.services.repo.find_one(m.Cluster, "1=1")
        return cluster.name if cluster else ""

    def start_watching(self) -> None:
        self._seen_changes = self._total_changes()
        self._watch.start()

    def stop_watching(self) -> None:
        self._watch.stop()

    # -- records changed --------------------------------------------------------------------
    def on_edited(self, _entity: str = "") -> None:
        """An undoable edit was committed (the main window's `edits.changed`)."""
        self._seen_changes = self._total_changes()
        self.refresh()

    def _total_changes(self) -> int:
        return self.services.db.conn.total_changes

    def _on_watch(self) -> None:
        seen = self._total_changes()
        if seen != self._seen_changes:
            self._seen_changes = seen
            self.refresh()

    def refresh(self) -> None:
        """Read the slide list and the current slide again; keep the slide shown unless it is
        gone (a result reopened: its vote's slide, never a result no longer accepted)."""
        key = self.current_key()
        self.refs = self.hall.slides(self.conference_id) if self.conference_id else []
        keys = [r.key for r in self.refs]
        if key in keys:
            self.index = keys.index(key)
        elif key and key.startswith("result-"):
            vote = "vote-" + key.split("-")[1] + "-1"
            self.index = keys.index(vote) if vote in keys else min(self.index, len(keys) - 1)
        else:
            self.index = max(0, min(self.index, len(keys) - 1))
        self._load_slide()

    def _load_slide(self) -> None:
        slide = None
        key = self.current_key()
        if key and self.conference_id is not None:
            try:
                slide = self.hall.slide(self.conference_id, key)
            except DomainError:  # gone between the list and the read: nothing rather than stale
                slide = None
        if slide != self.slide:
            self.slide = slide
            self.slide_shown.emit()
        self.changed.emit()

    # -- the secretary's actions ------------------------------------------------------------
    def current_key(self) -> str:
        return self.refs[self.index].key if 0 <= self.index < len(self.refs) else ""

    def go(self, index: int) -> None:
        if not self.refs:
            return
        index = max(0, min(index, len(self.refs) - 1))
        if index != self.index:
            self.index = index
            key = self.current_key()
            if key.startswith("agenda-") and key != self._speaker_key:  # the next item
                self.speaker = ""
                self.reset_timer()
        self.mode = "slide"
        self._load_slide()
        self.slide_shown.emit()

    def go_key(self, key: str) -> bool:
        keys = [r.key for r in self.refs]
        if key not in keys:
            return False
        self.go(keys.index(key))
        return True

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def result_key(self) -> str:
        """The first result slide of the vote on (or just before) the current slide, if its
        result is accepted; "" otherwise."""
        keys = [r.key for r in self.refs]
        for key in reversed(keys[: self.index + 1]):
            if key.startswith(("vote-", "result-")):
                wanted = "result-" + key.split("-")[1] + "-1"
                return wanted if wanted in keys else ""
        return ""

    def reveal_result(self) -> bool:
        key = self.result_key()
        return self.go_key(key) if key else False

    def toggle_mode(self, mode: str) -> None:
        """B: black and back; W: the emblem and back (as presentation programs do)."""
        self.mode = "slide" if self.mode == mode else mode
        self.slide_shown.emit()
        self.changed.emit()

    def set_speaker(self, speaker: str) -> None:
        if speaker != self.speaker:
            self.speaker = speaker
            self._speaker_key = self.current_key()  # kept while other slides are shown
            self.reset_timer()
            self.slide_shown.emit()
            self.changed.emit()

    # -- the speaking timer -----------------------------------------------------------------
    def timer_running(self) -> bool:
        return self._timer_started is not None

    def start_timer(self) -> None:
        if self._timer_started is None:
            self._timer_started = time.monotonic()
            self._tick.start()
            self._on_tick()
            self.changed.emit()

    def stop_timer(self) -> None:
        if self._timer_started is not None:
            self._timer_before += time.monotonic() - self._timer_started
            self._timer_started = None
            self._tick.stop()
            self._on_tick()
            self.changed.emit()

    def reset_timer(self) -> None:
        self._timer_started = None
        self._timer_before = 0.0
        self._tick.stop()
        self.timer_ticked.emit("")

    def elapsed(self) -> float:
        running = time.monotonic() - self._timer_started if self._timer_started else 0.0
        return self._timer_before + running

    def timer_text(self) -> str:
        if self._timer_started is None and self._timer_before == 0.0:
            return ""
        seconds = int(self.elapsed())
        return f"{seconds // 60:02d}:{seconds % 60:02d}"

    def _on_tick(self) -> None:
        self.timer_ticked.emit(self.timer_text())
