"""Parts of the nomination letter: its grounds, the vote's qualifier, each unit's record."""

from __future__ import annotations

import re

from thidua_desktop.documents.context import ClusterData, VoteData, doc_date
from thidua_desktop.domain.legal_grounds import default_grounds, with_decision
from thidua_desktop.domain.scoring import parse_tie_breaks, rank, unit_totals
from thidua_desktop.domain.vntext import fold, format_decimal, pad2

_TRAILING_PARENTHESIS = re.compile(r"\(([^()]+)\)\s*$")


def letter_grounds(data: ClusterData) -> list[str]:
    """What follows each 'Căn cứ' (no closing punctuation: the template adds it): the year's own
    list, else the instruments in force on the letter's date and the cluster's Quy chế; then
    the conference's decision."""
    grounds = data.legal_grounds or default_grounds(doc_date(data), data.cluster.regulation)
    decision = data.conference.decision_ref if data.conference else ""
    return with_decision(grounds, decision)


def vote_qualifier(data: ClusterData, vd: VoteData) -> str:
    """'Chi cục THADS' when the conference held another vote for the same award (so the two
    letters do not read alike): the vote title's closing parenthesis, else its order."""
    same = [x for x in data.votes if x.award.id == vd.award.id and x.vote.round_no == 1]
    if len(same) < 2 or vd.vote.round_no != 1:
        return ""
    if match := _TRAILING_PARENTHESIS.search(vd.vote.title or ""):
        return match.group(1).strip()
    position = next(i for i, x in enumerate(same, 1) if x.vote.id == vd.vote.id)
    return f"lần bỏ phiếu thứ {position}"


def achievements(data: ClusterData, award_name: str) -> dict[str, str]:
    """One line per unit (by name) from the records: the cluster's score and rank, and the
    titles it registered for this year. Units with neither are absent."""
    lines: dict[str, list[str]] = {}
    sd = data.scores
    if sd is not None:
        names = {u.id: u.name for u in data.units}
        totals = [t for t in unit_totals(sd.criteria, sd.scores, names).values() if t.scored]
        ranked = rank(totals, parse_tie_breaks(sd.criteria_set.tie_break))
        for t in ranked:
            lines.setdefault(t.name, []).append(
                f"điểm chấm {format_decimal(t.total, 1)}/{sd.criteria_set.scale}, "
                f"xếp thứ {pad2(t.rank)}/{pad2(len(ranked))}"
            )
    awards = {a.id: a.name for a in data.awards}
    registered: dict[int, list[str]] = {}
    for r in data.registrations:
        if r.award_id in awards:
            registered.setdefault(r.unit_id, []).append(awards[r.award_id])
    for unit_id, titles in registered.items():
        name = data.unit_name(unit_id)
        if not name:
            continue
        # the letter names its award already: registering for it reads "đã đăng ký danh hiệu"
        own = any(fold(t) == fold(award_name) for t in titles)
        lines.setdefault(name, []).append(
            "đã đăng ký danh hiệu" if own else f"đã đăng ký {', '.join(titles)}"
        )
    return {name: _sentence("; ".join(parts)) for name, parts in lines.items()}


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "." if text else ""
