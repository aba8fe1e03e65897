"""Run every benchmark (each in its own process) and print their lines under one table.

python bench/run_all.py            # all
python bench/run_all.py startup    # the ones whose file name contains "startup"
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import child_env  # noqa: E402


def scripts(filters: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    return [p for p in found if not filters or any(f in p.stem for f in filters)]


def main(argv: list[str]) -> int:
    failures = 0
    print(f"{'=' * 100}\nthidua_desktop benchmarks — ratios against the bare library, side by side")
    for script in scripts(argv):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, env=child_env(), cwd=HERE
        )
        took = time.perf_counter() - t0
        print(f"{'-' * 100}\n{script.name}  ({took:.0f} s)")
        print(proc.stdout.rstrip())
        if proc.returncode != 0:
            failures += 1
            print(f"FAILED (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    print("=" * 100)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
