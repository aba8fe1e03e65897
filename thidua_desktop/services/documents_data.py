"""Gather from the database what the documents of one conference or year quote."""

from __future__ import annotations

from thidua_desktop.documents.context import ClusterData, VoteData
from thidua_desktop.documents.context_year import ScoreData
from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.storage.repositories import Repository


def vote_result(repo: Repository, vote: m.Vote) -> v.VoteResult:
    """Tally a stored vote (ballots or committee totals) with its rules snapshot."""
    rules = v.VoteRules(
        threshold_pct=vote.threshold_pct,
        comparison=vote.comparison,
        base=vote.base,
        quota=vote.quota,
        quorum_pct=vote.quorum_pct,
    )
    counts = v.Counts(
        vote.members_count, vote.present_count, vote.ballots_issued, vote.ballots_returned
    )
    rows = repo.find(m.Candidate, "vote_id = ?", [vote.id], "number")
    units = repo.find(m.Unit, "id IN (SELECT unit_id FROM candidates WHERE vote_id = ?)", [vote.id])
    names = {u.id: u.name for u in units}
    cands = [
        v.Candidate(c.id, c.number, names.get(c.unit_id, f"Đơn vị {c.unit_id}"), c.withdrawn)
        for c in rows
    ]
    if vote.entry_mode == "totals":
        number_of = {c.id: c.number for c in rows}
        totals = {
            number_of[t.candidate_id]: t.votes
            for t in repo.find(m.VoteTotal, "vote_id = ?", [vote.id])
            if t.candidate_id in number_of
        }
        return v.tally_totals(cands, totals, vote.totals_valid, vote.totals_invalid, counts, rules)
    ballots = [
        v.Ballot(
            frozenset(int(x) for x in b.marks.split(",") if x.strip()),
            b.invalid_reason or None,
        )
        for b in repo.find(m.BallotRecord, "vote_id = ? AND entry_pass = 1", [vote.id], "seq")
    ]
    return v.tally_ballots(cands, ballots, counts, rules)


def load_vote(repo: Repository, vote: m.Vote) -> VoteData:
    award = repo.get(m.Award, vote.award_id)
    committee = repo.find(m.CountingMember, "vote_id = ?", [vote.id], "sort_order, id")
    try:
        return VoteData(vote, award, vote_result(repo, vote), committee)
    except DomainError as exc:
        return VoteData(vote, award, None, committee, problem=str(exc))


def load_year(repo: Repository, year_id: int) -> ClusterData:
    year = repo.get(m.Year, year_id)
    cluster = repo.get(m.Cluster, year.cluster_id)
    all_units = {u.id: u for u in repo.find(m.Unit, "cluster_id = ?", [cluster.id])}
    units = repo.find(
        m.Unit, "cluster_id = ? AND active AND is_member", [cluster.id], "sort_order, id"
    )
    nxt = repo.find_one(m.Year, "cluster_id = ? AND year = ?", [cluster.id, year.year + 1])
    return ClusterData(
        cluster=cluster,
        year=year,
        units=units,
        all_units=all_units,
        roles=repo.find(m.YearRole, "year_id = ?", [year.id], "sort_order, id"),
        next_roles=repo.find(m.YearRole, "year_id = ?", [nxt.id], "sort_order, id") if nxt else [],
        awards=repo.find(m.Award, "cluster_id = ? AND active", [cluster.id], "sort_order, id"),
        registrations=repo.find(m.Registration, "year_id = ?", [year.id]),
        signatures=repo.find(m.PledgeSignature, "year_id = ?", [year.id]),
    )


def load_conference(repo: Repository, conference_id: int) -> ClusterData:
    conf = repo.get(m.Conference, conference_id)
    data = load_year(repo, conf.year_id)
    data.conference = conf
    data.attendance = repo.find(m.Attendance, "conference_id = ?", [conf.id])
    ids = [a.person_id for a in data.attendance]
    if ids:
        marks = ",".join("?" for _ in ids)
        data.people = {p.id: p for p in repo.find(m.Person, f"id IN ({marks})", ids)}
    data.agenda = repo.find(m.AgendaItem, "conference_id = ?", [conf.id], "sort_order, id")
    for s in repo.find(
        m.Speech,
        "agenda_item_id IN (SELECT id FROM agenda_items WHERE conference_id = ?)",
        [conf.id],
        "sort_order, id",
    ):
        data.speeches.setdefault(s.agenda_item_id, []).append(s)
    votes = repo.find(m.Vote, "conference_id = ?", [conf.id], "id")
    data.votes = [load_vote(repo, vt) for vt in votes]
    return data


def load_scores(repo: Repository, year_id: int) -> ScoreData | None:
    """The year's criteria set with its scores, or None when nothing was scored."""
    cs = repo.find_one(m.CriteriaSet, "year_id = ?", [year_id])
    if cs is None:
        return None
    criteria = repo.find(m.Criterion, "set_id = ?", [cs.id], "sort_order, id")
    ids = [c.id for c in criteria]
    if not ids:
        return None
    marks = ",".join("?" for _ in ids)
    scores = repo.find(m.Score, f"criterion_id IN ({marks})", ids)
    return ScoreData(cs, criteria, scores) if scores else None
