"""File dialogs open in Documents (never the program's working folder), then where the user
last chose a file for the same purpose — pressed through the real buttons."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.ui.gui_helpers import make_window


@pytest.fixture
def documents(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"


def button(page, text: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_excel_dialogs_start_in_documents_then_in_the_folder_last_used(
    qtbot, services, small_cluster, tmp_path, documents, monkeypatch
):
    monkeypatch.chdir(tmp_path)  # the working folder is not where files are looked for
    window = make_window(qtbot, services, tmp_path)
    page = window.show_page("units")
    window.show()
    asked: list[str] = []
    elsewhere = tmp_path / "USB"
    elsewhere.mkdir()

    def open_name(parent, title, folder, *rest):
        asked.append(folder)
        return "", ""  # cancelled: nothing happens, nothing remembered

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    qtbot.mouseClick(button(page, "Nhập từ Excel…"), Qt.MouseButton.LeftButton)
    assert asked == [str(documents)]

    def save_name(parent, title, proposed, *rest):
        asked.append(proposed)
        return str(elsewhere / "don-vi.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(button(page, "Xuất Excel…"), Qt.MouseButton.LeftButton)
    assert asked[-1] == os.path.join(documents, "don-vi.xlsx")
    assert (elsewhere / "don-vi.xlsx").exists()

    qtbot.mouseClick(button(page, "Nhập từ Excel…"), Qt.MouseButton.LeftButton)
    assert asked[-1] == str(elsewhere)  # the folder of the last Excel file chosen
