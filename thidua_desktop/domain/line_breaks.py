"""Where a printed line may not break: place names ("tỉnh Hà Giang") and the field's words of
several syllables ("PHÍA BẮC"), held together with no-break spaces in Word and PDF alike."""

from __future__ import annotations

import re
import unicodedata

NBSP = "\u00a0"

# An administrative unit and its proper name ("tỉnh Hà Giang", "huyện Bảo Thắng") is one word
# for line breaking: a name is never split between two lines.
PLACE = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+[^\s,;()\-–][^,;()\-–]*",
    re.IGNORECASE,
)

# Words of two or more syllables that the names of this field use: never cut in a heading.
COMPOUND = re.compile(
    r"\b(?:khu vực|thi đua|cơ quan|tư pháp|miền núi|miền trung|đồng bằng|phía bắc|phía nam|"
    r"thi hành án|dân sự|khen thưởng|ủy ban|nhân dân|chi cục|tổng cục|văn phòng|giám đốc|"
    r"cục trưởng|chi cục trưởng|thành viên)\b",
    re.IGNORECASE,
)


def _nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def _bind(found: re.Match[str]) -> str:
    name = found.group(0)
    kept = name.rstrip()
    return NBSP.join(kept.split()) + name[len(kept) :]


def keep_place_names(text: object) -> str:
    """Text whose place names ("tỉnh Yên Bái") hold no-break spaces: running text (justified
    paragraphs, narrow table cells) then never ends a line inside one."""
    return PLACE.sub(_bind, _nfc(text))


def keep_compounds(text: object) -> str:
    """Text whose words of several syllables ("MIỀN NÚI", "PHÍA BẮC") hold no-break spaces:
    for a narrow heading such as the issuing body in the document's header, where a whole
    place name may be too long for one line."""
    return COMPOUND.sub(_bind, _nfc(text))


_YEAR = re.compile(r"\b(năm|Năm|NĂM) (\d{4})\b")


def keep_years(text: object) -> str:
    """ "năm 2018" held together: a title never ends with the year alone on its last line."""
    return _YEAR.sub(lambda m: f"{m.group(1)}{NBSP}{m.group(2)}", _nfc(text))
