"""Generate demo_cluster.json (the `thidua demo` data) deterministically from the seed reports."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import demo_meetings as meetings  # noqa: E402
import demo_text as T  # noqa: E402
from demo_votes import CUC, SO, build_scores, build_votes, require, vote_conclusion  # noqa: E402

from thidua_desktop.domain import model as m  # noqa: E402
from thidua_desktop.domain.fields import to_plain  # noqa: E402
from thidua_desktop.services.interchange import (  # noqa: E402
    EXPORTED,
    FORMAT,
    VERSION,
    dumps,
    validate_data,
)
from thidua_desktop.storage.repositories import TABLES  # noqa: E402

OUTPUT = HERE / "demo_cluster.json"
SEED = 20161122


class Demo:
    """Records per table, ids given in insertion order (1, 2, …) as the interchange requires."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.tables: dict[type, list] = {cls: [] for cls in EXPORTED}
        self.used_names: set[str] = {g[1] for g in T.GUESTS} | {"Nguyễn Huy Hải"}
        self.units: dict[str, m.Unit] = {}  # "Sở Tư pháp/Hà Giang" -> unit
        self.leader: dict[str, m.Person] = {}
        self.staff: dict[str, m.Person] = {}
        self.guests: dict[str, m.Person] = {}

    def add(self, obj):
        rows = self.tables[type(obj)]
        obj.id = len(rows) + 1
        rows.append(obj)
        return obj

    def name(self, female: bool) -> str:
        rng = self.rng
        while True:
            middle, given = (
                (rng.choice(T.FEMALE_MIDDLE), rng.choice(T.FEMALE_GIVEN))
                if female
                else (rng.choice(T.MALE_MIDDLE), rng.choice(T.MALE_GIVEN))
            )
            full = f"{rng.choice(T.SURNAMES)} {middle} {given}"
            if full not in self.used_names:
                self.used_names.add(full)
                return full

    def data(self) -> dict:
        out: dict = {"format": FORMAT, "version": VERSION}
        for cls, rows in self.tables.items():
            out[TABLES[cls]] = [to_plain(r) for r in rows]
        return out

    @property
    def members(self) -> list[m.Unit]:
        return [u for u in self.units.values() if u.is_member]


# -- structure ---------------------------------------------------------------------------------
def build_cluster(d: Demo) -> m.Cluster:
    cluster = d.add(
        m.Cluster(
            name=T.CLUSTER,
            short_name="KVTĐ Tư pháp miền núi phía Bắc",
            kind_label="Khu vực thi đua",
            parent_body="BỘ TƯ PHÁP",
            issuer_code="KVTĐ",
            default_place="Thái Nguyên",  # the 2018 head's province (see README)
            regulation=T.REGULATION,
        )
    )
    order = 0
    for prov in T.PROVINCES:
        for kind in (SO, CUC):
            order += 1
            key = f"{kind}/{prov}"
            if kind == SO:
                name, short, title = f"Sở Tư pháp tỉnh {prov}", f"Sở Tư pháp {prov}", "Giám đốc"
            else:
                name, short = f"Cục Thi hành án dân sự tỉnh {prov}", f"Cục THADS {prov}"
                title = "Cục trưởng"
            head = "Nguyễn Huy Hải" if key == "Cục THADS/Yên Bái" else d.name(d.rng.random() < 0.2)
            d.units[key] = d.add(
                m.Unit(cluster.id, name, short, kind, None, head, title, prov, order)
            )
    for prov, district in T.BRANCHES:
        order += 1
        d.units[f"Chi cục/{district}"] = d.add(
            m.Unit(
                cluster.id,
                f"Chi cục Thi hành án dân sự {district}",
                f"Chi cục THADS {district}",
                "Chi cục THADS",
                d.units[f"{CUC}/{prov}"].id,
                d.name(d.rng.random() < 0.25),
                "Chi cục trưởng",
                prov,
                order,
                is_member=False,
            )
        )
    return cluster


def build_years(d: Demo, cluster: m.Cluster) -> dict[int, m.Year]:
    years = {
        2016: d.add(m.Year(cluster.id, 2016, T.THEME_2016, "\n".join(T.PLEDGE_2016))),
        2017: d.add(m.Year(cluster.id, 2017, T.THEME_2017)),
        2018: d.add(m.Year(cluster.id, 2018, T.THEME_2018, "\n".join(T.PLEDGE_2018))),
    }
    roles = {
        2016: ("Sở Tư pháp/Hòa Bình", "Cục THADS/Yên Bái"),
        2017: ("Cục THADS/Yên Bái", "Sở Tư pháp/Thái Nguyên", "Cục THADS/Tuyên Quang"),
        2018: ("Sở Tư pháp/Thái Nguyên", "Cục THADS/Tuyên Quang", "Sở Tư pháp/Bắc Giang"),
    }
    for year, keys in roles.items():
        for i, key in enumerate(keys):
            kind = m.YearRoleKind.HEAD if i == 0 else m.YearRoleKind.DEPUTY
            d.add(m.YearRole(years[year].id, d.units[key].id, kind, i))
    return years


def build_awards(d: Demo, cluster: m.Cluster) -> dict[str, m.Award]:
    bo, ttg = "Bộ trưởng Bộ Tư pháp", "Thủ tướng Chính phủ"
    specs = (
        ("gov", "Cờ thi đua của Chính phủ", m.AwardLevel.GOVERNMENT_FLAG, "Cờ Chính phủ", ttg, 2),
        ("sector", "Cờ thi đua ngành Tư pháp", m.AwardLevel.SECTOR_FLAG, "Cờ ngành", bo, 7),
        ("bk_bo", "Bằng khen của Bộ trưởng Bộ Tư pháp", m.AwardLevel.CERTIFICATE, "BK Bộ", bo, 5),
        ("bk_ttg", "Bằng khen của Thủ tướng Chính phủ", m.AwardLevel.CERTIFICATE, "BK TTg", ttg, 2),
        ("ttldxs", "Tập thể lao động xuất sắc", m.AwardLevel.TITLE, "TTLĐXS", bo, 28),
    )
    awards = {}
    for i, (key, name, level, short, body, quota) in enumerate(specs, start=1):
        awards[key] = d.add(
            m.Award(
                cluster.id,
                name,
                level,
                short,
                body,
                addressee=bo,
                threshold_pct="70",
                comparison=">=",
                base="members",
                quota=quota,
                quorum_pct="200/3",
                registered_only=key != "ttldxs",
                sort_order=i,
            )
        )
    return awards


def build_people(d: Demo) -> None:
    for key, unit in d.units.items():
        if not unit.is_member:
            continue
        d.leader[key] = d.add(m.Person(unit.cluster_id, unit.head_name, unit.head_title, unit.id))
        title = d.rng.choice(T.STAFF_TITLES[unit.kind])
        d.staff[key] = d.add(
            m.Person(unit.cluster_id, d.name(d.rng.random() < 0.6), title, unit.id)
        )
    cluster_id = d.tables[m.Cluster][0].id
    hb = d.units["Sở Tư pháp/Hòa Bình"]
    d.guests["thu_ky_2016"] = d.add(
        m.Person(cluster_id, d.name(True), "Chuyên viên Văn phòng", hb.id)
    )
    for key, full_name, title, org in T.GUESTS:
        d.guests[key] = d.add(m.Person(cluster_id, full_name, title, None, org))


def build() -> dict:
    """The whole demo cluster as interchange data (docs/interchange.md), checked."""
    d = Demo()
    cluster = build_cluster(d)
    years = build_years(d, cluster)
    build_people(d)
    awards = build_awards(d, cluster)
    conf = meetings.build_yearend_2016(d, years[2016])
    results = build_votes(d, conf, awards)
    labels = ("Cờ thi đua của Chính phủ", "Cờ thi đua ngành Tư pháp", "Cờ thi đua ngành Tư pháp")
    chief = d.tables[m.CountingMember][0].full_name
    meetings.agenda_2016(d, conf, vote_conclusion(results, labels), chief)
    launch = meetings.build_launch_2018(d, years[2018])
    meetings.build_pledges_and_registrations(d, years, launch, awards)
    build_scores(d, years[2016])
    data = d.data()
    _, report = validate_data(data)
    require(not report.normalized, f"text not in NFC: {report.normalized[:5]}")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-o", "--output", default=str(OUTPUT), help="JSON file to write")
    args = parser.parse_args(argv)
    Path(args.output).write_text(dumps(build()), encoding="utf-8", newline="\n")
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
