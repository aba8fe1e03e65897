"""Conferences keep the number of member units they had when the member list changes."""

from __future__ import annotations

from datetime import date

from thidua_desktop.storage.repositories import Repository


def record_member_units(repo: Repository, cluster_id: int, before: date) -> int:
    """Write down on each conference of the cluster held before `before` (and not written yet)
    the number of member units it had: the count now, called just before the list changes.

    Stored, not derived: units carry no joining or leaving date, so once the list changes the
    number a past conference had can no longer be computed. A conference of today or later, or
    without a date, follows the live list. Returns how many conferences were written.
    """
    return repo.db.execute(
        "UPDATE conferences SET member_units = (SELECT count(*) FROM units WHERE cluster_id = ? "
        "AND active AND is_member) WHERE member_units IS NULL AND date IS NOT NULL AND date < ? "
        "AND year_id IN (SELECT id FROM years WHERE cluster_id = ?)",
        [cluster_id, before.isoformat(), cluster_id],
    ).rowcount
