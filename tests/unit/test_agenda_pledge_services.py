"""Agenda (order, speeches) and pledge (signatures, registrations) services."""

from __future__ import annotations

import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError


def test_agenda_items_are_numbered_and_moved(services, small_cluster):
    conf_id = small_cluster["conference"].id
    svc = services.agenda
    a, b, c = (svc.add_item(conf_id, t) for t in ("Khai mạc", "Báo cáo tổng kết", "Bỏ phiếu"))
    assert [i.sort_order for i in (a, b, c)] == [1, 2, 3]
    assert [i.title for i in svc.move(c.id, 0)] == ["Bỏ phiếu", "Khai mạc", "Báo cáo tổng kết"]
    assert [i.sort_order for i in svc.items(conf_id)] == [1, 2, 3]
    with pytest.raises(ValidationError):
        svc.set_order(conf_id, [a.id, b.id])


def test_a_new_item_starts_when_the_last_one_ends(services, small_cluster):
    from datetime import time

    conf_id = small_cluster["conference"].id
    services.agenda.add_item(conf_id, "Khai mạc", planned_time=time(8, 0), duration_minutes=15)
    assert services.agenda.new_item(conf_id, "Báo cáo").planned_time == time(8, 15)
    services.agenda.add_item(conf_id, "Thảo luận")  # no duration: the next start is unknown
    assert services.agenda.new_item(conf_id, "Bỏ phiếu").planned_time is None


def test_speeches_follow_each_other(services, small_cluster):
    item = services.agenda.add_item(small_cluster["conference"].id, "Thảo luận")
    services.agenda.add_speech(item.id, "Nguyễn Văn An", points="Ý một\nÝ hai")
    first = services.agenda.speeches(item.id)[0]
    assert first.points == "Ý một\nÝ hai"  # lines survive normalisation
    second = services.agenda.add_speech(item.id, "Trần Thị Bình")
    assert second.sort_order == 2
    assert [s.speaker_name for s in services.agenda.speeches(item.id)] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
    ]
    with pytest.raises(ValidationError, match="Người phát biểu"):
        services.agenda.add_speech(item.id, "  ")


def test_signature_and_registration(services, small_cluster):
    year_id = small_cluster["year"].id
    unit = small_cluster["units"][0]
    services.edits.change(m.Unit, unit.id, head_name="Vàng Seo Dìn", head_title="Giám đốc")
    svc = services.pledges
    sig = svc.set_signature(year_id, unit.id, signed=True)
    assert (sig.signed, sig.signer_name, sig.signer_title) == (True, "Vàng Seo Dìn", "Giám đốc")
    award_id = small_cluster["award"].id
    svc.toggle_registration(year_id, unit.id, award_id)
    rows = svc.grid(year_id)
    counts = svc.counts(rows, svc.awards(small_cluster["cluster"].id))
    assert (counts.signed, counts.units, counts.registered) == (1, 3, {award_id: 1})
    svc.toggle_registration(year_id, unit.id, award_id)
    assert services.repo.count(m.Registration) == 0
