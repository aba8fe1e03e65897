"""Voting inputs: the cluster's rules, candidates, ballots and head counts, validated on creation."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import format_percent

PercentLike = Fraction | Decimal | int | float | str


class Base(StrEnum):
    """What the percentage is taken on."""

    MEMBERS = "members"
    PRESENT = "present"
    RETURNED = "returned"
    VALID = "valid"

    @property
    def label(self) -> str:
        return _BASE_LABELS[self]

    def phrase(self, value: int) -> str:
        """'trên tổng số 14 đơn vị thành viên' — the base as it reads in an explanation."""
        return f"trên tổng số {value} {_BASE_NOUNS[self]}"


_BASE_LABELS = {
    Base.MEMBERS: "tổng số đơn vị thành viên",
    Base.PRESENT: "số đại biểu có mặt",
    Base.RETURNED: "số phiếu thu vào",
    Base.VALID: "số phiếu hợp lệ",
}
_BASE_NOUNS = {
    Base.MEMBERS: "đơn vị thành viên",
    Base.PRESENT: "đại biểu có mặt",
    Base.RETURNED: "phiếu thu vào",
    Base.VALID: "phiếu hợp lệ",
}


class Comparison(StrEnum):
    """How votes compare with the threshold: 'từ 70% trở lên' (>=) or 'trên 50%' (>)."""

    GE = ">="
    GT = ">"

    @property
    def symbol(self) -> str:
        return "≥" if self is Comparison.GE else ">"

    @property
    def label(self) -> str:
        return "từ … trở lên (≥)" if self is Comparison.GE else "trên … (>)"


class InvalidReason(StrEnum):
    """The usual reasons the counting committee declares a ballot invalid."""

    NOT_OFFICIAL = "Không phải phiếu do Ban kiểm phiếu phát ra"
    OVER_QUOTA = "Đánh dấu quá số lượng được bầu"
    OUTSIDE_LIST = "Đánh dấu hoặc ghi thêm tên ngoài danh sách"
    UNREADABLE = "Không đọc được, không xác định được ý kiến"
    IDENTIFYING = "Có ký tên hoặc đánh dấu nhận dạng"


def over_quota_reason(marks: int, quota: int) -> str:
    """'Đánh dấu quá số lượng được bầu (3/2)'."""
    return f"{InvalidReason.OVER_QUOTA} ({marks}/{quota})"


def _exact(number: Decimal | str) -> Fraction:
    """A decimal as a Fraction, refusing NaN, infinities and absurd exponents (1e-999999999)."""
    dec = Decimal(number)
    if not dec.is_finite() or abs(dec.adjusted()) > 40 or len(dec.as_tuple().digits) > 60:
        raise ValueError(number)
    return Fraction(dec)


def parse_percent(value: PercentLike, where: str = "threshold_pct") -> Fraction:
    """A percentage as an exact Fraction of 100.

    Numbers are percentages (70, 66.67, Decimal("50.5"), Fraction(200, 3)); so are strings
    ("70", "70%", "66,67", "200/3" as stored). A slash string worth at most 1 is a *ratio*
    instead: "2/3" is 66,666…%, "1/2" is 50% (nobody sets a threshold under 1%). Floats are
    read through their shortest decimal text, so 66.67 is exactly 6667/100.
    `percent_storage_text` writes a string that reads back to the same value.
    """
    message = (
        f"Tỷ lệ “{value}” không hợp lệ: nhập số phần trăm (ví dụ 70 hoặc 66,67) "
        "hoặc một phân số (ví dụ 2/3)"
    )
    try:
        if isinstance(value, bool):
            raise TypeError
        if isinstance(value, Fraction | int):
            result = Fraction(value)
        elif isinstance(value, float | Decimal):
            result = _exact(repr(value) if isinstance(value, float) else value)
        elif isinstance(value, str):
            text = value.strip().removesuffix("%").strip().replace(",", ".")
            if "/" in text:
                num, _, den = text.partition("/")
                result = _exact(num.strip()) / _exact(den.strip())
                if result <= 1:
                    result *= 100
            else:
                result = _exact(text)
        else:
            raise TypeError
    except (TypeError, ValueError, ZeroDivisionError, InvalidOperation, OverflowError):
        raise ValidationError(message, where=where) from None
    if not 0 <= result <= 100:
        raise ValidationError(f"Tỷ lệ phải từ 0% đến 100% (đã nhập {value})", where=where)
    return result


def percent_storage_text(pct: Fraction) -> str:
    """The exact percentage as text `parse_percent` reads back: '70', '66.67', '200/3'."""
    den = pct.denominator
    while den % 2 == 0:
        den //= 2
    while den % 5 == 0:
        den //= 5
    if den == 1:  # a terminating decimal
        text = f"{Decimal(pct.numerator) / Decimal(pct.denominator):f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(pct) if pct > 1 else str(pct / 100)


def rule_percent_text(pct: Fraction) -> str:
    """'70%', '66,67%' when exact in two decimals; else the ratio too: '2/3 (66,67%)'."""
    hundredths = pct * 100
    if hundredths.denominator == 1:
        whole, frac = divmod(hundredths.numerator, 100)
        text = str(whole) if frac == 0 else f"{whole},{frac:02d}".rstrip("0")
        return f"{text}%"
    ratio = pct / 100
    return f"{ratio.numerator}/{ratio.denominator} ({format_percent(pct)})"


def _check_int(value: object, where: str, label: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label} phải là số nguyên (đã nhập “{value}”)", where=where)
    if value < minimum:
        bound = "không được âm" if minimum == 0 else f"phải từ {minimum} trở lên"
        raise ValidationError(f"{label} {bound} (đã nhập {value})", where=where)
    return value


@dataclass(frozen=True)
class VoteRules:
    """One award's voting rules from the cluster's regulation (quy chế hoạt động).

    ``threshold_pct`` and ``quorum_pct`` accept anything `parse_percent` reads and are stored as
    exact Fractions of 100; ``comparison`` and ``base`` accept their enum values as strings.
    ``quorum_pct`` = 0 means no quorum; otherwise present/members must be ≥ it.
    """

    threshold_pct: Fraction = Fraction(70)
    comparison: Comparison = Comparison.GE
    base: Base = Base.MEMBERS
    quota: int = 1
    quorum_pct: Fraction = Fraction(0)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "threshold_pct", parse_percent(self.threshold_pct, "threshold_pct"))
        set_(self, "quorum_pct", parse_percent(self.quorum_pct, "quorum_pct"))
        try:
            set_(self, "comparison", Comparison(self.comparison))
        except ValueError:
            raise ValidationError(
                f"Cách so sánh “{self.comparison}” không hợp lệ: chọn ≥ (từ … trở lên) hoặc > (trên …)",
                where="comparison",
            ) from None
        try:
            set_(self, "base", Base(self.base))
        except ValueError:
            raise ValidationError(
                f"Cơ sở tính tỷ lệ “{self.base}” không hợp lệ: chọn một trong "
                + ", ".join(b.label for b in Base),
                where="base",
            ) from None
        _check_int(self.quota, "quota", "Số suất được đề nghị", minimum=1)
        if self.comparison is Comparison.GT and self.threshold_pct == 100:
            raise ValidationError(
                "Ngưỡng “trên 100%” không bao giờ đạt được: dùng “từ 100% trở lên” hoặc hạ ngưỡng",
                where="threshold_pct",
            )

    @property
    def threshold_text(self) -> str:
        """'≥ 70%', '> 50%', '≥ 2/3 (66,67%)'."""
        return f"{self.comparison.symbol} {rule_percent_text(self.threshold_pct)}"

    def passes(self, votes: int, base_value: int) -> bool:
        """Exact test of votes/base (as %) against the threshold.

        A unit with no vote never passes, whatever the threshold ("≥ 0%" ranks without a bar
        but still needs someone's agreement); nor does anyone on an empty base.
        """
        if votes <= 0 or base_value <= 0:
            return False
        left = votes * 100 * self.threshold_pct.denominator
        right = self.threshold_pct.numerator * base_value
        return left >= right if self.comparison is Comparison.GE else left > right

    def quorum_met(self, present: int, members: int) -> bool:
        return present * 100 * self.quorum_pct.denominator >= self.quorum_pct.numerator * members


@dataclass(frozen=True)
class Candidate:
    """A unit on the ballot; ``number`` is its 1-based position there (what the keypad types)."""

    id: int
    number: int
    name: str
    withdrawn: bool = False

    def __post_init__(self) -> None:
        _check_int(self.id, "candidate.id", "Mã đơn vị")
        _check_int(self.number, "candidate.number", "Số thứ tự trên phiếu", minimum=1)
        name = unicodedata.normalize("NFC", str(self.name)).strip()
        if not name:
            raise ValidationError("Tên đơn vị ứng cử không được để trống", where="candidate.name")
        object.__setattr__(self, "name", name)


@dataclass(frozen=True)
class Ballot:
    """One ballot as read: the numbers marked 'đồng ý'; ``invalid_reason`` None means valid.

    A blank ballot (no marks) is valid: it agrees with nobody. Marks on an invalid ballot are
    kept for double-entry comparison but never counted.
    """

    marks: frozenset[int] = field(default_factory=frozenset)
    invalid_reason: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.marks, frozenset):
            object.__setattr__(self, "marks", frozenset(self.marks))
        for n in self.marks:
            if type(n) is not int or n < 1:
                raise ValidationError(
                    f"Số “{n}” không phải số thứ tự trên phiếu (1, 2, 3…)", where="ballot.marks"
                )
        reason = self.invalid_reason
        if reason is not None:
            reason = unicodedata.normalize("NFC", str(reason)).strip()
            if not reason:
                raise ValidationError(
                    "Phiếu không hợp lệ phải ghi rõ lý do", where="ballot.invalid_reason"
                )
            object.__setattr__(self, "invalid_reason", reason)

    @property
    def is_valid(self) -> bool:
        return self.invalid_reason is None

    @property
    def marks_text(self) -> str:
        """'1,3' (ascending; '' for a blank ballot) — the stored form, read by `parse_marks`."""
        return ",".join(map(str, sorted(self.marks)))

    @property
    def is_blank(self) -> bool:
        return self.invalid_reason is None and not self.marks

    @property
    def status_text(self) -> str:
        return "hợp lệ" if self.invalid_reason is None else f"không hợp lệ: {self.invalid_reason}"


def parse_marks(text: str) -> frozenset[int]:
    """'1,3', '1 3', '1;3' or '1+3' → {1, 3}; '' → a blank ballot."""
    parts = text.replace(";", ",").replace("+", ",").replace(" ", ",").split(",")
    marks = set()
    for part in filter(None, (p.strip() for p in parts)):
        if not part.isascii() or not part.isdigit() or int(part) < 1:
            raise ValidationError(
                f"“{part}” không phải số thứ tự trên phiếu: nhập các số cách nhau bằng dấu phẩy",
                where="marks",
            )
        marks.add(int(part))
    return frozenset(marks)


def check_candidates(candidates: Sequence[Candidate]) -> dict[int, Candidate]:
    """Candidates by ballot number; refuses an empty list and duplicate numbers or ids."""
    if not candidates:
        raise ValidationError("Danh sách ứng cử trống", where="candidates")
    by_number: dict[int, Candidate] = {}
    ids: set[int] = set()
    for c in candidates:
        if c.number in by_number:
            raise ValidationError(
                f"Số {c.number} bị trùng: “{by_number[c.number].name}” và “{c.name}”",
                where="candidates",
            )
        if c.id in ids:
            raise ValidationError(f"Đơn vị “{c.name}” có tên hai lần trong danh sách", "candidates")
        by_number[c.number] = c
        ids.add(c.id)
    return by_number


def unknown_number_error(number: int) -> ValidationError:
    return ValidationError(f"Số {number} không có trong danh sách ứng cử", where="marks")


def classify_ballot(
    marks: Iterable[int],
    candidates: Sequence[Candidate],
    rules: VoteRules,
    invalid_reason: str | None = None,
) -> Ballot:
    """Read one ballot at entry.

    An unknown number is a typing error and is refused (ValidationError), not recorded; more
    marks than the quota make the ballot invalid. ``invalid_reason`` records a committee
    decision (an `InvalidReason`, or free text) for a ballot with another defect.
    """
    numbers = {c.number for c in candidates}
    marked = frozenset(marks)
    for n in sorted(marked):
        if n not in numbers:
            raise unknown_number_error(n)
    if invalid_reason is None and len(marked) > rules.quota:
        invalid_reason = over_quota_reason(len(marked), rules.quota)
    return Ballot(marked, invalid_reason)


@dataclass(frozen=True)
class Counts:
    """Head and ballot counts recorded by the counting committee (Ban kiểm phiếu).

    ``members`` = units entitled to vote; ``present`` = voters present; ``issued`` = ballots
    handed out (phát ra) — at most one per voter present, possibly fewer if someone declines;
    ``returned`` = ballots collected (thu vào), invalid ones included. So
    returned ≤ issued ≤ present ≤ members.
    """

    members: int
    present: int
    issued: int
    returned: int

    def __post_init__(self) -> None:
        m = _check_int(self.members, "members", "Tổng số đơn vị thành viên", minimum=1)
        p = _check_int(self.present, "present", "Số đại biểu có mặt")
        i = _check_int(self.issued, "issued", "Số phiếu phát ra")
        r = _check_int(self.returned, "returned", "Số phiếu thu vào")
        if p > m:
            raise ValidationError(
                f"Số đại biểu có mặt ({p}) lớn hơn tổng số đơn vị thành viên ({m})",
                where="present",
            )
        if i > p:
            raise ValidationError(
                f"Số phiếu phát ra ({i}) lớn hơn số đại biểu có mặt ({p}): mỗi đại biểu có mặt "
                "nhận nhiều nhất một phiếu (có thể ít hơn nếu có người không nhận phiếu)",
                where="issued",
            )
        if r > i:
            raise ValidationError(
                f"Số phiếu thu vào ({r}) lớn hơn số phiếu phát ra ({i})", where="returned"
            )

    def base_value(self, base: Base, valid_ballots: int) -> int:
        if base is Base.MEMBERS:
            return self.members
        if base is Base.PRESENT:
            return self.present
        if base is Base.RETURNED:
            return self.returned
        return valid_ballots
