"""Shared test data for votes: five member units, a Chi cục under a Cục, registrations, 3 present."""

from __future__ import annotations

from thidua_desktop.domain import model as m


def build_vote_setup(services, small_cluster):
    """small_cluster + 2 more members, a Chi cục under a Cục, registrations, 3 present."""
    e = services.edits
    c = small_cluster
    units = list(c["units"])
    for name in ("Sở Tư pháp tỉnh Lào Cai", "Cục Thi hành án dân sự tỉnh Sơn La"):
        units.append(e.create(m.Unit(cluster_id=c["cluster"].id, name=name, sort_order=9)))
    chi_cuc = e.create(
        m.Unit(
            cluster_id=c["cluster"].id,
            name="Chi cục Thi hành án dân sự huyện Văn Chấn",
            parent_id=units[1].id,
            is_member=False,
            sort_order=20,
        )
    )
    for u in units[:4]:
        e.create(m.Registration(year_id=c["year"].id, unit_id=u.id, award_id=c["award"].id))
    # the two delegates of small_cluster are not yet present: mark them, add a third unit
    for a in services.repo.find(m.Attendance):
        e.change(m.Attendance, a.id, present=True)
    p = e.create(m.Person(cluster_id=c["cluster"].id, full_name="Lò Văn Dũng", unit_id=units[3].id))
    e.create(m.Attendance(conference_id=c["conference"].id, person_id=p.id, present=True))
    return {**c, "units": units, "chi_cuc": chi_cuc}


def tallied_vote(services, s, totals, valid=5, invalid=0, threshold="50"):
    """A vote of `s` counted in totals mode (5 present, 5 returned)."""
    vote = services.votes.create_vote(s["conference"].id, s["award"].id, from_registrations=True)
    services.votes.set_counts(vote.id, present=5, issued=5, returned=valid + invalid)
    services.votes.set_rules(vote.id, threshold_pct=threshold)
    services.votes.counting.set_entry_mode(vote.id, "totals")
    services.votes.counting.save_totals(vote.id, totals, valid, invalid)
    return vote
