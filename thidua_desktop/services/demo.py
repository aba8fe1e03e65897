"""The demo cluster: the Justice-sector cluster of the 14 northern mountain provinces (2016–2018)."""

from __future__ import annotations

from thidua_desktop.paths import resource_path
from thidua_desktop.services.interchange import ImportReport, import_data, load_file
from thidua_desktop.storage.repositories import Repository

DEMO_FILE = ("demo", "demo_cluster.json")


def load_demo(repo: Repository, actor: str = "") -> ImportReport:
    """Fill an empty database with the demo cluster (refused when it already holds data)."""
    return import_data(repo, load_file(resource_path(*DEMO_FILE)), actor)
