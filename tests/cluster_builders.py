"""The small cluster most tests start from (the `small_cluster` fixture), as a plain builder."""

from __future__ import annotations

from datetime import date, time

from thidua_desktop.domain import model as m


def build_small_cluster(services) -> dict:
    """A cluster with three units, a year, a conference with two delegates, an award: the
    `small_cluster` fixture, and the base that other test builders add to."""
    e = services.edits
    cluster = e.create(
        m.Cluster(
            name="Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc",
            short_name="KVTĐ miền núi phía Bắc",
            kind_label="Khu vực thi đua",
            parent_body="BỘ TƯ PHÁP",
            issuer_code="KVTĐ",
        )
    )
    units = [
        e.create(m.Unit(cluster_id=cluster.id, name=name, sort_order=i, kind=kind))
        for i, (name, kind) in enumerate(
            [
                ("Sở Tư pháp tỉnh Hà Giang", "Sở Tư pháp"),
                ("Cục Thi hành án dân sự tỉnh Yên Bái", "Cục THADS"),
                ("Sở Tư pháp tỉnh Hòa Bình", "Sở Tư pháp"),
            ]
        )
    ]
    year = e.create(m.Year(cluster_id=cluster.id, year=2016, theme="Đoàn kết, sáng tạo"))
    conf = e.create(
        m.Conference(
            year_id=year.id,
            kind=m.ConferenceKind.YEAREND,
            title="Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016",
            date=date(2016, 11, 22),
            start_time=time(8, 0),
            place="Hòa Bình",
            host_unit_id=units[2].id,
        )
    )
    people = [
        e.create(m.Person(cluster_id=cluster.id, full_name=n, unit_id=u.id, title="Giám đốc"))
        for n, u in [("Nguyễn Văn An", units[0]), ("Trần Thị Bình", units[1])]
    ]
    for p in people:
        e.create(m.Attendance(conference_id=conf.id, person_id=p.id))
    award = e.create(
        m.Award(cluster_id=cluster.id, name="Cờ thi đua của Chính phủ", quota=2, threshold_pct="70")
    )
    return {"cluster": cluster, "units": units, "year": year, "conference": conf, "award": award}
