"""Past conferences keep the member units they had; an upgrade from the first schema records it."""

from __future__ import annotations

import shutil
from datetime import date

import openpyxl

from tests.fixtures.make_schema_m001 import MEMBERS, PATH
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services


def import_units(services, cluster_id, names, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Tên đơn vị"])
    for name in names:
        book.active.append([name])
    book.save(tmp_path / "them.xlsx")
    services.unit_import.apply(services.unit_import.read(tmp_path / "them.xlsx", cluster_id))


def test_first_schema_file_upgrades_and_its_2016_conference_keeps_28_units(tmp_path):
    path = tmp_path / "cum.db"
    shutil.copyfile(PATH, path)
    s = Services.open(path)
    try:
        held, planned = s.repo.get(m.Conference, 1), s.repo.get(m.Conference, 2)
        assert (held.member_units, planned.member_units) == (MEMBERS, None)
        import_units(s, 1, ["Sở Tư pháp tỉnh A", "Sở Tư pháp tỉnh B", "Cục THADS C"], tmp_path)
        assert s.repo.count(m.Unit, "is_member AND active") == MEMBERS + 3
        assert s.attendance.counts(1).member_units == MEMBERS  # the 2016 headline: x/28
        assert s.attendance.counts(2).member_units == MEMBERS + 3  # not held yet: the live list
    finally:
        s.close()


def test_an_import_records_the_count_on_conferences_already_held(services, small_cluster, tmp_path):
    cid = small_cluster["cluster"].id
    conf = small_cluster["conference"]  # held in 2016, three member units
    assert services.repo.get(m.Conference, conf.id).member_units is None
    upcoming = services.edits.create(
        m.Conference(
            small_cluster["year"].id, m.ConferenceKind.OTHER, "Hội nghị sắp tới", date(2099, 1, 1)
        )
    )
    import_units(services, cid, ["Sở Tư pháp tỉnh Lai Châu"], tmp_path)
    assert services.attendance.counts(conf.id).member_units == 3
    assert services.attendance.counts(upcoming.id).member_units == 4
    assert services.repo.get(m.Conference, upcoming.id).member_units is None


def test_units_added_or_removed_by_hand_leave_held_conferences_as_they_were(
    services, small_cluster
):
    cid = small_cluster["cluster"].id
    conf = small_cluster["conference"]  # held in 2016
    assert services.repo.get(m.Conference, conf.id).member_units is None  # follows the list
    before = services.attendance.counts(conf.id).member_units
    new = services.edits.create(m.Unit(cluster_id=cid, name="Sở Tư pháp tỉnh Lai Châu"))
    assert services.repo.get(m.Conference, conf.id).member_units == before
    assert services.attendance.counts(conf.id).member_units == before
    services.edits.change(m.Unit, small_cluster["units"][0].id, is_member=False)
    services.edits.delete(m.Unit, new.id)
    assert services.attendance.counts(conf.id).member_units == before
