"""The timers an open cluster file runs while its window is shown: snapshots, checkpoints."""

from __future__ import annotations


def start_backup_timer(window, backups) -> None:  # noqa: ANN001 (Qt objects, imported late)
    """Every N minutes a snapshot, taken only when something was edited meanwhile."""
    from PySide6.QtCore import QTimer

    from thidua_desktop.services.backups import BACKUP_EVERY_MINUTES

    timer = QTimer(window)
    timer.setInterval(BACKUP_EVERY_MINUTES * 60 * 1000)
    timer.timeout.connect(backups.periodic)
    timer.start()


CHECKPOINT_EVERY_MS = 1000


def start_checkpoint_timer(window, services) -> None:  # noqa: ANN001 (Qt objects, imported late)
    """Each commit already copies itself into the main file; when a reader in another program
    held that back, the next idle second finishes it, so the .db alone is always the record."""
    from PySide6.QtCore import QTimer

    state = {"changes": -1}

    def tick() -> None:
        changes = services.db.conn.total_changes
        if changes != state["changes"] and services.checkpoint():
            state["changes"] = changes

    timer = QTimer(window)
    timer.setInterval(CHECKPOINT_EVERY_MS)
    timer.timeout.connect(tick)
    timer.start()
