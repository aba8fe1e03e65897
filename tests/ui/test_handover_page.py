"""Handover page: export off the GUI thread with progress, verify, open with diff and choice,
restore from backup, archived years."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.fixtures.make_packages import good_package
from tests.ui.dialog_answers import answer_message_box
from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.services.package import verify_package


@pytest.fixture
def page(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    return window.pages["handover"]


def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_export_runs_in_a_worker_with_progress(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "ban-giao.thidua"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.to_unit.setCurrentIndex(page.to_unit.findData("Sở Tư pháp tỉnh Hòa Bình"))
    seen = []
    page.export()
    assert page.export_job is not None and not page.export_button.isEnabled()
    page.export_job.signals.progress.connect(lambda p, _n, _t: seen.append(p))
    page.wait_for_job()
    assert page.export_job is None and page.export_button.isEnabled()
    info = verify_package(target)
    assert info.to_unit == "Sở Tư pháp tỉnh Hòa Bình"
    assert "hợp lệ" in page.report.toPlainText()
    assert page.progress.value() == 100
    # The short package digest to compare with the paper; the record made next prints it.
    assert f"Mã kiểm tra gói: {short_digest(info.package_digest)}" in page.report.toPlainText()
    assert page.services.documents.package_digest == info.package_digest


def test_cancelled_export_writes_nothing(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "cancel.thidua"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export()
    page.cancel_export()  # before the job's first check
    page.wait_for_job()
    assert not target.exists()
    assert "không có tệp nào" in page.progress_text.text()


def test_verify_reports_a_damaged_package(page, tmp_path, monkeypatch):
    bad = tmp_path / "bad.thidua"
    bad.write_bytes(b"PK\x03\x04 not a package")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    page.verify()
    assert page.report.toPlainText().startswith("KHÔNG HỢP LỆ")
    assert "ZIP" in page.report.toPlainText()


def test_open_with_data_shows_diff_and_cancel_changes_nothing(
    page, services, small_cluster, tmp_path, monkeypatch
):
    pkg = good_package(tmp_path)  # the same small cluster, plus a vote, ballots, documents…
    cluster_id = small_cluster["cluster"].id  # …and a unit only this machine has
    services.edits.create(m.Unit(cluster_id=cluster_id, name="Sở Tư pháp tỉnh Lào Cai"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pkg), ""))
    monkeypatch.setattr(type(page), "ask_choice", lambda self: None)
    before = services.repo.count(m.Unit)
    page.open_package()
    page.wait_for_job()
    assert page.diff.isVisible() or not page.diff.isHidden()
    tables = [page.diff.item(r, 0).text() for r in range(page.diff.rowCount())]
    assert "units" in tables and "ballots" in tables
    assert services.repo.count(m.Unit) == before
    assert "không thay đổi" in page.report.toPlainText()


def test_open_replace_backs_up_first(page, services, tmp_path, monkeypatch):
    pkg = good_package(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pkg), ""))
    monkeypatch.setattr(type(page), "ask_choice", lambda self: "replace")
    page.open_package()
    page.wait_for_job()
    assert services.repo.count(m.BallotRecord) == 5
    backup = next(services.backups.folder.glob("*before-replace.db"))
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM ballots").fetchone()[0] == 0
    conn.close()
    assert page.edits.stack.count() == 0


def test_open_into_new_file(page, services, tmp_path, monkeypatch):
    pkg = good_package(tmp_path)
    new = tmp_path / "moi.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pkg), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    monkeypatch.setattr(type(page), "ask_choice", lambda self: "new")
    page.open_package()
    page.wait_for_job()
    assert services.repo.count(m.BallotRecord) == 0
    conn = sqlite3.connect(new)
    assert conn.execute("SELECT count(*) FROM ballots").fetchone()[0] == 5
    conn.close()


def test_restore_from_backup(page, services, small_cluster, monkeypatch):
    answer_yes(monkeypatch)
    page.snapshot_now()
    services.edits.create(m.Unit(cluster_id=small_cluster["cluster"].id, name="Đơn vị thêm sau"))
    page.refresh()
    page.backups.setCurrentRow(page.backups.count() - 1)  # the oldest: the manual snapshot
    page.restore()
    assert services.repo.count(m.Unit) == 3
    assert any(
        "trước khi khôi phục" in page.backups.item(i).text() for i in range(page.backups.count())
    )


def test_archived_year_unlocked_with_confirmation(qtbot, page, services, small_cluster):
    services.edits.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    page.refresh()
    texts = [page.years.item(i).text() for i in range(page.years.count())]
    assert texts == ["2017 — đang sửa được", "2016 — lưu trữ, chỉ xem"]
    page.years.setCurrentRow(1)
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert "Năm 2016 đã lưu trữ" in asked[0] and "khóa lại" in asked[0]
    assert page.years.item(1).text() == "2016 — đang sửa được"
    services.archive.ensure_year_editable(small_cluster["year"].id)


def test_backup_timer_snapshots_only_after_edits(qtbot, services, small_cluster):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from thidua_desktop.ui.file_timers import start_backup_timer

    window = QWidget()
    qtbot.addWidget(window)
    start_backup_timer(window, services.backups)
    timer = window.findChild(QTimer)
    assert timer.isActive() and timer.interval() == 10 * 60 * 1000
    timer.timeout.emit()
    assert services.backups.list() == []  # nothing edited since opening
    services.edits.change(m.Unit, small_cluster["units"][0].id, short_name="HG")
    timer.timeout.emit()
    assert [b.reason for b in services.backups.list()] == ["periodic"]
