"""Package doors: never written over a live database, stale temporaries swept, one readable
sentence per refusal, the meta under the digest, nothing printed that a terminal would obey."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import time

import pytest

from tests.fixtures.make_packages import build_cluster, good_package, reseal
from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import verify_package
from thidua_desktop.services.package_files import clean_stale_temporaries
from thidua_desktop.storage import package as store
from thidua_desktop.storage.database import SQLITE_MAGIC


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def ballots_and_integrity(path):
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT count(*) FROM ballots").fetchone()[0],
            conn.execute("PRAGMA integrity_check").fetchone()[0],
        )
    finally:
        conn.close()


@pytest.fixture
def source(tmp_path):
    src = tmp_path / "src.db"
    build_cluster(src).close()
    return src


@pytest.mark.parametrize("how", ["itself", "hard_link", "symlink"])
def test_export_onto_the_open_database_is_refused(how, source, tmp_path, capsys):
    target = source
    if how == "hard_link":
        target = tmp_path / "ban-giao.thidua"
        os.link(source, target)
    elif how == "symlink":
        target = tmp_path / "lien-ket.thidua"
        target.symlink_to(source)
    code, out, err = run(capsys, "--db", source, "package", "export", "-o", target)
    assert code == 1, out
    assert "chính là cơ sở dữ liệu đang mở" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert ballots_and_integrity(source) == (5, "ok")
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_onto_another_live_database_is_refused(source, tmp_path, capsys):
    other = tmp_path / "other.db"
    live = Services.open(other)  # held open in WAL mode: its -wal exists
    try:
        live.edits.create(m.Cluster(name="Cụm khác"))
        before = hashlib.sha256(other.read_bytes()).hexdigest()
        code, _, err = run(capsys, "--db", source, "package", "export", "-o", other)
        assert code == 1 and "đang được mở" in err, err
        assert hashlib.sha256(other.read_bytes()).hexdigest() == before
        assert live.repo.count(m.Cluster) == 1
    finally:
        live.close()


def _temp(folder, name, data, age):
    path = folder / name
    path.write_bytes(data)
    past = time.time() - age
    os.utime(path, (past, past))
    return path


def test_stale_temporaries_of_killed_exports_are_swept(source, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    day = 24 * 3600
    stale = _temp(out_dir, ".ban-giao.thidua.k3j_9x2a.tmp", SQLITE_MAGIC + b"\0" * 4000, day)
    empty = _temp(out_dir, ".ban-giao.thidua.a1b2c3d4.tmp", b"", day)
    fresh = _temp(out_dir, ".ban-giao.thidua.zzzz1111.tmp", SQLITE_MAGIC, 0)  # maybe in use
    foreign = _temp(out_dir, ".notes.txt.abcd1234.tmp", b"someone else's", day)
    scratch = tempfile.mkdtemp(prefix="thidua-pkg-")
    with open(os.path.join(scratch, "package.db"), "wb"):
        pass  # what a killed verify leaves
    past = time.time() - day
    os.utime(scratch, (past, past))

    code, _, err = run(capsys, "--db", source, "package", "export", "-o", out_dir / "x.thidua")
    assert code == 0, err
    assert not stale.exists() and not empty.exists() and not os.path.exists(scratch)
    assert fresh.exists() and foreign.exists()
    assert clean_stale_temporaries([out_dir]) == []  # nothing left of ours: cheap and idempotent


def test_size_mismatch_that_rounds_to_the_same_mb_is_said_in_bytes(tmp_path):
    pkg = good_package(tmp_path)
    with pkg.open("ab") as fh:
        fh.write(b"\0" * 512)
    with pytest.raises(ValidationError) as err:
        store.check_header(pkg)
    text = str(err.value)
    assert "byte" in text and "MB" not in text
    said, real = [int(s.replace(".", "")) for s in re.findall(r"([\d.]+) byte", text)]
    assert real - said == 512


def test_damaged_structure_is_one_sentence_without_sqlite_jargon(tmp_path, capsys):
    pkg = good_package(tmp_path)
    conn = sqlite3.connect(pkg)  # our copy: an index left behind its table, digest resealed
    index = conn.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
        "WHERE name = 'units_unique_name'"
    ).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'units_unique_name'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(pkg)
    conn.execute("UPDATE units SET name = name || ' (sửa)' WHERE id = 1")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", index)
    conn.commit()
    conn.close()
    reseal(pkg)
    code, _, err = run(capsys, "package", "verify", pkg)
    assert code == 1
    assert "bị hỏng" in err and "cấu trúc tệp" in err
    assert "missing" not in err and "***" not in err and "index" not in err
    assert len(err.strip().splitlines()) == 1


def test_meta_is_under_the_digest_and_printed_without_control_characters(tmp_path, capsys):
    pkg = good_package(tmp_path)
    conn = sqlite3.connect(pkg)
    conn.execute(
        "UPDATE package_meta SET value = ? WHERE key = 'to_unit'",
        ["\x1b[2J\x1b[1;1HSở Tư pháp\u202e tỉnh Lào Cai\x07"],
    )
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError, match="thông tin bàn giao .* đã bị sửa"):
        verify_package(pkg)
    reseal(pkg)  # plain SHA-256: whoever edits can recompute; the text must still be harmless
    code, out, err = run(capsys, "package", "verify", pkg)
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "→ Sở Tư pháp tỉnh Lào Cai" in out


def test_verify_shows_the_short_package_digest(tmp_path, capsys):
    pkg = good_package(tmp_path)
    info = verify_package(pkg)
    full = info.package_digest
    assert len(full) == 64 and full != info.meta["digest"]  # content and meta together
    code, out, _ = run(capsys, "package", "verify", pkg)
    assert code == 0
    assert f"Mã kiểm tra gói: {short_digest(full)}" in out


def test_package_without_meta_digest_still_verifies_and_says_so(tmp_path, capsys):
    pkg = good_package(tmp_path)
    conn = sqlite3.connect(pkg)  # as made by the previous version: no package_digest
    conn.execute("DELETE FROM package_meta WHERE key = 'package_digest'")
    conn.commit()
    conn.close()
    info = verify_package(pkg)
    assert info.package_digest == info.meta["digest"]
    code, out, _ = run(capsys, "package", "verify", pkg)
    assert code == 0 and "không có mã kiểm tra cho thông tin bàn giao" in out


def test_names_from_a_package_are_printed_without_escape_sequences(tmp_path, capsys):
    pkg = good_package(tmp_path)
    conn = sqlite3.connect(pkg)
    conn.execute('CREATE TABLE "x\x1b[2J\x1b[32mhợp lệ" (a)')
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "package", "verify", pkg)
    assert code == 1 and "bảng lạ" in err
    assert "\x1b" not in err
