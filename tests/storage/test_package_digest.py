"""The package content digest: its bytes never change (packages already handed over must still
verify), whichever path a table takes (JSON in SQLite, REAL or BLOB columns in Python)."""

from __future__ import annotations

import sqlite3

import pytest

from thidua_desktop.storage import package as store
from thidua_desktop.storage import package_digest as pd

TABLES = ["blobs", "mixed_reals", "plain", "reals"]


def build_sample(path):
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE plain (id INTEGER PRIMARY KEY, name TEXT, n INTEGER);
        CREATE TABLE reals (id INTEGER PRIMARY KEY, score REAL, note TEXT, weight DOUBLE);
        CREATE TABLE mixed_reals (id INTEGER PRIMARY KEY, score REAL);
        CREATE TABLE blobs (id INTEGER PRIMARY KEY, content BLOB, x REAL, label TEXT);
        """
    )
    conn.executemany(
        "INSERT INTO plain VALUES (?, ?, ?)",
        [(1, "Sở Tư pháp tỉnh Hà Giang", 5), (2, None, -3), (3, 'dấu " và \n', 2**62)],
    )
    conn.executemany(
        "INSERT INTO reals VALUES (?, ?, ?, ?)",
        [(1, 8.5, "a", 1e-300), (2, None, "", 2.0), (3, 0.1 + 0.2, "ờ", None), (4, 7, "x", -0.0)],
    )
    # Text that is no number stays text in a REAL column: the exact byte encoding takes it.
    conn.executemany(
        "INSERT INTO mixed_reals VALUES (?, ?)", [(1, 9.25), (2, "không có"), (3, None)]
    )
    conn.executemany(
        "INSERT INTO blobs VALUES (?, ?, ?, ?)",
        [(1, b"\x00\x01|R", 1.5, "tệp"), (2, None, None, None), (3, b"", 3, "")],
    )
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def sample(tmp_path):
    return build_sample(tmp_path / "sample.db")


def test_digest_bytes_are_those_of_the_first_package_format(sample):
    # Pinned: computed by the original row-by-row implementation.
    assert store.content_digest(sample, TABLES) == (
        "329445fafae6981f13d716495b6046d115ba809a0e786c9ade0156539bae1491"
    )


def test_every_table_counts_and_order_of_rows_matters(sample):
    before = store.content_digest(sample, TABLES)
    for sql in (
        "UPDATE reals SET score = 8.500000000000002 WHERE id = 1",
        "UPDATE mixed_reals SET score = 'không có ' WHERE id = 2",
        "UPDATE blobs SET content = x'0002' || substr(content, 3) WHERE id = 1",
        "UPDATE plain SET n = 6 WHERE id = 1",
    ):
        conn = sqlite3.connect(sample)
        with conn:
            conn.execute(sql)
        conn.close()
        after = store.content_digest(sample, TABLES)
        assert after != before, sql
        before = after


def test_a_chunk_of_real_rows_encodes_as_row_by_row():
    rows = [("R[1]", 8.5, None, 3), ("R[2]", float("inf"), -0.0, 2**70), ("R[3]", 8.5, 0.0, 0)]
    rows += [("R[4]", float("nan"), -0.0, None), ("R[5]", 1.0, 1, 0.1 + 0.2)]
    by_row = b"".join(r[0].encode() + b"|".join(pd._encode(v) for v in r[1:]) for r in rows)
    assert pd._real_rows(rows) == by_row
    with_text = [*rows, ("R[6]", "9,5", b"\x01")]
    by_row += b"R[6]" + pd._encode("9,5") + b"|" + pd._encode(b"\x01")
    assert pd._real_rows(with_text) == by_row
