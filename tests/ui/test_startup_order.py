"""Start-up order: the window is shown first, the opening backup follows in the event loop."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_opening_snapshot_is_taken_after_the_window_is_shown(
    services, small_cluster, tmp_path, monkeypatch
):
    from thidua_desktop import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "log")
    db = services.path
    services.close()
    folder = db.parent / f"{db.stem}-backups"
    seen: dict[str, object] = {}

    def one_turn(*_args: object) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["visible"] = [type(w).__name__ for w in windows]
        seen["before"] = sorted(p.name for p in folder.glob("*.db")) if folder.exists() else []
        QApplication.processEvents()
        seen["after"] = sorted(p.name for p in folder.glob("*-open.db"))
        for w in windows:
            w.hide()  # not close(): closing stores the geometry in the user's settings
        return 0

    monkeypatch.setattr(QApplication, "exec", one_turn)
    assert app_module.main(["--db", str(db)]) == 0
    assert "MainWindow" in seen["visible"]
    assert seen["before"] == []  # nothing copied before the window was up
    assert len(seen["after"]) == 1  # and the snapshot follows in the first event-loop turn
