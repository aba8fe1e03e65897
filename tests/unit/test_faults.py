"""`faults.explain`: real faults of the machine become one Vietnamese sentence."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from tests.disk_helpers import make_read_only, small_disk
from thidua_desktop.services.faults import explain, with_needed_bytes


def caught(call):
    try:
        call()
    except BaseException as exc:  # noqa: BLE001 - the fault is the subject of the test
        return exc
    raise AssertionError("no fault")


def one_line(message):
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_full_disk_file_write(tmp_path):
    with small_disk(tmp_path / "disk", "256k") as disk:
        exc = caught(lambda: (disk / "big.bin").write_bytes(b"x" * 1024 * 1024))
        assert isinstance(exc, OSError) and exc.errno == errno.ENOSPC
        assert one_line(explain(exc)).startswith("Ổ đĩa đầy")
        sized = explain(with_needed_bytes(exc, 3 * 1024 * 1024 // 2))
        assert "cần thêm khoảng 1,5 MB" in sized


def test_full_disk_sqlite(tmp_path):
    with small_disk(tmp_path / "disk", "256k") as disk:
        con = sqlite3.connect(disk / "x.db")
        con.execute("CREATE TABLE t (b BLOB)")
        exc = caught(
            lambda: (
                [con.execute("INSERT INTO t VALUES (zeroblob(65536))") for _ in range(20)]
                and con.commit()
            )
        )
        con.close()
        assert isinstance(exc, sqlite3.Error) and "full" in str(exc)
        message = one_line(explain(exc, disk / "x.db"))
        assert message.startswith("Ổ đĩa đầy") and "disk is full" not in message


def test_read_only_medium(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        con = sqlite3.connect(disk / "x.db")
        con.execute("CREATE TABLE t (a)")
        con.commit()
        con.close()
        make_read_only(disk)
        exc = caught(lambda: (disk / "new.txt").write_text("x"))
        assert exc.errno == errno.EROFS
        assert one_line(explain(exc)).startswith("Ổ đĩa chỉ đọc")
        con = sqlite3.connect(disk / "x.db")
        exc = caught(lambda: con.execute("INSERT INTO t VALUES (1)") and con.commit())
        con.close()
        assert "chỉ đọc" in one_line(explain(exc, disk / "x.db"))


def test_read_only_database_without_root(tmp_path):
    db = tmp_path / "x.db"
    sqlite3.connect(db).execute("CREATE TABLE t (a)").connection.close()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    exc = caught(lambda: con.execute("INSERT INTO t VALUES (1)"))
    con.close()
    assert "readonly" in str(exc)
    message = one_line(explain(exc, db))
    assert "chỉ đọc" in message and "readonly" not in message


def test_missing_file_and_folder(tmp_path):
    exc = caught(lambda: (tmp_path / "gone" / "x.json").read_text())
    message = one_line(explain(exc))
    assert message.startswith("Không tìm thấy") and "gone" in message


def test_undecodable_text_in_the_database(tmp_path):
    con = sqlite3.connect(tmp_path / "x.db")
    con.execute("CREATE TABLE t (a TEXT)")
    con.execute("INSERT INTO t VALUES (CAST(x'c3ff' AS TEXT))")
    exc = caught(lambda: con.execute("SELECT group_concat(a) FROM t").fetchall())
    con.close()
    assert "Could not decode" in str(exc)
    message = one_line(explain(exc, tmp_path / "x.db"))
    assert "UTF-8" in message and "Could not" not in message and "group_concat" not in message


def test_damaged_and_foreign_files(tmp_path):
    db = tmp_path / "x.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (a TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 50)
    con.commit()
    con.close()
    raw = bytearray(db.read_bytes())
    raw[4096 : 4096 + 200] = b"\xff" * 200  # the table's first page
    db.write_bytes(bytes(raw))
    con = sqlite3.connect(db)
    exc = caught(lambda: con.execute("SELECT count(*), max(a) FROM t").fetchall())
    con.close()
    assert "bị hỏng" in one_line(explain(exc, db))
    text = tmp_path / "notes.db"
    text.write_text("not a database " * 100)
    con = sqlite3.connect(text)
    exc = caught(lambda: con.execute("SELECT * FROM sqlite_master").fetchall())
    con.close()
    assert "không phải tệp của ứng dụng" in one_line(explain(exc, text))


@pytest.mark.parametrize("code", [errno.EIO, errno.ENXIO, errno.ENODEV])
def test_removed_medium_errors(code):
    # A yanked USB stick cannot be staged in a test; the kernel reports it with these codes.
    message = one_line(explain(OSError(code, "Input/output error", "/media/usb/thidua.db")))
    assert "USB" in message and "/media/usb/thidua.db" in message


def test_the_cause_chain_is_searched_and_others_are_left_alone():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert explain(outer).startswith("Ổ đĩa đầy")
    assert explain(ValueError("a bug")) is None
    assert explain(KeyError("x")) is None


def test_any_other_system_error_is_said_without_english(tmp_path):
    f = (tmp_path / "x.bin").open("wb")
    try:
        exc = caught(lambda: os.lseek(f.fileno(), -5, os.SEEK_SET))
    finally:
        f.close()
    assert exc.errno == errno.EINVAL
    message = one_line(explain(exc))
    assert "EINVAL" in message and "Invalid argument" not in message
