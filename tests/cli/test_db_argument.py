"""`--db` is a file name, used byte for byte; read commands never create a database."""

from __future__ import annotations

import json
import unicodedata

import pytest

from thidua_desktop import paths
from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services

NFC = unicodedata.normalize("NFC", "Cụm Hòa Bình.db")
NFD = unicodedata.normalize("NFD", NFC)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def default_db(tmp_path, monkeypatch):
    """The default database path, in a folder of the test's own."""
    path = tmp_path / "data" / "thidua.db"
    monkeypatch.setattr(paths, "default_db_path", lambda: path)
    return path


def test_an_nfd_file_name_opens_that_file(tmp_path, capsys):
    db = tmp_path / NFD  # as Unikey's "tổ hợp" mode or a macOS copy writes it
    s = Services.open(db)
    s.edits.create(m.Cluster(name="Cụm thi đua Tây Bắc"))
    s.close()
    code, out, err = run(capsys, "--db", db, "export-json")
    assert code == 0, err
    assert [c["name"] for c in json.loads(out)["clusters"]] == ["Cụm thi đua Tây Bắc"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [NFD]


def test_text_arguments_are_still_normalised(tmp_path, capsys, monkeypatch):
    seen = {}

    def handler(args, services):
        seen["to"] = args.to
        return 0

    db = tmp_path / "c.db"
    Services.open(db).close()
    monkeypatch.setattr("thidua_desktop.cli_package.cmd_export", handler)
    code, _out, err = run(
        capsys, "--db", db, "package", "export", "-o", tmp_path / NFD, "--to", NFD
    )
    assert code == 0, err
    assert seen["to"] == NFC


@pytest.mark.parametrize(
    "command",
    [
        ["export-json"],
        ["tally", "1"],
        ["package", "export", "-o", "out.thidua"],
        ["audit", "verify"],
        ["render", "all"],
    ],
)
def test_read_commands_on_a_missing_file_say_so_and_create_nothing(tmp_path, capsys, command):
    db = tmp_path / "missing.db"
    code, out, err = run(capsys, "--db", db, *command)
    assert code == 1
    assert err.count("\n") == 1 and "Không tìm thấy tệp cơ sở dữ liệu" in err
    assert "missing.db" in err
    assert list(tmp_path.iterdir()) == []


def test_package_verify_does_not_create_the_default_database(tmp_path, capsys, default_db):
    code, _out, err = run(capsys, "package", "verify", tmp_path / "nothing.thidua")
    assert code == 1 and err.count("\n") == 1
    assert not default_db.exists()


def test_demo_creates_the_default_database_in_its_own_folder(capsys, default_db):
    code, _out, err = run(capsys, "demo")
    assert code == 0, err
    assert default_db.is_file()


def test_db_in_a_folder_that_does_not_exist_is_one_line(tmp_path, capsys):
    db = tmp_path / "no such folder" / "c.db"
    code, _out, err = run(capsys, "--db", db, "demo")
    assert code == 1
    assert err.count("\n") == 1 and "Thư mục" in err and "không tồn tại" in err
    assert "Traceback" not in err
    assert not db.parent.exists()
