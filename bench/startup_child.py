"""Child process of bench_startup/bench_memory: start the app (or a bare window), paint, report.

Prints one line `painted <rss_kib>` once the main window has been shown and painted, then exits.
"""

from __future__ import annotations

import sys


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def report_and_exit(*_args: object) -> int:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()
    QApplication.processEvents()
    print(f"painted {rss_kib()}", flush=True)
    return 0


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    del app
    return report_and_exit()


def thidua(db: str) -> int:
    from PySide6.QtWidgets import QApplication

    # The app's own start-up path, with the event loop replaced by "paint once and report".
    QApplication.exec = report_and_exit  # type: ignore[method-assign]
    from thidua_desktop.app import main

    return main(["--db", db])


if __name__ == "__main__":
    raise SystemExit(bare() if sys.argv[1] == "bare" else thidua(sys.argv[2]))
