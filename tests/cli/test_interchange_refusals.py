"""`thidua import-json` refuses hostile and inconsistent files in one line naming the place."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from thidua_desktop.cli import main

BIG = 2**63


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory):
    """The demo cluster as interchange JSON text (ballots, totals, scores: every table used)."""
    folder = tmp_path_factory.mktemp("demo")
    db, out = folder / "demo.db", folder / "demo.json"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "export-json", "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, tmp_path, source, fragment):
    """Import `source` (a file path) into a new database: exit 1, one line naming the place,
    and nothing stored."""
    target = tmp_path / "target.db"
    code, out, err = run(capsys, "--db", target, "import-json", source)
    assert code == 1, (fragment, out, err)
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert fragment in err, err
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM units").fetchone() == (0,)
    finally:
        con.close()
    return err


def write(tmp_path, text, name="in.json"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def mutated(demo_json, change):
    data = json.loads(demo_json)
    change(data)
    return json.dumps(data, ensure_ascii=False)


def test_the_demo_file_itself_imports(demo_json, tmp_path, capsys):
    code, _, err = run(
        capsys, "--db", tmp_path / "ok.db", "import-json", write(tmp_path, demo_json)
    )
    assert code == 0, err


def set_field(table, index, field, value):
    return lambda d: d[table][index].update({field: value})


HUGE_INTEGERS = [
    ("votes[0].members_count", set_field("votes", 0, "members_count", BIG)),
    ("votes[0].quota", set_field("votes", 0, "quota", 10**30)),
    ("units[0].id", set_field("units", 0, "id", BIG)),
    ("vote_totals[0].votes", set_field("vote_totals", 0, "votes", -(2**64))),
    ("candidates[0].number", set_field("candidates", 0, "number", 10**400)),
]


@pytest.mark.parametrize("place, change", HUGE_INTEGERS, ids=[p for p, _ in HUGE_INTEGERS])
def test_integers_beyond_64_bits_are_refused(demo_json, tmp_path, capsys, place, change):
    refused(capsys, tmp_path, write(tmp_path, mutated(demo_json, change)), f"{place}: số nguyên")


def test_a_5000_digit_literal_is_refused_without_converting_it(tmp_path, capsys):
    text = '{"format": "thidua-desktop/interchange", "version": 1, "units": [{"id": %s}]}'
    err = refused(capsys, tmp_path, write(tmp_path, text % ("7" * 5000)), "units[0].id")
    assert "quá lớn" in err


def test_json_nested_100000_deep_is_refused(tmp_path, capsys):
    err = refused(capsys, tmp_path, write(tmp_path, "[" * 100_000 + "]" * 100_000), "lồng")
    assert "in.json" in err


def test_json_nested_under_the_recursion_limit_is_refused_naming_the_place(tmp_path, capsys):
    deep = "[" * 500 + "]" * 500
    text = '{"format": "thidua-desktop/interchange", "version": 1, "units": [{"name": %s}]}'
    refused(capsys, tmp_path, write(tmp_path, text % deep), "units[0].name")


OUT_OF_RANGE = [
    ("votes[0].ballots_issued", set_field("votes", 0, "ballots_issued", -1)),
    ("votes[0].members_count", set_field("votes", 0, "members_count", -28)),
    ("vote_totals[0].votes", set_field("vote_totals", 0, "votes", -3)),
    ("candidates[0].number", set_field("candidates", 0, "number", 0)),
    ("votes[0].quota", set_field("votes", 0, "quota", 0)),
    ("votes[0].entry_mode", set_field("votes", 0, "entry_mode", "magic")),
    ("votes[1].status", set_field("votes", 1, "status", "archived")),
    ("votes[0].comparison", set_field("votes", 0, "comparison", "<")),
    ("awards[0].base", set_field("awards", 0, "base", "everyone")),
    ("ballots[0].entry_pass", set_field("ballots", 0, "entry_pass", 3)),
    ("counting_members[0].role", set_field("counting_members", 0, "role", "boss")),
]


@pytest.mark.parametrize("place, change", OUT_OF_RANGE, ids=[p for p, _ in OUT_OF_RANGE])
def test_negative_counts_and_unknown_values_are_named_before_the_database(
    demo_json, tmp_path, capsys, place, change
):
    err = refused(capsys, tmp_path, write(tmp_path, mutated(demo_json, change)), f"{place}: ")
    assert "CHECK" not in err and "constraint" not in err


@pytest.mark.parametrize("literal", ["Infinity", "-Infinity", "NaN", "1e309"])
def test_non_finite_numbers_are_refused(demo_json, tmp_path, capsys, literal):
    text = demo_json.replace('"max_points": 50.0', f'"max_points": {literal}', 1)
    assert text != demo_json
    refused(capsys, tmp_path, write(tmp_path, text), "criteria[0].max_points: số không hữu hạn")


def test_export_never_writes_bare_infinity(demo_json, tmp_path, capsys):
    db = tmp_path / "inf.db"
    code, _, err = run(capsys, "--db", db, "import-json", write(tmp_path, demo_json))
    assert code == 0, err
    con = sqlite3.connect(db)  # as a package or another program could leave it
    con.execute("UPDATE criteria SET max_points = 9e999 WHERE id = 1")
    con.commit()
    con.close()
    out_file = tmp_path / "out.json"
    code, out, err = run(capsys, "--db", db, "export-json", "-o", out_file)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "criteria[0].max_points" in err
    assert not out_file.exists()
    code, out, err = run(capsys, "--db", db, "export-json")
    assert code == 1 and "Infinity" not in out


ABSURD_LENGTHS = [
    ("ballots[0].marks", "1.000 ký tự", set_field("ballots", 0, "marks", "9" * 5000)),
    ("units[0].name", "500 ký tự", set_field("units", 0, "name", "Sở " * 700_000)),
    ("years[0].notes", "100.000 ký tự", set_field("years", 0, "notes", "x" * 100_001)),
    ("votes[0].threshold_pct", "40 ký tự", set_field("votes", 0, "threshold_pct", "7" * 5000)),
]


@pytest.mark.parametrize(
    "place, limit, change", ABSURD_LENGTHS, ids=[p for p, _, _ in ABSURD_LENGTHS]
)
def test_absurd_lengths_are_refused_with_the_limit(
    demo_json, tmp_path, capsys, place, limit, change
):
    err = refused(capsys, tmp_path, write(tmp_path, mutated(demo_json, change)), f"{place}: ")
    assert f"giới hạn {limit}" in err


def first_ballot_marks_unknown(d):
    d["ballots"][0]["marks"] = "1,9"


def second_pass_without_double_entry(d):
    d["ballots"].append(dict(d["ballots"][0], entry_pass=2, id=9999))


def totals_on_a_ballots_vote(d):
    d["vote_totals"].append({"vote_id": 1, "candidate_id": 1, "votes": 3, "id": 9999})


def totals_of_another_votes_candidate(d):
    d["vote_totals"][0]["candidate_id"] = 15  # a candidate of vote 3, not of vote 2


INCONSISTENT = [
    ("ballots[26]", "không thể nhập thêm", set_field("votes", 0, "ballots_returned", 26)),
    (
        "votes[0].ballots_returned",
        "lớn hơn số phiếu phát ra",
        set_field("votes", 0, "ballots_returned", 28),
    ),
    ("votes[0].present_count", "lớn hơn tổng số", set_field("votes", 0, "present_count", 29)),
    ("ballots[0]", "không có trong danh sách ứng cử", first_ballot_marks_unknown),
    ("ballots[27].entry_pass", "nhập hai lần", second_pass_without_double_entry),
    ("ballots[0]", "một cách", totals_on_a_ballots_vote),
    ("vote_totals[0].candidate_id", "không thuộc votes[1]", totals_of_another_votes_candidate),
    ("vote_totals[0].votes", "nhiều hơn số phiếu hợp lệ", set_field("vote_totals", 0, "votes", 27)),
    ("votes[1].totals_valid", "khác số phiếu thu vào", set_field("votes", 1, "totals_valid", 20)),
]


@pytest.mark.parametrize(
    "place, why, change", INCONSISTENT, ids=[f"{p} {w}" for p, w, _ in INCONSISTENT]
)
def test_votes_tally_could_never_process_are_refused(
    demo_json, tmp_path, capsys, place, why, change
):
    err = refused(capsys, tmp_path, write(tmp_path, mutated(demo_json, change)), f"{place}: ")
    assert why in err


def test_a_vote_being_prepared_still_imports(demo_json, tmp_path, capsys):
    def prepared(d):
        d["votes"].append(
            dict(
                d["votes"][0],
                id=50,
                members_count=0,
                present_count=0,
                ballots_issued=0,
                ballots_returned=0,
                status="open",
            )
        )

    code, _, err = run(
        capsys,
        "--db",
        tmp_path / "p.db",
        "import-json",
        write(tmp_path, mutated(demo_json, prepared)),
    )
    assert code == 0, err


def test_duplicate_keys_are_refused_naming_the_key(demo_json, tmp_path, capsys):
    text = demo_json.replace('"quota": 2,', '"quota": 2, "quota": 9,', 1)
    assert text != demo_json
    err = refused(capsys, tmp_path, write(tmp_path, text), "awards[0]: khóa “quota”")
    assert "hai lần" in err


@pytest.mark.parametrize(
    # not the soft hyphen: in text typed in the old TCVN3 encoding it is the letter "ư"
    "invisible",
    ["\u00a0", "\u200b", "\u2060", "\ufeff", "\u202f", "\u200e"],
)
def test_names_differing_only_by_invisible_spaces_are_the_same_name(
    demo_json, tmp_path, capsys, invisible
):
    def twin(d):
        unit = dict(d["units"][0], id=999)
        unit["name"] = unit["name"].replace(
            " ", invisible + " " if invisible != "\u00a0" else invisible, 1
        )
        d["units"].append(unit)

    refused(
        capsys, tmp_path, write(tmp_path, mutated(demo_json, twin)), "units[36]: trùng với units[0]"
    )


def test_a_name_with_nbsp_is_stored_with_plain_spaces(demo_json, tmp_path, capsys):
    def nbsp(d):
        d["units"][0]["name"] = d["units"][0]["name"].replace(" ", "\u00a0") + "\u200b"

    db = tmp_path / "n.db"
    code, _, err = run(capsys, "--db", db, "import-json", write(tmp_path, mutated(demo_json, nbsp)))
    assert code == 0 and "units[0].name" in err
    con = sqlite3.connect(db)
    name = con.execute("SELECT name FROM units WHERE id = 1").fetchone()[0]
    con.close()
    assert name == json.loads(demo_json)["units"][0]["name"]


def test_a_fifo_is_refused_without_hanging(tmp_path, capsys):
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    refused(capsys, tmp_path, fifo, "không phải một tệp JSON thông thường")


def test_dev_zero_is_refused_without_reading(tmp_path, capsys):
    refused(capsys, tmp_path, "/dev/zero", "'/dev/zero' là tệp đặc biệt")


def test_a_folder_is_refused(tmp_path, capsys):
    refused(capsys, tmp_path, tmp_path, "là thư mục")


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, capsys):
    big = tmp_path / "big.json"
    with big.open("wb") as f:  # sparse: costs no disk and no time
        f.truncate(256 * 1024 * 1024 + 1)
    refused(capsys, tmp_path, big, "giới hạn 256 MB")


def test_tally_of_an_absurd_vote_id_is_one_line(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    for vote_id in ("1000000000000000000000000000000", "-5", "0"):
        code, out, err = run(capsys, "--db", db, "tally", vote_id)
        assert code == 1 and out == "" and err.count("\n") == 1, (vote_id, err)
        assert "VOTE_ID" in err and "Traceback" not in err
    code, out, err = run(
        capsys, "--db", db, "render", "all", "--conference", 10**30, "-o", tmp_path
    )
    assert code == 1 and err.count("\n") == 1 and "--conference" in err, err
    code, out, err = run(capsys, "--db", db, "render", "attendance", "--blank-rows", 10**9)
    assert code == 1 and err.count("\n") == 1 and "--blank-rows" in err, err
