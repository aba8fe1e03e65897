"""Times the check-in search per keystroke over 10,000 delegates against a bare substring test.

The page's path is timed: the roster is read once from a real database (one SQL query), then
each keystroke runs AttendanceTableModel.set_query (accent-insensitive word-prefix filter over
precomputed folded keys, narrowed incrementally while typing, plus the model reset a view sees).
The floor is a plain `prefix in key` over the same pre-folded strings, every row every key.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from thidua_desktop.domain import model as m  # noqa: E402
from thidua_desktop.services.container import Services  # noqa: E402
from thidua_desktop.ui.models.attendance_table_model import (  # noqa: E402
    AttendanceTableModel,
    IncrementalFilter,
)

N_DELEGATES = 10_000
QUERY = "nguyen van a"
BUDGET_MS = 16.0
REPEAT = 7

SURNAMES = (
    ["Nguyễn"] * 38
    + ["Trần"] * 11
    + ["Lê"] * 10
    + ["Phạm"] * 7
    + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"] * 2
    + ["Lò", "Vàng", "Hà", "Đinh", "Sầm", "Nông", "Ma", "Triệu", "Lương", "Tòng"]
)
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Thu", "Xuân", "Seo", "Kim"]
GIVEN = (
    "An Anh Ánh Bình Chiến Cường Dũng Dung Đạt Giang Hà Hải Hạnh Hiếu Hoa Hòa Hùng Hương Khánh "
    "Lan Linh Long Mai Minh Nam Nga Ngọc Phong Phương Quân Quang Sơn Tâm Thảo Thắng Thủy Trang "
    "Tuấn Tùng Vân Việt Yến Dìn Púa Chính Thụ Ân Ái"
).split()
PROVINCES = (
    "Hà Giang, Tuyên Quang, Cao Bằng, Bắc Kạn, Hòa Bình, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, "
    "Lào Cai, Yên Bái, Thái Nguyên, Bắc Giang, Phú Thọ, Quảng Ninh, Hải Dương, Hưng Yên, Thái Bình, "
    "Nam Định, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Đắk Lắk, Đồng Tháp, Cà Mau"
).split(", ")
KINDS = ["Sở Tư pháp tỉnh", "Cục Thi hành án dân sự tỉnh", "Chi cục Thi hành án dân sự huyện"]
TITLES = [
    "Giám đốc",
    "Phó Giám đốc",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Chánh Văn phòng",
    "Chuyên viên",
]


def build(path: Path, seed: int = 2016) -> tuple[Services, int]:
    """A real database: one cluster, its units, one conference listing N_DELEGATES people."""
    rnd = random.Random(seed)
    services = Services.open(path, actor="bench")
    repo = services.repo
    with services.edits.transaction():
        cluster = repo.insert(m.Cluster("Cụm thi đua (đo thời gian)"))
        units = [
            repo.insert(m.Unit(cluster.id, f"{kind} {prov}", sort_order=i))
            for i, (kind, prov) in enumerate((k, p) for p in PROVINCES for k in KINDS)
        ]
        year = repo.insert(m.Year(cluster.id, 2016))
        conf = repo.insert(m.Conference(year.id, m.ConferenceKind.YEAREND, "Tổng kết"))
        for _ in range(N_DELEGATES):
            name = f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
            unit = rnd.choice(units)
            person = repo.insert(m.Person(cluster.id, name, rnd.choice(TITLES), unit.id))
            repo.insert(m.Attendance(conf.id, person.id))
    return services, conf.id


def per_key(fn, prefixes: list[str]) -> list[float]:
    """Median milliseconds per keystroke over REPEAT typings of the whole query."""
    samples: list[list[float]] = [[] for _ in prefixes]
    for _ in range(REPEAT):
        fn("")
        for i, prefix in enumerate(prefixes):
            t0 = time.perf_counter()
            fn(prefix)
            samples[i].append((time.perf_counter() - t0) * 1000)
    return [statistics.median(s) for s in samples]


def main() -> int:
    QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services, conf_id = build(Path(folder) / "bench.db")
        t0 = time.perf_counter()
        rows = services.attendance.roster(conf_id)
        model = AttendanceTableModel()
        model.set_roster(rows)
        load_ms = (time.perf_counter() - t0) * 1000
        services.close()
    keys = [r.search_key for r in rows]
    prefixes = [QUERY[: i + 1] for i in range(len(QUERY))]

    ours = per_key(model.set_query, prefixes)
    hits = []
    for p in prefixes:
        model.set_query(p)
        hits.append(model.rowCount())

    def cold(prefix: str) -> None:  # a pasted query: no earlier keystroke to narrow from
        IncrementalFilter(keys).ranked(prefix)

    cold_ms = per_key(cold, prefixes)
    floor = per_key(lambda p: [i for i, k in enumerate(keys) if p in k], prefixes)

    print(f"{len(rows)} delegates; roster read + model load once: {load_ms:.1f} ms")
    print(f"{'typed':<14}{'hits':>7}{'ours ms':>10}{'cold ms':>10}{'floor ms':>10}{'ratio':>8}")
    for p, n, o, c, f in zip(prefixes, hits, ours, cold_ms, floor, strict=True):
        print(f"{p!r:<14}{n:>7}{o:>10.3f}{c:>10.3f}{f:>10.3f}{o / f:>7.2f}×")
    worst, worst_cold = max(ours), max(cold_ms)
    print(
        f"per keystroke: ours mean {statistics.mean(ours):.3f} ms, worst {worst:.3f} ms; "
        f"cold worst {worst_cold:.3f} ms; floor mean {statistics.mean(floor):.3f} ms; "
        f"ratio of means {statistics.mean(ours) / statistics.mean(floor):.2f}×"
    )
    verdict = "ok" if max(worst, worst_cold) < BUDGET_MS else "MISSES"
    print(f"budget {BUDGET_MS:.0f} ms per keystroke (typed and cold): {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
