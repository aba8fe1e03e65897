"""Vietnamese text: NFC, accent folding, sort keys, dates and numbers as offices write them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, time
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # fractions (and decimal) load with the first number formatted
    from decimal import Decimal
    from fractions import Fraction

__all__ = [
    "compile_query",
    "fold",
    "fold_tokens",
    "format_date_long",
    "format_date_short",
    "format_decimal",
    "format_doc_number",
    "format_percent",
    "format_place_date",
    "format_time",
    "format_vote",
    "matches",
    "nfc",
    "nfc_or_none",
    "pad2",
    "person_sort_key",
    "search_key",
    "sort_key",
]


# --- normalisation -----------------------------------------------------------------------------
# Ð (U+00D0, Icelandic eth) and Ɖ (U+0189, African D) look like Đ and come out of some keyboards
# and fonts; zero-width characters come from copy-paste out of Word and web pages.
_LOOKALIKES = str.maketrans(
    {"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111", "\u0256": "\u0111"}
    | dict.fromkeys(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"], None)
    # invisible too (not the soft hyphen: it is "ư" in TCVN3 text): direction marks, Mongolian vowel separator, invisible operators
    | dict.fromkeys(["\u200e", "\u200f", "\u180e", *map(chr, range(0x2061, 0x2065))])
)
_ANY_SPACE = re.compile(r"\s+")
_LINE_SPACE = re.compile(r"[^\S\n]+")


def nfc(s: str, *, multiline: bool = False) -> str:
    """Text as it is stored: NFC, Đ for its look-alikes, no zero-width characters, tidy spaces.

    Runs of whitespace become one space and the ends are stripped. With ``multiline=True`` line
    breaks survive (CR LF / CR become LF) and each line is tidied on its own.
    """
    s = unicodedata.normalize("NFC", s.translate(_LOOKALIKES))
    if not multiline:
        return _ANY_SPACE.sub(" ", s).strip()
    lines = s.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_LINE_SPACE.sub(" ", line).strip() for line in lines).strip("\n")


def nfc_or_none(s: str | None, *, multiline: bool = False) -> str | None:
    """nfc() for optional fields: None and blank text both give None."""
    if s is None:
        return None
    return nfc(s, multiline=multiline) or None


# --- folding and search ------------------------------------------------------------------------
_FOLD_LETTERS = str.maketrans({"đ": "d", "Đ": "d"})
_TOKEN = re.compile(r"[^\W_]+")


def fold(s: str) -> str:
    """Lower-case, accent-free form for searching: "Nguyễn Văn Đạt" -> "nguyen van dat".

    Every combining mark goes (tones, ă â ê ô ơ ư, and foreign ones like ü), đ becomes d, and
    whitespace is tidied as in nfc(). Punctuation is kept. NFC and NFD input fold alike.
    """
    s = unicodedata.normalize("NFD", s.translate(_LOOKALIKES)).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_FOLD_LETTERS)
    return _ANY_SPACE.sub(" ", unicodedata.normalize("NFC", s)).strip()


def fold_tokens(s: str) -> list[str]:
    """The folded words of ``s``, punctuation dropped: "Sở Tư pháp/Hà Giang" -> [so, tu, ...]."""
    return _TOKEN.findall(fold(s))


def search_key(s: str) -> str:
    """fold_tokens joined by single spaces: what to precompute once per searchable row."""
    return " ".join(fold_tokens(s))


@lru_cache(maxsize=256)
def compile_query(query: str) -> Callable[[str], bool]:
    """Compile a search box query into a predicate over *already folded* text.

    Precompute ``fold(text)`` (or ``search_key(text)``) for each row once; then per keystroke::

        pred = compile_query(box_text)
        hits = [row for row, key in zip(rows, keys, strict=True) if pred(key)]

    Each query token must be the start of a word of the text, and the tokens must hit
    successive words in order, not necessarily adjacent: "ng v a" and "an" find "Nguyễn Văn An",
    "ha giang" finds "Sở Tư pháp tỉnh Hà Giang", "an nguyen" does not. A blank query (no tokens)
    matches everything. One compiled regular expression; about a microsecond per row.
    """
    tokens = fold_tokens(query)
    if not tokens:
        return lambda folded: True
    # (?<![^\W_]) = "at the start of a word"; .*? lets later tokens skip words in between.
    pattern = re.compile(".*?".join(r"(?<![^\W_])" + re.escape(t) for t in tokens), re.DOTALL)
    search = pattern.search
    return lambda folded: search(folded) is not None


def matches(query: str, text: str) -> bool:
    """True when ``text`` is a hit for the search box ``query`` (see compile_query)."""
    return compile_query(query)(fold(text))


# --- Vietnamese alphabetical order -------------------------------------------------------------
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_LETTER_RANK = {letter: 100 + i for i, letter in enumerate(_ALPHABET)}
# Tone order of Vietnamese dictionaries: ngang < huyền < hỏi < ngã < sắc < nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_VOWEL_MODIFIERS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_SPACE_RANK, _SYMBOL_RANK, _NUMBER_RANK, _OTHER_LETTER_RANK = 1, 2, 3, 1000


@lru_cache(maxsize=4096)
def _collation(ch: str) -> tuple[int, int, int, str]:
    """(primary rank, tone, is_upper, other marks) of one NFC character."""
    if ch.isspace():
        return _SPACE_RANK, 0, 0, ""
    nfd = unicodedata.normalize("NFD", ch)
    base, marks = nfd[0], nfd[1:]
    lower = base.lower() if len(base.lower()) == 1 else base
    tone = next((_TONE_RANK[m] for m in marks if m in _TONE_RANK), 0)
    other = "".join(m for m in marks if m not in _TONE_RANK)
    for m in other:
        if (lower, m) in _VOWEL_MODIFIERS:
            lower = _VOWEL_MODIFIERS[lower, m]
            other = other.replace(m, "", 1)
            break
    upper = int(base.isupper())
    if lower in _LETTER_RANK:
        return _LETTER_RANK[lower], tone, upper, other
    if base.isalpha():
        return _OTHER_LETTER_RANK + ord(lower), tone, upper, other
    return _SYMBOL_RANK, tone, 0, other + ch


def sort_key(s: str) -> tuple:
    """Key for Vietnamese alphabetical order: sorted(names, key=sort_key).

    Primary: letters in the order a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v
    (w) x y (z), case-insensitive, compared across the whole string; spaces sort first (word by
    word: "An Giang" < "Anh"), then punctuation, then numbers by value ("Khối 2" < "Khối 10").
    Secondary: the tone of each word, ngang < huyền < hỏi < ngã < sắc < nặng ("hòa" = "hoà").
    Then lower case before capitals, other marks (ü), and finally the text itself.
    """
    s = nfc(s)
    primary: list[int] = []
    tones: list[tuple[int, ...]] = []
    tertiary: list[tuple[int, str]] = []
    word_tones: list[int] | None = None
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isdecimal():
            j = i
            while j < n and s[j].isdecimal():
                j += 1
            digits = [unicodedata.decimal(c) for c in s[i:j]]
            while len(digits) > 1 and digits[0] == 0:
                digits.pop(0)
            primary += [_NUMBER_RANK, len(digits), *digits]
            tertiary.append((j - i, ""))
            word_tones = None
            i = j
            continue
        rank, tone, upper, other = _collation(ch)
        primary.append(rank)
        tertiary.append((upper, other))
        if ch.isalpha():
            if word_tones is None:
                word_tones = []
                tones.append(())
            if tone:
                word_tones.append(tone)
                tones[-1] = tuple(word_tones)
        else:
            word_tones = None
        i += 1
    return tuple(primary), tuple(tones), tuple(tertiary), s


def person_sort_key(full_name: str) -> tuple:
    """Order people by given name (the last word), then by the whole name."""
    words = nfc(full_name).split(" ")
    return sort_key(words[-1]), sort_key(full_name)


# --- dates, times, numbers in documents ----------------------------------------------------------
def pad2(n: int) -> str:
    """Counts as documents write them: 3 -> "03", 12 -> "12"."""
    if n < 0:
        raise ValueError(f"pad2 expects a count >= 0, got {n}")
    return f"{n:02d}"


def format_date_long(d: date) -> str:
    """Long date, Nghị định 30/2020: "ngày 05 tháng 01 năm 2020" (zero before day < 10, month 1-2)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def format_place_date(place: str, d: date) -> str:
    """Place and date line: "Hòa Bình, ngày 22 tháng 11 năm 2016" (no place: "Ngày 22 …")."""
    place = nfc(place)
    long = format_date_long(d)
    return f"{place}, {long}" if place else long[0].upper() + long[1:]


def format_date_short(d: date) -> str:
    """Short date: "22/11/2016", "05/01/2020"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def format_time(t: time) -> str:
    """Clock time: "14 giờ 30 phút", "8 giờ 00 phút" (hour without a zero, minutes two digits)."""
    return f"{t.hour} giờ {t.minute:02d} phút"


def _exact(x: float | int | Fraction | Decimal) -> Fraction:
    """An exact value; a float is taken as its shortest decimal repr, so 2.675 means 2.675."""
    from fractions import Fraction

    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            raise ValueError(f"cannot format {x}")
        return Fraction(repr(x))
    return Fraction(x)


def format_decimal(
    x: float | int | Fraction | Decimal, decimals: int = 2, *, grouping: bool = False
) -> str:
    """12.5 -> "12,5" (decimals=1): comma decimal mark, rounded half away from zero.

    ``grouping=True`` adds dots between thousands as Vietnamese documents do: "1.234,50".
    """
    from fractions import Fraction

    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    q = _exact(x) * 10**decimals
    rounded = int(abs(q) + Fraction(1, 2))
    sign = "-" if q < 0 and rounded else ""
    whole, frac = divmod(rounded, 10**decimals)
    whole_text = f"{whole:,}".replace(",", ".") if grouping else str(whole)
    return sign + whole_text + (f",{frac:0{decimals}d}" if decimals else "")


def format_percent(value: float | Fraction, decimals: int = 2) -> str:
    """85.714... -> '85,71%' (comma decimal mark, rounded half up)."""
    from fractions import Fraction

    q = Fraction(value).limit_denominator(10**12) if not isinstance(value, Fraction) else value
    scaled = q * 10**decimals
    rounded = int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2))
    sign = "-" if rounded < 0 else ""
    whole, frac = divmod(abs(rounded), 10**decimals)
    text = f"{whole},{frac:0{decimals}d}" if decimals else f"{whole}"
    return f"{sign}{text}%"


def format_vote(votes: int, base: int, pct_decimals: int = 2) -> str:
    """Vote quote "12/14 phiếu (85,71%)": the exact votes*100/base, rounded half up.

    A base of 0 (nobody voted) gives "0/0 phiếu (0,00%)".
    """
    if votes < 0 or base < 0:
        raise ValueError(f"vote counts cannot be negative: {votes}/{base}")
    if base == 0 and votes:
        raise ValueError(f"{votes} votes on a base of 0")
    from fractions import Fraction

    pct = Fraction(votes * 100, base) if base else Fraction(0)
    return f"{votes}/{base} phiếu ({format_percent(pct, pct_decimals)})"


def format_doc_number(number: int, type_code: str, issuer_code: str) -> str:
    """Số of a document: (5, "BB", "KVTĐ") -> "05/BB-KVTĐ"; Công văn (type "") -> "05/KVTĐ"."""
    if number < 1:
        raise ValueError(f"document numbers start at 1, got {number}")
    type_code, issuer_code = nfc(type_code), nfc(issuer_code)
    suffix = f"{type_code}-{issuer_code}" if type_code else issuer_code
    return f"{pad2(number)}/{suffix}"
