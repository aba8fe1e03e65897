"""Other programs reading the live database beside a writer that is then killed lose nothing."""

from __future__ import annotations

import sys

import pytest

from tests.storage.crash_harness import kill_many


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_neighbour_programs_and_a_killed_writer_lose_no_acknowledged_entry(tmp_path, capsys):
    db = tmp_path / "hall.db"
    report = kill_many(db, kills=4, seed=20161123, neighbours=True, longest=1.0)
    with capsys.disabled():
        print(
            f"\nneighbour test: {report.kills} kills, {report.neighbours} neighbour programs, "
            f"{report.acknowledged} acknowledged, {report.stored} stored"
        )
    assert report.problems == []
    assert report.lost == 0
    assert report.kills == 4 and report.neighbours >= 4
    assert report.acknowledged > 0
    assert report.acknowledged <= report.stored <= report.acknowledged + report.kills
