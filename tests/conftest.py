"""Shared fixtures: offscreen Qt, a fresh migrated database per test."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own settings (recent files, window geometry) and data folder stay out of the tests.
_HOME = tempfile.mkdtemp(prefix="thidua-test-home-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

from tests.cluster_builders import build_small_cluster  # noqa: E402
from thidua_desktop.services.container import Services  # noqa: E402
from thidua_desktop.ui.qt_workarounds import pin_singletons  # noqa: E402

pin_singletons()  # PySide6 drops references to None/True (ui/qt_workarounds.py)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cluster.db"


@pytest.fixture
def services(db_path):
    s = Services.open(db_path, actor="test")
    yield s
    s.close()


@pytest.fixture
def small_cluster(services):
    """A cluster with three units, a year, a conference with two delegates, an award."""
    return build_small_cluster(services)
