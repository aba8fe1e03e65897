"""The one-way layering of design.md: ui → services → storage, documents → domain."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "thidua_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((PKG / folder).rglob("*.py")) if folder else sorted(PKG.glob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in forbidden or name.startswith(forbidden):
                bad.append(f"{path.relative_to(PKG)} imports {name}")
    return bad


def test_domain_is_pure():
    assert (
        offenders(
            "domain",
            (
                "PySide6",
                "shiboken6",
                "sqlite_utils",
                "sqlite3",
                "thidua_desktop.storage",
                "thidua_desktop.services",
                "thidua_desktop.ui",
                "thidua_desktop.documents",
            ),
        )
        == []
    )


def test_no_qt_outside_ui():
    for folder in ("storage", "services", "documents", "domain"):
        assert offenders(folder, ("PySide6", "shiboken6", "thidua_desktop.ui")) == []
    top = [
        p
        for p in offenders("", ("PySide6", "shiboken6"))
        if not p.startswith(("app.py", "__main__"))
    ]
    assert top == []


def test_storage_and_documents_do_not_reach_up():
    assert offenders("storage", ("thidua_desktop.services", "thidua_desktop.documents")) == []
    assert offenders("documents", ("thidua_desktop.services", "thidua_desktop.storage")) == []


def test_scanner_sees_a_violation(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlite_utils\n")
    assert {"PySide6.QtCore", "sqlite_utils"} <= imported_modules(bad)
