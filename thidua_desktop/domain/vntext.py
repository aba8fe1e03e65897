"""Vietnamese text: NFC, accent folding, sort keys, dates and numbers as offices write them."""

from __future__ import annotations

from fractions import Fraction


def format_percent(value: float | Fraction, decimals: int = 2) -> str:
    """85.714... -> '85,71%' (comma decimal mark, rounded half up)."""
    q = Fraction(value).limit_denominator(10**12) if not isinstance(value, Fraction) else value
    scaled = q * 10**decimals
    rounded = int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2))
    sign = "-" if rounded < 0 else ""
    whole, frac = divmod(abs(rounded), 10**decimals)
    text = f"{whole},{frac:0{decimals}d}" if decimals else f"{whole}"
    return f"{sign}{text}%"


def nfc(s: str) -> str:  # TEMP local
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", s).replace("\u00d0", "\u0110").split())


def fold(s: str) -> str:  # TEMP local
    import unicodedata

    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))
