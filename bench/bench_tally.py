"""Times a full re-tally of 1,000 ballots × 30 candidates and keypad entry, against a bare Counter."""

from __future__ import annotations

import random
import sys
from collections import Counter
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_median_ms as best_ms  # noqa: E402

from thidua_desktop.domain.voting import (  # noqa: E402
    Ballot,
    Candidate,
    Counts,
    InvalidReason,
    RunningTally,
    VoteRules,
    tally_ballots,
)

N_BALLOTS, N_CANDIDATES, QUOTA = 1000, 30, 3
BUDGET_MS = 16.0


def make_stack(
    seed: int = 2016, n_ballots: int = N_BALLOTS
) -> tuple[list[Candidate], list[Ballot], Counts, VoteRules]:
    rnd = random.Random(seed)
    candidates = [Candidate(i, i, f"Đơn vị thành viên số {i}") for i in range(1, N_CANDIDATES + 1)]
    ballots = []
    for _ in range(n_ballots):
        marks = frozenset(rnd.sample(range(1, N_CANDIDATES + 1), rnd.randint(0, QUOTA)))
        reason = InvalidReason.UNREADABLE if rnd.random() < 0.02 else None
        ballots.append(Ballot(marks, reason))
    counts = Counts(n_ballots, n_ballots, n_ballots, n_ballots)
    return candidates, ballots, counts, VoteRules("50", ">=", "returned", QUOTA, "2/3")


def main() -> None:
    candidates, ballots, counts, rules = make_stack()

    def floor() -> Counter[int]:
        # The bare minimum: count the valid marks, no rules, no checks, no text.
        return Counter(chain.from_iterable(b.marks for b in ballots if b.invalid_reason is None))

    def full() -> object:
        return tally_ballots(candidates, ballots, counts, rules)

    running = RunningTally(candidates, counts, rules)
    for b in ballots[:-1]:
        running.add_ballot(b)
    last = ballots[-1]

    def keystroke() -> object:
        # What one "Enter" on the keypad costs: add the ballot, refresh the result, undo.
        running.add_ballot(last)
        result = running.result()
        running.remove_last()
        return result

    def add_only() -> None:
        running.add_ballot(last)
        running.remove_last()

    rows = [
        ("floor: Counter over all marks", best_ms(floor)),
        ("tally_ballots (full re-tally)", best_ms(full)),
        ("RunningTally add+undo only", best_ms(add_only, repeat=300)),
        ("RunningTally add+result (per key)", best_ms(keystroke, repeat=300)),
    ]
    floor_med = rows[0][1][1]
    print(f"{N_BALLOTS} ballots × {N_CANDIDATES} candidates, quota {QUOTA}; budget {BUDGET_MS} ms")
    print(f"{'':36}{'best ms':>10}{'median ms':>11}{'× floor':>9}")
    for label, (best, median) in rows:
        print(f"{label:36}{best:10.3f}{median:11.3f}{median / floor_med:9.2f}")
    full_med, key_med = rows[1][1][1], rows[3][1][1]
    print(
        f"full re-tally: {full_med:.3f} ms = {full_med / BUDGET_MS:.0%} of the budget; "
        f"per keystroke: {key_med:.3f} ms"
    )


if __name__ == "__main__":
    main()
