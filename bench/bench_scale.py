"""Scale: how search, re-tally, documents and handover grow from 10× smaller to 10× larger data.

Each row times our path and its bare floor at 0.1×, 1× and 10× of the figure's size and prints
the times, the ratio to the floor, and the growth factor per 10× of data (10 = linear).
  search     per keystroke over N delegates (page model, typed "nguyen van a"), N = 1k/10k/100k
  re-tally   tally_ballots of N ballots × 30 candidates, N = 100/1k/10k
  documents  the demo year-end set with its delegate list at 0.1×/1×/10× (attendance sheet grows)
  handover   export + verify of the large cluster at scale 0.1/1/10
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from itertools import chain
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import demo_db, large_db, paired_medians  # noqa: E402

from thidua_desktop.domain.vntext import fold  # noqa: E402

SCALES = (0.1, 1.0, 10.0)
Row = tuple[str, list[float], list[float], str]  # name, ours per scale, floor per scale, unit


def add_delegates(services, conference_id: int, factor: float, seed: int = 2016) -> int:  # noqa: ANN001
    """Grow (or shrink) the conference's delegate list to `factor` × its size; returns it."""
    from bench_search import GIVEN, MIDDLE, SURNAMES, TITLES

    conn = services.db.conn
    rows = conn.execute(
        "SELECT a.id, p.cluster_id FROM attendance a JOIN people p ON p.id = a.person_id"
        " WHERE a.conference_id = ? AND a.role = 'delegate' ORDER BY a.id",
        [conference_id],
    ).fetchall()
    want = max(1, round(len(rows) * factor))
    with conn:
        if want < len(rows):
            conn.executemany("DELETE FROM attendance WHERE id = ?", [(r[0],) for r in rows[want:]])
        else:
            rnd = random.Random(seed)
            cluster = rows[0][1]
            units = [
                u for (u,) in conn.execute("SELECT id FROM units WHERE cluster_id = ?", [cluster])
            ]
            start = conn.execute("SELECT max(id) FROM people").fetchone()[0] + 1
            people = []
            for pid in range(start, start + want - len(rows)):
                name = f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
                people.append(
                    (pid, cluster, name, rnd.choice(TITLES), rnd.choice(units), fold(name))
                )
            conn.executemany(
                "INSERT INTO people (id, cluster_id, full_name, title, unit_id, name_fold)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                people,
            )
            conn.executemany(
                "INSERT INTO attendance (conference_id, person_id) VALUES (?, ?)",
                [(conference_id, p[0]) for p in people],
            )
    return want


def copy_of_demo(folder: Path, name: str) -> Path:
    target = folder / f"{name}.db"
    shutil.copy(demo_db(folder), target)
    return target


def yearend_id(services) -> int:  # noqa: ANN001
    from thidua_desktop.domain.model import Conference

    return next(c.id for c in services.repo.find(Conference) if c.kind == "yearend")


def search_row(folder: Path) -> Row:
    from bench_search import QUERY
    from PySide6.QtCore import QCoreApplication

    from thidua_desktop.services.container import Services
    from thidua_desktop.ui.models.attendance_table_model import AttendanceTableModel

    QCoreApplication.instance() or QCoreApplication([])
    prefixes = [QUERY[: i + 1] for i in range(len(QUERY))]
    ours, floor = [], []
    for n in (1_000, 10_000, 100_000):
        services = Services.open(copy_of_demo(folder, f"search-{n}"))
        conf = yearend_id(services)
        size = services.db.conn.execute(
            "SELECT count(*) FROM attendance WHERE conference_id = ? AND role = 'delegate'", [conf]
        ).fetchone()[0]
        add_delegates(services, conf, n / size)
        rows = services.attendance.roster(conf)
        services.close()
        model = AttendanceTableModel()
        model.set_roster(rows)
        keys = [r.search_key for r in rows]

        def typing(fn: Callable[[str], object]) -> float:  # mean ms per keystroke, median of 5
            samples = []
            for _ in range(5):
                fn("")
                t0 = time.perf_counter()
                for p in prefixes:
                    fn(p)
                samples.append((time.perf_counter() - t0) * 1000 / len(prefixes))
            return statistics.median(samples)

        ours.append(typing(model.set_query))
        floor.append(typing(lambda p: [i for i, k in enumerate(keys) if p in k]))  # noqa: B023
    return ("search per keystroke (1k/10k/100k)", ours, floor, "ms")


def tally_row() -> Row:
    from bench_tally import make_stack

    from thidua_desktop.domain.voting import tally_ballots

    ours, floor = [], []
    for n in (100, 1_000, 10_000):
        candidates, ballots, counts, rules = make_stack(n_ballots=n)

        def run_ours(c=candidates, b=ballots, n=counts, r=rules) -> object:  # noqa: ANN001
            return tally_ballots(c, b, n, r)

        def run_floor(b=ballots) -> object:  # noqa: ANN001 (the bare Counter of bench_tally)
            return Counter(chain.from_iterable(x.marks for x in b if x.invalid_reason is None))

        t_ours, t_floor = paired_medians(run_ours, run_floor, 15)
        ours.append(t_ours * 1e3)
        floor.append(t_floor * 1e3)
    return ("re-tally × 30 cand. (100/1k/10k)", ours, floor, "ms")


def documents_row(folder: Path) -> Row:
    from bench_documents import side_by_side

    from thidua_desktop.services.container import Services

    ours, floor, sizes = [], [], []
    for scale in SCALES:
        services = Services.open(copy_of_demo(folder, f"docs-{scale:g}"))
        sizes.append(add_delegates(services, yearend_id(services), scale))
        run_ours, run_floor, _jobs = side_by_side(services)
        run_ours()
        run_floor()
        t_ours, t_floor = paired_medians(run_ours, run_floor, 3)
        ours.append(t_ours)
        floor.append(t_floor)
        services.close()
    return (f"documents ({'/'.join(map(str, sizes))} delegates)", ours, floor, "s")


def handover_row(folder: Path) -> Row:
    from bench_package import floor_check, floor_copy_and_check

    from thidua_desktop.services.container import Services
    from thidua_desktop.services.package import export_package, verify_package

    ours, floor = [], []
    for scale in SCALES:
        db = large_db(folder, scale)
        services = Services.open(db)
        pkg, copy = folder / f"large-{scale:g}.thidua", folder / f"floor-{scale:g}.db"

        def run_ours() -> None:
            export_package(services.repo, db, pkg)  # noqa: B023
            verify_package(pkg)  # noqa: B023

        def run_floor() -> None:
            floor_copy_and_check(db, copy)  # noqa: B023
            floor_check(copy)  # noqa: B023

        run_ours()
        run_floor()
        t_ours, t_floor = paired_medians(run_ours, run_floor, 3 if scale < 10 else 1)
        ours.append(t_ours)
        floor.append(t_floor)
        services.close()
    return ("handover export+verify (0.1/1/10)", ours, floor, "s")


def table(rows: list[Row]) -> list[str]:
    lines = [
        f"{'figure':<38}{'0.1×':>10}{'1×':>10}{'10×':>10}   {'ratio to floor':<20}"
        f"{'growth per 10× data: ours (floor)'}"
    ]
    for name, ours, floor, unit in rows:
        times = "".join(f"{t:>8.3f}{unit:<2}" for t in ours)
        ratios = "/".join(f"{o / f:.2f}" for o, f in zip(ours, floor, strict=True))
        growth = ", ".join(
            f"{ours[i + 1] / ours[i]:.1f} ({floor[i + 1] / floor[i]:.1f})" for i in range(2)
        )
        lines.append(f"{name:<38}{times}   {ratios + '×':<20}{growth}")
    return lines


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="thidua-bench-scale-"))
    rows = [tally_row(), search_row(folder), documents_row(folder), handover_row(folder)]
    print("\n".join(table(rows)))
    print("growth 10 = linear; above 10 grows faster than the data, below 10 has fixed costs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
