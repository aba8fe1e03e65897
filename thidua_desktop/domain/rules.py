"""Field rules every record must satisfy before it is stored, with messages a secretary reads."""

from __future__ import annotations

from typing import Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError

__all__ = ["validate"]


# (class, field) -> what the field is called in messages
REQUIRED_TEXT: dict[type, dict[str, str]] = {
    m.Cluster: {"name": "Tên cụm/khối thi đua"},
    m.Unit: {"name": "Tên đơn vị"},
    m.Conference: {"title": "Tên hội nghị"},
    m.Person: {"full_name": "Họ và tên"},
    m.AgendaItem: {"title": "Nội dung chương trình"},
    m.Speech: {"speaker_name": "Người phát biểu"},
    m.Award: {"name": "Tên danh hiệu/hình thức khen thưởng"},
    m.CriteriaSet: {"name": "Tên bảng tiêu chí"},
    m.Criterion: {"title": "Tên tiêu chí"},
    m.CountingMember: {"full_name": "Họ tên thành viên Ban kiểm phiếu"},
}


# Closed lists and lower bounds the schema's CHECKs hold, said before the database says them.
_RULES = ("members", "present", "returned", "valid")
CHOICES: dict[type, dict[str, tuple[Any, ...]]] = {
    m.Award: {"comparison": (">=", ">"), "base": _RULES},
    m.Vote: {
        "comparison": (">=", ">"),
        "base": _RULES,
        "entry_mode": ("ballots", "totals"),
        "status": ("open", "closed"),
    },
    m.BallotRecord: {"entry_pass": (1, 2)},
    m.CountingMember: {"role": ("chief", "member")},
}
MINIMUMS: dict[type, dict[str, int]] = {
    m.Vote: {
        "round_no": 1,
        "members_count": 0,
        "present_count": 0,
        "ballots_issued": 0,
        "ballots_returned": 0,
        "totals_valid": 0,
        "totals_invalid": 0,
    },
    m.Candidate: {"number": 1},
    m.BallotRecord: {"seq": 1},
    m.VoteTotal: {"votes": 0},
}


def validate(obj: Any) -> None:
    """Raise ValidationError naming the first field that breaks a rule."""
    cls = type(obj)
    for field, allowed in CHOICES.get(cls, {}).items():
        if getattr(obj, field) not in allowed:
            shown = ", ".join(map(str, allowed))
            value = str(getattr(obj, field))[:40]
            raise ValidationError(f"giá trị “{value}” không hợp lệ: chọn {shown}", field)
    for field, least in MINIMUMS.get(cls, {}).items():
        if getattr(obj, field) < least:
            raise ValidationError(f"phải từ {least} trở lên (đang là {getattr(obj, field)})", field)
    for field, label in REQUIRED_TEXT.get(cls, {}).items():
        if not str(getattr(obj, field) or "").strip():
            raise ValidationError(f"{label} không được để trống.", field)
    if isinstance(obj, m.Year) and not 1945 <= obj.year <= 2200:
        raise ValidationError(f"Năm {obj.year} không hợp lệ.", "year")
    if isinstance(obj, m.Award | m.Vote):
        from thidua_desktop.domain.voting_rules import parse_percent

        parse_percent(obj.threshold_pct, "threshold_pct")
        parse_percent(obj.quorum_pct, "quorum_pct")
        if obj.quota < 1:
            raise ValidationError("Số suất phải ít nhất là 1.", "quota")
    if isinstance(obj, m.Conference) and obj.start_time and obj.end_time:
        if obj.end_time < obj.start_time:
            raise ValidationError("Giờ kết thúc sớm hơn giờ bắt đầu.", "end_time")
    if isinstance(obj, m.Criterion) and obj.max_points < 0:
        raise ValidationError("Điểm tối đa không được âm.", "max_points")
