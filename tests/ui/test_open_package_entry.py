"""A received package opened from the first-start page and from `--open-package`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import export_package


def make_package(services, tmp_path):
    target = tmp_path / "ban-giao-2016.thidua"
    export_package(services.repo, services.path, target)
    return target


def test_first_start_opens_a_received_package(
    qtbot, services, small_cluster, tmp_path, monkeypatch
):
    package = make_package(services, tmp_path)
    receiver = Services.open(tmp_path / "receiver.db")
    try:
        window = make_window(qtbot, receiver, tmp_path)
        window.show()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        home = window.pages["home"]
        qtbot.mouseClick(home.package_choice, Qt.MouseButton.LeftButton)
        window.pages["handover"].wait_for_job()
        assert receiver.repo.count(m.Unit) == 3
        assert window.sidebar.currentRow() == list(window.pages).index("handover")
    finally:
        receiver.close()


def test_open_package_argument_is_refused_cleanly_for_a_bad_file(qtbot, services, tmp_path):
    bad = tmp_path / "hong.thidua"
    bad.write_bytes(b"PK\x03\x04 not a package")
    window = make_window(qtbot, services, tmp_path)
    window.open_package(bad)
    window.pages["handover"].wait_for_job()
    report = window.pages["handover"].report.toPlainText()
    assert report.startswith("KHÔNG MỞ") and services.repo.count(m.Unit) == 0


def test_cancel_while_verifying_writes_nothing(
    qtbot, services, small_cluster, tmp_path, monkeypatch
):
    package = make_package(services, tmp_path)
    receiver = Services.open(tmp_path / "receiver.db")
    try:
        window = make_window(qtbot, receiver, tmp_path)
        page = window.show_page("handover")
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        page.open_package(package)
        assert page.cancel_button.isEnabled() and page.progress.maximum() == 0  # busy, cancellable
        page.cancel_export()
        page.wait_for_job()
        assert "Đã hủy" in page.report.toPlainText()
        assert receiver.repo.count(m.Unit) == 0
    finally:
        receiver.close()
