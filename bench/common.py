"""Shared helpers of the benchmarks: timing, side-by-side ratios, a demo database."""

from __future__ import annotations

import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_time(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def paired_medians(
    ours: Callable[[], object], floor: Callable[[], object], repeat: int = 5
) -> tuple[float, float]:
    """(median of ours, median of the floor), the two timed in alternation — ours first in one
    round, the floor first in the next — so that drift of a shared machine (another process,
    the file cache, the CPU clock) falls on both sides alike rather than on one run of five."""
    samples: tuple[list[float], list[float]] = ([], [])
    for i in range(repeat):
        order = ((0, ours), (1, floor)) if i % 2 == 0 else ((1, floor), (0, ours))
        for side, fn in order:
            t0 = time.perf_counter()
            fn()
            samples[side].append(time.perf_counter() - t0)
    return statistics.median(samples[0]), statistics.median(samples[1])


def best_median_ms(fn: Callable[[], object], repeat: int = 30) -> tuple[float, float]:
    """(best, median) wall time of one call, in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times)


def ratio_line(name: str, ours: float, floor: float, target: float | None, unit: str = "s") -> str:
    ratio = ours / floor if floor else float("inf")
    verdict = "" if target is None else ("ok" if ratio <= target else "MISSES")
    tgt = f"≤ {target:.2f}×" if target is not None else ""
    return f"{name:<34} ours {ours:9.4f}{unit}  floor {floor:9.4f}{unit}  ratio {ratio:6.3f}×  {tgt} {verdict}"


@functools.cache
def precompile() -> None:
    """Byte-compile our package, as an installed app is (pip and the frozen bundle ship .pyc).

    Without it a machine with PYTHONDONTWRITEBYTECODE set compiles every module of ours from
    source at each start, a cost no user pays and the bare floor never has.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "thidua_desktop"), quiet=1)


def child_env() -> dict[str, str]:
    precompile()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def demo_db(folder: Path | None = None) -> Path:
    """A fresh database holding the demo cluster (made with the `thidua` CLI)."""
    folder = folder or Path(tempfile.mkdtemp(prefix="thidua-bench-"))
    db = folder / "demo.db"
    if not db.exists():
        subprocess.run(
            [sys.executable, "-m", "thidua_desktop.cli", "--db", str(db), "demo"],
            check=True,
            env=child_env(),
            capture_output=True,
        )
    return db


def large_db(folder: Path | None = None, scale: float = 1.0) -> Path:
    """A fresh large-cluster database (bench/make_large_cluster.py) at the given scale."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_large_cluster import make_large_cluster

    folder = folder or Path(tempfile.mkdtemp(prefix="thidua-bench-large-"))
    db = folder / f"large-{scale:g}.db"
    if not db.exists():
        make_large_cluster(db, scale)
    return db
