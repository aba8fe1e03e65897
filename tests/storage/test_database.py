"""Opening, migrating and refusing database files."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from tests.fixtures.newer_schema import with_extra_migration
from thidua_desktop.domain.errors import SchemaTooNew, ValidationError
from thidua_desktop.storage import migrations as mig
from thidua_desktop.storage.database import open_database
from thidua_desktop.storage.repositories import TABLES


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrates_empty_file_to_full_schema(db_path):
    db = open_database(db_path)
    names = set(db.table_names())
    assert set(TABLES.values()) <= names
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    applied = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations")]
    assert applied == mig.known_migration_names()
    db.conn.close()
    # Reopening applies nothing more and keeps the data.
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(applied)
    db.conn.close()


def test_newer_schema_is_refused_and_untouched(db_path):
    open_database(db_path).conn.close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [mig.MIGRATION_SET, "m999_from_the_future", "2030-01-01"],
    )
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(SchemaTooNew, match="mới hơn"):
        open_database(db_path)
    assert digest(db_path) == before


@pytest.mark.parametrize(
    "content, message",
    [
        (b"PK\x03\x04 this is a zip file" + bytes(100), "không phải là cơ sở dữ liệu"),
        (bytes(range(256)) * 8, "không phải là cơ sở dữ liệu"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "hỏng"),
    ],
)
def test_garbage_files_are_refused_unchanged(db_path, content, message):
    db_path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_database_of_another_application_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(ValidationError, match="ứng dụng khác"):
        open_database(db_path)
    assert digest(db_path) == before


def test_backup_is_made_before_migrating(db_path, monkeypatch):
    db = open_database(db_path)
    db.execute("INSERT INTO clusters (name) VALUES ('Cụm thi đua số 9')")
    db.conn.commit()
    db.conn.close()
    with_extra_migration(monkeypatch)
    db = open_database(db_path)
    assert "motto" in db["clusters"].columns_dict
    db.conn.close()
    backups = list((db_path.parent / f"{db_path.stem}-backups").glob("*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT name FROM clusters").fetchall() == [("Cụm thi đua số 9",)]
    assert "motto" not in [r[1] for r in old.execute("PRAGMA table_info(clusters)")]
    old.close()
