"""The database handle keeps sqlite-utils' transaction conventions without importing it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from thidua_desktop.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    handle = open_database(tmp_path / "c.db")
    yield handle
    handle.close()


def other_count(db, path) -> int:
    """Rows of clusters as another connection sees them (only what was committed)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
    finally:
        conn.close()


def db_path(db) -> str:
    return db.conn.execute("PRAGMA database_list").fetchone()[2]


def test_a_write_outside_a_transaction_commits_itself(db):
    db.execute("INSERT INTO clusters (name) VALUES (?)", ["Cụm 1"])
    assert not db.conn.in_transaction
    assert other_count(db, db_path(db)) == 1


def test_a_failing_write_leaves_no_open_transaction(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO units (cluster_id, name) VALUES (999, 'x')")  # no such cluster
    assert not db.conn.in_transaction
    db.execute("INSERT INTO clusters (name) VALUES ('Cụm 2')")
    assert other_count(db, db_path(db)) == 1


def test_atomic_commits_once_and_rolls_back_on_error(db):
    with db.atomic():
        db.execute("INSERT INTO clusters (name) VALUES ('A')")
        assert other_count(db, db_path(db)) == 0  # not yet visible elsewhere
    assert other_count(db, db_path(db)) == 1
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO clusters (name) VALUES ('B')")
        raise RuntimeError("stop")
    assert [r["name"] for r in db.query("SELECT name FROM clusters")] == ["A"]


def test_nested_atomic_rolls_back_only_the_inner_block(db):
    with db.atomic():
        db.execute("INSERT INTO clusters (name) VALUES ('outer')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO clusters (name) VALUES ('inner')")
            raise ValueError("inner fails")
        assert db.conn.in_transaction
    assert [r["name"] for r in db.query("SELECT name FROM clusters")] == ["outer"]


def test_query_gives_dicts_with_duplicate_columns_renamed(db):
    db.execute("INSERT INTO clusters (name, short_name) VALUES ('Cụm', 'C')")
    row = next(db.query("SELECT id, name, short_name AS name FROM clusters"))
    assert row == {"id": 1, "name": "Cụm", "name_2": "C"}
    with pytest.raises(ValueError, match="returns rows"):
        db.query("UPDATE clusters SET name = 'x'")


def test_anything_else_goes_to_sqlite_utils_on_the_same_connection(db):
    db.execute("INSERT INTO clusters (name) VALUES ('Cụm')")
    assert "clusters" in db.table_names()
    assert db["clusters"].count == 1
    assert db.utils.conn is db.conn


def test_opening_an_up_to_date_file_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "c.db"
    open_database(path).close()  # created and migrated here
    code = (
        "import sys\n"
        "from thidua_desktop.services.container import Services\n"
        f"s = Services.open({str(path)!r})\n"
        "s.repo.count(__import__('thidua_desktop.domain.model', fromlist=['m']).Unit)\n"
        "print(sorted(n for n in sys.modules if n.startswith('sqlite_utils')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
