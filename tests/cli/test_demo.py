"""`thidua demo`: the demo cluster loads, matches the seed reports and equals its generator's output."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from tests.documents.fixtures import PROVINCES
from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.paths import resource_path
from thidua_desktop.services.container import Services
from thidua_desktop.services.vote_counting import to_ballot, vote_counts, vote_rules

DEMO_JSON = resource_path("demo", "demo_cluster.json")
GENERATOR = resource_path("demo", "make_demo.py")


def so(p: str) -> str:
    return f"Sở Tư pháp tỉnh {p}"


def cuc(p: str) -> str:
    return f"Cục Thi hành án dân sự tỉnh {p}"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 0, err
    assert "36 đơn vị" in out
    return db


@pytest.fixture
def exported(demo_db, capsys):
    code, out, err = run(capsys, "--db", demo_db, "export-json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def demo_services(demo_db):
    s = Services.open(demo_db, actor="test")
    yield s
    s.close()


def by_id(rows):
    return {r["id"]: r for r in rows}


def test_export_is_the_committed_file_exactly(demo_db, tmp_path, capsys):
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "--db", demo_db, "export-json", "-o", out)
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == DEMO_JSON.read_text(encoding="utf-8")


def test_generator_output_equals_the_committed_json(tmp_path):
    target = tmp_path / "regenerated.json"
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "-o", str(target)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8") == DEMO_JSON.read_text(encoding="utf-8"), (
        "resources/demo/demo_cluster.json is stale: run resources/demo/make_demo.py"
    )


def test_the_28_member_units_of_the_seeds_in_order(exported):
    (cluster,) = exported["clusters"]
    assert cluster["name"] == "Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc"
    assert (cluster["kind_label"], cluster["parent_body"], cluster["issuer_code"]) == (
        "Khu vực thi đua",
        "BỘ TƯ PHÁP",
        "KVTĐ",
    )
    members = [u for u in exported["units"] if u["is_member"]]
    assert [u["name"] for u in members] == [n for p in PROVINCES for n in (so(p), cuc(p))]
    for u in members:
        for field in ("name", "short_name", "head_name", "province"):
            assert unicodedata.is_normalized("NFC", u[field]), (u["name"], field)
        assert u["head_name"] and len(u["head_name"].split()) in (3, 4)
        p = u["province"]
        if u["kind"] == "Sở Tư pháp":
            assert (u["short_name"], u["head_title"]) == (f"Sở Tư pháp {p}", "Giám đốc")
        else:
            assert (u["kind"], u["short_name"]) == ("Cục THADS", f"Cục THADS {p}")
            assert u["head_title"] == "Cục trưởng"
    assert next(u for u in members if u["name"] == cuc("Yên Bái"))["head_name"] == "Nguyễn Huy Hải"


def test_eight_chi_cuc_stand_under_their_cuc_without_voting(exported):
    units = by_id(exported["units"])
    branches = [u for u in exported["units"] if not u["is_member"]]
    assert len(branches) == 8
    for b in branches:
        assert b["name"].startswith("Chi cục Thi hành án dân sự ")
        parent = units[b["parent_id"]]
        assert parent["kind"] == "Cục THADS" and parent["province"] == b["province"]
    # the seed: Yên Bái had 03 collectives nominated for the sector flag (its Cục + 2 Chi cục)
    assert sum(b["province"] == "Yên Bái" for b in branches) == 2


def test_heads_and_deputies_2016_and_the_2017_rotation(exported):
    units = by_id(exported["units"])
    years = {y["id"]: y["year"] for y in exported["years"]}
    roles: dict[int, dict[str, list[str]]] = {}
    for r in sorted(exported["year_roles"], key=lambda r: r["sort_order"]):
        roles.setdefault(years[r["year_id"]], {}).setdefault(r["role"], []).append(
            units[r["unit_id"]]["name"]
        )
    assert roles[2016] == {"head": [so("Hòa Bình")], "deputy": [cuc("Yên Bái")]}
    assert roles[2017] == {
        "head": [cuc("Yên Bái")],
        "deputy": [so("Thái Nguyên"), cuc("Tuyên Quang")],
    }


def test_year_end_conference_2016_as_reported(exported):
    conf = exported["conferences"][0]
    assert (conf["date"], conf["start_time"], conf["place"]) == ("2016-11-22", "08:00", "Hòa Bình")
    assert conf["decision_ref"] == "Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp"
    assert conf["chair_name"] == "Lê Tiến Châu"
    people = by_id(exported["people"])
    rows = [a for a in exported["attendance"] if a["conference_id"] == conf["id"]]
    delegates = [a for a in rows if a["role"] == "delegate"]
    assert len(delegates) == 56
    assert 50 <= sum(a["present"] for a in delegates) < 56
    guests = {people[a["person_id"]]["full_name"] for a in rows if a["role"] in ("guest", "chair")}
    assert {"Lê Tiến Châu", "Nguyễn Văn Chương", "Mai Lương Khôi"} <= guests
    items = sorted(
        (i for i in exported["agenda_items"] if i["conference_id"] == conf["id"]),
        key=lambda i: i["sort_order"],
    )
    assert 6 <= len(items) <= 9
    report = next(i for i in items if i["title"].startswith("Báo cáo tổng kết"))
    assert report["presenter"].startswith("Nguyễn Huy Hải")
    speeches = [s for s in exported["speeches"] if s["speaker_name"] == "Lê Tiến Châu"]
    assert "07 nhiệm vụ trọng tâm" in speeches[0]["points"]


def test_pledges_2016_signed_by_all_28_heads(exported):
    units = by_id(exported["units"])
    y2016 = next(y["id"] for y in exported["years"] if y["year"] == 2016)
    sigs = [p for p in exported["pledge_signatures"] if p["year_id"] == y2016]
    assert len(sigs) == 28 and all(p["signed"] for p in sigs)
    assert all(p["signer_name"] == units[p["unit_id"]]["head_name"] for p in sigs)


EXPECTED = {
    "Cờ thi đua của Chính phủ": {cuc("Hà Giang"), cuc("Yên Bái")},
    "(Sở Tư pháp, Cục THADS)": {
        so("Lào Cai"),
        so("Hòa Bình"),
        so("Thái Nguyên"),
        cuc("Yên Bái"),
        cuc("Điện Biên"),
        cuc("Bắc Kạn"),
        cuc("Hà Giang"),
    },
}


def tally_stored(s: Services, vote: m.Vote) -> v.VoteResult:
    """Tally one stored vote with domain.voting, independently of the votes service."""
    cands = s.repo.find(m.Candidate, "vote_id = ?", [vote.id], "number")
    names = {u.id: u.name for u in s.repo.find(m.Unit)}
    engine = [v.Candidate(c.id, c.number, names[c.unit_id], c.withdrawn) for c in cands]
    if vote.entry_mode == "ballots":
        records = s.repo.find(m.BallotRecord, "vote_id = ? AND entry_pass = 1", [vote.id], "seq")
        ballots = [to_ballot(r) for r in records]
        return v.tally_ballots(engine, ballots, vote_counts(vote), vote_rules(vote))
    number = {c.id: c.number for c in cands}
    totals = {
        number[t.candidate_id]: t.votes for t in s.repo.find(m.VoteTotal, "vote_id = ?", [vote.id])
    }
    return v.tally_totals(
        engine, totals, vote.totals_valid, vote.totals_invalid, vote_counts(vote), vote_rules(vote)
    )


def test_votes_elect_exactly_the_seed_reported_units(demo_services):
    s = demo_services
    votes = s.repo.find(m.Vote)
    assert len(votes) == 3
    branches = {u.name for u in s.repo.find(m.Unit, "is_member = 0")}
    expected = [EXPECTED["Cờ thi đua của Chính phủ"], EXPECTED["(Sở Tư pháp, Cục THADS)"], branches]
    for vote, want in zip(votes, expected, strict=True):
        result = tally_stored(s, vote)
        assert result.valid and not result.tied
        assert {c.name for c in result.elected} == want, vote.title
        for row in result.rows:
            assert (row.status is v.Status.ELECTED) == (row.candidate.name in want)
        assert result.to_dict()["elected"] == s.votes.result(vote.id).to_dict()["elected"]


def test_vote_counts_are_consistent(demo_services):
    s = demo_services
    for vote in s.repo.find(m.Vote):
        assert vote.members_count == 28 and vote.status == "closed"
        assert vote.ballots_returned <= vote.ballots_issued <= vote.present_count <= 28
        assert vote.present_count == s.votes.present_from_attendance(vote.conference_id)
        assert [c.role for c in s.votes.committee(vote.id)] == ["chief", "member", "member"]
        result = tally_stored(s, vote)
        assert result.valid_ballots + result.invalid_ballots == vote.ballots_returned
        assert all(r.votes <= result.valid_ballots for r in result.rows)
        if vote.entry_mode == "totals":
            assert vote.totals_valid + vote.totals_invalid == vote.ballots_returned
    gov = s.repo.find(m.Vote, "entry_mode = 'ballots'")[0]
    records = s.repo.find(m.BallotRecord, "vote_id = ?", [gov.id], "seq")
    assert [r.seq for r in records] == list(range(1, gov.ballots_returned + 1))
    invalid = [r for r in records if r.invalid_reason]
    assert [r.invalid_reason for r in invalid] == ["Đánh dấu quá số lượng được bầu (3/2)"]
    valid = [to_ballot(r) for r in records if not r.invalid_reason]
    assert any(not b.marks for b in valid)
    assert all(len(b.marks) <= gov.quota for b in valid)


def test_scores_rank_the_nominated_units_first(demo_services):
    s = demo_services
    criteria = {c.id: c for c in s.repo.find(m.Criterion)}
    base = [c for c in criteria.values() if c.kind is m.CriterionKind.BASE]
    assert sum(c.max_points for c in base) == 100
    assert {c.kind for c in criteria.values()} == set(m.CriterionKind)
    totals: dict[str, float] = {}
    names = {u.id: u.name for u in s.repo.find(m.Unit)}
    for score in s.repo.find(m.Score):
        kind = criteria[score.criterion_id].kind
        assert kind is not m.CriterionKind.GROUP
        for value in (score.self_score, score.cluster_score):
            assert 0 <= value <= criteria[score.criterion_id].max_points
        sign = -1 if kind is m.CriterionKind.PENALTY else 1
        name = names[score.unit_id]
        totals[name] = totals.get(name, 0) + sign * score.cluster_score
    assert len(totals) == 28
    ranked = sorted(totals, key=totals.get, reverse=True)
    assert len(set(totals.values())) == 28  # no ties to break
    assert set(ranked[:2]) == EXPECTED["Cờ thi đua của Chính phủ"]
    assert set(ranked[:7]) == EXPECTED["(Sở Tư pháp, Cục THADS)"]
    # the application's own ranking agrees
    (cset,) = s.repo.find(m.CriteriaSet)
    assert s.scoring.warnings(cset.id) == []
    app_ranked = [names[t.unit_id] for t in s.scoring.ranking(cset.id)]
    assert app_ranked == ranked


def test_candidates_registered_and_present_count_from_attendance(demo_services):
    s = demo_services
    for vote in s.repo.find(m.Vote):
        assert s.votes.eligibility_warnings(vote.id) == []
        assert s.votes.acceptance_problems(vote.id) == []


def test_demo_twice_is_refused_and_changes_nothing(demo_db, capsys):
    _, before, _ = run(capsys, "--db", demo_db, "export-json")
    code, out, err = run(capsys, "--db", demo_db, "demo")
    assert code == 1
    assert "đã có dữ liệu" in err and "--db" in err and out == ""
    _, after, _ = run(capsys, "--db", demo_db, "export-json")
    assert after == before


def test_a_vote_counts_the_units_present_as_the_check_in_page_does(demo_services):
    s = demo_services
    for conf in s.repo.find(m.Conference):
        counted = s.attendance.counts(conf.id).units_represented
        assert s.votes.present_from_attendance(conf.id) == counted, conf.title
