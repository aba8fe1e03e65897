"""The hall screen's slides come from the records and never show what stays at the table."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tests.vote_helpers import build_vote_setup
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import NotFound
from thidua_desktop.services.hall_screen import HallScreenService
from thidua_desktop.services.hall_slides import CHARS_PER_LINE, ResultSlide, paragraph_pages


@pytest.fixture
def hall(services):
    return HallScreenService(services.attendance, services.votes)


@pytest.fixture
def vote_setup(services, small_cluster):
    return build_vote_setup(services, small_cluster)


def keys(hall, conf_id):
    return [r.key for r in hall.slides(conf_id)]


def all_text(slide) -> str:
    """Every text a slide holds (its string fields, nested lines included)."""
    out: list[str] = []

    def walk(value):
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple | list):
            for v in value:
                walk(v)
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))

    walk(slide)
    return "\n".join(out)


def every_slide_text(hall, conf_id) -> str:
    return "\n".join(all_text(hall.slide(conf_id, k)) for k in keys(hall, conf_id))


def test_slides_follow_the_agenda_with_the_votes_after_the_voting_item(services, hall, vote_setup):
    conf = vote_setup["conference"]
    agenda = services.agenda
    first = agenda.add_item(conf.id, "Khai mạc Hội nghị", presenter="Chủ trì")
    voting = agenda.add_item(conf.id, "Bỏ phiếu bình xét, suy tôn")
    last = agenda.add_item(conf.id, "Bế mạc", conclusion="Hội nghị thành công tốt đẹp.")
    vote = services.votes.create_vote(conf.id, vote_setup["award"].id, from_registrations=True)
    assert keys(hall, conf.id) == [
        "welcome",
        "attendance",
        f"agenda-{first.id}",
        f"agenda-{voting.id}",
        f"vote-{vote.id}-1",
        f"agenda-{last.id}",
        "conclusions-1",
    ]
    slide = hall.slide(conf.id, f"agenda-{voting.id}")
    assert [(line.number, line.current) for line in slide.lines] == [
        (1, False),
        (2, True),
        (3, False),
    ]
    conclusions = hall.slide(conf.id, "conclusions-1")
    assert conclusions.paragraphs == ("Bế mạc: Hội nghị thành công tốt đẹp.",)


def test_welcome_is_the_conference_and_cluster_as_recorded(hall, small_cluster):
    slide = hall.slide(small_cluster["conference"].id, "welcome")
    assert slide.cluster_name == small_cluster["cluster"].name
    assert slide.title == small_cluster["conference"].title
    assert slide.date_text == "ngày 22 tháng 11 năm 2016"
    assert slide.place == "Hòa Bình"


def test_attendance_slide_counts_a_check_in(services, hall, small_cluster):
    conf_id = small_cluster["conference"].id
    before = hall.slide(conf_id, "attendance")
    assert (before.units_present, before.member_units, before.delegates_present) == (0, 3, 0)
    assert not before.quorum_met
    rows = services.attendance.roster(conf_id)
    services.attendance.toggle_check_in(rows[0].attendance_id)
    services.attendance.toggle_check_in(rows[1].attendance_id)
    after = hall.slide(conf_id, "attendance")
    assert (after.units_present, after.delegates_present, after.delegates_expected) == (2, 2, 2)
    assert after.quorum_met  # 2 of 3 units: the default two thirds
    assert after.quorum_share == "2/3"


def totals_vote(services, s, totals, valid=5, threshold="70"):
    vote = services.votes.create_vote(s["conference"].id, s["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=valid)
    services.votes.set_rules(vote.id, threshold_pct=threshold)
    services.votes.counting.set_entry_mode(vote.id, "totals")
    services.votes.counting.save_totals(vote.id, totals, valid, 0)
    return vote


def test_the_result_is_a_slide_only_once_accepted(services, hall, vote_setup):
    conf_id = vote_setup["conference"].id
    vote = totals_vote(services, vote_setup, {1: 5, 2: 4, 3: 1, 4: 0})
    assert f"vote-{vote.id}-1" in keys(hall, conf_id)
    assert not [k for k in keys(hall, conf_id) if k.startswith("result-")]
    with pytest.raises(NotFound, match="chưa được chốt"):
        hall.slide(conf_id, f"result-{vote.id}-1")
    assert "phiếu (" not in every_slide_text(hall, conf_id)  # no count before acceptance

    services.votes.accept(vote.id)
    results = [k for k in keys(hall, conf_id) if k.startswith("result-")]
    assert results == [f"result-{vote.id}-1", f"result-{vote.id}-2"]
    first = hall.slide(conf_id, results[0])
    assert isinstance(first, ResultSlide)
    names = [u.name for u in vote_setup["units"]]
    assert [(r.name, r.quote, r.status_label) for r in first.lines] == [
        (names[0], "5/5 phiếu (100,00%)", "Đạt"),
        (names[1], "4/5 phiếu (80,00%)", "Đạt"),
        (names[2], "1/5 phiếu (20,00%)", "Không đạt"),
    ]
    assert first.rules == ("Tối đa 02 đơn vị", "Đạt khi ≥ 70% tổng số đơn vị thành viên")
    last = hall.slide(conf_id, results[1])
    assert last.decision == ("Được suy tôn (02/02 suất):", names[0], names[1])

    services.votes.reopen(vote.id)  # reopened to correct: no longer shown
    assert not [k for k in keys(hall, conf_id) if k.startswith("result-")]
    with pytest.raises(NotFound):
        hall.slide(conf_id, results[0])


def test_a_tie_at_the_quota_is_said_with_the_rule(services, hall, vote_setup):
    conf_id = vote_setup["conference"].id
    vote = totals_vote(services, vote_setup, {1: 4, 2: 3, 3: 3, 4: 0}, threshold="50")
    services.votes.accept(vote.id)
    text = every_slide_text(hall, conf_id)
    assert "Bằng phiếu ở ranh giới số suất – bỏ phiếu lại:" in text
    assert "Bằng phiếu – bỏ phiếu lại" in text


def test_no_ballot_discrepancy_or_running_tally_ever_reaches_a_slide(services, hall, vote_setup):
    conf_id = vote_setup["conference"].id
    vote = services.votes.create_vote(conf_id, vote_setup["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=3)
    counting = services.votes.counting
    counting.set_entry_mode(vote.id, "ballots", double_entry=True)
    first, second = counting.session(vote.id, 1), counting.session(vote.id, 2)
    for text in ("12", "1", ""):
        first.enter(text)
    for text in ("12", "13", ""):
        second.enter(text)
    assert counting.discrepancies(vote.id)  # the two entries differ on ballot 2
    text = every_slide_text(hall, conf_id)
    for secret in ("Phiếu thứ", "phiếu (", "lần 1", "lần 2", "phiếu trắng", "hợp lệ"):
        assert secret not in text, secret
    assert set(re.findall(r"\d+/\d+", text)) == {"2/3"}  # the quorum rule, no count
    vote_slide = hall.slide(conf_id, f"vote-{vote.id}-1")
    assert vote_slide.candidates[0] == f"1. {vote_setup['units'][0].name}"
    # a closed vote whose ballots were changed behind the service is still never provisional
    services.repo.db.execute("UPDATE votes SET status = 'closed' WHERE id = ?", [vote.id])
    with pytest.raises(NotFound):
        hall.slide(conf_id, f"result-{vote.id}-1")
    assert not [k for k in keys(hall, conf_id) if k.startswith("result-")]


def test_names_with_markup_characters_stay_as_typed(services, hall, small_cluster):
    unit = small_cluster["units"][0]
    services.edits.update(dataclasses.replace(unit, name="Sở Tư pháp <b>Hà Giang</b> & Co"))
    vote = services.votes.create_vote(
        small_cluster["conference"].id, small_cluster["award"].id, unit_ids=[unit.id]
    )
    slide = hall.slide(small_cluster["conference"].id, f"vote-{vote.id}-1")
    assert slide.candidates == ("1. Sở Tư pháp <b>Hà Giang</b> & Co",)


def test_long_lists_continue_on_further_slides(services, hall, small_cluster):
    cluster_id = small_cluster["cluster"].id
    units = [
        services.edits.create(m.Unit(cluster_id=cluster_id, name=f"Đơn vị số {i:02d}"))
        for i in range(12)
    ]
    conf_id = small_cluster["conference"].id
    vote = services.votes.create_vote(
        conf_id, small_cluster["award"].id, unit_ids=[u.id for u in units]
    )
    pages = [k for k in keys(hall, conf_id) if k.startswith("vote-")]
    assert pages == [f"vote-{vote.id}-1", f"vote-{vote.id}-2"]
    second = hall.slide(conf_id, pages[1])
    assert second.candidates[0].startswith("9. ") and (second.page, second.pages) == (2, 2)


def test_long_conclusions_are_split_between_words():
    text = " ".join(f"từ{i}" for i in range(400))
    pages = paragraph_pages([text], 4)
    assert len(pages) > 1
    assert " ".join(p for page in pages for p in page) == text
    assert all(len(p) <= 4 * CHARS_PER_LINE for page in pages for p in page)
