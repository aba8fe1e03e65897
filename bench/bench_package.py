"""Handover package on the large cluster, side by side with the bare SQLite floor.

export (snapshot + digest + meta + read-back verify) + verify of the received file
    vs  VACUUM INTO + PRAGMA integrity_check of the same file, then integrity_check again
    (the floor does what SQLite alone would do for a copy checked on both sides).
Also prints export alone vs VACUUM INTO + integrity_check, and the open of the package.

python bench/bench_package.py [--scale 1.0] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import median_time, paired_medians, ratio_line  # noqa: E402
from make_large_cluster import make_large_cluster  # noqa: E402

from thidua_desktop.services.container import Services  # noqa: E402
from thidua_desktop.services.package import export_package, verify_package  # noqa: E402
from thidua_desktop.services.package_open import open_into, read_received  # noqa: E402


def floor_copy_and_check(db: Path, out: Path) -> None:
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(str(db))
    conn.execute("VACUUM INTO ?", [str(out)])
    conn.close()
    conn = sqlite3.connect(str(out))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def floor_check(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="thidua-bench-package-"))
    db = folder / "large.db"
    t0 = time.perf_counter()
    counts = make_large_cluster(db, args.scale)
    print(
        f"large cluster: {sum(counts.values()):,} rows ({counts['ballots']:,} ballots, "
        f"{counts['attendance']:,} delegates), {db.stat().st_size / 1e6:.1f} MB, "
        f"made in {time.perf_counter() - t0:.1f} s"
    )
    services = Services.open(db)
    pkg = folder / "large.thidua"
    floor_out = folder / "floor.db"

    def ours_export() -> None:
        export_package(services.repo, db, pkg)

    def ours_both() -> None:
        ours_export()
        verify_package(pkg)

    def floor_both() -> None:
        floor_copy_and_check(db, floor_out)
        floor_check(floor_out)

    # Interleave so both sides see the same disk and cache state.
    pairs = [
        ("export + verify", ours_both, floor_both, 1.5),
        ("export alone", ours_export, lambda: floor_copy_and_check(db, floor_out), None),
        ("verify alone", lambda: verify_package(pkg), lambda: floor_check(floor_out), None),
    ]
    for name, ours, floor, target in pairs:
        ours()
        floor()  # warm up both
        t_ours, t_floor = paired_medians(ours, floor, args.repeat)
        print(ratio_line(f"package {name}", t_ours, t_floor, target))
    services.close()

    def open_once() -> None:
        target = folder / "received.db"
        for p in folder.glob("received.db*"):
            p.unlink()
        s = Services.open(target)
        open_into(s.repo, read_received(pkg))
        s.close()

    print(f"{'package open (into a new db)':<34} ours {median_time(open_once, 1):9.4f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
