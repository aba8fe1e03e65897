"""At first start on a 1366×768 laptop screen the whole window, status bar included, is on
the screen (run in a Qt of its own whose only screen is that size)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from thidua_desktop.services.container import Services
    from thidua_desktop.ui.main_window import MainWindow
    folder = Path(tempfile.mkdtemp())
    services = Services.open(folder / "c.db", actor="test")
    window = MainWindow(services, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    free = app.primaryScreen().availableGeometry()
    bar = window.statusBar()
    bottom = bar.mapToGlobal(bar.rect().bottomLeft()).y()
    print(free.width(), free.height(), window.width(), window.height(), bottom, bar.isVisible())
    services.close()
    """
)


def test_the_first_window_fits_a_1366_by_768_screen(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]})
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    free_w, free_h, width, height, bar_bottom, bar_shown = out[-6:]
    assert (int(free_w), int(free_h)) == (1366, 768)  # the screen the check ran on
    assert int(width) <= 1366 and int(height) <= 768 - 48  # room for the frame and title
    assert bar_shown == "True" and int(bar_bottom) < 768
