"""Start-up: process start to main window painted (demo open) vs a bare PySide6 QMainWindow.

Both run as fresh processes, alternating, so machine noise hits both alike. Target ≤ 1.25×.
For orientation, also a Qt-only window of our shape (startup_child.widgets): how much of the
gap is Qt's widgets and enums rather than our Python.
Also prints resident memory after start-up (the memory figure uses bench_memory.py).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, child_env, demo_db, ratio_line

CHILD = str(Path(__file__).with_name("startup_child.py"))


def start(args: list[str], extra_env: dict[str, str] | None = None) -> tuple[float, int]:
    """(seconds from spawn to the `painted` line, resident KiB) of one fresh child process."""
    env = child_env() | (extra_env or {})
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, CHILD, *args], stdout=subprocess.PIPE, env=env, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait()
    if not line.startswith("painted"):
        raise SystemExit(f"child did not paint: {args} -> {line!r}")
    return elapsed, int(line.split()[1])


def measure(db: Path, repeat: int = 7) -> dict[str, float]:
    ours, bare, widgets, ours_rss, bare_rss = [], [], [], [], []
    start(["bare"])  # warm the OS file cache for all three
    start(["widgets"])
    start(["thidua", str(db)])
    for _ in range(repeat):
        t, rss = start(["bare"])
        bare.append(t)
        bare_rss.append(rss)
        widgets.append(start(["widgets"])[0])
        t, rss = start(["thidua", str(db)])
        ours.append(t)
        ours_rss.append(rss)
    return {
        "ours": statistics.median(ours),
        "bare": statistics.median(bare),
        "widgets": statistics.median(widgets),
        "ours_rss_mb": statistics.median(ours_rss) / 1024,
        "bare_rss_mb": statistics.median(bare_rss) / 1024,
    }


def main() -> list[str]:
    r = measure(demo_db())
    return [
        ratio_line("start-up (demo cluster)", r["ours"], r["bare"], 1.25),
        ratio_line("  Qt alone, a window of our shape", r["widgets"], r["bare"], None),
        ratio_line("  ours vs that Qt-only window", r["ours"], r["widgets"], None),
        f"{'  resident memory after start-up':<34} ours {r['ours_rss_mb']:.1f} MB, bare "
        f"{r['bare_rss_mb']:.1f} MB (+{r['ours_rss_mb'] - r['bare_rss_mb']:.1f} MB)",
    ]


if __name__ == "__main__":
    print("\n".join(main()))
