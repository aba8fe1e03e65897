"""Past years are read-only in the app: every edit path through EditService is guarded."""

from __future__ import annotations

import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError


@pytest.fixture
def two_years(services, small_cluster):
    e = services.edits
    new_year = e.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    services.protect_archived_years()
    return small_cluster, new_year


def test_records_of_a_past_year_are_refused(services, two_years):
    data, _ = two_years
    conf = data["conference"]
    with pytest.raises(ValidationError, match="Năm 2016 đã lưu trữ"):
        services.edits.change(m.Conference, conf.id, place="Lào Cai")
    with pytest.raises(ValidationError, match="đã lưu trữ"):
        services.edits.create(m.AgendaItem(conference_id=conf.id, title="Bế mạc"))
    attendance = services.repo.find(m.Attendance, "conference_id = ?", [conf.id])[0]
    with pytest.raises(ValidationError, match="đã lưu trữ"):
        services.edits.delete(m.Attendance, attendance.id)
    assert services.repo.get(m.Conference, conf.id).place == "Hòa Bình"


def test_current_year_and_cluster_wide_records_stay_editable(services, two_years):
    data, year2017 = two_years
    services.edits.create(
        m.Conference(
            year_id=year2017.id, kind=m.ConferenceKind.LAUNCH, title="Hội nghị phát động năm 2017"
        )
    )
    services.edits.change(m.Unit, data["units"][0].id, head_name="Lê Thị Hoa")
    services.edits.create(m.Year(cluster_id=data["cluster"].id, year=2018))


def test_unlock_allows_until_locked_again(services, two_years):
    data, _ = two_years
    year = data["year"]
    services.archive.unlock(year.id)
    services.edits.change(m.Year, year.id, theme="Đoàn kết, kỷ cương")
    services.archive.lock(year.id)
    with pytest.raises(ValidationError):
        services.edits.change(m.Year, year.id, theme="x")
