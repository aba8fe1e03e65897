"""`python -m thidua_desktop` starts the GUI."""

from thidua_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
