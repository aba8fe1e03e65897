"""Memory: resident set after start-up with the large cluster open vs a bare PySide6 window.

Fresh processes, alternating (startup_child.py reports VmRSS once the window is painted).
Target: ours ≤ bare + 60 MB. Also shown: after every page has been visited once, and the
demo cluster, to tell data-driven memory from code-driven memory.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import start  # noqa: E402
from common import demo_db, large_db  # noqa: E402

TARGET_MB = 60.0


def rss_mb(args: list[str], repeat: int, extra_env: dict[str, str] | None = None) -> float:
    return statistics.median(start(args, extra_env)[1] for _ in range(repeat)) / 1024


def main(repeat: int = 5) -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="thidua-bench-memory-"))
    large = large_db(folder)
    demo = demo_db(folder)
    bare = rss_mb(["bare"], repeat)
    ours = rss_mb(["thidua", str(large)], repeat)
    every = rss_mb(["thidua", str(large)], 3, {"THIDUA_BENCH_VISIT_ALL": "1"})
    ours_demo = rss_mb(["thidua", str(demo)], 3)
    extra = ours - bare
    verdict = "ok" if extra <= TARGET_MB else "MISSES"
    return [
        f"{'resident memory (large cluster)':<34} ours {ours:7.1f} MB  bare {bare:7.1f} MB  "
        f"+{extra:5.1f} MB  ≤ +{TARGET_MB:.0f} MB {verdict}",
        f"{'  same, demo cluster':<34} ours {ours_demo:7.1f} MB  (+{ours_demo - bare:.1f} MB)",
        f"{'  large, every page visited once':<34} ours {every:7.1f} MB  (+{every - bare:.1f} MB)",
    ]


if __name__ == "__main__":
    print("\n".join(main()))
