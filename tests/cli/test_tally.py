"""`thidua tally VOTE_ID [--json]`: the table with explanations, and the documented JSON."""

from __future__ import annotations

import json

from tests.vote_helpers import build_vote_setup, tallied_vote
from thidua_desktop.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_tally_prints_table_explanations_and_ties(services, small_cluster, capsys):
    s = build_vote_setup(services, small_cluster)
    vote = tallied_vote(services, s, {1: 4, 2: 3, 3: 3})
    code, out, err = run(capsys, "--db", services.path, "tally", vote.id)
    assert code == 0, err
    lines = out.splitlines()
    row1 = next(x for x in lines if x.lstrip().startswith("1  Sở Tư pháp tỉnh Hà Giang"))
    assert "4/5" in row1 and "80,00%" in row1 and row1.endswith("Đạt")
    assert any("Bằng phiếu" in line and "Yên Bái" in line for line in lines)
    assert "Giải thích:" in out
    assert "cần bỏ phiếu vòng mới" in out
    assert "chưa chốt" in lines[0]


def test_tally_json_is_the_full_result(services, small_cluster, capsys):
    s = build_vote_setup(services, small_cluster)
    vote = tallied_vote(services, s, {1: 4, 2: 3, 3: 3})
    code, out, err = run(capsys, "--db", services.path, "tally", vote.id, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["vote"]["id"] == vote.id and data["vote"]["round_no"] == 1
    res = data["result"]
    assert res["rules"]["threshold_pct"] == "50" and res["rules"]["quota"] == 2
    assert res["counts"]["returned"] == 5 and res["base"]["value"] == 5
    row = res["rows"][0]
    assert (row["quote"], row["status"], row["unit_id"]) == (
        "4/5 phiếu (80,00%)",
        "elected",
        s["units"][0].id,
    )
    assert [t["number"] for t in res["tied"]] == [2, 3] and res["needs_new_round"]
    assert data["eligibility_warnings"] == []


def test_tally_unknown_vote_is_a_user_error(services, capsys):
    code, out, err = run(capsys, "--db", services.path, "tally", 99)
    assert code == 1 and "99" in err and out == ""


def test_tally_of_a_new_round_names_it_once(services, small_cluster, capsys):
    s = build_vote_setup(services, small_cluster)
    vote = tallied_vote(services, s, {1: 4, 2: 3, 3: 3})
    second = services.votes.new_round(vote.id)
    code, out, err = run(capsys, "--db", services.path, "tally", second.id)
    assert code == 0, err
    assert "Chưa thể chốt kết quả:\n- Chưa nhập số phiếu phát ra và thu vào." in out
    services.votes.set_counts(second.id, issued=5, returned=5)
    code, out, err = run(capsys, "--db", services.path, "tally", second.id)
    assert code == 1 and "Chưa nhập số phiếu của Ban kiểm phiếu" in err
    services.votes.counting.save_totals(second.id, {1: 3, 2: 2}, 5, 0)
    code, out, err = run(capsys, "--db", services.path, "tally", second.id)
    assert code == 0, err
    first_line = out.splitlines()[0]
    assert first_line.count("vòng 2") == 1 and "chưa chốt" in first_line
    assert "Yên Bái" in out and "3/5" in out
