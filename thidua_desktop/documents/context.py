"""Domain records → the plain dicts templates are filled with (placeholder names in Vietnamese)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from thidua_desktop.domain import model as m
from thidua_desktop.domain.attendance_rules import GUEST, Presence, attendance_side, head_counts
from thidua_desktop.domain.checkin_code import person_code
from thidua_desktop.domain.line_breaks import keep_compounds
from thidua_desktop.domain.vntext import (
    fold,
    format_date_long,
    format_date_short,
    format_place_date,
    format_time,
    pad2,
)
from thidua_desktop.domain.voting import VoteResult

BLANK = "…………"  # what an office leaves to fill in by hand when the data is missing


@dataclass
class VoteData:
    """One vote with its award, tally (None before any ballot) and counting committee."""

    vote: m.Vote
    award: m.Award
    result: VoteResult | None
    committee: list[m.CountingMember] = field(default_factory=list)
    problem: str = ""  # why there is no result (data incomplete), in the user's words
    ballot_digest: str = ""  # SHA-256 of the saved ballots (domain.digest_text.ballot_digest)
    started_at: str = ""  # ISO time the first ballot (or total) was keyed, "" if not recorded
    # (reason, how many) of the invalid ballots keyed one by one, most frequent first
    invalid_reasons: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class ScoreData:
    """The year's criteria set with its criteria and scores."""

    criteria_set: m.CriteriaSet
    criteria: list[m.Criterion]
    scores: list[m.Score] = field(default_factory=list)


@dataclass
class ClusterData:
    """Everything a document of one cluster year (and optionally one conference) may quote."""

    cluster: m.Cluster
    year: m.Year
    units: list[m.Unit]  # active member units, in the cluster's order
    conference: m.Conference | None = None
    people: dict[int, m.Person] = field(default_factory=dict)
    attendance: list[m.Attendance] = field(default_factory=list)
    agenda: list[m.AgendaItem] = field(default_factory=list)
    speeches: dict[int, list[m.Speech]] = field(default_factory=dict)
    votes: list[VoteData] = field(default_factory=list)
    roles: list[m.YearRole] = field(default_factory=list)
    next_roles: list[m.YearRole] = field(default_factory=list)
    all_units: dict[int, m.Unit] = field(default_factory=dict)
    awards: list[m.Award] = field(default_factory=list)
    registrations: list[m.Registration] = field(default_factory=list)
    signatures: list[m.PledgeSignature] = field(default_factory=list)
    conferences: dict[int, m.Conference] = field(default_factory=dict)  # of the year, by id
    scores: ScoreData | None = None  # None: nothing scored this year
    legal_grounds: list[str] | None = None  # the year's own "Căn cứ" list (None: defaults)
    today: date | None = None

    def unit_name(self, unit_id: int | None) -> str:
        unit = self.all_units.get(unit_id) if unit_id is not None else None
        return unit.name if unit else ""

    def head(self, roles: list[m.YearRole] | None = None) -> m.Unit | None:
        for r in roles if roles is not None else self.roles:
            if r.role == m.YearRoleKind.HEAD:
                return self.all_units.get(r.unit_id)
        return None

    def deputies(self, roles: list[m.YearRole] | None = None) -> list[m.Unit]:
        found = [r for r in (roles if roles is not None else self.roles) if r.role == "deputy"]
        found.sort(key=lambda r: r.sort_order)
        return [self.all_units[r.unit_id] for r in found if r.unit_id in self.all_units]


def upper(text: str) -> str:
    return unicodedata.normalize("NFC", text).upper()


def lines(text: str) -> list[str]:
    """A multi-line field as a list of its non-empty lines (bullets stripped)."""
    out = []
    for raw in (text or "").splitlines():
        item = raw.strip().lstrip("-–•+*").strip()
        if item:
            out.append(item)
    return out


def role_titles(kind_label: str) -> tuple[str, str]:
    """("Trưởng khu vực", "Phó Trưởng khu vực") from "Khu vực thi đua" (Cụm, Khối alike)."""
    word = (kind_label or "Cụm thi đua").replace("thi đua", "").strip() or "Cụm"
    word = word[0].lower() + word[1:]
    return f"Trưởng {word}", f"Phó Trưởng {word}"


def person_phrase(name: str, title: str = "", org: str = "") -> str:
    """'Đồng chí Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Hà Giang'."""
    title = title.strip()
    # drop what the title already says: "Phó Vụ trưởng Vụ Thi đua – Khen thưởng" + "Vụ Thi
    # đua – Khen thưởng, Bộ Tư pháp" reads "… Khen thưởng, Bộ Tư pháp"
    org = ", ".join(p for p in org.split(",") if p.strip() and fold(p.strip()) not in fold(title))
    org = org.strip()
    tail = " ".join(x for x in (title, org) if x)
    return f"Đồng chí {name}" + (f", {tail}" if tail else "")


def doc_date(data: ClusterData) -> date:
    conf = data.conference
    return (conf.date if conf and conf.date else None) or data.today or date.today()


def doc_place(data: ClusterData) -> str:
    conf = data.conference
    if conf and conf.place:
        return conf.place
    return data.cluster.default_place


def recipients(data: ClusterData, extra: list[str] | None = None) -> list[str]:
    """'Nơi nhận' lines: '- …;' each, the last '- Lưu: VT, KVTĐ.'."""
    items = [*(extra or []), "Các đơn vị thành viên"]
    code = data.cluster.issuer_code or data.cluster.short_name
    return [f"{x};" for x in items] + [f"Lưu: VT{', ' + code if code else ''}."]


def common(data: ClusterData, number_text: str = "") -> dict[str, Any]:
    """Placeholders every template shares: header block, cluster, year, titles."""
    c = data.cluster
    head_title, deputy_title = role_titles(c.kind_label)
    d = doc_date(data)
    return {
        "co_quan_cap_tren": upper(c.parent_body),
        # the header's narrow column breaks between words, never inside "PHÍA BẮC"
        "co_quan": keep_compounds(upper(c.name)),
        "ten_cum": c.name,
        "loai_cum": c.kind_label,
        "so": number_text,
        "dia_danh_ngay": format_place_date(doc_place(data), d),
        "ngay": format_date_short(d),
        "ngay_dai": format_date_long(d),
        "nam": data.year.year,
        "chu_de": data.year.theme,
        "chuc_danh_truong": head_title,
        "chuc_danh_pho": deputy_title,
        "chuc_danh_truong_hoa": upper(head_title),
        "so_don_vi": pad2(len(data.units)),
        "noi_nhan": recipients(data),
    }


def conference_dict(data: ClusterData) -> dict[str, Any]:
    conf = data.conference
    if conf is None:
        return {}
    chair = person_phrase(conf.chair_name, conf.chair_title) if conf.chair_name else BLANK
    secretary = (
        person_phrase(conf.secretary_name, conf.secretary_title) if conf.secretary_name else BLANK
    )
    host = data.unit_name(conf.host_unit_id)
    return {
        "ten": conf.title or conf.kind.label,
        "loai": conf.kind.label,
        "ngay": format_date_short(conf.date) if conf.date else BLANK,
        "ngay_dai": format_date_long(conf.date) if conf.date else BLANK,
        "gio_bat_dau": format_time(conf.start_time) if conf.start_time else BLANK,
        "gio_ket_thuc": format_time(conf.end_time) if conf.end_time else BLANK,
        "dia_diem": ", ".join(
            x for x in (host, conf.place) if x and not (x == conf.place and fold(x) in fold(host))
        )
        or BLANK,
        "don_vi_dang_cai": host,
        "chu_toa": chair,
        "chu_toa_ten": conf.chair_name or "",
        "thu_ky": secretary,
        "thu_ky_ten": conf.secretary_name or "",
        "can_cu": f"Thực hiện {conf.decision_ref}." if conf.decision_ref else "",
        "ket_luan": lines(conf.summary),
    }


def attendance_counts(data: ClusterData) -> dict[str, Any]:
    """Guests and delegates, present/expected, member units present/absent: counted by the
    rule of the check-in page (domain.attendance_rules), so both say the same numbers."""
    listed = [
        (a, p)
        for a in data.attendance
        if (p := data.people.get(a.person_id)) is not None and (a.expected or a.present)
    ]
    counts = head_counts(
        (Presence(a.role, p.unit_id, a.expected, a.present) for a, p in listed),
        (u.id for u in data.units),
    )
    guests = [(a, p) for a, p in listed if attendance_side(a.role, p.unit_id) == GUEST]
    guests.sort(key=lambda ap: ap[0].role != m.AttendanceRole.CHAIR)  # who chairs comes first
    return {
        "khach_moi": [
            {
                "ho_ten": p.full_name,
                "chuc_vu": p.title,
                "co_quan": p.organization or data.unit_name(p.unit_id),
                "mo_ta": person_phrase(
                    p.full_name, p.title, p.organization or data.unit_name(p.unit_id)
                ),
                "co_mat": a.present,
                "chu_toa": a.role == m.AttendanceRole.CHAIR,
            }
            for a, p in guests
        ],
        "so_khach": pad2(counts.guests_expected),
        "so_khach_co_mat": pad2(counts.guests_present),
        "so_don_vi": pad2(_member_units(data)),
        "so_dai_bieu": pad2(counts.delegates_expected),
        "so_dai_bieu_co_mat": pad2(counts.delegates_present),
        "so_dai_bieu_vang": pad2(counts.delegates_expected - counts.delegates_present),
        "so_don_vi_co_mat": pad2(len(counts.units_present)),
        "don_vi_vang": [u.name for u in data.units if u.id not in counts.units_present],
    }


def _member_units(data: ClusterData) -> int:
    """The member units the conference counts against: the number it had when the member list
    changed afterwards (conferences.member_units), else the live list — as check-in counts."""
    conf = data.conference
    return conf.member_units if conf and conf.member_units is not None else len(data.units)


def agenda_list(data: ClusterData) -> list[dict[str, Any]]:
    out = []
    for i, item in enumerate(sorted(data.agenda, key=lambda a: (a.sort_order, a.id or 0)), 1):
        speeches = sorted(data.speeches.get(item.id or 0, []), key=lambda s: (s.sort_order, s.id))
        out.append(
            {
                "stt": i,
                "tieu_de": item.title,
                "trinh_bay": item.presenter,
                "gio": format_time(item.planned_time) if item.planned_time else "",
                "thoi_luong": item.duration_minutes,
                "ket_luan": item.conclusion,
                "phat_bieu": [
                    {
                        "ho_ten": s.speaker_name,
                        "chuc_vu": s.speaker_title,
                        "don_vi": s.organization or data.unit_name(s.unit_id),
                        "mo_ta": person_phrase(
                            s.speaker_name,
                            s.speaker_title,
                            s.organization or data.unit_name(s.unit_id),
                        ),
                        "y_kien": lines(s.points),
                    }
                    for s in speeches
                ],
            }
        )
    return out


def next_year(data: ClusterData) -> dict[str, Any]:
    head = data.head(data.next_roles)
    return {
        "nam_sau": data.year.year + 1,
        "truong_nam_sau": head.name if head else "",
        "pho_nam_sau": [u.name for u in data.deputies(data.next_roles)],
    }


def attendance_sheet_context(data: ClusterData) -> dict[str, Any]:
    """Expected people grouped by member unit (cluster order), guests first."""
    ctx = common(data)
    ctx["hoi_nghi"] = conference_dict(data)
    guests, by_unit = [], {}
    for a in data.attendance:
        person = data.people.get(a.person_id)
        if person is None or not (a.expected or a.present):
            continue
        row = {"ho_ten": person.full_name, "chuc_vu": person.title, "ma": person_code(person.id)}
        if a.role == m.AttendanceRole.GUEST or person.unit_id not in data.all_units:
            guests.append({**row, "don_vi": person.organization or data.unit_name(person.unit_id)})
        else:
            by_unit.setdefault(person.unit_id, []).append(row)
    groups = []
    if guests:
        groups.append({"don_vi": "Đại biểu khách mời", "dai_bieu": guests})
    order = [u.id for u in data.units] + [
        uid for uid in by_unit if uid not in {u.id for u in data.units}
    ]
    for uid in order:
        if uid in by_unit:
            groups.append({"don_vi": data.unit_name(uid), "dai_bieu": by_unit[uid]})
    ctx["nhom"] = groups
    return ctx


def agenda_context(data: ClusterData) -> dict[str, Any]:
    ctx = common(data)
    ctx["hoi_nghi"] = conference_dict(data)
    ctx["chuong_trinh"] = agenda_list(data)
    return ctx
