"""Files like every desktop program: new, open, recent, switch, save a copy, close, the demo."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tests.cluster_builders import build_small_cluster
from tests.ui.dialog_answers import answer_file_dialog, answer_message_box
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.ui.app_controller import AppController
from thidua_desktop.ui.main_window import MainWindow
from thidua_desktop.ui.recovery_window import RecoveryWindow
from thidua_desktop.ui.start_window import StartWindow


def make_cluster_file(path, name: str):
    services = Services.open(path, actor="test")
    try:
        built = build_small_cluster(services)
        services.edits.change(m.Cluster, built["cluster"].id, name=name)
    finally:
        services.close()
    return path


def cluster_names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM clusters")]
    finally:
        conn.close()


@pytest.fixture
def files(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, tmp_path / "thidua.db", tmp_path / "data" / "cum-mau.db")
    yield controller
    controller.shutdown()
    QApplication.processEvents()


def test_open_switches_to_the_other_file_and_closes_the_first(files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    second = make_cluster_file(tmp_path / "b.db", "Cụm B")
    window = files.start(first)
    assert isinstance(window, MainWindow)
    assert window.header.cluster_label.text() == "Cụm A"
    assert "a.db" in window.windowTitle()
    window.edits.change(m.Cluster, window.selection.cluster_id, short_name="A")
    assert window.undo_action.isEnabled()
    answer_file_dialog(second)
    window.file_actions["open"].trigger()
    new = files.window
    assert new is not window and isinstance(new, MainWindow)
    assert new.header.cluster_label.text() == "Cụm B"
    assert "b.db" in new.windowTitle()
    assert not new.undo_action.isEnabled()  # the first file's steps are not undone here
    assert "không hoàn tác" in new.statusBar().currentMessage()
    # the first file is closed: its lock is free and its -wal folded into the file
    other = Services.open(first, actor="test", exclusive=True)
    other.close()
    assert not (tmp_path / "a.db-wal").exists()
    assert [p.name for p in files.recent.paths()] == ["b.db", "a.db"]


def test_a_refused_file_leaves_the_open_one_untouched(files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    bad = tmp_path / "khong-phai.db"
    bad.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    window = files.start(first)
    texts = answer_message_box(QMessageBox.StandardButton.Ok)
    answer_file_dialog(bad)
    window.file_actions["open"].trigger()
    assert files.window is window
    assert "không phải là cơ sở dữ liệu" in texts[0]
    assert files.services.repo.count(m.Cluster) == 1
    assert bad.read_text(encoding="utf-8") == "không phải cơ sở dữ liệu"


def test_the_demo_opens_in_its_own_file_never_in_the_users(qtbot, files, tmp_path):
    mine = tmp_path / "cua-toi.db"
    window = files.start(mine)
    home = window.pages["home"]
    qtbot.mouseClick(home.demo_choice, Qt.MouseButton.LeftButton)
    demo = files.window
    assert demo is not window and demo.demo
    assert demo.findChild(QLabel, "demo-banner") is not None
    assert "Cụm mẫu" in demo.windowTitle()
    assert files.services.path == files.demo_path
    assert files.services.repo.count(m.Unit) > 20
    assert cluster_names(mine) == []  # the user's file got nothing
    # made anew on request: an edit to the demo is gone after «Tạo lại»
    unit = files.services.repo.find(m.Unit)[0]
    demo.edits.change(m.Unit, unit.id, head_name="Thử sửa")
    answer_message_box(QMessageBox.StandardButton.Yes)
    demo.file_actions["demo"].trigger()
    assert files.services.repo.get(m.Unit, unit.id).head_name != "Thử sửa"


def test_close_shows_the_start_window_and_recent_files_open_again(qtbot, files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    window = files.start(first)
    window.file_actions["close"].trigger()
    start = files.window
    assert isinstance(start, StartWindow)
    assert files.services is None
    assert files.recent.last() is None  # closed on purpose: the next start shows this window
    assert start.recent.count() == 1
    start.recent.setFocus()
    qtbot.keyClick(start.recent, Qt.Key.Key_Return)
    assert isinstance(files.window, MainWindow)
    assert files.window.header.cluster_label.text() == "Cụm A"


def test_new_file_is_made_empty_and_an_existing_name_is_refused(files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    window = files.start(first)
    texts = answer_message_box(QMessageBox.StandardButton.Ok)
    answer_file_dialog(first)
    window.file_actions["new"].trigger()
    assert files.window is window and "đã có" in texts[0]
    assert cluster_names(first) == ["Cụm A"]
    answer_file_dialog(tmp_path / "cum-moi")
    window.file_actions["new"].trigger()
    assert files.services.path == tmp_path / "cum-moi.db"
    home = files.window.pages["home"]
    assert home.stack.currentWidget() is not home.overview  # first start: create a cluster


def test_save_a_copy_from_the_menu(files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    window = files.start(first)
    (tmp_path / "usb").mkdir()
    answer_file_dialog(tmp_path / "usb" / "ban-sao")
    window.file_actions["save_copy"].trigger()
    assert cluster_names(tmp_path / "usb" / "ban-sao.db") == ["Cụm A"]
    assert "Đã lưu bản sao" in window.statusBar().currentMessage()


def test_the_last_file_opens_at_start_and_missing_recent_files_are_pruned(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    gone = make_cluster_file(tmp_path / "gone.db", "Cụm cũ")
    files = AppController(settings, tmp_path / "thidua.db", tmp_path / "cum-mau.db")
    files.start(gone)
    files.open_path(first)
    files.shutdown()
    gone.unlink()
    again = AppController(settings, tmp_path / "thidua.db", tmp_path / "cum-mau.db")
    try:
        window = again.start(None)
        assert window.header.cluster_label.text() == "Cụm A"
        assert [p.name for p in again.recent.paths()] == ["a.db"]
    finally:
        again.shutdown()


def test_a_damaged_file_at_start_leaves_the_choices_in_reach(files, tmp_path):
    bad = tmp_path / "hong.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    window = files.start(bad)
    assert isinstance(window, RecoveryWindow)  # what is wrong, its backups, other choices
    assert window.problem.text()
    assert window.open_button.isEnabled() and window.file_actions["new"].isEnabled()
    assert bad.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 200


def test_dropping_a_cluster_file_on_the_window_opens_it(files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    second = make_cluster_file(tmp_path / "b.db", "Cụm B")
    window = files.start(first)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drops only during a real drag of the system: the handlers get the real events.
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    assert files.window.header.cluster_label.text() == "Cụm B"


SECOND_START = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "app = QCoreApplication([]); "
    "from thidua_desktop.ui.single_instance import send_to_running; "
    "print(send_to_running(Path(sys.argv[1]), {'raise': True}))"
)


def second_start(qtbot, path) -> str:
    """What a second process starting on `path` hears from a running window (True/False)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SECOND_START, str(path)], stdout=subprocess.PIPE, text=True
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)  # our loop answers it
    return proc.stdout.read().strip()


def test_a_second_start_on_the_open_file_reaches_the_running_window(qtbot, files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    files.start(first)
    link = tmp_path / "lien-ket.db"
    link.symlink_to(first)
    with qtbot.waitSignal(files.server.received, timeout=15000) as got:
        assert second_start(qtbot, link) == "True"
    assert got.args == [{"raise": True}]
    other = make_cluster_file(tmp_path / "b.db", "Cụm B")
    assert second_start(qtbot, other) == "False"  # nobody has that file open


def test_stale_export_temporaries_beside_the_file_are_cleaned_at_open(qtbot, files, tmp_path):
    first = make_cluster_file(tmp_path / "a.db", "Cụm A")
    stale = tmp_path / ".ban-giao.thidua.abcd1234.tmp"
    stale.write_bytes(b"SQLite format 3\x00" + b"\0" * 84)
    fresh = tmp_path / ".khac.thidua.efgh5678.tmp"
    fresh.write_bytes(b"")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    files.start(first)
    qtbot.waitUntil(lambda: not stale.exists(), timeout=3000)
    assert fresh.exists()  # maybe another program's export still under way
