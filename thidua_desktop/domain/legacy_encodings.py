"""Legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows): detection and conversion to Unicode."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache
from typing import Literal

Encoding = Literal["tcvn3", "vni"]

# Combining tone marks in the order the tables below list the toned forms:
# huyền, hỏi, ngã, sắc, nặng (the untoned "ngang" form comes first in every row).
_TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

_VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def _toned(base: str, tone: int) -> str:
    """'ô', 5 -> 'ộ' (tone 0 = ngang, 1..5 = huyền, hỏi, ngã, sắc, nặng)."""
    return unicodedata.normalize("NFC", base + _TONE_MARKS[tone - 1]) if tone else base


# --- TCVN3 (TCVN 5712:1993 VN3, the ABC fonts) ------------------------------------------------
# One byte per letter. Text typed in a .VnTime font and pasted into a Unicode program arrives as
# the Latin-1 character with that byte's value. Per vowel: ngang, huyền, hỏi, ngã, sắc, nặng.
# VN3 has no upper-case toned letters: they were typed with the same codes in a ".VnTimeH"
# (all-capitals) font, so only Ă Â Ê Ô Ơ Ư Đ have upper-case codes of their own.
_TCVN3_ROWS: dict[str, str] = {
    "a": "aµ¶·¸¹",
    "ă": "¨»¼½¾Æ",
    "â": "©ÇÈÉÊË",
    "e": "eÌÎÏÐÑ",
    "ê": "ªÒÓÔÕÖ",
    "i": "i×ØÜÝÞ",
    "o": "oßáâãä",
    "ô": "«åæçèé",
    "ơ": "¬êëìíî",
    "u": "uïñòóô",
    "ư": "\xadõö÷øù",  # ư is 0xAD, the soft hyphen: invisible, and sometimes lost on paste
    "y": "yúûüýþ",
}
_TCVN3_OTHERS = {"®": "đ", "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"}

TCVN3_TO_UNICODE: dict[str, str] = {
    code: _toned(base, tone)
    for base, row in _TCVN3_ROWS.items()
    for tone, code in enumerate(row)
    if not code.isascii()
} | _TCVN3_OTHERS
"""Each TCVN3 character (as pasted, i.e. Latin-1) -> the lower-case Unicode letter it encodes
(upper case only for Ă Â Ê Ô Ơ Ư Đ)."""

# TCVN3 "é" is Ð (0xD0), which nfc() turns into Đ: accept that too, so text normalised before
# conversion still converts ("phÐp" -> "phĐp" -> "phép"). Real TCVN3 writes Đ as §.
_NFC_ETH = "\u0110"
_TCVN3_TRANSLATION = str.maketrans(TCVN3_TO_UNICODE | {_NFC_ETH: "é"})
# Lower-case codes: the ones a ".VnTimeH" capitals font draws as capitals.
_TCVN3_CASELESS = frozenset(c for c, u in TCVN3_TO_UNICODE.items() if u.islower()) | {_NFC_ETH}


def tcvn3_to_unicode(text: str, *, caps: bool | None = None) -> str:
    """Convert TCVN3 (ABC) text to NFC Unicode.

    ``caps`` says whether the text was typed in a ".VnTimeH" capitals font: True upper-cases the
    result, False never does, None (default) decides per line: a line whose ASCII letters are all
    capitals, with a word like "CéNG" (two capitals and a toned letter), is upper-cased, because
    the same byte is "ộ" in .VnTime and "Ộ" in .VnTimeH ("CéNG HOµ" -> "CỘNG HOÀ"). A line such
    as "BC Hµ" stays as it is ("BC Hà"): one capital before a toned letter is ordinary spelling.
    """
    text = unicodedata.normalize("NFC", text)  # "Ö" decomposed by a Mac is still "Ö"
    if caps is not None:
        converted = text.translate(_TCVN3_TRANSLATION)
        return converted.upper() if caps else converted
    lines = text.splitlines(keepends=True)
    return "".join(_tcvn3_line(line) for line in lines)


def _tcvn3_line(line: str) -> str:
    converted = line.translate(_TCVN3_TRANSLATION)
    ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
    typed_in_caps = all(c.isupper() for c in ascii_letters) and any(
        sum(c.isascii() and c.isalpha() for c in word) >= 2
        and any(c in _TCVN3_CASELESS for c in word)
        for word in line.split()
    )
    return converted.upper() if typed_in_caps else converted


# --- VNI-Windows (VNI-Times fonts) ------------------------------------------------------------
# An ASCII base letter followed by a Latin-1 "mark" character; i, y-nặng, ơ, ư, đ are single
# characters. Marks come in a lower-case and an upper-case (taller) variant.
# Per row: marks for huyền, hỏi, ngã, sắc, nặng.
_VNI_TONE = ("øûõùï", "ØÛÕÙÏ")  # on a e o u y ơ ư
_VNI_CIRCUMFLEX = ("â", "Â")  # aâ = â, eâ = ê, oâ = ô
_VNI_CIRCUMFLEX_TONE = ("àåãáä", "ÀÅÃÁÄ")  # aà = ầ ...
_VNI_BREVE = ("ê", "Ê")  # aê = ă
_VNI_BREVE_TONE = ("èúüéë", "ÈÚÜÉË")  # aè = ằ ...
_VNI_I = ("ìæóíò", "ÌÆÓÍÒ")  # ì ỉ ĩ í ị as single characters
_VNI_Y_NANG = ("î", "Î")  # ỵ is a single character; the other tones of y use _VNI_TONE
_VNI_HORN = {"ơ": ("ô", "Ô"), "ư": ("ö", "Ö")}
_VNI_D = ("ñ", "Ñ")


def _vni_encode_letter(letter: str) -> str:
    """One lower- or upper-case Vietnamese letter -> its VNI spelling ('ộ' -> 'oä')."""
    case = int(letter.isupper())
    low = letter.lower()
    if low == "đ":
        return _VNI_D[case]
    nfd = unicodedata.normalize("NFD", low)
    tone = next((i + 1 for i, m in enumerate(_TONE_MARKS) if m in nfd), 0)
    vowel = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))
    head = nfd[0].upper() if case else nfd[0]  # the ASCII letter under all the marks
    if vowel in ("â", "ê", "ô"):
        return head + (_VNI_CIRCUMFLEX_TONE[case][tone - 1] if tone else _VNI_CIRCUMFLEX[case])
    if vowel == "ă":
        return head + (_VNI_BREVE_TONE[case][tone - 1] if tone else _VNI_BREVE[case])
    if vowel == "i":
        return _VNI_I[case][tone - 1] if tone else head
    if vowel == "y" and tone == 5:
        return _VNI_Y_NANG[case]
    if vowel in _VNI_HORN:
        head = _VNI_HORN[vowel][case]
    return head + (_VNI_TONE[case][tone - 1] if tone else "")


def _all_letters() -> list[str]:
    """The 134 non-ASCII Vietnamese letters (67 lower-case and their capitals)."""
    lower = [_toned(v, t) for v in _VOWELS for t in range(6)]
    lower = [c for c in lower if not c.isascii()] + ["đ"]
    return lower + [c.upper() for c in lower]


VIETNAMESE_LETTERS: tuple[str, ...] = tuple(_all_letters())
"""The 134 non-ASCII Vietnamese letters, lower case first."""

VNI_TO_UNICODE: dict[str, str] = {
    spelling: letter
    for letter in VIETNAMESE_LETTERS
    if (spelling := _vni_encode_letter(letter)) != letter  # ì í Ì Í are spelled as themselves
}
"""Each VNI spelling (one or two characters) -> the Unicode letter it encodes."""

_VNI_PATTERN = re.compile(
    "|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True))
)


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text to NFC Unicode ("Coäng hoøa" -> "Cộng hòa")."""
    text = unicodedata.normalize("NFC", text)  # "ä" decomposed by a Mac is still "ä"
    return _VNI_PATTERN.sub(lambda m: VNI_TO_UNICODE[m.group()], text)


# --- detection ---------------------------------------------------------------------------------
# A word counts as evidence for an encoding when it is not a Vietnamese syllable as it stands
# but becomes one once converted. Café, Müller, naïve convert to nothing sensible either way.
_ONSETS = sorted(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split() + [""],
    key=len,
    reverse=True,
)
_OPEN_NUCLEI = set(  # may take a final consonant ("oo" of xoong left out: it made Coọng a word)
    "a ă â e ê i y o ô ơ u ư ia iê oa oă oe ua uâ uê uô uơ uy ưa ươ yê uyê".split()
)
_GLIDED_NUCLEI = set(  # end in a semivowel: no final consonant may follow
    "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu oai oao oay oeo uây uôi uya uyu "
    "ươi ươu".split()
)
_CODAS = {"", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"}  # k: Đắk Lắk, Đắk Nông
_ALL_NUCLEI = _OPEN_NUCLEI | _GLIDED_NUCLEI
_STOP_CODAS = {"c", "ch", "k", "p", "t"}  # only sắc or nặng may go with these
_PALATAL_CODAS, _PALATAL_NUCLEI = {"ch", "nh"}, {"a", "i", "y", "ê", "oa", "uy", "uê"}
_VELAR_CODAS, _FRONT_NUCLEI = {"c", "k", "ng"}, {"i", "y", "ê", "uy", "uê"}  # no "inh"→"ing"
_Y_ONSETS = ("", "h", "k", "l", "m", "qu", "s", "t", "v")
_SYLLABLE = re.compile(r"^([aăâeêioôơuưy]+)(.*)$")
_LETTERS = frozenset(string.ascii_letters) | frozenset(VIETNAMESE_LETTERS)
_WORD = re.compile(r"[A-Za-z\u00a1-\u00ff\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]+")
_UNICODE_ONLY = re.compile(
    "[ĂăđĨĩŨũƠơƯư\u1ea0-\u1ef9\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]"  # not Đ
)
_TCVN3_SYMBOLS = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾")


@lru_cache(maxsize=16384)
def is_vietnamese_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable in Unicode ("nguyễn", "Quốc"), any case.

    Checks the spelling rules, not a dictionary: onset + vowel group + final consonant, one tone
    at most, c/ch/p/t only with sắc or nặng, nh/ch and ng/c after the vowels that take them.
    """
    word = unicodedata.normalize("NFC", word).lower()
    if not word or not all(c in _LETTERS for c in word):
        return False
    nfd = unicodedata.normalize("NFD", word)
    tones = [c for c in nfd if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))
    for onset in _ONSETS:
        m = _SYLLABLE.match(bare[len(onset) :]) if bare.startswith(onset) else None
        if m is None:
            continue
        nucleus, coda = m.groups()
        if coda not in _CODAS or nucleus not in (_OPEN_NUCLEI if coda else _ALL_NUCLEI):
            continue
        if coda in _STOP_CODAS and tones not in (["\u0301"], ["\u0323"]):
            continue
        if coda in _PALATAL_CODAS and nucleus not in _PALATAL_NUCLEI:
            continue
        if coda in _VELAR_CODAS and nucleus in _FRONT_NUCLEI:
            continue
        if nucleus == "y" and onset not in (_Y_ONSETS if not coda else ("qu",)):
            continue  # "ly", "kỳ", "quýt", but "đi" and "bi" are spelled with i
        return True
    return False


def detect_legacy(text: str) -> Encoding | None:
    """Guess whether ``text`` is TCVN3 or VNI mojibake; None for ASCII, Unicode or unsure.

    Any Vietnamese letter outside Latin-1 (ă, đ, ơ, ư, ạ …) means the text is already Unicode;
    Đ alone does not, since nfc() makes it out of TCVN3's Ð (é).
    Otherwise each word with non-ASCII characters that is not a valid syllable as it stands is
    tried in both encodings; the encoding that turns more of them into syllables wins, if it
    explains at least half of them. A tie is broken by counting TCVN3's
    symbol-range codes (µ ¸ ¬ § …) against VNI's spellings (oä, ö, ñ …): ư, ơ, đ are far
    commoner than the ử, ụ, ủ that TCVN3 reads there.
    """
    text = unicodedata.normalize("NFC", text)
    if text.isascii() or _UNICODE_ONLY.search(text):
        return None
    suspicious = tcvn3_votes = vni_votes = 0
    tcvn3_marks = vni_marks = 0
    for word in _WORD.findall(text):
        if word.isascii() or len(word) == 1:
            continue  # a lone ©, « or Ñ (Đ/c) says nothing
        if is_vietnamese_syllable(word):
            continue
        suspicious += 1
        # a word-initial Đ is a real Đ, not an nfc()-ed TCVN3 "é" (which starts few words)
        head = word[0] if word[0] == _NFC_ETH else ""
        as_tcvn3 = head + word[len(head) :].translate(_TCVN3_TRANSLATION)
        as_vni = vni_to_unicode(word)
        tcvn3_votes += as_tcvn3 != word and is_vietnamese_syllable(as_tcvn3)
        vni_votes += as_vni != word and _plain_case(as_vni) and is_vietnamese_syllable(as_vni)
        tcvn3_marks += sum(c in _TCVN3_SYMBOLS for c in word)
        vni_marks += len(_VNI_PATTERN.findall(word))
    best = max(tcvn3_votes, vni_votes)
    if best == 0 or best * 2 < suspicious:
        return None
    if tcvn3_votes != vni_votes:
        return "tcvn3" if tcvn3_votes > vni_votes else "vni"
    if tcvn3_marks != vni_marks:
        return "tcvn3" if tcvn3_marks > vni_marks else "vni"
    return None


def _plain_case(word: str) -> bool:
    """lower, UPPER or Title case: VNI marks follow the case of their letter, so "lƯ" (from the
    TCVN3 "lÖ" = lệ) is no VNI word. TCVN3 is not held to this: .VnTimeH text mixes cases."""
    return word.islower() or word.isupper() or word[:1].isupper() and word[1:].islower()


def to_unicode(text: str) -> tuple[str, Encoding | None]:
    """Convert ``text`` if it looks like TCVN3 or VNI: (converted, "tcvn3" | "vni" | None)."""
    encoding = detect_legacy(text)
    if encoding == "tcvn3":
        return tcvn3_to_unicode(text), encoding
    if encoding == "vni":
        return vni_to_unicode(text), encoding
    return text, None
