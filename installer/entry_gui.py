"""Frozen entry point of the GUI (thidua-desktop)."""

import multiprocessing

from thidua_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # document rendering runs in a spawned child process
    raise SystemExit(main())
