"""The neighbour test at scale: a ballot writer going through the real services, other programs
(sqlite3, `thidua export-json`, a plain byte copy) opening, reading and closing the file at
random moments, the writer re-checking and re-opening its own file between entries; SIGKILL
the writer, reopen, check every acknowledged entry. Prints kills / acknowledged / stored / lost.

python bench/kill_neighbours.py [--kills 200] [--seed 1] [--longest 1.0]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.storage.crash_harness import kill_many  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--longest", type=float, default=1.0, help="longest run before a kill (s)")
    args = parser.parse_args(argv)
    db = Path(tempfile.mkdtemp(prefix="thidua-neighbours-")) / "hall.db"
    t0 = time.perf_counter()
    report = kill_many(db, args.kills, args.seed, neighbours=True, longest=args.longest)
    took = time.perf_counter() - t0
    print(
        f"neighbours: {report.kills} kills in {took:.0f} s, {report.neighbours} neighbour "
        f"programs, {report.acknowledged} acknowledged, {report.stored} stored, lost {report.lost}, "
        f"problems: {report.problems or 'none'}"
    )
    return 1 if report.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
