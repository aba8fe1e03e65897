"""The crash test at scale: SIGKILL the ballot writer 200 times at random moments, then check
integrity, every acknowledged entry and the audit chain after each kill.

python bench/crash_kill.py [--kills 200] [--seed 1]
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
    args = parser.parse_args(argv)
    db = Path(tempfile.mkdtemp(prefix="thidua-crash-")) / "hall.db"
    t0 = time.perf_counter()
    report = kill_many(db, args.kills, args.seed)
    took = time.perf_counter() - t0
    print(
        f"crash: {report.kills} SIGKILLs in {took:.0f} s, {report.acknowledged} acknowledged, "
        f"{report.stored} stored, problems: {report.problems or 'none'}"
    )
    return 1 if report.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
