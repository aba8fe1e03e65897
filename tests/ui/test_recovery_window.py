"""A cluster file that will not open at start: the recovery window, its backups, restoring one
(the damaged file kept aside), trying again, and what it refuses."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.cluster_builders import build_small_cluster
from tests.ui.dialog_answers import answer_message_box
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.recovery import describe, restore_backup
from thidua_desktop.ui.app_controller import AppController
from thidua_desktop.ui.main_window import MainWindow
from thidua_desktop.ui.recovery_window import RecoveryWindow
from thidua_desktop.ui.start_window import StartWindow

GARBAGE = b"\x00garbage written over the header by a failing stick" * 4


@pytest.fixture
def files(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, tmp_path / "thidua.db", tmp_path / "data" / "cum-mau.db")
    yield controller
    controller.shutdown()
    QApplication.processEvents()


def cluster_with_backup(path):
    """A cluster file with one backup taken, then one more unit added after it."""
    services = Services.open(path, actor="test")
    try:
        built = build_small_cluster(services)
        backup = services.backups.snapshot("periodic")
        services.edits.create(m.Unit(cluster_id=built["cluster"].id, name="Đơn vị thêm sau"))
        units = services.db.conn.execute("SELECT count(*) FROM units").fetchone()[0]
    finally:
        services.close()
    return backup, units


def damage(path) -> bytes:
    data = bytearray(path.read_bytes())
    data[: len(GARBAGE)] = GARBAGE
    path.write_bytes(bytes(data))
    return bytes(data)


def unit_count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM units").fetchone()[0]
    finally:
        conn.close()


def test_a_damaged_file_at_start_opens_the_recovery_window_with_its_backups(files, tmp_path):
    path = tmp_path / "cum.db"
    backup, units_now = cluster_with_backup(path)
    damaged = damage(path)
    window = files.start(path)
    assert isinstance(window, RecoveryWindow)
    assert "cum.db" in window.windowTitle()
    assert "bị hỏng" in window.problem.text() or "không phải" in window.problem.text()
    assert window.table.rowCount() == 1
    row = [window.table.item(0, c).text() for c in range(window.table.columnCount())]
    assert row[2] == str(units_now - 1)  # the backup holds the units before the last one
    assert row[5] == "dùng được"
    assert window.restore_button.isEnabled()
    assert path.read_bytes() == damaged  # looking changed nothing


def test_a_file_damaged_in_the_middle_opens_the_recovery_window_too(files, tmp_path):
    """Header and schema read well, a data page is garbage: found at opening (not by the first
    page that reads it, which would end the app with an error box and no window)."""
    path = tmp_path / "cum.db"
    cluster_with_backup(path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'units'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    window = files.start(path)
    assert isinstance(window, RecoveryWindow)
    assert "bị hỏng ở giữa tệp" in window.problem.text()
    assert window.table.rowCount() == 1 and window.restore_button.isEnabled()
    assert path.read_bytes() == bytes(data)


def test_restore_puts_the_backup_in_place_and_keeps_the_damaged_file(files, tmp_path, qtbot):
    path = tmp_path / "cum.db"
    backup, units_now = cluster_with_backup(path)
    damaged = damage(path)
    window = files.start(path)
    question = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert "giữ lại" in question[0]
    main = files.window
    assert isinstance(main, MainWindow)
    assert "Đã khôi phục" in main.statusBar().currentMessage()
    kept = [p for p in tmp_path.glob("cum-hong-*.db")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert kept[0].name in main.statusBar().currentMessage()
    files.shutdown()
    assert unit_count(path) == units_now - 1


def test_saying_no_changes_nothing(files, tmp_path, qtbot):
    path = tmp_path / "cum.db"
    cluster_with_backup(path)
    damaged = damage(path)
    window = files.start(path)
    answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert files.window is window
    assert path.read_bytes() == damaged
    assert not list(tmp_path.glob("cum-hong-*"))


def test_without_backups_it_says_so_and_offers_another_file(files, tmp_path):
    path = tmp_path / "cum.db"
    path.write_bytes(GARBAGE * 100)
    window = files.start(path)
    assert isinstance(window, RecoveryWindow)
    assert window.table.rowCount() == 0
    assert not window.restore_button.isEnabled()
    assert "Không có bản sao lưu" in window.hint.text()


def test_a_damaged_backup_is_listed_but_cannot_be_restored(files, tmp_path):
    path = tmp_path / "cum.db"
    backup, _ = cluster_with_backup(path)
    damage(path)
    damage(backup)
    window = files.start(path)
    assert window.table.rowCount() == 1
    assert window.table.item(0, 5).text() != "dùng được"
    assert not window.restore_button.isEnabled()


def test_try_again_opens_the_file_once_it_is_sound(files, tmp_path, qtbot):
    path = tmp_path / "cum.db"
    cluster_with_backup(path)
    sound = path.read_bytes()
    damage(path)
    window = files.start(path)
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert files.window is window  # still damaged: said again, nothing else
    assert window.problem.isVisible()
    path.write_bytes(sound)  # e.g. the stick put back
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    assert isinstance(files.window, MainWindow)


def test_a_newer_or_foreign_file_is_not_a_recovery_case(files, tmp_path):
    path = tmp_path / "khac.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other_app (x)")
    conn.commit()
    conn.close()
    window = files.start(path)
    assert isinstance(window, StartWindow)
    assert "ứng dụng khác" in window.error.text()


def test_restore_is_refused_while_another_window_has_the_file(tmp_path):
    path = tmp_path / "cum.db"
    backup, _ = cluster_with_backup(path)
    before = path.read_bytes()
    holder = Services.open(path, actor="other", exclusive=True)
    try:
        with pytest.raises(ValidationError, match="đang được mở"):
            restore_backup(path, backup)
    finally:
        holder.close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("cum-hong-*"))


def test_restore_moves_a_stale_journal_aside_with_the_file(tmp_path):
    path = tmp_path / "cum.db"
    backup, _ = cluster_with_backup(path)
    damage(path)
    (tmp_path / "cum.db-wal").write_bytes(b"stale journal of the damaged file")
    aside = restore_backup(path, backup)
    assert aside is not None and aside.exists()
    assert (tmp_path / f"{aside.name}-wal").read_bytes() == b"stale journal of the damaged file"
    assert not (tmp_path / "cum.db-wal").exists()
    assert describe(path)[0].usable
    assert unit_count(path) > 0
