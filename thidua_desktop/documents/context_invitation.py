"""The invitation (giấy mời) of a conference: one copy per member unit and per guest, each with its QR."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from thidua_desktop.documents.context import (
    BLANK,
    ClusterData,
    common,
    conference_dict,
    person_phrase,
    upper,
)
from thidua_desktop.documents.pdf_common import keep_place_names
from thidua_desktop.documents.qr import qr_png
from thidua_desktop.domain import model as m
from thidua_desktop.domain.attendance_rules import DELEGATE, GUEST, attendance_side
from thidua_desktop.domain.checkin_code import person_code, unit_code
from thidua_desktop.domain.line_breaks import keep_years
from thidua_desktop.domain.vntext import format_date_long, nfc

WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
QR_WIDTH_MM = 24
LEADERS = "Lãnh đạo đơn vị"

# What each kind of conference asks the units to bring (the template may replace the list).
_BRING = {
    m.ConferenceKind.LAUNCH: [
        "Bản đăng ký danh hiệu thi đua năm {nam} của đơn vị",
        "Giấy giới thiệu của người được ủy quyền ký giao ước thi đua (nếu thủ trưởng vắng)",
    ],
    m.ConferenceKind.MIDYEAR: ["Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm"],
    m.ConferenceKind.YEAREND: [
        "Báo cáo tổng kết công tác thi đua, khen thưởng năm {nam} của đơn vị",
        "Bảng tự chấm điểm thi đua năm {nam} của đơn vị",
    ],
}
_THIS_PAPER = "Giấy mời này (mã QR dùng để điểm danh tại Hội nghị)"


def issue_date_line(data: ClusterData) -> str:
    """'Hòa Bình, ngày 10 tháng 11 năm 2016': the day it is made when that is before the
    conference; otherwise (a copy printed afterwards) the day and month are left to be written
    by hand, never a date the invitation was not issued on."""
    conf = data.conference
    place = (conf.place if conf and conf.place else "") or data.cluster.default_place
    today = data.today or date.today()
    held = conf.date if conf else None
    if held is None or today < held:
        long = format_date_long(today)
    else:
        long = f"ngày      tháng      năm {held.year}"
    return f"{nfc(place)}, {long}" if place else long[0].upper() + long[1:]


def _when(data: ClusterData, hn: dict[str, Any]) -> str:
    conf = data.conference
    if conf is None or conf.date is None:
        return BLANK
    day = f"{WEEKDAYS[conf.date.weekday()]}, {format_date_long(conf.date)}"
    return f"{hn['gio_bat_dau']}, {day}" if conf.start_time else day


def _contact(data: ClusterData, people: list[m.Person]) -> dict[str, str]:
    """The conference's secretary, with the phone on the person's record when one is kept."""
    conf = data.conference
    name = conf.secretary_name if conf else ""
    title = conf.secretary_title if conf else ""
    phone = ""
    if name:
        for p in people:
            if p.full_name == name and p.phone:
                phone = p.phone
                break
    described = person_phrase(name, title) if name else f"Đồng chí {BLANK}"
    return {
        "ho_ten": name,
        "chuc_vu": title,
        "dien_thoai": phone,
        "mo_ta": f"{described}, điện thoại: {phone or BLANK}",
    }


def _file_part(text: str) -> str:
    from thidua_desktop.domain.vntext import fold

    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))[:50]


def recipients(data: ClusterData) -> list[dict[str, Any]]:
    """Who receives a copy: each member unit (its delegates listed for the conference, else its
    head as recorded, else "Lãnh đạo đơn vị"), then each guest, in the list's order."""
    listed = [
        (a, p)
        for a in sorted(data.attendance, key=lambda a: a.id or 0)
        if (p := data.people.get(a.person_id)) is not None and (a.expected or a.present)
    ]
    out: list[dict[str, Any]] = []
    for unit in data.units:
        mine = [
            p
            for a, p in listed
            if p.unit_id == unit.id and attendance_side(a.role, p.unit_id) == DELEGATE
        ]
        if mine:
            invited = [person_phrase(p.full_name, p.title, unit.name) for p in mine]
        elif unit.head_name:
            invited = [person_phrase(unit.head_name, unit.head_title, unit.name)]
        else:
            invited = [LEADERS]
        out.append(
            {
                "khach": False,
                "kinh_gui": unit.name,
                "don_vi": unit.name,
                "thanh_phan": invited,
                "ma": unit_code(unit.id),  # type: ignore[arg-type]
                "ten_tep": _file_part(unit.short_name or unit.name),
            }
        )
    for a, p in listed:
        if attendance_side(a.role, p.unit_id) != GUEST:
            continue
        org = p.organization or data.unit_name(p.unit_id)
        out.append(
            {
                "khach": True,
                "kinh_gui": person_phrase(p.full_name, p.title, org),
                "don_vi": org,
                "thanh_phan": [],
                "ma": person_code(p.id),  # type: ignore[arg-type]
                "ten_tep": _file_part(p.full_name),
            }
        )
    return out


def invitation_context(
    data: ClusterData, number_text: str, scratch: Path, only: int | None = None
) -> dict[str, Any]:
    """The context of the invitation; `only` keeps the one recipient at that index (one file
    each), else every copy follows the other in one file. QR pictures go into `scratch`."""
    ctx = common(data, number_text)
    ctx["dia_danh_ngay"] = issue_date_line(data)
    hn = conference_dict(data)
    if hn:  # the title's last line never holds the year alone
        hn["ten"] = keep_years(hn["ten"])
    ctx["hoi_nghi"] = hn
    ctx["thoi_gian"] = _when(data, hn)
    year = data.year.year
    kind = data.conference.kind if data.conference else m.ConferenceKind.OTHER
    bring = [x.format(nam=year) for x in _BRING.get(kind, [])] + [_THIS_PAPER]
    decision = data.conference.decision_ref if data.conference else ""
    ctx["thuc_hien"] = f"Thực hiện {decision}, " if decision else ""
    ctx["lien_he"] = _contact(data, list(data.people.values()))
    head = data.head()
    ctx["nguoi_ky"] = {
        "ho_ten": head.head_name if head and head.head_name else "",
        "chuc_vu": head.head_title if head else "",
        # a place name never breaks between two lines of the signature block
        "chuc_vu_hoa": keep_place_names(
            upper(" ".join(x for x in (head.head_title, head.name) if x) if head else "")
        ),
        "don_vi": head.name if head else "",
    }
    code = data.cluster.issuer_code or data.cluster.short_name
    ctx["noi_nhan"] = ["Như trên;", f"Lưu: VT{', ' + code if code else ''}."]
    copies = recipients(data)
    if only is not None:
        copies = [copies[only]]
    for copy in copies:
        copy["mang_theo"] = [_THIS_PAPER] if copy["khach"] else bring
        png = qr_png(copy["ma"], scratch / f"qr-{copy['ma']}.png")
        copy["qr"] = {"__image__": str(png), "width_mm": QR_WIDTH_MM}
        del copy["ten_tep"]
    ctx["thu_moi"] = copies
    return ctx


def recipient_files(data: ClusterData) -> list[str]:
    """File name parts of the copies, in order: "01_so-tu-phap-tinh-ha-giang"."""
    return [f"{i:02d}_{r['ten_tep'] or 'giay-moi'}" for i, r in enumerate(recipients(data), 1)]


def name_cards_context(data: ClusterData, with_names: bool = False) -> dict[str, Any]:
    """The cards for the conference table: one per member unit and per guest body; with
    `with_names`, one per person listed (delegates under their unit, guests under their body)."""
    cards: list[dict[str, str]] = []
    listed = [
        (a, p)
        for a in sorted(data.attendance, key=lambda a: a.id or 0)
        if (p := data.people.get(a.person_id)) is not None and (a.expected or a.present)
    ]
    guests = [(a, p) for a, p in listed if attendance_side(a.role, p.unit_id) == GUEST]
    if with_names:
        for unit in data.units:
            for a, p in listed:
                if p.unit_id == unit.id and attendance_side(a.role, p.unit_id) == DELEGATE:
                    cards.append({"don_vi": unit.name, "ho_ten": p.full_name, "chuc_vu": p.title})
        for _, p in guests:
            org = p.organization or data.unit_name(p.unit_id)
            cards.append({"don_vi": org, "ho_ten": p.full_name, "chuc_vu": p.title})
    else:
        cards = [{"don_vi": u.name, "ho_ten": "", "chuc_vu": ""} for u in data.units]
        seen = {c["don_vi"] for c in cards}
        for _, p in guests:
            org = p.organization or data.unit_name(p.unit_id)
            if org and org not in seen:
                seen.add(org)
                cards.append({"don_vi": org, "ho_ten": "", "chuc_vu": ""})
    conf = data.conference
    return {"hoi_nghi": conf.title if conf else "", "the": cards}
