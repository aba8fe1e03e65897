"""The conference agenda and discussion: ordered items, their speakers and conclusions."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time, timedelta

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import fold, nfc
from thidua_desktop.services.editing import EditService

_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?)?\s*(?:phút|p)?\s*$", re.I)


def parse_clock(text: str) -> time | None:
    """A time as secretaries type it: "8:30", "08.30", "8h30", "8h", "14g" -> time; "" -> None."""
    if not text.strip():
        return None
    match = _CLOCK.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError(f"“{text}” không phải là giờ (ví dụ 8:30 hoặc 8h30).", "planned_time")


def parse_minutes(text: str) -> int:
    """A duration in whole minutes; "" -> 0."""
    text = text.strip().removesuffix("phút").strip()
    if not text:
        return 0
    if not text.isdigit():
        raise ValidationError(f"“{text}” không phải là số phút.", "duration_minutes")
    return int(text)


class AgendaService:
    """Agenda use cases; each write is one transaction with its audit entries."""

    def __init__(self, edits: EditService) -> None:
        self.edits = edits

    def items(self, conference_id: int) -> list[m.AgendaItem]:
        return self.edits.repo.find(
            m.AgendaItem, "conference_id = ?", [conference_id], "sort_order, id"
        )

    def speeches(self, item_id: int) -> list[m.Speech]:
        return self.edits.repo.find(m.Speech, "agenda_item_id = ?", [item_id], "sort_order, id")

    # -- building new records (not stored: the GUI stores them through its undo stack) ---------
    def new_item(self, conference_id: int, title: str, **fields: object) -> m.AgendaItem:
        """The next item; unless given, it starts when the last one ends (time + minutes)."""
        items = self.items(conference_id)
        last = items[-1] if items else None
        if "planned_time" not in fields and last and last.planned_time and last.duration_minutes:
            start = datetime.combine(date.min, last.planned_time)
            fields["planned_time"] = (start + timedelta(minutes=last.duration_minutes)).time()
        order = max((i.sort_order for i in items), default=0) + 1
        return m.AgendaItem(conference_id, title, sort_order=order, **fields)

    def new_speech(self, item_id: int, speaker_name: str, **fields: object) -> m.Speech:
        last = self.edits.repo.scalar(
            "SELECT max(sort_order) FROM speeches WHERE agenda_item_id = ?", [item_id]
        )
        return m.Speech(item_id, speaker_name, sort_order=(last or 0) + 1, **fields)

    def add_item(self, conference_id: int, title: str, **fields: object) -> m.AgendaItem:
        return self.edits.create(self.new_item(conference_id, title, **fields))

    def add_speech(self, item_id: int, speaker_name: str, **fields: object) -> m.Speech:
        return self.edits.create(self.new_speech(item_id, speaker_name, **fields))

    def speaker_place(self, cluster_id: int, text: str) -> tuple[int | None, str]:
        """(unit id, organization) for what was typed: a unit of the cluster by its folded
        name or short name, otherwise the speaker's organization as typed."""
        key = fold(text)
        if key:
            for unit in self.edits.repo.find(m.Unit, "cluster_id = ?", [cluster_id]):
                if key in (fold(unit.name), fold(unit.short_name)):
                    return unit.id, ""
        return None, nfc(text)

    def delete_item(self, item_id: int) -> tuple[m.AgendaItem, list[m.Speech]]:
        """Delete an item with its speeches; returns them so the deletion can be undone."""
        with self.edits.transaction() as repo:
            item = repo.get(m.AgendaItem, item_id)
            speeches = self.speeches(item_id)
            for speech in speeches:
                repo.delete(m.Speech, speech.id)
                self.edits.audit("delete", "Speech", speech.id, speech, None)
            repo.delete(m.AgendaItem, item_id)
            self.edits.audit("delete", "AgendaItem", item_id, item, None)
        return item, speeches

    def restore_item(self, item: m.AgendaItem, speeches: list[m.Speech]) -> m.AgendaItem:
        """Put back a deleted item and its speeches under their old ids."""
        with self.edits.transaction() as repo:
            saved = repo.insert(item)
            self.edits.audit("restore", "AgendaItem", saved.id, None, saved)
            for speech in speeches:
                repo.insert(speech)
                self.edits.audit("restore", "Speech", speech.id, None, speech)
        return saved

    # -- order ------------------------------------------------------------------------------
    def set_order(self, conference_id: int, item_ids: list[int]) -> list[m.AgendaItem]:
        """Number the items 1..n in the given order (every item of the conference, once)."""
        current = self.items(conference_id)
        if sorted(item_ids) != sorted(i.id for i in current):
            raise ValidationError("Thứ tự mới phải gồm đúng các mục của chương trình.")
        by_id = {i.id: i for i in current}
        with self.edits.transaction() as repo:
            for pos, item_id in enumerate(item_ids, start=1):
                item = by_id[item_id]
                if item.sort_order != pos:
                    before = item
                    item = repo.update(dataclasses.replace(before, sort_order=pos))
                    self.edits.audit("update", "AgendaItem", item_id, before, item)
        return self.items(conference_id)

    def move(self, item_id: int, to_index: int) -> list[m.AgendaItem]:
        """Move an item to position `to_index` (0-based, clamped) and renumber."""
        item = self.edits.repo.get(m.AgendaItem, item_id)
        ids = [i.id for i in self.items(item.conference_id)]
        ids.remove(item_id)
        ids.insert(max(0, min(to_index, len(ids))), item_id)
        return self.set_order(item.conference_id, ids)
