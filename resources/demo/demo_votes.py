"""Votes and scores of the demo's 2016 year-end conference, tallied by the real voting engine."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import demo_text as T

from thidua_desktop.domain import model as m
from thidua_desktop.domain import voting as v
from thidua_desktop.services.vote_counting import to_ballot, vote_counts, vote_rules

if TYPE_CHECKING:
    from make_demo import Demo

SO, CUC = "Sở Tư pháp", "Cục THADS"
GOV_WINNERS = ("Cục THADS/Hà Giang", "Cục THADS/Yên Bái")
SECTOR_WINNERS = (
    "Sở Tư pháp/Lào Cai",
    "Sở Tư pháp/Hòa Bình",
    "Sở Tư pháp/Thái Nguyên",
    "Cục THADS/Yên Bái",
    "Cục THADS/Điện Biên",
    "Cục THADS/Bắc Kạn",
    "Cục THADS/Hà Giang",
)
# Present at the vote: every member unit but Sở Tư pháp tỉnh Lai Châu (both delegates absent).
PRESENT = 27
CLOSED_AT = "2016-11-22T10:20:00+07:00"  # as VoteService.accept stamps it


def tally(
    vote: m.Vote,
    candidates: Sequence[m.Candidate],
    names: Mapping[int, str],
    ballots: Sequence[m.BallotRecord] = (),
    totals: Sequence[m.VoteTotal] = (),
) -> v.VoteResult:
    """The stored rows of one vote through domain.voting, as the application tallies them."""
    cands = [v.Candidate(c.id, c.number, names[c.unit_id], c.withdrawn) for c in candidates]
    if vote.entry_mode == "ballots":
        read = [to_ballot(b) for b in sorted(ballots, key=lambda b: b.seq) if b.entry_pass == 1]
        return v.tally_ballots(cands, read, vote_counts(vote), vote_rules(vote))
    number = {c.id: c.number for c in candidates}
    by_number = {number[t.candidate_id]: t.votes for t in totals}
    return v.tally_totals(
        cands,
        by_number,
        vote.totals_valid,
        vote.totals_invalid,
        vote_counts(vote),
        vote_rules(vote),
    )


def _vote(d: Demo, conf: m.Conference, award: m.Award, title: str, **over) -> m.Vote:
    vote = m.Vote(
        conf.id,
        award.id,
        title,
        threshold_pct=award.threshold_pct,
        comparison=award.comparison,
        base=award.base,
        quota=award.quota,
        quorum_pct=award.quorum_pct,
        members_count=len(d.members),
        present_count=PRESENT,
        ballots_issued=PRESENT,
        ballots_returned=PRESENT,
        status="closed",
        closed_at=CLOSED_AT,
    )
    for k, val in over.items():
        setattr(vote, k, val)
    return d.add(vote)


def _candidates(d: Demo, vote: m.Vote, keys: Sequence[str]) -> list[m.Candidate]:
    ordered = sorted(keys, key=lambda k: d.units[k].sort_order)
    return [d.add(m.Candidate(vote.id, d.units[k].id, n)) for n, k in enumerate(ordered, 1)]


def _committee(d: Demo, vote: m.Vote, members: Sequence[tuple[str, str]]) -> None:
    for i, (key, tag) in enumerate(members):
        person = (d.leader if tag == "L" else d.staff)[key]
        role = "chief" if i == 0 else "member"
        title = "Trưởng ban" if i == 0 else "Ủy viên"
        d.add(m.CountingMember(vote.id, person.full_name, title, d.units[key].name, role, i))


COMMITTEE = (
    ("Sở Tư pháp/Bắc Giang", "L"),
    ("Cục THADS/Lạng Sơn", "S"),
    ("Sở Tư pháp/Phú Thọ", "S"),
)


def require(condition: bool, message: str) -> None:
    """A check of the generated data that survives `python -O`."""
    if not condition:
        raise RuntimeError(message)


def _check(result: v.VoteResult, d, expected: Sequence[str], what: str) -> None:
    """Exactly the seed-reported units are ELECTED, nobody tied, the quorum met."""
    unit_of = {c.id: c.unit_id for c in d.tables[m.Candidate]}
    got = {unit_of[r.candidate.id] for r in result.rows if r.status is v.Status.ELECTED}
    want = {d.units[k].id for k in expected}
    require(result.valid and not result.tied, f"{what}: quorum or tie problem")
    names = {u.id: u.short_name for u in d.units.values()}
    require(
        got == want,
        f"{what}: elected {sorted(names[i] for i in got)}, "
        f"the seed reports {sorted(names[i] for i in want)}",
    )


def build_votes(d: Demo, conf: m.Conference, awards: Mapping[str, m.Award]) -> list[v.VoteResult]:
    """The three 2016 votes; asserts that exactly the seed-reported units are elected."""
    names = {u.id: u.short_name for u in d.units.values()}
    results = []
    # (a) Government flag, entered ballot by ballot.
    gov = _vote(
        d, conf, awards["gov"], "Bình xét, suy tôn đề nghị tặng Cờ thi đua của Chính phủ năm 2016"
    )
    cands = _candidates(
        d,
        gov,
        ("Cục THADS/Hà Giang", "Sở Tư pháp/Hòa Bình", "Sở Tư pháp/Lào Cai") + GOV_WINNERS[1:],
    )
    patterns = {"1,4": 17, "1,2": 2, "1,3": 2, "2,4": 2, "3,4": 1, "1": 1, "": 1}
    stack = [(marks, "") for marks, n in patterns.items() for _ in range(n)]
    d.rng.shuffle(stack)
    stack.insert(11, ("1,2,4", v.over_quota_reason(3, gov.quota)))
    ballots = [
        d.add(m.BallotRecord(gov.id, seq, marks, reason))
        for seq, (marks, reason) in enumerate(stack, 1)
    ]
    results.append(tally(gov, cands, names, ballots=ballots))
    _check(results[-1], d, GOV_WINNERS, "Cờ thi đua của Chính phủ")
    _committee(d, gov, COMMITTEE)
    # (b) Sector flag for member units, entered as the committee's totals.
    votes_b = {
        "Cục THADS/Hà Giang": 25,
        "Cục THADS/Yên Bái": 24,
        "Sở Tư pháp/Lào Cai": 23,
        "Sở Tư pháp/Hòa Bình": 22,
        "Sở Tư pháp/Thái Nguyên": 21,
        "Cục THADS/Điện Biên": 21,
        "Cục THADS/Bắc Kạn": 20,
        "Sở Tư pháp/Phú Thọ": 11,
        "Cục THADS/Tuyên Quang": 8,
        "Sở Tư pháp/Sơn La": 5,
    }
    results.append(
        _totals_vote(
            d, conf, awards["sector"], votes_b, names, 26, 1,
            "Bình xét, suy tôn đề nghị tặng Cờ thi đua ngành Tư pháp năm 2016 (Sở Tư pháp, Cục THADS)",
        )
    )  # fmt: skip
    _check(results[-1], d, SECTOR_WINNERS, "Cờ thi đua ngành Tư pháp")
    # (c) Sector flag for the 8 Chi cục (not members: they stand, members vote), quota 8.
    branches = [k for k, u in d.units.items() if not u.is_member]
    votes_c = dict(zip(branches, (26, 24, 25, 23, 22, 24, 21, 22), strict=True))
    results.append(
        _totals_vote(
            d, conf, awards["sector"], votes_c, names, 27, 0,
            "Bình xét, suy tôn đề nghị tặng Cờ thi đua ngành Tư pháp năm 2016 (Chi cục THADS)",
            quota=len(branches),
        )
    )  # fmt: skip
    _check(results[-1], d, branches, "Cờ thi đua ngành Tư pháp (Chi cục)")
    return results


def _totals_vote(d: Demo, conf, award, votes, names, valid, invalid, title, **over) -> v.VoteResult:
    vote = _vote(
        d, conf, award, title, entry_mode="totals", totals_valid=valid, totals_invalid=invalid,
        **over,
    )  # fmt: skip
    cands = _candidates(d, vote, tuple(votes))
    by_unit = {d.units[k].id: n for k, n in votes.items()}
    totals = [d.add(m.VoteTotal(vote.id, c.id, by_unit[c.unit_id])) for c in cands]
    _committee(d, vote, COMMITTEE)
    return tally(vote, cands, names, totals=totals)


def vote_conclusion(results: Sequence[v.VoteResult], labels: Sequence[str]) -> str:
    """One line per vote: 'Cờ …: Cục THADS Hà Giang 22/28 phiếu (78,57%); …'."""
    lines = []
    for label, result in zip(labels, results, strict=True):
        won = [r for r in result.rows if r.status is v.Status.ELECTED]
        won.sort(key=lambda r: (r.rank, r.candidate.number))
        lines.append(f"{label}: " + "; ".join(f"{r.candidate.name} {r.quote}" for r in won) + ".")
    return "\n".join(lines)


# -- scoring -----------------------------------------------------------------------------------
def quarter(x: float) -> float:
    return round(x * 4) / 4


def _spread(rng: random.Random, base: Sequence[m.Criterion], gap: float) -> list[float]:
    """Points per criterion losing `gap` in all, in quarter points, roughly in proportion."""
    lost = [quarter(c.max_points * gap / 100 * rng.uniform(0.4, 1.6)) for c in base]
    diff, i = gap - sum(lost), rng.randrange(len(base))
    while diff:
        step = 0.25 if diff > 0 else -0.25
        j, i = i % len(base), i + 1
        if 0 <= lost[j] + step <= base[j].max_points:
            lost[j] += step
            diff -= step
    return [c.max_points - x for c, x in zip(base, lost, strict=True)]


def build_scores(d: Demo, year: m.Year) -> list[str]:
    """Criteria 2016 and every member's scores; returns unit keys ranked by the cluster score."""
    rng = d.rng
    cset = d.add(m.CriteriaSet(year.id, "Bảng chấm điểm thi đua năm 2016", 100))
    base: list[m.Criterion] = []
    order = 0
    for gi, (group, items) in enumerate(T.CRITERIA_2016):
        order += 1
        total = sum(p for _, p in items)
        g = d.add(
            m.Criterion(
                cset.id,
                group,
                m.CriterionKind.GROUP,
                total,
                None,
                ("I", "II", "III")[gi],
                "",
                order,
            )
        )
        for title, points in items:
            order += 1
            base.append(
                d.add(
                    m.Criterion(
                        cset.id,
                        title,
                        m.CriterionKind.BASE,
                        points,
                        g.id,
                        str(len(base) + 1),
                        "",
                        order,
                    )
                )
            )
    bonus = d.add(
        m.Criterion(
            cset.id, T.BONUS[0], m.CriterionKind.BONUS, T.BONUS[1], None, "IV", "", order + 1
        )
    )
    penalty = d.add(
        m.Criterion(
            cset.id, T.PENALTY[0], m.CriterionKind.PENALTY, T.PENALTY[1], None, "V", "", order + 2
        )
    )
    assert sum(c.max_points for c in base) == 100
    members = [k for k, u in d.units.items() if u.is_member]
    top = list(GOV_WINNERS) + [k for k in SECTOR_WINNERS if k not in GOV_WINNERS]
    # then the three that stood for the sector flag without reaching 70%, then the others
    runners = ["Sở Tư pháp/Phú Thọ", "Cục THADS/Tuyên Quang", "Sở Tư pháp/Sơn La"]
    rest = [k for k in members if k not in top and k not in runners]
    rng.shuffle(rest)
    rest = runners + rest
    ranked = top + rest
    targets = [97.5, 96.75, 95.5, 95.0, 94.25, 93.75, 93.0]
    t = 91.5
    for _ in rest:
        targets.append(t)
        t -= rng.choice((0.25, 0.5, 0.75, 1.0, 1.25))
    for i, key in enumerate(ranked):
        unit = d.units[key]
        b = rng.choice((1.0, 1.5, 2.0, 2.5)) if i < len(top) else rng.choice((0, 0, 0, 0.5, 1.0))
        pen = 0.0 if i < len(top) else rng.choice((0, 0, 0, 0, 0.5, 1.0, 2.0))
        base_total = targets[i] - b + pen
        points = _spread(rng, base, 100 - base_total)
        for c, p in zip(base, points, strict=True):
            self_p = min(c.max_points, p + rng.choice((0, 0, 0.25, 0.5)))
            d.add(m.Score(c.id, unit.id, float(self_p), float(p)))
        d.add(m.Score(bonus.id, unit.id, float(min(5.0, b + rng.choice((0, 0.5)))), float(b)))
        d.add(m.Score(penalty.id, unit.id, float(0 if pen < 1 else pen - 0.5), float(pen)))
    return ranked
