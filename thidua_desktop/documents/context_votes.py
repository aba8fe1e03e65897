"""Contexts of the vote documents: minutes, counting minutes, nomination letter."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from thidua_desktop.documents.context import (
    BLANK,
    ClusterData,
    VoteData,
    agenda_list,
    attendance_counts,
    common,
    conference_dict,
    next_year,
    person_phrase,
    recipients,
    upper,
)
from thidua_desktop.documents.context_nomination import (
    achievements,
    letter_grounds,
    vote_qualifier,
)
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.domain.vntext import fold, format_date_long, format_time, pad2
from thidua_desktop.domain.voting import Status
from thidua_desktop.domain.voting_text import threshold_phrase

BLANK_TIME = "…… giờ …… phút"  # a clock time the records do not give, to write by hand
_NUMBER_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]


def rule_text(vd: VoteData) -> str:
    """'đạt từ 70% số phiếu đồng ý trở lên trên tổng số đơn vị thành viên, tối đa 02 đơn vị'."""
    v = vd.vote
    pct = threshold_phrase(vd.result.rules) if vd.result else f"≥ {v.threshold_pct}%"
    pct = pct.replace("≥ ", "").replace("> ", "")
    label = vd.result.base_label if vd.result else v.base
    phrase = f"từ {pct} trở lên" if v.comparison == ">=" else f"trên {pct}"
    return f"đơn vị đạt {phrase} số phiếu đồng ý tính trên {label}, tối đa {pad2(v.quota)} đơn vị"


def vote_dict(vd: VoteData, year: int, conf_date: date | None = None) -> dict[str, Any]:
    v, r = vd.vote, vd.result
    title = v.title or f"bình xét, suy tôn {vd.award.name} năm {year}"
    if v.round_no > 1:
        title += f" (vòng {v.round_no})"
    committee = sorted(vd.committee, key=lambda c: (c.role != "chief", c.sort_order, c.id or 0))
    chief = next((c for c in committee if c.role == "chief"), None)
    rows = []
    if r is not None:
        for i, row in enumerate(r.ranked_rows(), 1):
            rows.append(
                {
                    "stt": i,
                    "so_tren_phieu": row.candidate.number,
                    "don_vi": row.candidate.name,
                    "so_phieu": pad2(row.votes),
                    "ty_le": row.percent_text,
                    "trich_dan": row.quote,
                    "ket_qua": row.status.label,
                    "dat": row.status is Status.ELECTED,
                    "giai_thich": row.explanation,
                }
            )
    return {
        "ten": title[0].upper() + title[1:],
        "giai_thuong": vd.award.name,
        "vong": v.round_no,
        "quy_tac": rule_text(vd),
        "co_so": r.base_label if r else BLANK,
        "thanh_vien": pad2(v.members_count),
        "co_mat": pad2(v.present_count),
        "phat_ra": pad2(v.ballots_issued),
        "thu_vao": pad2(v.ballots_returned),
        "hop_le": pad2(r.valid_ballots) if r else BLANK,
        "khong_hop_le": pad2(r.invalid_ballots) if r else BLANK,
        "phieu_trang": pad2(r.blank_ballots) if r and r.blank_ballots else "",
        "dong": rows,
        "dat": [c.name for c in r.elected] if r else [],
        "bang_phieu": [c.name for c in r.tied] if r else [],
        "tom_tat": _explanation(r.summary) if r else "Chưa có kết quả kiểm phiếu.",
        "ban_kiem_phieu": [
            {
                "ho_ten": c.full_name,
                "chuc_vu": c.title,
                "don_vi": c.unit_name,
                "mo_ta": person_phrase(
                    c.full_name, "" if _is_role(c.title) else c.title, c.unit_name
                ),
                "vai_tro": "Trưởng ban" if c.role == "chief" else "Ủy viên",
            }
            for c in committee
        ],
        "truong_ban": chief.full_name if chief else "",
        "uy_vien": [c.full_name for c in committee if c is not chief],
        # when counting started (first ballot keyed) and ended (result accepted): the records'
        # clock times, a blank to fill by hand when they say nothing
        "gio_bat_dau": _clock(vd.started_at),
        "bat_dau": _moment(vd.started_at, conf_date),
        "gio_ket_thuc": _clock(v.closed_at),
        "ket_thuc": _moment(v.closed_at, _day(vd.started_at) or conf_date, "cùng ngày"),
        "gio_thong_qua": _clock(v.closed_at),
        "ly_do_khong_hop_le": [f"{pad2(n)} phiếu: {reason}" for reason, n in vd.invalid_reasons],
        # invalid ballots counted as a total only: their reasons are left to write by hand
        "ly_do_chua_ghi": bool(r and r.invalid_ballots and not vd.invalid_reasons),
    }


def _explanation(summary: str) -> str:
    """The result's summary without its first sentence of ballot counts (the documents state
    those counts on their own line just before)."""
    return re.sub(r"^Số phiếu phát ra:[^.]*\.\s*", "", summary) or summary


def _is_role(title: str) -> bool:
    """A committee title that only repeats the role ("Trưởng ban", "Ủy viên")."""
    return fold(title).strip() in {"truong ban", "uy vien", "thanh vien", "pho truong ban"}


def _when(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def _day(stamp: str) -> date | None:
    when = _when(stamp)
    return when.date() if when else None


def _clock(stamp: str) -> str:
    """'10 giờ 45 phút' from an ISO timestamp as recorded (its own clock), BLANK without one."""
    when = _when(stamp)
    return format_time(when.time()) if when else BLANK_TIME


def _moment(stamp: str, same_day: date | None, same_day_text: str = "") -> str:
    """'9 giờ 40 phút, ngày 22 tháng 11 năm 2016' — or '… cùng ngày' when `same_day_text` is
    given and the stamp falls on `same_day`; a blank time on `same_day` without a stamp."""
    when = _when(stamp)
    day = when.date() if when else same_day
    if when and same_day_text and day == same_day:
        return f"{_clock(stamp)} {same_day_text}"
    return _clock(stamp) + (f", {format_date_long(day)}" if day else "")


def minutes_context(data: ClusterData, number_text: str) -> dict[str, Any]:
    ctx = common(data, number_text)
    ctx["hoi_nghi"] = conference_dict(data)
    ctx.update(attendance_counts(data))
    ctx["chuong_trinh"] = agenda_list(data)
    conf_date = data.conference.date if data.conference else None
    ctx["bieu_quyet"] = [
        vote_dict(vd, data.year.year, conf_date) for vd in data.votes if vd.result is not None
    ]
    ctx["ban_kiem_phieu"] = committees(data.votes)
    ctx["ket_luan"] = ctx["hoi_nghi"]["ket_luan"]
    ctx.update(next_year(data))
    if data.conference is None or data.conference.kind != m.ConferenceKind.YEAREND:
        # next year's head and deputies are agreed at the year-end (handover) conference only
        ctx.update(truong_nam_sau="", pho_nam_sau=[])
    ctx.update(copies(data, ctx["bieu_quyet"]))
    return ctx


def committees(votes: list[VoteData]) -> list[dict[str, Any]]:
    """How each counting committee was set up, one entry per distinct committee: the votes it
    counted (named only when committees differ) and its members, one punctuated line each."""
    groups: dict[tuple, dict[str, Any]] = {}
    for vd in votes:
        members = sorted(vd.committee, key=lambda c: (c.role != "chief", c.sort_order, c.id or 0))
        if not members:
            continue
        key = tuple((c.full_name, c.title, c.unit_name, c.role) for c in members)
        group = groups.setdefault(key, {"cuoc": [], "thanh_vien": members})
        group["cuoc"].append(vd.vote.title or vd.award.name)
    out = []
    for group in groups.values():
        members = group["thanh_vien"]
        lines_ = [
            person_phrase(c.full_name, "" if _is_role(c.title) else c.title, c.unit_name)
            + (" – Trưởng ban" if c.role == "chief" else " – Ủy viên")
            for c in members
        ]
        out.append(
            {
                "pham_vi": "" if len(groups) == 1 else f" ({'; '.join(group['cuoc'])})",
                "so_nguoi": pad2(len(members)),
                "thanh_vien": [
                    x + (";" if i < len(lines_) else ".") for i, x in enumerate(lines_, 1)
                ],
            }
        )
    return out


def copies(data: ClusterData, votes: list[dict[str, Any]]) -> dict[str, Any]:
    """How many originals the minutes are made in: one kept by the head unit, one more for each
    nomination dossier it goes with (the dossier carries the minutes of the vote)."""
    dossiers = sum(1 for v in votes if v["dat"])
    head = data.head()
    keeper = f"lưu tại {head.name}" if head else "lưu tại đơn vị Trưởng"
    if not dossiers:
        return {"so_ban": "01", "lap_thanh": f"01 bản, {keeper}"}
    return {
        "so_ban": pad2(1 + dossiers),
        "lap_thanh": f"{pad2(1 + dossiers)} bản có giá trị như nhau: 01 bản {keeper}, "
        f"{pad2(dossiers)} bản gửi kèm hồ sơ đề nghị khen thưởng",
    }


def counting_context(
    data: ClusterData, vd: VoteData, number_text: str, chart: dict[str, Any] | str = ""
) -> dict[str, Any]:
    ctx = common(data, number_text)
    ctx["hoi_nghi"] = conference_dict(data)
    ctx["v"] = vote_dict(vd, data.year.year, data.conference.date if data.conference else None)
    ctx["bieu_do"] = chart
    ctx["noi_nhan"] = recipients(data, ["Chủ tọa hội nghị"])
    # the signed paper names the ballots it counts: the same short form is shown on screen
    ctx["ma_kiem_tra_phieu"] = short_digest(vd.ballot_digest) if vd.ballot_digest else ""
    return ctx


def count_words(n: int) -> str:
    """'02 (hai)' as letters quote small counts."""
    return f"{pad2(n)} ({_NUMBER_WORDS[n]})" if 0 <= n <= 10 else pad2(n)


def nomination_context(data: ClusterData, vd: VoteData, number_text: str) -> dict[str, Any]:
    ctx = common(data, number_text)
    ctx["hoi_nghi"] = conference_dict(data)
    award = vd.award
    v = vote_dict(vd, data.year.year)
    elected = [row for row in v["dong"] if row["dat"]]
    head = data.head()
    qualifier = vote_qualifier(data, vd)
    # "Cờ thi đua ngành Tư pháp năm 2016 (Chi cục THADS)": title, summary and attachments
    proposal = f"{award.name} năm {data.year.year}" + (f" ({qualifier})" if qualifier else "")
    record = achievements(data, award.name)
    ctx.update(
        {
            "giai_thuong": award.name,
            "phan_loai": qualifier,
            "de_nghi": proposal,
            "kinh_gui": award.addressee or award.awarding_body or BLANK,
            "co_quan_quyet_dinh": (
                f"trình {award.awarding_body} quyết định"
                if award.awarding_body and award.awarding_body != award.addressee
                else "quyết định"
            ),
            "can_cu": _grounds(data),
            "so_don_vi_chu": count_words(len(elected)),
            "don_vi_de_nghi": [
                {
                    "stt": i,
                    "don_vi": row["don_vi"],
                    "trich_dan": row["trich_dan"],
                    "thanh_tich": record.get(row["don_vi"], ""),
                }
                for i, row in enumerate(elected, 1)
            ],
            "kem_theo": [
                f"Biên bản kiểm phiếu bình xét, suy tôn {proposal}",
                f"Biên bản {ctx['hoi_nghi'].get('ten', 'hội nghị')}",
                "Báo cáo thành tích của các đơn vị được đề nghị",
            ],
            "nguoi_ky": {
                "ho_ten": head.head_name if head and head.head_name else "",
                "chuc_vu": head.head_title if head else "",
                "chuc_vu_hoa": upper(
                    " ".join(x for x in (head.head_title, head.name) if x) if head else ""
                ),
                "don_vi": head.name if head else "",
            },
            "noi_nhan": [
                "Như trên;",
                *recipients(data, ["Các đơn vị được đề nghị"]),
            ],
        }
    )
    return ctx


def _grounds(data: ClusterData) -> list[str]:
    """What the letter cites after 'Căn cứ': the law of its date or the year's own list."""
    return letter_grounds(data)
