"""Generic edits (create / update / delete / restore), each one transaction with an audit entry."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.rules import validate
from thidua_desktop.domain.vntext import nfc
from thidua_desktop.services import audit
from thidua_desktop.services.member_counts import record_member_units
from thidua_desktop.storage.repositories import Repository

T = TypeVar("T")

UNIQUE_MESSAGES = {
    "units.cluster_id, units.name": "Đã có một đơn vị cùng tên trong cụm.",
    "years.cluster_id, years.year": "Năm này đã có trong cụm.",
    "year_roles.year_id, year_roles.unit_id": "Đơn vị này đã có vai trò trong năm.",
    "attendance.conference_id, attendance.person_id": "Người này đã có trong danh sách dự.",
    "awards.cluster_id, awards.name": "Đã có danh hiệu cùng tên.",
    "pledge_signatures.year_id, pledge_signatures.unit_id": "Đơn vị đã có dòng ký giao ước.",
    "registrations.year_id, registrations.unit_id, registrations.award_id": (
        "Đơn vị đã đăng ký danh hiệu này."
    ),
    "candidates.vote_id, candidates.number": "Số thứ tự ứng cử đã được dùng.",
    "candidates.vote_id, candidates.unit_id": "Đơn vị đã có trong danh sách ứng cử.",
    "scores.criterion_id, scores.unit_id": "Đã có điểm của đơn vị cho tiêu chí này.",
}


def integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    match = re.search(r"UNIQUE constraint failed: (.+)$", text)
    if match:
        return UNIQUE_MESSAGES.get(match.group(1), f"Dữ liệu bị trùng ({match.group(1)}).")
    if "FOREIGN KEY" in text:
        return (
            "Bản ghi đang được dùng ở nơi khác hoặc tham chiếu tới bản ghi không tồn tại; "
            "hãy xóa/sửa các dữ liệu liên quan trước (hoặc ngừng sử dụng thay vì xóa)."
        )
    if "CHECK constraint" in text:
        return f"Giá trị không hợp lệ ({text.split(':')[-1].strip()})."
    if "NOT NULL" in text:
        return f"Thiếu giá trị bắt buộc ({text.split(':')[-1].strip()})."
    return f"Dữ liệu không hợp lệ: {text}"


# Free-text fields whose line breaks matter (one commitment / point a line).
MULTILINE_FIELDS = frozenset(
    {"pledge_content", "points", "summary", "conclusion", "notes", "note", "regulation"}
)


def normalized(obj: T) -> T:
    """Copy with every string field in NFC, trimmed (text enters the store only this way)."""
    changes = {
        f.name: nfc(getattr(obj, f.name), multiline=f.name in MULTILINE_FIELDS)
        for f in dataclasses.fields(obj)  # type: ignore[arg-type]
        if isinstance(getattr(obj, f.name), str) and f.name not in ("content",)
    }
    return dataclasses.replace(obj, **changes)  # type: ignore[type-var]


class EditService:
    """Every user edit goes through here: validated, normalised, committed, audited."""

    def __init__(self, repo: Repository, actor: str = "") -> None:
        self.repo = repo
        self.actor = actor
        # Called with each record about to be written (and, for updates, with what it was):
        # raises to refuse, e.g. a record of an archived year. Set by Services.
        self.guard: Callable[[Any], None] | None = None

    def _check(self, *objs: Any) -> None:
        if self.guard is not None:
            for obj in objs:
                self.guard(obj)

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """One user action: all of it or nothing; database constraint errors become messages."""
        try:
            with self.repo.db.atomic():
                yield self.repo
        except sqlite3.IntegrityError as exc:
            raise ValidationError(integrity_message(exc)) from exc

    def audit(self, action: str, entity: str, entity_id: int | None, before=None, after=None):
        return audit.record(self.repo, action, entity, entity_id, before, after, self.actor)

    def _before_member_list_change(self, obj: object) -> None:
        """A unit is about to be added, changed or removed: conferences already held write down
        the member units they had, so their headline ("28/28 đơn vị") never changes after."""
        from thidua_desktop.domain import model as m

        if isinstance(obj, m.Unit):
            record_member_units(self.repo, obj.cluster_id, date.today())

    def create(self, obj: T) -> T:
        obj = normalized(obj)
        validate(obj)
        self._check(obj)
        with self.transaction() as repo:
            self._before_member_list_change(obj)
            saved = repo.insert(obj)
            self.audit("create", type(obj).__name__, saved.id, None, saved)  # type: ignore[attr-defined]
        return saved

    def update(self, obj: T) -> T:
        obj = normalized(obj)
        validate(obj)
        with self.transaction() as repo:
            before = repo.get(type(obj), obj.id)  # type: ignore[attr-defined]
            self._check(before, obj)
            self._before_member_list_change(obj)
            saved = repo.update(obj)
            if before != saved:
                self.audit("update", type(obj).__name__, saved.id, before, saved)
        return saved

    def change(self, cls: type[T], id_: int, **fields: Any) -> T:
        """Update some fields of a stored record (what an edited table cell does)."""
        current = self.repo.get(cls, id_)
        return self.update(dataclasses.replace(current, **fields))  # type: ignore[type-var]

    def delete(self, cls: type[T], id_: int) -> T:
        """Delete and return what was deleted (so the UI can offer undo through restore)."""
        with self.transaction() as repo:
            before = repo.get(cls, id_)
            self._check(before)
            self._before_member_list_change(before)
            repo.delete(cls, id_)
            self.audit("delete", cls.__name__, id_, before, None)
        return before

    def restore(self, obj: T) -> T:
        """Put back a deleted record under its old id (undo of delete)."""
        self._check(obj)
        with self.transaction() as repo:
            self._before_member_list_change(obj)
            saved = repo.insert(obj)
            self.audit("restore", type(obj).__name__, saved.id, None, saved)  # type: ignore[attr-defined]
        return saved
