"""Conferences of the demo cluster: 2016 year-end, 2018 launch; pledges and registrations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING

import demo_text as T
from demo_votes import SECTOR_WINNERS

from thidua_desktop.domain import model as m

if TYPE_CHECKING:
    from make_demo import Demo


# -- conferences -------------------------------------------------------------------------------
def attend(d: Demo, conf: m.Conference, people: Sequence[tuple], day: str) -> None:
    """people: (person, role, present, note); check-in times spread from 07:30."""
    for k, (person, role, present, note) in enumerate(people):
        stamp = f"{day}T07:{30 + k // 3:02d}:00" if present else ""
        d.add(m.Attendance(conf.id, person.id, role, True, present, stamp, note))


def agenda(d: Demo, conf: m.Conference, items: Sequence[tuple]) -> dict[str, m.AgendaItem]:
    """items: (key, planned "HH:MM", minutes, title, presenter, conclusion, speeches)."""
    out = {}
    for i, (key, at, minutes, title, presenter, conclusion, speeches) in enumerate(items, 1):
        item = d.add(
            m.AgendaItem(conf.id, title, i, presenter, time.fromisoformat(at), minutes, conclusion)
        )
        for j, (person, points) in enumerate(speeches, 1):
            unit = next((u for u in d.units.values() if u.id == person.unit_id), None)
            d.add(
                m.Speech(
                    item.id,
                    person.full_name,
                    j,
                    person.title,
                    person.unit_id,
                    "" if unit else person.organization,
                    "\n".join(points),
                )
            )
        out[key] = item
    return out


def who(p: m.Person, d: Demo) -> str:
    """'Nguyễn Huy Hải – Cục trưởng Cục THADS Yên Bái' for the presenter column."""
    unit = next((u for u in d.units.values() if u.id == p.unit_id), None)
    return f"{p.full_name} – {p.title} {unit.short_name}" if unit else f"{p.full_name} – {p.title}"


def build_yearend_2016(d: Demo, year: m.Year) -> m.Conference:
    hb = d.units["Sở Tư pháp/Hòa Bình"]
    chair, sec = d.guests["thu_truong"], d.guests["thu_ky_2016"]
    conf = d.add(
        m.Conference(
            year.id,
            m.ConferenceKind.YEAREND,
            "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016",
            date(2016, 11, 22),
            time(8, 0),
            time(11, 30),
            "Hòa Bình",
            hb.id,
            chair.full_name,
            chair.title,
            sec.full_name,
            f"{sec.title} {hb.name}",
            "Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp",
            T.SUMMARY_2016,
        )
    )
    absent = {
        ("Sở Tư pháp/Lai Châu", "L"): "Vắng mặt, có lý do (bận công tác đột xuất)",
        ("Sở Tư pháp/Lai Châu", "S"): "Vắng mặt, có lý do (bận công tác đột xuất)",
        ("Cục THADS/Cao Bằng", "S"): "Vắng mặt, có lý do",
        ("Sở Tư pháp/Sơn La", "S"): "Vắng mặt, có lý do (ốm)",
    }
    g = d.guests
    people = [(chair, m.AttendanceRole.CHAIR, True, "")]
    people += [(g[k], m.AttendanceRole.GUEST, True, "") for k in ("ubnd", "tong_cuc", "vu_tdkt")]
    people.append((g["noi_vu"], m.AttendanceRole.GUEST, True, ""))
    for key in (k for k, u in d.units.items() if u.is_member):
        for tag, person in (("L", d.leader[key]), ("S", d.staff[key])):
            note = absent.get((key, tag), "")
            people.append((person, m.AttendanceRole.DELEGATE, not note, note))
    people.append((sec, m.AttendanceRole.SECRETARY, True, ""))
    attend(d, conf, people, "2016-11-22")
    return conf


def agenda_2016(d: Demo, conf: m.Conference, vote_conclusion: str, counting_chief: str) -> None:
    g, leader = d.guests, d.leader
    hb_head, hai = leader["Sở Tư pháp/Hòa Bình"], leader["Cục THADS/Yên Bái"]
    contributions = [(leader[k], pts) for k, pts in T.CONTRIBUTIONS_2016]
    agenda(
        d,
        conf,
        (
            ("open", "08:00", 15, "Tuyên bố lý do, giới thiệu đại biểu; khai mạc Hội nghị",
             who(hb_head, d) + " (Trưởng Khu vực thi đua năm 2016)", "",
             [(hb_head, ("Tuyên bố lý do, giới thiệu đại biểu.", "Khai mạc Hội nghị."))]),
            ("welcome", "08:15", 10, "Phát biểu chào mừng Hội nghị", who(g["ubnd"], d), "",
             [(g["ubnd"], T.WELCOME_POINTS)]),
            ("report", "08:25", 25,
             "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2016, phương hướng, nhiệm vụ "
             "năm 2017 của Khu vực", who(hai, d) + " (Phó trưởng Khu vực thi đua)",
             "Hội nghị thống nhất thông qua Báo cáo.", [(hai, T.REPORT_POINTS)]),
            ("discussion", "08:50", 50, "Tham luận, thảo luận", "Đại biểu các đơn vị",
             "Các ý kiến tham luận được tổng hợp vào Báo cáo tổng kết.", contributions),
            ("vote", "09:40", 50,
             "Bỏ phiếu bình xét, suy tôn đề nghị tặng Cờ thi đua của Chính phủ, Cờ thi đua "
             "ngành Tư pháp năm 2016", f"Ban kiểm phiếu (Trưởng ban: {counting_chief})",
             vote_conclusion, []),
            ("direction", "10:30", 30, "Phát biểu chỉ đạo", who(g["thu_truong"], d), "",
             [(g["thu_truong"], T.DIRECTION_POINTS)]),
            ("roles", "11:00", 10,
             "Công bố Quyết định cử Trưởng, Phó trưởng Khu vực thi đua năm 2017",
             who(g["vu_tdkt"], d),
             "Trưởng Khu vực năm 2017: Cục THADS tỉnh Yên Bái; Phó trưởng Khu vực: Sở Tư pháp "
             "tỉnh Thái Nguyên và Cục THADS tỉnh Tuyên Quang.", []),
            ("handover", "11:10", 10, "Bàn giao nhiệm vụ Trưởng, Phó trưởng Khu vực thi đua",
             f"{hb_head.full_name}, {hai.full_name}",
             "Sở Tư pháp tỉnh Hòa Bình bàn giao nhiệm vụ Trưởng Khu vực và hồ sơ của Khu vực "
             "cho Cục THADS tỉnh Yên Bái.", []),
            ("close", "11:20", 10, "Bế mạc Hội nghị", who(hb_head, d), "", []),
        ),
    )  # fmt: skip


def build_launch_2018(d: Demo, year: m.Year) -> m.Conference:
    tn = d.units["Sở Tư pháp/Thái Nguyên"]
    chair, sec = d.leader["Sở Tư pháp/Thái Nguyên"], d.staff["Sở Tư pháp/Thái Nguyên"]
    tq, g = d.leader["Cục THADS/Tuyên Quang"], d.guests
    conf = d.add(
        m.Conference(
            year.id,
            m.ConferenceKind.LAUNCH,
            "Hội nghị phát động phong trào thi đua và ký kết giao ước thi đua năm 2018",
            date(2018, 3, 23),
            time(8, 0),
            time(11, 0),
            "Thái Nguyên",
            tn.id,
            chair.full_name,
            f"{chair.title} {tn.name}, Trưởng Khu vực thi đua năm 2018",
            sec.full_name,
            f"{sec.title} {tn.name}",
            "",
            "Hội nghị thông qua Kế hoạch phát động và tổ chức phong trào thi đua năm 2018 và Bản "
            "giao ước thi đua năm 2018; các đơn vị ký kết giao ước và đăng ký danh hiệu thi đua.",
        )
    )
    absent = {"Cục THADS/Lai Châu": "Vắng mặt, có lý do", "Sở Tư pháp/Cao Bằng": "Vắng mặt"}
    people = [(g["vu_tdkt"], m.AttendanceRole.GUEST, True, "")]
    people.append((g["tong_cuc_vp"], m.AttendanceRole.GUEST, True, ""))
    for key in (k for k, u in d.units.items() if u.is_member):
        role = m.AttendanceRole.CHAIR if key == "Sở Tư pháp/Thái Nguyên" else None
        people.append((d.leader[key], role or m.AttendanceRole.DELEGATE, key not in absent,
                       absent.get(key, "")))  # fmt: skip
    people.append((sec, m.AttendanceRole.SECRETARY, True, ""))
    attend(d, conf, people, "2018-03-23")
    contributions = [(d.leader[k], pts) for k, pts in T.CONTRIBUTIONS_2018]
    agenda(
        d,
        conf,
        (
            ("open", "08:00", 15, "Tuyên bố lý do, giới thiệu đại biểu; khai mạc Hội nghị",
             who(chair, d) + " (Trưởng Khu vực thi đua năm 2018)", "", []),
            ("plan", "08:15", 30,
             "Thông qua dự thảo Kế hoạch phát động và tổ chức phong trào thi đua năm 2018",
             who(tq, d) + " (Phó trưởng Khu vực thi đua)", "Hội nghị thống nhất thông qua.",
             [(tq, ("Bám sát các phong trào thi đua do Bộ Tư pháp và địa phương phát động năm "
                    "2018.", "Chia năm 2018 thành 02 đợt thi đua cao điểm."))]),
            ("pledge", "08:45", 20, "Thông qua dự thảo Bản giao ước thi đua năm 2018",
             who(sec, d), "Hội nghị thống nhất nội dung giao ước.", []),
            ("discussion", "09:05", 45, "Thảo luận", "Đại biểu các đơn vị",
             "Tiếp thu ý kiến, hoàn thiện Kế hoạch.", contributions),
            ("guest", "09:50", 20, "Phát biểu của đại diện lãnh đạo Vụ Thi đua – Khen thưởng",
             who(g["vu_tdkt"], d), "",
             [(g["vu_tdkt"], ("Đánh giá cao dự thảo Kế hoạch và các ý kiến thảo luận.",
                              "Tiếp tục đổi mới nội dung, hình thức phong trào thi đua, nâng cao "
                              "chất lượng công tác khen thưởng."))]),
            ("sign", "10:10", 35,
             "Ký kết giao ước thi đua và đăng ký danh hiệu thi đua năm 2018",
             "Thủ trưởng các đơn vị thành viên",
             "26/28 đơn vị ký kết tại Hội nghị; 02 đơn vị vắng mặt ký bổ sung sau.", []),
            ("close", "10:45", 15, "Bế mạc Hội nghị", who(chair, d), "", []),
        ),
    )  # fmt: skip
    return conf


def build_pledges_and_registrations(
    d: Demo, years: dict[int, m.Year], launch: m.Conference, awards: dict[str, m.Award]
) -> None:
    absent_2018 = {"Cục THADS/Lai Châu", "Sở Tư pháp/Cao Bằng"}
    for year, on, conf_id in (
        (2016, date(2016, 3, 18), None),
        (2018, date(2018, 3, 23), launch.id),
    ):
        for key, u in d.units.items():
            if not u.is_member:
                continue
            signed = not (year == 2018 and key in absent_2018)
            d.add(
                m.PledgeSignature(
                    years[year].id,
                    u.id,
                    signed,
                    u.head_name if signed else "",
                    u.head_title if signed else "",
                    on if signed else None,
                    conf_id,
                )
            )
    regs = {
        (2016, "gov"): ("Cục THADS/Hà Giang", "Sở Tư pháp/Hòa Bình", "Sở Tư pháp/Lào Cai",
                        "Cục THADS/Yên Bái"),
        (2016, "sector"): SECTOR_WINNERS[:3] + ("Sở Tư pháp/Sơn La", "Sở Tư pháp/Phú Thọ")
        + SECTOR_WINNERS[3:] + ("Cục THADS/Tuyên Quang",)
        + tuple(k for k in d.units if k.startswith("Chi cục/")),
        (2018, "gov"): ("Sở Tư pháp/Lào Cai", "Cục THADS/Điện Biên"),
        (2018, "sector"): ("Sở Tư pháp/Hà Giang", "Sở Tư pháp/Tuyên Quang", "Sở Tư pháp/Lào Cai",
                           "Sở Tư pháp/Thái Nguyên", "Sở Tư pháp/Bắc Giang", "Sở Tư pháp/Phú Thọ",
                           "Cục THADS/Cao Bằng", "Cục THADS/Yên Bái", "Cục THADS/Điện Biên",
                           "Cục THADS/Sơn La", "Cục THADS/Lạng Sơn", "Cục THADS/Tuyên Quang"),
        (2018, "bk_ttg"): ("Sở Tư pháp/Hòa Bình", "Cục THADS/Bắc Kạn"),
        (2018, "ttldxs"): tuple(k for k, u in d.units.items() if u.is_member),
    }  # fmt: skip
    for (year, award), keys in regs.items():
        for key in sorted(keys, key=lambda k: d.units[k].sort_order):
            d.add(m.Registration(years[year].id, d.units[key].id, awards[award].id))
