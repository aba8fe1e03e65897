"""Gather from the database what the documents of one conference or year quote."""

from __future__ import annotations

from collections import Counter
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
    ballots = repo.find(m.BallotRecord, "vote_id = ?", [vote.id])
    digest = ballot_digest(ballots, repo.find(m.VoteTotal, "vote_id = ?", [vote.id]))
    reasons = Counter(b.invalid_reason for b in ballots if b.entry_pass == 1 and b.invalid_reason)
    return VoteData(
        vote,
        award,
        result,
        committee,
        ballot_digest=digest,
        started_at=counting_started_at(repo, vote.id),
        invalid_reasons=sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])),
    )


def counting_started_at(repo: Repository, vote_id: int) -> str:
    """When the first ballot (or the first total) of the vote was keyed, from the audit log;
    "" when the log does not say (a vote imported from JSON carries no log).

    Entries before the vote's own latest creation are ignored: SQLite may give a new vote the
    id of a deleted one, whose ballots are in the log too."""
    created = repo.scalar(
        "SELECT max(id) FROM audit_log WHERE entity = 'Vote' AND action = 'create' "
        "AND entity_id = ?",
        [vote_id],
    )
    first = repo.find(
        m.AuditEntry,
        "id = (SELECT min(id) FROM audit_log WHERE id > ? AND action = 'create' "
        "AND entity IN ('BallotRecord', 'VoteTotal') AND json_valid(after) "
        "AND json_extract(after, '$.vote_id') = ?)",
        [created or 0, vote_id],
    )
    return first[0].at if first else ""


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
        legal_grounds=[
            g.text for g in repo.find(m.LegalGround, "year_id = ?", [year.id], "sort_order, id")
        ]
        or None,
        conferences={c.id: c for c in repo.find(m.Conference, "year_id = ?", [year.id])},
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


# Issued documents a handover lists (numbered or signed); printed forms (ballot papers,
# attendance sheet, agenda, the pledge form to sign) and the handover record itself are not.
_MINUTES, _COUNTING, _NOMINATION = "minutes", "counting", "nomination"
_OTHER_ISSUED = {"scores": "Bảng tổng hợp kết quả chấm điểm thi đua"}


def issued_documents(repo: Repository, data: ClusterData) -> dict[str, int]:
    """Documents of the year by kind, each counted once however often it was generated again
    (an archived copy is kept for every generation: one document is one kind, conference and
    vote)."""
    rows = repo.db.query(
        "SELECT kind, count(*) AS n FROM (SELECT DISTINCT kind, conference_id, vote_id "
        "FROM documents WHERE cluster_id = ? AND year = ?) GROUP BY kind",
        [data.cluster.id, data.year.year],
    )
    return {r["kind"]: r["n"] for r in rows}


def handover_items(
    repo: Repository, data: ClusterData, package_digest: str = ""
) -> list[tuple[str, str, str]]:
    """The lines of the handover table, item by item: (what, how many, remark). A count the
    records do not give is left blank, for the secretary to write on the paper."""
    from thidua_desktop.domain.digest_text import short_digest
    from thidua_desktop.domain.vntext import format_date_short, pad2

    year, kind = data.year.year, data.cluster.kind_label
    docs = issued_documents(repo, data)
    items: list[tuple[str, str, str]] = []
    # the regulation's text is kept for the votes' rules; the item names the document
    items.append((f"Quy chế hoạt động của {kind}", "01" if data.cluster.regulation else "", ""))
    launches = repo.find(
        m.Conference, "year_id = ? AND kind = ?", [data.year.id, "launch"], "date, id"
    )
    launch = launches[0] if launches else None
    items.append(
        (
            f"Kế hoạch tổ chức phong trào thi đua năm {year}",
            "01" if launch else "",
            f"Thông qua tại hội nghị ngày {format_date_short(launch.date)}"
            if launch and launch.date
            else "",
        )
    )
    signed = sum(1 for s in data.signatures if s.signed)
    items.append(
        (
            f"Bản giao ước thi đua năm {year} có chữ ký của các đơn vị",
            "01" if signed else "",
            f"{pad2(signed)}/{pad2(len(data.units))} đơn vị đã ký" if signed else "",
        )
    )
    for key, what in ((_MINUTES, "Biên bản hội nghị"), (_COUNTING, "Biên bản kiểm phiếu")):
        if docs.get(key):
            items.append((f"{what} năm {year}", pad2(docs[key]), ""))
    if docs.get(_NOMINATION):
        items.append(
            (
                f"Hồ sơ đề nghị khen thưởng năm {year} (tờ trình)",
                pad2(docs[_NOMINATION]),
                "",
            )
        )
    for key, what in _OTHER_ISSUED.items():
        if docs.get(key):
            items.append((f"{what} năm {year}", pad2(docs[key]), ""))
    templates = repo.count(m.Template, "cluster_id = ?", [data.cluster.id])
    if templates:
        items.append((f"Mẫu văn bản riêng của {kind}", pad2(templates), "Trong tệp dữ liệu"))
    items.append(
        (
            f"Gói dữ liệu của phần mềm (tệp .thidua: toàn bộ hồ sơ, văn bản đã lưu và nhật ký "
            f"thay đổi của {kind})",
            "01",
            f"Mã kiểm tra: {short_digest(package_digest)}" if package_digest else "",
        )
    )
    return items
