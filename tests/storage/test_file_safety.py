"""The live database file with other programs around: locks kept, main file complete, foreign
schema objects refused, faults of the disk said as such."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cluster_builders import build_small_cluster
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.storage import migrations as mig
from thidua_desktop.storage import schema_current
from thidua_desktop.storage.database import is_open_here, open_database
from thidua_desktop.storage.package import check_header, reference_schema

ROOT = Path(__file__).resolve().parents[2]

# Commit, check the file's header in-process, let another program open and close the file,
# commit again (only into the WAL: automatic checkpoints off), then die without closing.
HEADER_CHECK_THEN_NEIGHBOUR = r"""
import os, subprocess, sys
from pathlib import Path
from thidua_desktop.storage.database import check_sqlite_file, open_database
p = Path(sys.argv[1])
db = open_database(p)
db.conn.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("INSERT INTO units (cluster_id, name) VALUES (1, 'first')")
check_sqlite_file(p)
subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                "c.execute('SELECT count(*) FROM units').fetchall(); c.close()", str(p)], check=True)
db.execute("INSERT INTO units (cluster_id, name) VALUES (1, 'second')")
os._exit(0)
"""


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=60
    )


def _unit_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM units ORDER BY id")]
    finally:
        conn.close()


def _copy_elsewhere(src: Path, dest: Path) -> None:
    """Copy the .db alone as a user would, from another process (never by a handle of ours)."""
    code = "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])"
    subprocess.run([sys.executable, "-c", code, str(src), str(dest)], check=True, timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")
def test_checking_the_open_file_keeps_sqlites_locks(tmp_path):
    db = tmp_path / "hall.db"
    Services.open(db).close()
    seed = sqlite3.connect(db)
    seed.execute("INSERT INTO clusters (id, name) VALUES (1, 'Cụm')")
    seed.commit()
    seed.close()
    result = _run(HEADER_CHECK_THEN_NEIGHBOUR, str(db))
    assert result.returncode == 0, result.stderr
    assert _unit_names(db) == ["first", "second"]


def test_open_files_are_known_by_identity_under_any_name(tmp_path):
    db = tmp_path / "hall.db"
    services = Services.open(db)
    try:
        link = tmp_path / "link.db"
        link.symlink_to(db)
        hard = tmp_path / "hard.db"
        hard.hardlink_to(db)
        assert is_open_here(db) and is_open_here(link) and is_open_here(hard)
        with pytest.raises(ValidationError, match="đang mở"):
            check_header(hard)  # a received "package" that is our live file: never read
    finally:
        services.close()
    assert not is_open_here(db)


def test_a_copy_of_the_db_alone_holds_every_acknowledged_edit(tmp_path):
    db = tmp_path / "hall.db"
    services = Services.open(db, exclusive=True)
    try:
        cluster = build_small_cluster(services)
        services.edits.create(m.Unit(cluster_id=cluster["cluster"].id, name="Sở Tư pháp Lào Cai"))
        copy = tmp_path / "usb" / "copy.db"
        copy.parent.mkdir()
        _copy_elsewhere(db, copy)  # the connection is still open, the -wal stays behind
    finally:
        services.close()
    assert not copy.with_name("copy.db-wal").exists()
    assert "Sở Tư pháp Lào Cai" in _unit_names(copy)
    assert len(_unit_names(copy)) == 4


def test_checkpoint_held_back_by_a_reader_completes_once_it_leaves(tmp_path):
    db = tmp_path / "hall.db"
    services = Services.open(db, exclusive=True)
    try:
        cluster = build_small_cluster(services)
        reader = sqlite3.connect(db, isolation_level=None)  # another program's open snapshot
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM units").fetchall()
        services.edits.create(m.Unit(cluster_id=cluster["cluster"].id, name="Sở Tư pháp Sơn La"))
        assert services.checkpoint() is False  # the reader still needs the older pages
        reader.execute("COMMIT")
        reader.close()
        assert services.checkpoint() is True
        copy = tmp_path / "copy.db"
        _copy_elsewhere(db, copy)
    finally:
        services.close()
    assert "Sở Tư pháp Sơn La" in _unit_names(copy)


def test_the_written_out_current_schema_is_our_migrations_schema():
    names = tuple(mig.known_migration_names())
    assert schema_current.NAMES == names
    assert schema_current.ENTRIES == dict(reference_schema(names, False))


@pytest.mark.parametrize(
    ("planted", "named"),
    [
        (
            "CREATE TRIGGER flip AFTER INSERT ON ballots BEGIN "
            "UPDATE ballots SET marks = '1' WHERE id = new.id; END",
            "trigger lạ 'flip'",
        ),
        ("CREATE VIEW peek AS SELECT * FROM units", "view lạ 'peek'"),
        ("CREATE TABLE notes (x)", "bảng lạ 'notes'"),
        ("CREATE INDEX units_name_x ON units(name)", "chỉ mục lạ 'units_name_x'"),
    ],
)
def test_a_raw_db_with_foreign_schema_objects_is_refused_unchanged(tmp_path, planted, named):
    db = tmp_path / "planted.db"
    Services.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(planted)
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # one plain file, so its bytes can be compared
    conn.close()
    before = db.read_bytes()
    with pytest.raises(ValidationError, match=named) as info:
        Services.open(db, exclusive=True)
    assert "từ chối mở" in str(info.value)
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()


def test_an_older_file_with_a_planted_trigger_is_refused_before_migrating(tmp_path, monkeypatch):
    db = tmp_path / "planted.db"
    Services.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TRIGGER t1 AFTER INSERT ON units BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    monkeypatch.setattr(schema_current, "NAMES", ())  # as if this app were newer than the file
    with pytest.raises(ValidationError, match="trigger lạ 't1'"):
        open_database(db)


@pytest.mark.skipif(sys.platform == "win32", reason="a folder in place of the -wal file")
def test_a_wal_that_cannot_be_opened_is_not_called_damaged(tmp_path):
    db = tmp_path / "hall.db"
    Services.open(db).close()
    Path(f"{db}-wal").mkdir()  # SQLite cannot open its -wal: as on a folder it may not write
    with pytest.raises(ValidationError) as info:
        Services.open(db, exclusive=True)
    message = str(info.value)
    assert "hỏng" not in message
    assert "Không mở được" in message or "chỉ đọc" in message or "ổ đĩa" in message
    assert "\n" not in message


def _main_file_units(path: Path) -> list[str]:
    """Unit names in the main file alone (WAL ignored), read by another process."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect('file:' + sys.argv[1] + '?immutable=1', "
        "uri=True); print('|'.join(r[0] for r in c.execute('SELECT name FROM units')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60
    )
    return out.stdout.strip().split("|")


def test_the_gui_timer_finishes_a_checkpoint_a_reader_held_back(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget

    from thidua_desktop.ui.file_timers import start_checkpoint_timer

    db = tmp_path / "hall.db"
    services = Services.open(db, exclusive=True)
    window = QWidget()
    qtbot.addWidget(window)
    try:
        cluster = build_small_cluster(services)
        reader = sqlite3.connect(db, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM units").fetchall()
        services.edits.create(m.Unit(cluster_id=cluster["cluster"].id, name="Sở Tư pháp Điện Biên"))
        start_checkpoint_timer(window, services)
        assert "Sở Tư pháp Điện Biên" not in _main_file_units(db)  # held back by the reader
        reader.execute("COMMIT")
        reader.close()
        qtbot.waitUntil(lambda: "Sở Tư pháp Điện Biên" in _main_file_units(db), timeout=5000)
    finally:
        services.close()


def test_a_page_change_brings_the_main_file_up_to_date(tmp_path, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    from tests.ui.gui_helpers import make_window

    db = tmp_path / "hall.db"
    services = Services.open(db, exclusive=True)
    try:
        cluster = build_small_cluster(services)
        window = make_window(qtbot, services, tmp_path)
        window.show()
        reader = sqlite3.connect(db, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM units").fetchall()
        services.edits.create(m.Unit(cluster_id=cluster["cluster"].id, name="Sở Tư pháp Lai Châu"))
        reader.execute("COMMIT")
        reader.close()
        assert "Sở Tư pháp Lai Châu" not in _main_file_units(db)  # no timer runs here
        target = 2 if window.stack.currentIndex() != 2 else 3
        go = next(
            a
            for a in window.findChildren(QAction)
            if a.shortcut() == QKeySequence(f"Ctrl+{target}")
        )
        go.trigger()  # Ctrl+<n>: another page
        assert window.stack.currentIndex() == target - 1
        assert "Sở Tư pháp Lai Châu" in _main_file_units(db)
    finally:
        services.close()
