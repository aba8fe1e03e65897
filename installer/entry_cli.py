"""Frozen entry point of the command line (thidua)."""

import multiprocessing

from thidua_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
