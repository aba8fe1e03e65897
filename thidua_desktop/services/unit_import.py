"""Importing the member list from Excel: a preview plan first, then one transaction (undoable).

An import adds and updates; it never erases: a blank cell leaves the stored value alone.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from thidua_desktop.domain import model as m
from thidua_desktop.domain.vntext import fold, nfc
from thidua_desktop.services.editing import EditService
from thidua_desktop.services.excel import Column, read_records, write_rows, yes_no
from thidua_desktop.services.member_counts import record_member_units

UNIT_COLUMNS: tuple[Column, ...] = (
    Column("name", "Tên đơn vị", ("ten", "ten don vi", "don vi", "co quan"), required=True),
    Column("short_name", "Tên viết tắt", ("viet tat", "ten tat")),
    Column("kind", "Loại đơn vị", ("loai", "loai hinh")),
    Column("head_name", "Thủ trưởng", ("ho ten thu truong", "ho va ten", "lanh dao")),
    Column("head_title", "Chức vụ", ("chuc vu thu truong", "chuc danh")),
    Column("province", "Tỉnh/thành phố", ("tinh", "tinh/thanh", "tinh thanh", "dia ban")),
    Column("is_member", "Thành viên", ("la thanh vien", "thanh vien cum")),
    Column("active", "Đang hoạt động", ("hoat dong", "con hoat dong")),
)
TEXT_FIELDS = ("name", "short_name", "kind", "head_name", "head_title", "province")
FLAG_FIELDS = ("is_member", "active")


@dataclass
class LegacyCell:
    """A cell typed in an old font encoding, and what it reads as in Unicode."""

    row: int
    field: str
    before: str
    after: str
    encoding: str


@dataclass
class UnitImportPlan:
    """What confirming the import will do; nothing has been written yet."""

    cluster_id: int
    added: list[m.Unit] = field(default_factory=list)
    changed: list[tuple[m.Unit, m.Unit]] = field(default_factory=list)  # (now, after import)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # (row, name, reason)
    legacy: list[LegacyCell] = field(default_factory=list)
    unchanged: int = 0

    @property
    def has_writes(self) -> bool:
        return bool(self.added or self.changed)


@dataclass
class UnitImportOutcome:
    """What an applied import wrote, kept so it can be undone and redone exactly."""

    created: list[m.Unit]
    before: list[m.Unit]
    after: list[m.Unit]


def legacy_fix(text: str) -> tuple[str, str] | None:
    """(Unicode text, encoding name) when `text` looks like TCVN3/VNI mojibake, else None."""
    from thidua_desktop.domain.legacy_encodings import to_unicode

    converted, encoding = to_unicode(text)
    if encoding is None or converted == text:
        return None
    return nfc(converted), encoding


class UnitImporter:
    """Reads a sheet into a plan, applies it in one transaction, reverts it for undo."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits
        self.repo = edits.repo

    def read(self, path: str | Path, cluster_id: int, *, convert_legacy: bool = True):
        return self.plan(cluster_id, read_records(path, UNIT_COLUMNS), convert_legacy)

    def plan(
        self, cluster_id: int, records: list[tuple[int, dict[str, str]]], convert_legacy: bool
    ) -> UnitImportPlan:
        plan = UnitImportPlan(cluster_id)
        existing = {
            fold(u.name): u
            for u in self.repo.find(m.Unit, "cluster_id = ?", [cluster_id], order_by="sort_order")
        }
        seen: set[str] = set()
        top = self.repo.scalar(
            "SELECT max(sort_order) FROM units WHERE cluster_id = ?", [cluster_id]
        )
        next_order = 0 if top is None else int(top) + 1
        for row_no, values in records:
            text: dict[str, str] = {}
            for name in TEXT_FIELDS:
                if name not in values:
                    continue
                value = nfc(values[name])
                fixed = legacy_fix(value) if value else None
                if fixed:
                    plan.legacy.append(LegacyCell(row_no, name, value, fixed[0], fixed[1]))
                    if convert_legacy:
                        value = fixed[0]
                text[name] = value
            name = text.get("name", "")
            if not name:
                plan.rejected.append((row_no, "", "thiếu tên đơn vị"))
                continue
            flags: dict[str, bool] = {}
            bad = [f for f in FLAG_FIELDS if f in values and yes_no(values[f]) is None]
            if bad:
                shown = ", ".join(f"«{values[f]}»" for f in bad)
                plan.rejected.append(
                    (row_no, name, f"giá trị {shown} không hiểu được (ghi x/có hoặc để trống)")
                )
                continue
            for f in FLAG_FIELDS:  # an empty cell keeps what is there (new units: yes)
                if f in values and values[f].strip():
                    flags[f] = bool(yes_no(values[f]))
            key = fold(name)
            if key in seen:
                plan.rejected.append((row_no, name, "tên đơn vị lặp lại trong tệp"))
                continue
            seen.add(key)
            current = existing.get(key)
            if current is None:
                plan.added.append(
                    m.Unit(cluster_id=cluster_id, sort_order=next_order, **text, **flags)
                )
                next_order += 1
                continue
            text.pop("name")  # matched by name: the stored spelling stays
            # a blank cell is "not given", never "erase": the stored value stays (clearing a
            # field is done in the app, where it is seen)
            given = {f: value for f, value in text.items() if value}
            after = dataclasses.replace(current, **given, **flags)
            if after == current:
                plan.unchanged += 1
            else:
                plan.changed.append((current, after))
        return plan

    def apply(self, plan: UnitImportPlan) -> UnitImportOutcome:
        """Write the plan as one user action (all rows or none); conferences already held keep
        the member count they had."""
        with self.edits.transaction() as repo:
            if plan.has_writes:
                record_member_units(repo, plan.cluster_id, date.today())
            created = [repo.insert(u) for u in plan.added]
            after = [repo.update(a) for _, a in plan.changed]
            self._audit("import", len(created), len(after))
        return UnitImportOutcome(created, [b for b, _ in plan.changed], after)

    def revert(self, outcome: UnitImportOutcome) -> None:
        with self.edits.transaction() as repo:
            for u in outcome.created:
                repo.delete(m.Unit, u.id)
            for u in outcome.before:
                repo.update(u)
            self._audit("undo import", len(outcome.created), len(outcome.before))

    def reapply(self, outcome: UnitImportOutcome) -> None:
        with self.edits.transaction() as repo:
            for u in outcome.created:
                repo.insert(u)
            for u in outcome.after:
                repo.update(u)
            self._audit("import", len(outcome.created), len(outcome.after))

    def _audit(self, action: str, added: int, changed: int) -> None:
        self.edits.audit(action, "Unit", None, None, {"added": added, "changed": changed})


def export_units(path: str | Path, units: list[m.Unit]) -> Path:
    """The member list as .xlsx with the same columns the import reads."""

    def cell(u: m.Unit, name: str) -> str:
        value = getattr(u, name)
        return value if name not in FLAG_FIELDS else ("x" if value else "không")

    rows = [[cell(u, c.field) for c in UNIT_COLUMNS] for u in units]
    return write_rows(path, [c.header for c in UNIT_COLUMNS], rows)
