"""File dialogs that open where the user keeps files: the folder last used for that purpose,
else Documents — never the program's own folder (a shortcut's working directory on Windows)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def file_dialog_options() -> QFileDialog.Option:
    """The system's own dialog on Windows (it speaks the system's language); elsewhere Qt's,
    which speaks ours (resources/translations/qt_vi.qm)."""
    if os.name == "nt":  # pragma: no cover - Windows only
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings("thidua_desktop", "thidua_desktop")


def documents_folder() -> Path:
    """The user's Documents, or the home folder where there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_folder(key: str, settings: QSettings | None = None) -> Path:
    """Where a dialog for `key` opens: the folder used last for it, else Documents."""
    last = str(_settings(settings).value(f"folders/{key}", "") or "")
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def remember_folder(key: str, chosen: Path, settings: QSettings | None = None) -> None:
    _settings(settings).setValue(f"folders/{key}", str(Path(chosen).parent))


def ask_open_file(
    parent: QWidget | None,
    title: str,
    key: str,
    file_filter: str,
    settings: QSettings | None = None,
) -> Path | None:
    """The file chosen to open, or None; its folder is where the next such dialog opens."""
    name, _ = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(key, settings)), file_filter, "", file_dialog_options()
    )
    if not name:
        return None
    remember_folder(key, Path(name), settings)
    return Path(name)


def ask_save_file(
    parent: QWidget | None,
    title: str,
    key: str,
    file_name: str,
    file_filter: str,
    settings: QSettings | None = None,
) -> Path | None:
    """Where to write `file_name` (proposed in the last folder used for `key`), or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_folder(key, settings) / file_name),
        file_filter,
        "",
        file_dialog_options(),
    )
    if not name:
        return None
    remember_folder(key, Path(name), settings)
    return Path(name)
