"""Times a full re-tally of 1,000 ballots × 30 candidates and keypad entry, against a bare Counter."""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

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


def make_stack(seed: int = 2016) -> tuple[list[Candidate], list[Ballot], Counts, VoteRules]:
    rnd = random.Random(seed)
    candidates = [Candidate(i, i, f"Đơn vị thành viên số {i}") for i in range(1, N_CANDIDATES + 1)]
    ballots = []
    for _ in range(N_BALLOTS):
        marks = frozenset(rnd.sample(range(1, N_CANDIDATES + 1), rnd.randint(0, QUOTA)))
        reason = InvalidReason.UNREADABLE if rnd.random() < 0.02 else None
        ballots.append(Ballot(marks, reason))
    counts = Counts(N_BALLOTS, N_BALLOTS, N_BALLOTS, N_BALLOTS)
    return candidates, ballots, counts, VoteRules("50", ">=", "returned", QUOTA, "2/3")


def best_ms(fn: Callable[[], object], repeat: int = 30) -> tuple[float, float]:
    """(best, median) wall time of one call, in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times)


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

    def keystroke_floor() -> object:
        c = Counter()
        c.update(last.marks)
        return c

    f_best, f_med = best_ms(floor)
    t_best, t_med = best_ms(full)
    k_best, k_med = best_ms(keystroke, repeat=200)
    kf_best, kf_med = best_ms(keystroke_floor, repeat=200)
    print(f"{N_BALLOTS} ballots × {N_CANDIDATES} candidates, quota {QUOTA} (budget {BUDGET_MS} ms)")
    print(f"{'':34}{'best ms':>10}{'median ms':>12}{'× floor':>10}")
    print(f"{'floor: Counter over marks':34}{f_best:10.3f}{f_med:12.3f}{1:10.1f}")
    print(f"{'tally_ballots (full re-tally)':34}{t_best:10.3f}{t_med:12.3f}{t_med / f_med:10.1f}")
    print(f"{'floor: Counter.update one ballot':34}{kf_best:10.4f}{kf_med:12.4f}{1:10.1f}")
    print(
        f"{'RunningTally add+result (per key)':34}{k_best:10.3f}{k_med:12.3f}{k_med / kf_med:10.1f}"
    )
    print(
        f"full re-tally uses {t_med / BUDGET_MS:.0%} of the 16 ms frame budget; "
        f"per keystroke {k_med:.3f} ms"
    )


if __name__ == "__main__":
    main()
