"""Child process of bench_startup/bench_memory: start the app (or a bare window), paint, report.

Prints one line `painted <rss_kib>` once the main window has been shown and painted, then exits;
with THIDUA_BENCH_VISIT_ALL=1 every page is shown once before the report.
"""

from __future__ import annotations

import importlib.machinery
import os
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
            widget.repaint()  # synchronous: the window is painted when this returns
    if os.environ.get("THIDUA_BENCH_VISIT_ALL"):  # bench_memory: every page shown once
        QApplication.processEvents()
        for window in QApplication.topLevelWidgets():
            for key in getattr(window, "pages", ()):
                window.show_page(key)
                window.repaint()
                QApplication.processEvents()
    print(f"painted {rss_kib()}", flush=True)
    QApplication.processEvents()  # what the first event-loop turn queued, after the report
    return 0


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    del app
    return report_and_exit()


class _PatchExecOnImport:
    """Replace QApplication.exec once the app itself imports QtWidgets, not before: importing
    PySide6 here first would change the app's import order (and so its start-up time).
    A meta path finder by protocol only: importlib.abc alone costs tens of milliseconds."""

    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201 (importlib protocol)
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def exec_module(module):  # noqa: ANN001, ANN202
            load(module)
            module.QApplication.exec = report_and_exit

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def thidua(db: str) -> int:
    # The app's own start-up path, with the event loop replaced by "paint once and report".
    sys.meta_path.insert(0, _PatchExecOnImport())
    from thidua_desktop.app import main

    return main(["--db", db])


if __name__ == "__main__":
    raise SystemExit(bare() if sys.argv[1] == "bare" else thidua(sys.argv[2]))
