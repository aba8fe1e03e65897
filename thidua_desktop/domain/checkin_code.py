"""Check-in codes printed as QR on invitations and the attendance sheet: "TD-D-17-K", "TD-U-5-M".

A code names a record by its id and nothing else (no name, no phone): "D" a person on a
conference's list (delegate or guest), "U" a member unit. The last character is a check letter
(weighted sum modulo 11), so a misread or a stray keystroke is refused instead of checking in
somebody else. The letters avoid vowels, "D", "W" and the Telex/VNI tone keys (S F R X J Z):
a USB scanner types like a keyboard, and with a Vietnamese input method on, a vowel followed by
such a key would turn into an accented letter. Lower case (Caps Lock on the scanner) reads too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "TD"
PERSON, UNIT = "D", "U"
CHECK_LETTERS = "BCGHKLMNPQT"  # 11 letters: a prime modulus catches one wrong digit or a swap
MAX_ID = 10**9

_CODE = re.compile(r"^\s*TD-([DU])-(\d{1,10})-([A-Z])\s*$", re.IGNORECASE)
_LOOKS_LIKE = re.compile(r"^\s*TD-", re.IGNORECASE)


@dataclass(frozen=True)
class CheckInCode:
    kind: str  # PERSON or UNIT
    record_id: int

    @property
    def text(self) -> str:
        return encode(self.kind, self.record_id)


def check_letter(kind: str, record_id: int) -> str:
    """The check letter of (kind, id): digits weighted 2, 3, 4 … from the right, plus the kind."""
    total = 1 if kind == UNIT else 0
    for weight, digit in enumerate(reversed(str(record_id)), start=2):
        total += weight * int(digit)
    return CHECK_LETTERS[total % len(CHECK_LETTERS)]


def encode(kind: str, record_id: int) -> str:
    """'TD-D-17-K' for person 17."""
    if kind not in (PERSON, UNIT):
        raise ValueError(f"unknown code kind {kind!r}")
    if not 0 < record_id < MAX_ID:
        raise ValueError(f"record id out of range: {record_id}")
    return f"{PREFIX}-{kind}-{record_id}-{check_letter(kind, record_id)}"


def person_code(person_id: int) -> str:
    return encode(PERSON, person_id)


def unit_code(unit_id: int) -> str:
    return encode(UNIT, unit_id)


def looks_like_code(text: str) -> bool:
    """Whether typed text is meant as a code (starts "TD-"), valid or not: a name never does."""
    return bool(_LOOKS_LIKE.match(text or ""))


def decode(text: str) -> CheckInCode | None:
    """The code in `text`, or None when it is not a well-formed code with a right check letter."""
    found = _CODE.match(text or "")
    if found is None:
        return None
    kind, digits, letter = found.group(1).upper(), found.group(2), found.group(3).upper()
    record_id = int(digits)
    if digits != str(record_id) or not 0 < record_id < MAX_ID:  # no leading zeros, in range
        return None
    if check_letter(kind, record_id) != letter:
        return None
    return CheckInCode(kind, record_id)
