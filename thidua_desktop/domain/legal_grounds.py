"""The law on emulation and commendation by date: which instruments a letter cites as "Căn cứ"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from thidua_desktop.domain.vntext import fold, format_date_long


@dataclass(frozen=True)
class Instrument:
    """A national instrument with the period a document dated within it cites it.

    ``cited_from`` is the day it took effect where that is verified, else the day it was signed;
    ``cited_until`` the last day before the instrument that replaced it took effect (None: still
    cited).
    """

    kind: str  # "Luật", "Nghị định"
    number: str  # "15/2003/QH11"
    signed: date
    title: str  # what follows number, date (and issuer) in a citation
    cited_from: date
    cited_until: date | None = None
    issuer: str = ""  # "Chính phủ" for decrees; laws are cited without their issuer

    def in_force(self, on: date) -> bool:
        return self.cited_from <= on and (self.cited_until is None or on <= self.cited_until)

    @property
    def citation(self) -> str:
        """'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định …'."""
        issuer = f" của {self.issuer}" if self.issuer else ""
        head = f"{self.kind} {self.title}" if self.kind == "Luật" else self.kind
        tail = "" if self.kind == "Luật" else f" {self.title}"
        return f"{head} số {self.number} {format_date_long(self.signed)}{issuer}{tail}"


_OLD_LAW_END = date(2023, 12, 31)  # Luật 06/2022/QH15 replaced the 2003 law on 1/1/2024

INSTRUMENTS: tuple[Instrument, ...] = (
    Instrument(
        "Luật",
        "15/2003/QH11",
        date(2003, 11, 26),
        "Thi đua, Khen thưởng",
        date(2004, 7, 1),
        _OLD_LAW_END,
    ),
    Instrument(
        "Luật",
        "47/2005/QH11",
        date(2005, 6, 14),
        "sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng",
        date(2005, 6, 14),
        _OLD_LAW_END,
    ),
    Instrument(
        "Luật",
        "39/2013/QH13",
        date(2013, 11, 16),
        "sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng",
        date(2014, 6, 1),
        _OLD_LAW_END,
    ),
    Instrument(
        "Nghị định",
        "42/2010/NĐ-CP",
        date(2010, 4, 15),
        "quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng và Luật sửa đổi, "
        "bổ sung một số điều của Luật Thi đua, Khen thưởng",
        date(2010, 4, 15),
        date(2017, 9, 30),
        "Chính phủ",
    ),
    Instrument(
        "Nghị định",
        "65/2014/NĐ-CP",
        date(2014, 7, 1),
        "quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, "
        "Khen thưởng năm 2013",
        date(2014, 7, 1),
        date(2017, 9, 30),
        "Chính phủ",
    ),
    Instrument(
        "Nghị định",
        "91/2017/NĐ-CP",
        date(2017, 7, 31),
        "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        date(2017, 10, 1),
        _OLD_LAW_END,
        "Chính phủ",
    ),
    Instrument(
        "Luật",
        "06/2022/QH15",
        date(2022, 6, 15),
        "Thi đua, khen thưởng",
        date(2024, 1, 1),
    ),
    Instrument(
        "Nghị định",
        "98/2023/NĐ-CP",
        date(2023, 12, 31),
        "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        date(2024, 1, 1),
        date(2025, 6, 30),  # replaced from 1/7/2025; its successor is for the secretary to cite
        "Chính phủ",
    ),
)


def national_grounds(on: date) -> list[str]:
    """Citations of the national instruments in force on ``on``: laws first, then decrees."""
    found = [i for i in INSTRUMENTS if i.in_force(on)]
    found.sort(key=lambda i: (i.kind != "Luật", i.signed))
    return [i.citation for i in found]


def regulation_citation(regulation: str) -> str:
    """The name of the cluster's Quy chế from its stored text ('' when the text is not one).

    The stored text may carry the rules after a colon ("Quy chế …: tập thể được suy tôn …"):
    only the name before it is a citation.
    """
    first = clean_ground(regulation.strip().splitlines()[0] if regulation.strip() else "")
    name = first.split(":", 1)[0].strip()
    return name if fold(name).startswith("quy che") and len(name) <= 250 else ""


def default_grounds(on: date, regulation: str = "") -> list[str]:
    """What a letter dated ``on`` cites before the conference's own decision: the national
    instruments of that date, then the cluster's Quy chế when its name is known."""
    out = national_grounds(on)
    if own := regulation_citation(regulation):
        out.append(own)
    return out


_TRAILING = re.compile(r"[\s.;,:/]+$")
_LEADING = re.compile(r"^\s*(?:[-–•+*]\s*)?(?:căn cứ\s+)?", re.IGNORECASE)


def clean_ground(text: str) -> str:
    """One ground as the list stores it: no leading 'Căn cứ' or bullet, no closing punctuation
    (the document adds ';' or '.' itself, so a stored '.' never prints as '.;')."""
    return _TRAILING.sub("", _LEADING.sub("", " ".join(text.split())))


def with_decision(grounds: Sequence[str], decision_ref: str) -> list[str]:
    """The grounds, then the conference's own decision unless the list already cites it."""
    out = [g for g in (clean_ground(x) for x in grounds) if g]
    decision = clean_ground(decision_ref)
    if decision and not any(_same_instrument(decision, g) for g in out):
        out.append(decision)
    return out


def _same_instrument(a: str, b: str) -> bool:
    """The same text, or the same number ("số 2355/QĐ-BTP") cited in other words."""
    number = re.search(r"số\s+(\d+/[\w\-/]+)", a, re.IGNORECASE)
    return fold(a) == fold(b) or bool(number and fold(number.group(1)) in fold(b))


def numbered(items: Iterable[str], last: str = ".", sep: str = ";") -> list[str]:
    """List items punctuated as letters print them: each ends with ``sep``, the last with
    ``last``; closing punctuation typed by the user is replaced, never doubled."""
    cleaned = [_TRAILING.sub("", " ".join(x.split())) for x in items]
    cleaned = [x for x in cleaned if x]
    return [x + (last if i == len(cleaned) - 1 else sep) for i, x in enumerate(cleaned)]
