"""A year-end conference with everything the documents quote (richer than small_cluster)."""

from __future__ import annotations

from datetime import date, time

from thidua_desktop.domain import model as m

# The seeds' order (domain.md). The tests' one copy, kept apart from resources/demo/demo_text.py
# so that test_demo checks the demo against the seeds rather than against itself.
PROVINCES = [
    "Hà Giang",
    "Tuyên Quang",
    "Cao Bằng",
    "Bắc Kạn",
    "Hòa Bình",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Lào Cai",
    "Yên Bái",
    "Thái Nguyên",
    "Bắc Giang",
    "Phú Thọ",
]
AMP_UNIT = "Sở Tư pháp & Công chứng <Thử> tỉnh Hà Giang"


def unit_names(n: int) -> list[str]:
    names = []
    for i in range(n):
        prov = PROVINCES[(i // 2) % len(PROVINCES)]
        suffix = "" if i < 28 else f" (khu {i // 28})"
        kind = "Sở Tư pháp" if i % 2 == 0 else "Cục Thi hành án dân sự"
        names.append(f"{kind} tỉnh {prov}{suffix}")
    names[0] = AMP_UNIT
    return names


def build_rich(services, n_units: int = 14, votes_for=(11, 10, 3)) -> dict:
    e, repo = services.edits, services.repo
    cluster = e.create(
        m.Cluster(
            name="Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc",
            short_name="KVTĐ miền núi phía Bắc",
            kind_label="Khu vực thi đua",
            parent_body="Bộ Tư pháp",
            issuer_code="KVTĐ",
            default_place="Hòa Bình",
            regulation="Quy chế hoạt động của Khu vực thi đua ban hành ngày 15/3/2016",
        )
    )
    units = [
        e.create(
            m.Unit(
                cluster_id=cluster.id,
                name=name,
                sort_order=i,
                head_name=f"Nguyễn Văn {chr(65 + i % 26)}{'ơ' if i % 3 else 'ư'}",
                head_title="Giám đốc" if i % 2 == 0 else "Cục trưởng",
            )
        )
        for i, name in enumerate(unit_names(n_units))
    ]
    year = e.create(
        m.Year(
            cluster_id=cluster.id,
            year=2016,
            theme="Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ",
            pledge_content="Hoàn thành 100% chỉ tiêu được giao\n- Không có cán bộ vi phạm kỷ luật",
        )
    )
    nxt = e.create(m.Year(cluster_id=cluster.id, year=2017))
    host = units[min(8, n_units - 1)]
    e.create(m.YearRole(year.id, host.id, m.YearRoleKind.HEAD))
    e.create(m.YearRole(year.id, units[1].id, m.YearRoleKind.DEPUTY))
    e.create(m.YearRole(nxt.id, units[2].id, m.YearRoleKind.HEAD))
    e.create(m.YearRole(nxt.id, units[3].id, m.YearRoleKind.DEPUTY, sort_order=1))
    conf = e.create(
        m.Conference(
            year_id=year.id,
            kind=m.ConferenceKind.YEAREND,
            title="Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016",
            date=date(2016, 11, 22),
            start_time=time(8, 0),
            end_time=time(11, 30),
            place="Hòa Bình",
            host_unit_id=host.id,
            chair_name="Phạm Văn Minh",
            chair_title="Giám đốc Sở Tư pháp tỉnh Hòa Bình",
            secretary_name="Lê Thị Hoa",
            secretary_title="Chánh Văn phòng Sở Tư pháp tỉnh Hòa Bình",
            decision_ref="Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp",
            summary="Các đơn vị đã hoàn thành tốt nhiệm vụ năm 2016\nTiếp tục đổi mới công tác thi đua",
        )
    )
    guest = e.create(
        m.Person(cluster.id, "Đặng Hoàng Oanh", "Thứ trưởng", organization="Bộ Tư pháp")
    )
    e.create(m.Attendance(conf.id, guest.id, m.AttendanceRole.GUEST, present=True))
    for i, u in enumerate(units):
        p = e.create(m.Person(cluster.id, u.head_name, u.head_title, unit_id=u.id))
        e.create(m.Attendance(conf.id, p.id, present=i != n_units - 1))
    item = e.create(
        m.AgendaItem(
            conf.id,
            "Báo cáo tổng kết công tác thi đua năm 2016",
            1,
            "Sở Tư pháp tỉnh Hòa Bình",
            planned_time=time(8, 30),
            duration_minutes=30,
        )
    )
    e.create(
        m.Speech(
            item.id,
            "Đặng Hoàng Oanh",
            1,
            "Thứ trưởng",
            organization="Bộ Tư pháp",
            points="Ghi nhận kết quả của Khu vực\nĐề nghị phát huy trong năm 2017",
        )
    )
    e.create(
        m.AgendaItem(
            conf.id,
            "Bỏ phiếu bình xét, suy tôn Cờ thi đua",
            2,
            "Ban kiểm phiếu",
            planned_time=time(9, 30),
            duration_minutes=45,
        )
    )
    award = e.create(
        m.Award(
            cluster.id,
            "Cờ thi đua của Chính phủ",
            m.AwardLevel.GOVERNMENT_FLAG,
            addressee="Bộ trưởng Bộ Tư pháp",
            awarding_body="Thủ tướng Chính phủ",
            threshold_pct="70",
            quota=2,
        )
    )
    for u in units[:4]:
        e.create(m.Registration(year.id, u.id, award.id))
    for u in units[:2]:
        e.create(m.PledgeSignature(year.id, u.id, signed=True))
    present = n_units - 1
    total = len(votes_for)
    vote = e.create(
        m.Vote(
            conf.id,
            award.id,
            threshold_pct="70",
            quota=2,
            base="members",
            members_count=n_units,
            present_count=present,
            ballots_issued=present,
            ballots_returned=present,
            entry_mode="totals",
            totals_valid=present - 1,
            totals_invalid=1,
            status="closed",
            closed_at="2016-11-22T10:45:00",
        )
    )
    cands = [e.create(m.Candidate(vote.id, units[i].id, i + 1)) for i in range(total)]
    for c, v in zip(cands, votes_for, strict=True):
        e.create(m.VoteTotal(vote.id, c.id, min(v, present - 1)))
    e.create(m.CountingMember(vote.id, "Trần Văn Kiểm", "Phó Giám đốc", units[4].name, "chief"))
    e.create(
        m.CountingMember(vote.id, "Hoàng Thị Phiếu", "Chuyên viên", units[5].name, "member", 1)
    )
    cs = e.create(m.CriteriaSet(year.id, "Bộ tiêu chí chấm điểm năm 2016", 100))
    c1 = e.create(m.Criterion(cs.id, "Thực hiện nhiệm vụ chuyên môn", max_points=70, code="I"))
    c2 = e.create(
        m.Criterion(cs.id, "Công tác thi đua, khen thưởng", max_points=30, code="II", sort_order=1)
    )
    c3 = e.create(
        m.Criterion(cs.id, "Điểm thưởng", m.CriterionKind.BONUS, 5, code="III", sort_order=2)
    )
    for i, u in enumerate(units):
        e.create(m.Score(c1.id, u.id, cluster_score=60 - i % 7))
        e.create(m.Score(c2.id, u.id, cluster_score=25 + (i % 3) * 0.5))
        e.create(m.Score(c3.id, u.id, cluster_score=i % 2))
    del repo
    return {
        "cluster": cluster,
        "units": units,
        "year": year,
        "conference": conf,
        "vote": vote,
        "award": award,
    }
