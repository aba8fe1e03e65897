"""The `thidua` command line: JSON round trip and every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.services.interchange import FORMAT


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def exported(small_cluster, services, capsys):
    code, out, err = run(capsys, "--db", services.path, "export-json")
    assert code == 0, err
    return json.loads(out)


def write(tmp_path, data, name="in.json"):
    p = tmp_path / name
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_export_has_every_record_in_nfc(exported):
    assert exported["format"] == FORMAT and exported["version"] == 1
    names = [u["name"] for u in exported["units"]]
    assert names == [
        "Sở Tư pháp tỉnh Hà Giang",
        "Cục Thi hành án dân sự tỉnh Yên Bái",
        "Sở Tư pháp tỉnh Hòa Bình",
    ]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert exported["conferences"][0]["date"] == "2016-11-22"
    assert exported["conferences"][0]["start_time"] == "08:00"
    assert "name_fold" not in exported["units"][0]


def test_round_trip_is_identical(exported, tmp_path, capsys):
    src = write(tmp_path, exported)
    target = tmp_path / "copy.db"
    code, _, err = run(capsys, "--db", target, "import-json", src)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", target, "export-json")
    assert json.loads(out) == exported
    # -o writes the same bytes as stdout
    outfile = tmp_path / "out.json"
    run(capsys, "--db", target, "export-json", "-o", outfile)
    assert json.loads(outfile.read_text(encoding="utf-8")) == exported


def bad_cases(data):
    """(label, mutated data, expected fragment of the message)."""
    cases = []

    def case(label, fragment, mutate):
        d = json.loads(json.dumps(data))
        mutate(d)
        cases.append((label, d, fragment))

    case("missing field", "units[1].name", lambda d: d["units"][1].pop("name"))
    case("wrong type", "units[0].sort_order", lambda d: d["units"][0].update(sort_order="một"))
    case("dangling", "units[2].parent_id", lambda d: d["units"][2].update(parent_id=999))
    case(
        "duplicate unit",
        "units[3]",
        lambda d: d["units"].append(dict(d["units"][0], id=77)),
    )
    case(
        "mixed normalisation duplicate",
        "units[3]",
        lambda d: d["units"].append(
            dict(d["units"][2], id=78, name=unicodedata.normalize("NFD", d["units"][2]["name"]))
        ),
    )
    case("unknown version", "version", lambda d: d.update(version=9))
    case("empty name", "units[0].name", lambda d: d["units"][0].update(name="  "))
    case("bad enum", "conferences[0].kind", lambda d: d["conferences"][0].update(kind="party"))
    case("bad date", "conferences[0].date", lambda d: d["conferences"][0].update(date="22/11/2016"))
    case("unknown section", "không được hỗ trợ", lambda d: d.update(hacks=[]))
    case("duplicate id", "units[1].id", lambda d: d["units"][1].update(id=d["units"][0]["id"]))
    return cases


def test_bad_input_is_refused_naming_the_place(exported, tmp_path, capsys):
    target = tmp_path / "target.db"
    main(["--db", str(target), "export-json"])  # creates the empty migrated database
    capsys.readouterr()
    for label, data, fragment in bad_cases(exported):
        code, out, err = run(capsys, "--db", target, "import-json", write(tmp_path, data))
        assert code == 1, label
        assert fragment in err, (label, err)
        assert err.count("\n") == 1 and "Traceback" not in err, label
        code, out, _ = run(capsys, "--db", target, "export-json")
        assert all(not v for k, v in json.loads(out).items() if isinstance(v, list)), label


@pytest.mark.parametrize(
    "content, fragment",
    [
        (b"\x00\x01garbage", "không phải"),
        (b"{not json", "JSON"),
        (b"[1, 2, 3]", "đối tượng"),
        (b'{"format": "other"}', "format"),
    ],
)
def test_garbage_json(tmp_path, capsys, content, fragment):
    p = tmp_path / "x.json"
    p.write_bytes(content)
    code, _, err = run(capsys, "--db", tmp_path / "t.db", "import-json", p)
    assert code == 1 and fragment in err and "Traceback" not in err


def test_nfd_text_is_stored_as_nfc(exported, tmp_path, capsys, services):
    data = json.loads(json.dumps(exported))
    data["units"][0]["name"] = unicodedata.normalize("NFD", data["units"][0]["name"])
    code, _, err = run(capsys, "--db", tmp_path / "n.db", "import-json", write(tmp_path, data))
    assert code == 0
    assert "units[0].name" in err  # the user is told what was normalised
    code, out, _ = run(capsys, "--db", tmp_path / "n.db", "export-json")
    assert json.loads(out)["units"][0]["name"] == "Sở Tư pháp tỉnh Hà Giang"


def test_import_into_non_empty_database_is_refused(exported, tmp_path, capsys, services):
    code, _, err = run(capsys, "--db", services.path, "import-json", write(tmp_path, exported))
    assert code == 1 and "đã có dữ liệu" in err
    assert services.repo.count(m.Unit) == 3


def test_usage_error_exits_2_and_missing_file_exits_1(tmp_path):
    cmd = [sys.executable, "-m", "thidua_desktop.cli", "--db", str(tmp_path / "x.db")]
    assert subprocess.run([*cmd, "no-such-command"], capture_output=True).returncode == 2
    r = subprocess.run([*cmd, "import-json", str(tmp_path / "nope.json")], capture_output=True)
    assert r.returncode == 1 and b"Traceback" not in r.stderr
