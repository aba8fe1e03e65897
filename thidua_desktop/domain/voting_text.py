"""The Vietnamese wording of a vote's outcome: each unit's explanation, quorum and summary."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from thidua_desktop.domain.vntext import format_percent
from thidua_desktop.domain.voting_result import Status, VoteRow, percent_of
from thidua_desktop.domain.voting_rules import Candidate, Counts, VoteRules, rule_percent_text

_MAX_DECIMALS = 6


def names(cs: Sequence[Candidate]) -> str:
    return ", ".join(c.name for c in cs)


def level_text(pct: Fraction) -> str:
    """A rule's level as the regulation writes it: '70%', '66,67%', and a ratio as a ratio
    ('2/3'), never its rounded percentage (66,67% is not 2/3)."""
    if (pct * 100).denominator == 1:
        return rule_percent_text(pct)
    ratio = pct / 100
    return f"{ratio.numerator}/{ratio.denominator}"


def threshold_phrase(rules: VoteRules) -> str:
    """'≥ 70%', '> 50%', '≥ 2/3'."""
    return f"{rules.comparison.symbol} {level_text(rules.threshold_pct)}"


def percent_below(value: Fraction, level: Fraction) -> str:
    """``value`` (a percentage under ``level``) with as many decimals as it takes not to read
    as the level: 6/9 against 66,67% is '66,667%', not '66,67%'. Two decimals otherwise."""
    for decimals in range(2, _MAX_DECIMALS + 1):
        text = format_percent(value, decimals)
        shown = Fraction(text.removesuffix("%").replace(",", "."))
        if value >= level or shown < level:
            return text
    scale = 10**_MAX_DECIMALS  # truncate: still below the level
    whole, frac = divmod(int(value * scale), scale)
    return f"{whole},{frac:0{_MAX_DECIMALS}d}%"


def vote_quote(rules: VoteRules, votes: int, base_value: int) -> str:
    """'12/14 phiếu (85,71%)'; a unit under the threshold never shows a percentage rounded up
    to it ('6/9 phiếu (66,667%)' against ≥ 66,67%)."""
    value = percent_of(votes, base_value)
    return f"{votes}/{base_value} phiếu ({percent_below(value, rules.threshold_pct)})"


def presence(counts: Counts, level: Fraction | None = None) -> str:
    """'có mặt 9/14 thành viên (64,29%)'."""
    value = percent_of(counts.present, counts.members)
    pct = format_percent(value) if level is None else percent_below(value, level)
    return f"có mặt {counts.present}/{counts.members} thành viên ({pct})"


def quorum_explanation(rules: VoteRules, counts: Counts, met: bool) -> str:
    if rules.quorum_pct == 0:
        return "Quy chế không quy định tỷ lệ tham dự tối thiểu."
    need = f"≥ {level_text(rules.quorum_pct)}"
    if met:
        return f"Đủ tỷ lệ tham dự: {presence(counts)}, đạt mức tối thiểu {need} theo quy chế."
    return (
        f"Không đủ tỷ lệ tham dự: {presence(counts, rules.quorum_pct)}, dưới mức tối thiểu "
        f"{need} theo quy chế, nên kết quả bỏ phiếu không có giá trị."
    )


def row_explanation(
    rules: VoteRules,
    counts: Counts,
    base_value: int,
    candidate: Candidate,
    votes: int,
    status: Status,
    rank: int,
    quote: str,
    tied: Sequence[Candidate],
    remaining: int,
) -> str:
    """One paragraph citing the rule that decided this unit's status."""
    rule = f"{threshold_phrase(rules)} {rules.base.phrase(base_value)}"
    quota = f"{rules.quota} suất"
    if status is Status.ELECTED:
        return f"Đạt {quote} {rule}; xếp thứ {rank}, trong {quota}."
    if status is Status.TIED:
        others = names([t for t in tied if t.number != candidate.number])
        return (
            f"Đạt {quote} {rule}; xếp thứ {rank}, bằng phiếu với {others} ở ranh giới "
            f"{quota} (còn {remaining} suất cho {len(tied)} đơn vị): cần bỏ phiếu vòng mới "
            "giữa các đơn vị bằng phiếu hoặc có đơn vị xin rút."
        )
    if status is Status.OVER_QUOTA:
        return f"Đạt {quote} {rule} nhưng xếp thứ {rank}, ngoài {quota}."
    if status is Status.WITHDRAWN:
        return f"Đơn vị xin rút nên không được xét (được {quote})."
    if status is Status.VOID:
        return (
            f"Được {quote}, nhưng kết quả không có giá trị vì "
            f"{presence(counts, rules.quorum_pct)}, dưới mức tham dự tối thiểu "
            f"≥ {level_text(rules.quorum_pct)} theo quy chế."
        )
    if base_value == 0:
        nothing = rules.base.label.removeprefix("số ")
        return f"Được {quote}: không có {nothing} nên không đơn vị nào đạt."
    if votes == 0 and rules.threshold_pct == 0:
        return f"Được {quote}: không có phiếu đồng ý nào nên không đạt."
    if votes * 100 == rules.threshold_pct * base_value:  # exactly the level of a "> …" rule
        return (
            f"Được {quote}, bằng đúng mức {level_text(rules.threshold_pct)}, chưa đạt mức {rule}."
        )
    return f"Được {quote}, không đạt mức {rule}."


def summary(
    rules: VoteRules,
    counts: Counts,
    rows: Sequence[VoteRow],
    base_value: int,
    valid: int,
    invalid: int,
    blank: int | None,
    quorum_met: bool,
    quorum_text: str,
    remaining: int,
) -> str:
    """The paragraph for the counting minutes: ballots, the rule, then who got what."""

    def of(s: Status) -> list[Candidate]:
        picked = sorted(
            (r for r in rows if r.status is s), key=lambda r: (r.rank, r.candidate.number)
        )
        return [r.candidate for r in picked]

    parts = [
        f"Số phiếu phát ra: {counts.issued}; thu vào: {counts.returned}; hợp lệ: {valid}"
        + (f" (trong đó {blank} phiếu trắng)" if blank else "")
        + f"; không hợp lệ: {invalid}.",
        f"Quy chế: đạt {threshold_phrase(rules)} tính trên {rules.base.label} ({base_value}), "
        f"tối đa {rules.quota} suất.",
    ]
    if rules.quorum_pct or not quorum_met:
        parts.append(quorum_text)
    if not quorum_met:
        parts.append("Không đơn vị nào được suy tôn; cần tổ chức bỏ phiếu lại khi đủ thành viên.")
        return " ".join(parts)
    quotes = {r.candidate.number: r.quote for r in rows}
    elected = of(Status.ELECTED)
    if elected:
        listed = "; ".join(f"{c.name} – {quotes[c.number]}" for c in elected)
        parts.append(f"Đạt ({len(elected)}/{rules.quota} suất): {listed}.")
    else:
        parts.append("Không đơn vị nào đạt.")
    tied = of(Status.TIED)
    if tied:
        parts.append(
            f"Bằng phiếu ở ranh giới ({quotes[tied[0].number]}): {names(tied)}; còn {remaining} "
            "suất: cần bỏ phiếu vòng mới giữa các đơn vị này hoặc có đơn vị xin rút."
        )
    for status, lead in (
        (Status.OVER_QUOTA, "Đạt tỷ lệ nhưng ngoài số suất"),
        (Status.NOT_PASSED, f"Không đạt mức {threshold_phrase(rules)}"),
        (Status.WITHDRAWN, "Xin rút"),
    ):
        if group := of(status):
            parts.append(f"{lead}: {names(group)}.")
    return " ".join(parts)
