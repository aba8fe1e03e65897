"""Memory of opening a package vs verifying it: peak resident set of each in a fresh process.

A large cluster (bench/make_large_cluster.py at --scale) is exported once; then, alternating,
child processes verify it and open it into a new database, each reporting its peak RSS
(VmHWM). A third child only imports the same modules: the constant both share.
Target: open ≤ 2 × verify + 50 MB (open stages and copies table by table in bounded batches).

python bench/bench_package_open.py [--scale 4] [--repeat 3] [--root OTHER_CHECKOUT]
(--root runs the children against another checkout, e.g. the code before a change.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, child_env  # noqa: E402

CONSTANT_MB = 50.0

CHILD = r"""
import resource, sys, time
from pathlib import Path
what, pkg, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import verify_package
from thidua_desktop.services.package_open import open_into, read_received
start = time.perf_counter()
if what == "verify":
    verify_package(pkg)
elif what == "open":
    received = read_received(pkg)
    target = Services.open(out)
    open_into(target.repo, received)
    target.close()
print(time.perf_counter() - start)
try:  # VmHWM: this process image's own peak (ru_maxrss keeps the parent's across exec)
    status = Path("/proc/self/status").read_text()
    print(int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) / 1024)
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_mb(what: str, pkg: Path, folder: Path, root: Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one child doing `what`."""
    out = folder / f"opened-{what}-{os.getpid()}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    env = child_env()
    env["PYTHONPATH"] = str(root)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, what, str(pkg), str(out)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak = done.stdout.strip().splitlines()[-2:]
    return float(peak), float(seconds)


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=4.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="thidua-bench-open-"))
    try:
        return _run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: argparse.Namespace, folder: Path) -> list[str]:
    db = folder / "large.db"  # made by the checkout under test: its schema, its migrations
    maker = args.root / "bench" / "make_large_cluster.py"
    subprocess.run(
        [sys.executable, str(maker), str(db), "--scale", str(args.scale)], cwd=args.root, check=True
    )
    pkg = folder / "large.thidua"
    export = (
        "import sys; from pathlib import Path;"
        "from thidua_desktop.services.container import Services;"
        "from thidua_desktop.services.package import export_package;"
        "s = Services.open(Path(sys.argv[1]));"
        "export_package(s.repo, Path(sys.argv[1]), Path(sys.argv[2])); s.close()"
    )
    env = child_env()
    env["PYTHONPATH"] = str(args.root)
    subprocess.run(
        [sys.executable, "-c", export, str(db), str(pkg)], env=env, cwd=args.root, check=True
    )
    size_mb = pkg.stat().st_size / 1024**2

    peaks: dict[str, list[float]] = {"import": [], "verify": [], "open": []}
    times: dict[str, list[float]] = {"import": [], "verify": [], "open": []}
    for _ in range(args.repeat):
        for what in peaks:
            peak, seconds = peak_mb(what, pkg, folder, args.root)
            peaks[what].append(peak)
            times[what].append(seconds)
    base, verify, opened = (statistics.median(peaks[w]) for w in ("import", "verify", "open"))
    verify_s, open_s = (statistics.median(times[w]) for w in ("verify", "open"))
    limit = 2 * verify + CONSTANT_MB
    lines = [
        f"package {size_mb:.1f} MB (scale {args.scale:g}), code from {args.root}",
        f"peak RSS: imports only {base:.1f} MB, verify {verify:.1f} MB, open {opened:.1f} MB",
        f"open / verify            ratio {opened / verify:6.3f}×",
        f"time: verify {verify_s:.2f} s, open {open_s:.2f} s",
        f"open above imports / package size   {(opened - base) / size_mb:6.3f}×",
        f"open ≤ 2 × verify + {CONSTANT_MB:g} MB = {limit:.1f} MB: "
        + ("ok" if opened <= limit else "MISSES"),
    ]
    return lines


if __name__ == "__main__":
    print("\n".join(main()))
