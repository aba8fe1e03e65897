"""Gather from the database what the documents of one conference or year quote."""

from __future__ import annotations

from collections.abc import Callable

from thidua_desktop.documents.context import ClusterData, ScoreData, VoteData
from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.domain.digest_text import ballot_digest
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.storage.repositories import Repository

ResultOf = Callable[[m.Vote], v.VoteResult]


def load_vote(repo: Repository, vote: m.Vote, result_of: ResultOf) -> VoteData:
    """The vote with its tally; an open vote or inconsistent counts give a reason instead."""
    award = repo.get(m.Award, vote.award_id)
    committee = repo.find(m.CountingMember, "vote_id = ?", [vote.id], "sort_order, id")
    if vote.status != "closed":
        return VoteData(vote, award, None, committee, problem="Chưa chốt kết quả kiểm phiếu.")
    try:
        result = result_of(vote)
    except DomainError as exc:
        return VoteData(vote, award, None, committee, problem=str(exc))
    digest = ballot_digest(
        repo.find(m.BallotRecord, "vote_id = ?", [vote.id]),
        repo.find(m.VoteTotal, "vote_id = ?", [vote.id]),
    )
    return VoteData(vote, award, result, committee, ballot_digest=digest)


def load_year(repo: Repository, year_id: int) -> ClusterData:
    year = repo.get(m.Year, year_id)
    cluster = repo.get(m.Cluster, year.cluster_id)
    all_units = {u.id: u for u in repo.find(m.Unit, "cluster_id = ?", [cluster.id])}
    units = repo.find(
        m.Unit, "cluster_id = ? AND active AND is_member", [cluster.id], "sort_order, id"
    )
    nxt = repo.find_one(m.Year, "cluster_id = ? AND year = ?", [cluster.id, year.year + 1])
    return ClusterData(
        scores=load_scores(repo, year.id),
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


def load_conference(repo: Repository, conference_id: int, result_of: ResultOf) -> ClusterData:
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
    data.votes = [load_vote(repo, vt, result_of) for vt in votes]
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


def handover_items(repo: Repository, data: ClusterData) -> list[tuple[str, str, str]]:
    """The lines of the handover table: (what, how many, remark)."""
    docs = repo.count(m.Document, "cluster_id = ? AND year = ?", [data.cluster.id, data.year.year])
    templates = repo.count(m.Template, "cluster_id = ?", [data.cluster.id])
    return [
        (f"Hồ sơ, sổ sách của {data.cluster.kind_label} năm {data.year.year}", "", ""),
        (
            f"Văn bản đã ban hành năm {data.year.year} (lưu trong tệp dữ liệu)",
            f"{docs:02d}",
            "Kèm tệp dữ liệu",
        ),
        ("Mẫu văn bản riêng của cụm", f"{templates:02d}", ""),
        ("Tệp dữ liệu của phần mềm (bản sao có kiểm tra toàn vẹn)", "01", ""),
    ]
