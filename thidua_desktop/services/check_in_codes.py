"""What a scanned check-in code means at a conference: the listed person, or the member unit."""

from __future__ import annotations

from dataclasses import dataclass

from thidua_desktop.domain import model as m
from thidua_desktop.domain.checkin_code import PERSON, decode, looks_like_code
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import nfc
from thidua_desktop.services.attendance import AttendanceService

__all__ = ["Scanned", "looks_like_code", "resolve_code"]


@dataclass(frozen=True)
class Scanned:
    """A code read at the door: a person on this conference's list (with their line), or a
    member unit (whose invitation was addressed to the unit, not to a name)."""

    code: str
    attendance: m.Attendance | None = None
    person: m.Person | None = None
    unit: m.Unit | None = None


def resolve_code(service: AttendanceService, conference_id: int, text: str) -> Scanned:
    """The record `text` names at this conference; anything else is refused with a sentence
    saying why (nothing is written here: checking in stays the page's undoable edit)."""
    shown = nfc(text)
    code = decode(text)
    if code is None:
        raise ValidationError(
            f"“{shown}” không phải mã điểm danh hợp lệ (máy quét đọc sai hoặc gõ nhầm): quét "
            "lại, hoặc gõ tên đại biểu.",
            "code",
        )
    cluster_id = service.cluster_of(conference_id)
    repo = service.repo
    if code.kind == PERSON:
        person = repo.find_one(m.Person, "id = ? AND cluster_id = ?", [code.record_id, cluster_id])
        if person is None:
            raise ValidationError(
                f"Mã {code.text} không phải của đại biểu nào trong tệp dữ liệu này.", "code"
            )
        att = repo.find_one(
            m.Attendance, "conference_id = ? AND person_id = ?", [conference_id, person.id]
        )
        if att is None:
            raise ValidationError(
                f"{person.full_name} (mã {code.text}) không có trong danh sách dự hội nghị "
                "này; nếu đúng là đại biểu, thêm bằng Ctrl+N.",
                "code",
            )
        return Scanned(code.text, attendance=att, person=person)
    unit = repo.find_one(
        m.Unit, "id = ? AND cluster_id = ? AND active", [code.record_id, cluster_id]
    )
    if unit is None:
        raise ValidationError(f"Mã {code.text} không phải của đơn vị nào trong cụm này.", "code")
    return Scanned(code.text, unit=unit)
