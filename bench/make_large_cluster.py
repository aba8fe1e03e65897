"""Generate a large cluster database for benchmarks: 10 years, 60 units, 100 conferences,
20,000 delegates (attendance rows), 50,000 ballots, scores, documents — built by our migrations,
filled with executemany in a few seconds.

python bench/make_large_cluster.py OUT.db [--scale 0.1]
from make_large_cluster import make_large_cluster; counts = make_large_cluster(path)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from thidua_desktop.domain.vntext import fold  # noqa: E402
from thidua_desktop.services import audit  # noqa: E402
from thidua_desktop.storage.database import open_database  # noqa: E402
from thidua_desktop.storage.repositories import Repository  # noqa: E402

PROVINCES = (
    "Hà Giang Tuyên Quang Cao Bằng Bắc Kạn Hòa Bình Lai Châu Điện Biên Sơn La Lạng Sơn Lào Cai "
    "Yên Bái Thái Nguyên Bắc Giang Phú Thọ Quảng Ninh Hải Dương Hưng Yên Thái Bình Nam Định "
    "Ninh Bình Thanh Hóa Nghệ An Hà Tĩnh Quảng Bình Quảng Trị Huế Đà Nẵng Quảng Nam Quảng Ngãi "
    "Bình Định"
).split(" ")
PROVINCES = [" ".join(PROVINCES[i : i + 2]) for i in range(0, len(PROVINCES), 2)]
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Hữu Đức Minh Thu Thanh Quốc Ngọc".split()
GIVEN = "An Bình Cường Dũng Hà Hòa Hùng Lan Long Mai Nam Phương Quang Sơn Tâm Thảo Trang".split()


def _insert(conn, table: str, cols: list[str], rows: list[tuple]) -> int:
    marks = ", ".join("?" for _ in cols)
    conn.executemany(f"INSERT INTO [{table}] ({', '.join(cols)}) VALUES ({marks})", rows)
    return len(rows)


def make_large_cluster(path: Path, scale: float = 1.0, seed: int = 2016) -> dict[str, int]:
    """Fill a new database at `path`; returns row counts per table."""
    rnd = random.Random(seed)
    path = Path(path)
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    db = open_database(path)
    conn = db.conn
    counts: dict[str, int] = {}
    n_conf_per_year = max(1, round(10 * scale))
    with db.atomic():
        counts["clusters"] = _insert(
            conn,
            "clusters",
            ["id", "name", "short_name", "kind_label", "parent_body", "issuer_code"],
            [(1, "Khu vực thi đua khối cơ quan Tư pháp các tỉnh", "KVTĐ", "Khu vực thi đua",
              "BỘ TƯ PHÁP", "KVTĐ")],
        )  # fmt: skip
        units = []
        for i, prov in enumerate(PROVINCES):
            for j, kind in enumerate(("Sở Tư pháp", "Cục THADS")):
                name = f"{kind} tỉnh {prov}"
                units.append((len(units) + 1, 1, name, kind, prov, 2 * i + j, fold(name)))
        counts["units"] = _insert(
            conn, "units", ["id", "cluster_id", "name", "kind", "province", "sort_order",
                            "name_fold"], units)  # fmt: skip
        unit_ids = [u[0] for u in units]
        years = [(k + 1, 1, 2016 + k, f"Thi đua năm {2016 + k}") for k in range(10)]
        counts["years"] = _insert(conn, "years", ["id", "cluster_id", "year", "theme"], years)
        roles = []
        for y in years:
            head, deputy = rnd.sample(unit_ids, 2)
            roles += [(y[0], head, "head", 0), (y[0], deputy, "deputy", 1)]
        counts["year_roles"] = _insert(
            conn, "year_roles", ["year_id", "unit_id", "role", "sort_order"], roles
        )
        people = []
        for u in unit_ids:
            for _ in range(20):
                name = f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
                people.append((len(people) + 1, 1, name, "Chuyên viên", u, fold(name)))
        counts["people"] = _insert(
            conn, "people", ["id", "cluster_id", "full_name", "title", "unit_id", "name_fold"],
            people)  # fmt: skip
        kinds = ["launch", "midyear", "yearend"] + ["other"] * 7
        confs, attendance, agenda, speeches = [], [], [], []
        for y in years:
            for c in range(n_conf_per_year):
                cid = len(confs) + 1
                confs.append((cid, y[0], kinds[c % 10], f"Hội nghị {c + 1} năm {y[2]}",
                              f"{y[2]}-{(c % 12) + 1:02d}-15", "08:00", "Hòa Bình"))  # fmt: skip
                for pid in rnd.sample(range(1, len(people) + 1), 200):
                    attendance.append((cid, pid, "delegate", 1, rnd.random() < 0.9))
                for a in range(10):
                    aid = len(agenda) + 1
                    agenda.append((aid, cid, f"Nội dung {a + 1}", a))
                    for s in range(3):
                        speeches.append((aid, rnd.choice(people)[2], s, "Ý kiến tham luận"))
        counts["conferences"] = _insert(
            conn, "conferences", ["id", "year_id", "kind", "title", "date", "start_time", "place"],
            confs)  # fmt: skip
        counts["attendance"] = _insert(
            conn, "attendance", ["conference_id", "person_id", "role", "expected", "present"],
            attendance)  # fmt: skip
        counts["agenda_items"] = _insert(
            conn, "agenda_items", ["id", "conference_id", "title", "sort_order"], agenda
        )
        counts["speeches"] = _insert(
            conn, "speeches", ["agenda_item_id", "speaker_name", "sort_order", "points"], speeches
        )
        awards = [(k + 1, 1, name, k) for k, name in enumerate(
            ["Cờ thi đua của Chính phủ", "Cờ thi đua ngành Tư pháp", "Bằng khen của Thủ tướng",
             "Bằng khen của Bộ trưởng", "Tập thể lao động xuất sắc"])]  # fmt: skip
        counts["awards"] = _insert(
            conn, "awards", ["id", "cluster_id", "name", "sort_order"], awards
        )
        signatures = [(y[0], u, 1, "Giám đốc") for y in years for u in unit_ids]
        counts["pledge_signatures"] = _insert(
            conn, "pledge_signatures", ["year_id", "unit_id", "signed", "signer_title"], signatures
        )
        regs = [(y[0], u, rnd.randint(1, 5)) for y in years for u in unit_ids]
        counts["registrations"] = _insert(
            conn, "registrations", ["year_id", "unit_id", "award_id"], regs
        )
        votes, cands, ballots, totals, members = [], [], [], [], []
        n_votes = 8 * len(confs)
        per_vote = [round(50_000 * scale) // n_votes] * n_votes
        for k in range(round(50_000 * scale) - sum(per_vote)):
            per_vote[k] += 1
        for k in range(n_votes):
            vid = k + 1
            votes.append((vid, k // 8 + 1, (k % 5) + 1, "70", ">=", "members", 2, 60, 58,
                          per_vote[k], per_vote[k], "closed"))  # fmt: skip
            chosen = rnd.sample(unit_ids, 5)
            for num, u in enumerate(chosen, start=1):
                cands.append((len(cands) + 1, vid, u, num))
                totals.append((vid, len(cands), rnd.randint(0, per_vote[k])))
            for seq in range(1, per_vote[k] + 1):
                marks = ",".join(str(x) for x in sorted(rnd.sample(range(1, 6), rnd.randint(0, 2))))
                ballots.append((vid, seq, marks, "", 1))
            for r in range(3):
                members.append((vid, rnd.choice(people)[2], "chief" if r == 0 else "member", r))
        counts["votes"] = _insert(
            conn, "votes", ["id", "conference_id", "award_id", "threshold_pct", "comparison",
                            "base", "quota", "members_count", "present_count", "ballots_issued",
                            "ballots_returned", "status"], votes)  # fmt: skip
        counts["candidates"] = _insert(
            conn, "candidates", ["id", "vote_id", "unit_id", "number"], cands
        )
        counts["ballots"] = _insert(
            conn, "ballots", ["vote_id", "seq", "marks", "invalid_reason", "entry_pass"], ballots
        )
        counts["vote_totals"] = _insert(
            conn, "vote_totals", ["vote_id", "candidate_id", "votes"], totals
        )
        counts["counting_members"] = _insert(
            conn, "counting_members", ["vote_id", "full_name", "role", "sort_order"], members
        )
        sets = [(y[0], y[0], f"Bảng điểm năm {y[2]}") for y in years]
        counts["criteria_sets"] = _insert(conn, "criteria_sets", ["id", "year_id", "name"], sets)
        criteria = [(len(sets) * 0 + s[0] * 100 + c, s[0], f"Tiêu chí {c}", 5.0)
                    for s in sets for c in range(1, 21)]  # fmt: skip
        counts["criteria"] = _insert(
            conn, "criteria", ["id", "set_id", "title", "max_points"], criteria
        )
        scores = [(c[0], u, round(rnd.uniform(3, 5), 1), round(rnd.uniform(3, 5), 1))
                  for c in criteria for u in unit_ids]  # fmt: skip
        counts["scores"] = _insert(
            conn, "scores", ["criterion_id", "unit_id", "self_score", "cluster_score"], scores
        )
        blob = rnd.randbytes(20_000)
        templates = [(1, kind, f"{kind}.docx", blob) for kind in ("minutes", "counting", "ballot")]
        counts["templates"] = _insert(
            conn, "templates", ["cluster_id", "kind", "filename", "content"], templates
        )
        docs = [(1, "minutes", f"BB-{d:03d}.docx", 2016 + d % 10, d // 3 + 1, rnd.randbytes(30_000))
                for d in range(max(1, round(300 * scale)))]  # fmt: skip
        counts["documents"] = _insert(
            conn, "documents", ["cluster_id", "kind", "filename", "year", "conference_id",
                                "content"], docs)  # fmt: skip
        audit.record(Repository(db), "import", "Database", None, None, counts, "make_large_cluster")
    conn.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    counts = make_large_cluster(Path(args.output), args.scale)
    took = time.perf_counter() - t0
    print(f"{args.output}: {sum(counts.values()):,} rows in {took:.1f} s")
    print(", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
