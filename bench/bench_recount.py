"""Times one keypad Enter on the votes page at 1,000 ballots × 30 candidates, against a Counter.

Measured through the page's own path (KeypadPanel): the re-count after each ballot (running
tally → result → tally table → chart) against a budget of 16 ms (one frame), plus the whole
Enter including the committed insert, and a full reload of the stack from the database.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections import Counter
from itertools import chain
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_median_ms as ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from thidua_desktop.domain import model as m  # noqa: E402
from thidua_desktop.services.container import Services  # noqa: E402
from thidua_desktop.ui.pages.vote_counting_panel import KeypadPanel  # noqa: E402
from thidua_desktop.ui.qt_workarounds import pin_singletons  # noqa: E402
from thidua_desktop.ui.undo import UndoableEdits  # noqa: E402

N_BALLOTS, N_CANDIDATES, QUOTA = 1000, 30, 3
BUDGET_MS = 16.0


def build(folder: Path) -> tuple[Services, int, list[str]]:
    """A cluster of N_BALLOTS members, a vote of N_CANDIDATES, N_BALLOTS - 1 ballots stored."""
    s = Services.open(folder / "bench.db")
    e = s.edits
    cluster = e.create(m.Cluster(name="Cụm thi đua đo tốc độ"))
    with e.transaction() as repo:  # bulk setup, not what is measured
        units = [
            repo.insert(m.Unit(cluster_id=cluster.id, name=f"Đơn vị thành viên số {i:04d}"))
            for i in range(1, N_BALLOTS + 1)
        ]
    year = e.create(m.Year(cluster_id=cluster.id, year=2016))
    conf = e.create(m.Conference(year_id=year.id, kind=m.ConferenceKind.YEAREND, title="HN"))
    award = e.create(m.Award(cluster_id=cluster.id, name="Cờ", quota=QUOTA, threshold_pct="50"))
    vote = s.votes.create_vote(
        conf.id, award.id, unit_ids=[u.id for u in units[:N_CANDIDATES]], present=N_BALLOTS
    )
    s.votes.set_counts(vote.id, issued=N_BALLOTS, returned=N_BALLOTS)
    rnd = random.Random(2016)
    typed = [
        " ".join(map(str, rnd.sample(range(1, N_CANDIDATES + 1), rnd.randint(0, QUOTA))))
        for _ in range(N_BALLOTS)
    ]
    with e.transaction() as repo:
        for seq, text in enumerate(typed[:-1], start=1):
            marks = ",".join(sorted(text.split(), key=int))
            repo.insert(m.BallotRecord(vote_id=vote.id, seq=seq, marks=marks))
    return s, vote.id, typed


def main() -> None:
    pin_singletons()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="thidua-bench-recount-"))
    services, vote_id, typed = build(folder)
    panel = KeypadPanel(services, UndoableEdits(services.edits))
    panel.resize(1200, 800)
    panel.show()
    t0 = time.perf_counter()
    panel.load(vote_id)
    load_ms = (time.perf_counter() - t0) * 1000
    session = panel.session
    assert session is not None and session.entered == N_BALLOTS - 1
    ballots = [b for b in session.tally.ballots]
    last = typed[-1]

    def floor() -> Counter[int]:
        # The bare minimum: count every valid mark of the stack, no rules, no text, no widgets.
        return Counter(chain.from_iterable(b.marks for b in ballots if b.invalid_reason is None))

    def recount() -> object:
        # What the page does after each Enter, without the database write.
        session.tally.add_ballot(session.tally.ballots[-1])
        result = panel.refresh_tally()
        app.processEvents()
        session.tally.remove_last()
        return result

    def enter_and_undo() -> None:
        # The whole keystroke as the secretary feels it: committed insert + re-count (+ undo).
        panel.submit(last)
        app.processEvents()
        panel.delete_ballot()

    rows = [
        ("bare Counter over the stack", ms(floor, 50)),
        ("page re-count per Enter", ms(recount, 100)),
        ("Enter incl. committed insert+undo", ms(enter_and_undo, 30)),
    ]
    floor_med = rows[0][1][1]
    print(f"{N_BALLOTS} ballots × {N_CANDIDATES} candidates, quota {QUOTA}; budget {BUDGET_MS} ms")
    print(f"{'':36}{'best ms':>10}{'median ms':>11}{'× floor':>9}")
    for label, (best, median) in rows:
        print(f"{label:36}{best:10.3f}{median:11.3f}{median / floor_med:9.2f}")
    recount_med = rows[1][1][1]
    verdict = "ok" if recount_med < BUDGET_MS else "MISSES"
    print(f"re-count per keystroke: {recount_med:.3f} ms of {BUDGET_MS} ms budget – {verdict}")
    print(f"opening the counting of {N_BALLOTS - 1} stored ballots: {load_ms:.1f} ms")
    panel.close()
    panel.deleteLater()
    app.processEvents()
    services.close()


if __name__ == "__main__":
    main()
