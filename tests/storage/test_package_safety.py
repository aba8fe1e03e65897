"""Data safety around the package: automatic backups, restore, one instance per file, archived years."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.backups import BackupService
from thidua_desktop.services.container import Services
from thidua_desktop.services.locking import DatabaseInUse, InstanceLock


def test_backup_on_open_periodic_only_after_edits_and_restore(services, small_cluster):
    backups = services.backups
    first = backups.on_open()
    assert first.parent == services.path.parent / "cluster-backups"
    assert backups.periodic() is None  # nothing edited since
    services.edits.change(m.Unit, small_cluster["units"][0].id, short_name="HG")
    second = backups.periodic()
    assert second is not None
    services.edits.create(m.Unit(cluster_id=small_cluster["cluster"].id, name="Đơn vị mới"))
    assert services.repo.count(m.Unit) == 4
    safety = backups.restore(first)
    assert services.repo.count(m.Unit) == 3
    assert services.repo.get(m.Unit, small_cluster["units"][0].id).short_name == ""
    # The state before the restore was kept.
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 4
    conn.close()
    assert backups.on_close() is None  # a restore is not an edit to back up again


def test_restore_refuses_a_damaged_or_foreign_backup(services, small_cluster, tmp_path):
    bad = tmp_path / "x.db"
    bad.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ValidationError):
        services.backups.restore(bad)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(ValidationError, match="ứng dụng khác"):
        services.backups.restore(other)
    assert services.repo.count(m.Unit) == 3


def test_rotation_keeps_last_k_and_one_per_day(services, tmp_path):
    b = BackupService(services.db, services.path, keep_last=3, keep_days=30)
    b.folder.mkdir()
    start = datetime(2026, 11, 1, 8, 0)
    for i in range(12):  # three days, four snapshots a day
        when = start + timedelta(days=i // 4, hours=i % 4)
        name = f"cluster-{when:%Y%m%d-%H%M%S}-000000-periodic.db"
        (b.folder / name).write_bytes(b"x")
    (b.folder / "cluster-20261020-080000-000000-before-migration.db").write_bytes(b"x")
    b.rotate()
    kept = sorted(p.name for p in b.folder.iterdir())
    assert "cluster-20261020-080000-000000-before-migration.db" in kept  # never rotated
    periodic = [k for k in kept if k.endswith("periodic.db")]
    # last three (all on Nov 3) + newest of Nov 1 and Nov 2
    assert periodic == [
        "cluster-20261101-110000-000000-periodic.db",
        "cluster-20261102-110000-000000-periodic.db",
        "cluster-20261103-090000-000000-periodic.db",
        "cluster-20261103-100000-000000-periodic.db",
        "cluster-20261103-110000-000000-periodic.db",
    ]


def test_second_instance_gets_a_clear_message(db_path):
    first = Services.open(db_path, actor="GUI", exclusive=True)
    try:
        with pytest.raises(DatabaseInUse, match=rf"đang được mở .*PID {os.getpid()}"):
            Services.open(db_path, exclusive=True)
        # A CLI write command in another process is refused; a read command still runs.
        cmd = [sys.executable, "-m", "thidua_desktop.cli", "--db", str(db_path)]
        write = subprocess.run(
            [*cmd, "package", "open", "x.thidua"], capture_output=True, text=True
        )
        assert write.returncode == 1 and "đang được mở" in write.stderr
        read = subprocess.run([*cmd, "audit", "verify"], capture_output=True, text=True)
        assert read.returncode == 0, read.stderr
    finally:
        first.close()
    again = Services.open(db_path, exclusive=True)
    again.close()


def test_stale_lock_of_a_killed_process_is_taken_over(db_path):
    code = (
        "import sys, time; from pathlib import Path;"
        "from thidua_desktop.services.locking import InstanceLock;"
        "lock = InstanceLock(Path(sys.argv[1])).acquire('test'); print('held', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(db_path)], stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"held"
    with pytest.raises(DatabaseInUse, match=f"PID {proc.pid}"):
        InstanceLock(db_path).acquire()
    proc.kill()
    proc.wait()
    assert (db_path.parent / "cluster.db.lock").exists()  # left behind by the killed holder
    lock = InstanceLock(db_path).acquire("after")
    assert lock.holder()["pid"] == os.getpid()
    lock.release()
    assert not (db_path.parent / "cluster.db.lock").exists()


def test_past_years_are_read_only_until_unlocked(services, small_cluster):
    e = services.edits
    cluster = small_cluster["cluster"]
    y2016 = small_cluster["year"]
    archive = services.archive
    archive.ensure_year_editable(y2016.id)  # the only year is the current one
    y2017 = e.create(m.Year(cluster_id=cluster.id, year=2017))
    with pytest.raises(ValidationError, match="Năm 2016 đã lưu trữ, chỉ xem"):
        archive.ensure_year_editable(y2016.id)
    archive.ensure_year_editable(y2017.id)
    assert archive.archived_year_ids() == {y2016.id}
    archive.unlock(y2016.id)
    archive.ensure_year_editable(y2016.id)
    archive.lock(y2016.id)
    assert archive.is_archived(y2016.id)


def test_audit_verify_cli_reports_tampering(services, small_cluster, capsys):
    services.db.execute("UPDATE audit_log SET after = '{}' WHERE id = 2")
    services.db.conn.commit()
    code = main(["--db", str(services.path), "audit", "verify"])
    _, err = capsys.readouterr()
    assert code == 1 and "đứt tại mục số 2" in err
