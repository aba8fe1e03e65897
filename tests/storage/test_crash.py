"""Power-cut safety: a writer killed with SIGKILL at random moments loses no acknowledged entry."""

from __future__ import annotations

import sys

import pytest

from tests.storage.crash_harness import kill_many


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_no_acknowledged_entry(tmp_path, capsys):
    db = tmp_path / "hall.db"
    report = kill_many(db, kills=30, seed=20161122)
    with capsys.disabled():
        print(
            f"\ncrash test: {report.kills} kills, {report.acknowledged} acknowledged entries, "
            f"{report.stored} stored"
        )
    assert report.problems == []
    assert report.kills == 30
    assert report.acknowledged > 0
    # Anything stored but not acknowledged can only be the entry committed just before the kill.
    assert report.acknowledged <= report.stored <= report.acknowledged + report.kills
