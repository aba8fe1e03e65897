"""Kill-at-random harness: a writer process enters ballots (acknowledging each after commit) and
is killed with SIGKILL at random moments; afterwards every acknowledged entry must be there.

With `neighbours`, other programs open, read and close the file meanwhile (Python's sqlite3,
the `thidua export-json` command, a plain byte copy), and the writer itself checks and opens
its own file again between entries, as printing and background jobs do.

Used by tests/storage/test_crash.py (30 kills), tests/storage/test_neighbours.py,
bench/crash_kill.py and bench/kill_neighbours.py (200 kills each).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WRITER = r"""
import sys
from pathlib import Path
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services

s = Services.open(Path(sys.argv[1]), actor="crash-writer", exclusive=True)
with s.edits.transaction() as repo:
    vote = repo.find_one(m.Vote, "1=1")
    if vote is None:
        c = repo.insert(m.Cluster(name="Cụm thi đua thử mất điện"))
        y = repo.insert(m.Year(cluster_id=c.id, year=2016))
        conf = repo.insert(m.Conference(year_id=y.id, kind=m.ConferenceKind.YEAREND, title="HN"))
        award = repo.insert(m.Award(cluster_id=c.id, name="Cờ thi đua"))
        vote = repo.insert(m.Vote(conference_id=conf.id, award_id=award.id))
seq = (s.repo.scalar("SELECT max(seq) FROM ballots") or 0) + 1
neighbourly = len(sys.argv) > 2
if neighbourly:
    from thidua_desktop.storage.database import check_sqlite_file
print("ready", flush=True)
while True:
    s.edits.create(m.BallotRecord(vote_id=vote.id, seq=seq, marks=f"{seq % 5 + 1}"))
    print(f"ack {seq}", flush=True)
    if neighbourly:  # what printing a ballot paper or a background job does in the app
        check_sqlite_file(Path(sys.argv[1]))
        if seq % 5 == 0:
            Services.open(Path(sys.argv[1]), actor="job").close()
    seq += 1
"""

# Programs that open, read and close the database beside the writer.
NEIGHBOURS = {
    "sqlite3": [
        "-c",
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM ballots').fetchall(); c.close()",
        "{db}",
    ],
    "export-json": ["-m", "thidua_desktop.cli", "--db", "{db}", "export-json", "-o", "{out}"],
    "copy": [
        "-c",
        "import sys; data = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(data)",
        "{db}",
        "{out}",
    ],
}


@dataclass
class CrashReport:
    kills: int = 0
    acknowledged: int = 0
    stored: int = 0
    neighbours: int = 0  # neighbour programs run beside the writer
    lost: int = 0  # acknowledged but not stored
    problems: list[str] = field(default_factory=list)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def neighbour_command(kind: str, db: Path) -> list[str]:
    out = db.with_name(f"neighbour-{kind}.out")
    return [sys.executable, *(a.format(db=db, out=out) for a in NEIGHBOURS[kind])]


def run_neighbours(db: Path, rnd: random.Random, stop: threading.Event) -> int:
    """Start neighbour programs one after another at random moments until `stop`; how many."""
    ran = 0
    while not stop.wait(rnd.uniform(0.0, 0.05)):
        kind = rnd.choice(sorted(NEIGHBOURS))
        subprocess.run(neighbour_command(kind, db), capture_output=True, env=_env(), timeout=60)
        ran += 1
    return ran


def run_once(
    db: Path, rnd: random.Random, acked: set[int], neighbours: bool = False, longest: float = 0.25
) -> int:
    """Start the writer, let it work a random while, SIGKILL it, collect its acknowledgements.

    Returns how many neighbour programs ran meanwhile."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), *(["neighbours"] if neighbours else [])],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    deadline = time.monotonic() + 60
    while "ready\n" not in lines and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    stop, ran = threading.Event(), [0]
    side = threading.Thread(
        target=lambda: ran.__setitem__(0, run_neighbours(db, random.Random(rnd.random()), stop))
    )
    if neighbours:
        side.start()
    time.sleep(rnd.uniform(0.0, longest))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    if neighbours:
        side.join()
    reader.join(10)
    err = proc.stderr.read()
    if proc.returncode != -signal.SIGKILL:
        raise RuntimeError(f"writer ended by itself ({proc.returncode}): {err[-2000:]}")
    acked.update(int(x.split()[1]) for x in lines if x.startswith("ack "))
    return ran[0]


def check(db: Path, acked: set[int]) -> list[str]:
    """Integrity, every acknowledged ballot present, the audit chain intact."""
    from thidua_desktop.services.audit import first_broken_link
    from thidua_desktop.storage.database import open_database
    from thidua_desktop.storage.repositories import Repository

    problems = []
    conn = sqlite3.connect(db)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            problems.append(f"integrity_check: {result[:3]}")
        stored = {r[0] for r in conn.execute("SELECT seq FROM ballots")}
    finally:
        conn.close()
    missing = sorted(acked - stored)
    if missing:
        problems.append(f"acknowledged but missing: {missing[:10]} ({len(missing)})")
    db_ = open_database(db)
    try:
        broken = first_broken_link(Repository(db_))
    finally:
        db_.conn.close()
    if broken is not None:
        problems.append(f"audit chain broken at {broken}")
    return problems


def kill_many(
    db: Path, kills: int, seed: int = 1, neighbours: bool = False, longest: float = 0.25
) -> CrashReport:
    rnd = random.Random(seed)
    acked: set[int] = set()
    report = CrashReport()
    for _ in range(kills):
        report.neighbours += run_once(db, rnd, acked, neighbours, longest)
        report.kills += 1
        report.problems += check(db, acked)
        if report.problems:
            break
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("SELECT seq FROM ballots")}
    conn.close()
    report.stored = len(stored)
    report.acknowledged = len(acked)
    report.lost = len(acked - stored)
    return report
