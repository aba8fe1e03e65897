"""Full disks, read-only media and file-size limits end the command line in one sentence."""

from __future__ import annotations

import resource
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.disk_helpers import fill, make_read_only, small_disk
from thidua_desktop.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database, its JSON and its package, made once."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.db"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export-json", "-o", str(folder / "demo.json")]) == 0
    assert main(["--db", str(db), "package", "export", "-o", str(folder / "demo.thidua")]) == 0
    return folder


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(code, err, start):
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err and "Errno" not in err, err
    assert err.startswith(f"thidua: {start}"), err
    for raw in ("disk is full", "readonly", "No space", "Read-only file system"):
        assert raw not in err, err


def test_demo_on_a_full_disk(tmp_path, capsys):
    with small_disk(tmp_path / "disk", "200k") as disk:
        code, _, err = run(capsys, "--db", disk / "x.db", "demo")
        one_sentence(code, err, "Ổ đĩa đầy")


def test_export_json_to_a_full_disk_says_how_much_and_leaves_nothing(demo, tmp_path, capsys):
    with small_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        code, _, err = run(capsys, "--db", demo / "demo.db", "export-json", "-o", disk / "o.json")
        one_sentence(code, err, "Ổ đĩa đầy: cần thêm khoảng")
        assert " MB" in err and "o.json" in err
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]  # no half file, no temp


def test_render_to_a_full_disk(demo, tmp_path, capsys):
    with small_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        code, _, err = run(capsys, "--db", demo / "demo.db", "render", "all", "-o", disk)
        one_sentence(code, err, "Ổ đĩa đầy")


def test_import_json_into_a_full_disk(demo, tmp_path, capsys):
    with small_disk(tmp_path / "disk", "300k") as disk:  # room for the empty database only
        code, _, err = run(capsys, "--db", disk / "new.db", "import-json", demo / "demo.json")
        one_sentence(code, err, "Ổ đĩa đầy")


def test_package_export_to_a_full_disk(demo, tmp_path, capsys):
    with small_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        out = disk / "p.thidua"
        code, _, err = run(capsys, "--db", demo / "demo.db", "package", "export", "-o", out)
        one_sentence(code, err, "Ổ đĩa đầy")
        assert "demo.db" not in err  # the database is not what is full


@pytest.mark.parametrize(
    "argv",
    [
        ["tally", "1"],
        ["package", "open", "{pkg}", "--replace"],
        ["import-json", "{json}"],
        ["demo"],
    ],
    ids=["tally", "open-replace", "import-json", "demo"],
)
def test_database_on_a_read_only_medium(demo, tmp_path, capsys, argv):
    with small_disk(tmp_path / "disk", "2m") as disk:
        shutil.copy(demo / "demo.db", disk / "demo.db")
        make_read_only(disk)
        before = (disk / "demo.db").read_bytes()
        args = [a.format(pkg=demo / "demo.thidua", json=demo / "demo.json") for a in argv]
        done = subprocess.run(  # a process of its own, as a user runs it
            [sys.executable, "-m", "thidua_desktop.cli", "--db", str(disk / "demo.db"), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        code, out, err = done.returncode, done.stdout, done.stderr
        if code == 0:  # reading a read-only medium may work; then it must really have worked
            assert argv[0] == "tally" and "Giải thích" in out
        else:
            one_sentence(code, err, "")
            assert "chỉ đọc" in err
        assert (disk / "demo.db").read_bytes() == before


def test_render_and_export_to_a_read_only_folder(demo, tmp_path, capsys):
    with small_disk(tmp_path / "disk") as disk:
        make_read_only(disk)
        for argv in (["render", "all", "-o", disk], ["export-json", "-o", disk / "o.json"]):
            code, _, err = run(capsys, "--db", demo / "demo.db", *argv)
            one_sentence(code, err, "Ổ đĩa chỉ đọc")


def test_file_size_limit_in_a_child_process(demo, tmp_path):
    """Without root: RLIMIT_FSIZE makes every write past 64 KB fail (EFBIG), a real fault."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    out = tmp_path / "o.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "thidua_desktop.cli",
            "--db",
            str(demo / "demo.db"),
            "export-json",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert "vượt quá kích thước" in done.stderr and "o.json" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_sqlite_text_never_reaches_the_user(demo, tmp_path, capsys):
    """Text another program wrote in a foreign encoding: one Vietnamese sentence per command."""
    db = tmp_path / "foreign.db"
    shutil.copy(demo / "demo.db", db)
    con = sqlite3.connect(db)
    con.execute("UPDATE units SET name = CAST(x'53c3ff' AS TEXT) WHERE id = 2")
    con.commit()
    con.close()
    for argv in (["tally", "1"], ["export-json"], ["render", "all", "-o", tmp_path / "out"]):
        code, _, err = run(capsys, "--db", db, *argv)
        one_sentence(code, err, "Tệp dữ liệu")
        assert "UTF-8" in err and "Could not decode" not in err and "column" not in err
