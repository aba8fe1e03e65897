"""Where things are: bundled resources (frozen or from source) and the user's data folder."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "thidua_desktop"


@cache
def app_root() -> Path:
    """The folder holding resources/ and templates_docx/: the bundle when frozen, else the repo."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def templates_dir() -> Path:
    return app_root() / "templates_docx"


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "thidua.db"


def lock_dir() -> Path:
    """Where the one-instance locks named by a database file's identity live."""
    return user_data_dir() / "locks"


def demo_db_path() -> Path:
    """The demo cluster's own file, made anew on request, never the user's database."""
    return user_data_dir() / "cum-mau.db"
