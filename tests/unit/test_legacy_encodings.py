"""TCVN3 (ABC) and VNI-Windows text: detection and conversion to Unicode."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_desktop.domain.legacy_encodings import (
    TCVN3_TO_UNICODE,
    VIETNAMESE_LETTERS,
    VNI_TO_UNICODE,
    detect_legacy,
    is_vietnamese_syllable,
    tcvn3_to_unicode,
    to_unicode,
    vni_to_unicode,
)

# The 134 letters built independently of the module: 12 vowels x 6 tones (minus the 5 ASCII
# ones) + đ = 67 lower-case, and their capitals.
_VOWELS = [
    "a",
    "a\u0306",
    "a\u0302",
    "e",
    "e\u0302",
    "i",
    "o",
    "o\u0302",
    "o\u031b",
    "u",
    "u\u031b",
    "y",
]
_TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
LOWER = [
    c for v in _VOWELS for t in _TONES if not (c := unicodedata.normalize("NFC", v + t)).isascii()
] + ["đ"]
LETTERS = LOWER + [c.upper() for c in LOWER]

# Inverse tables, unicode letter -> legacy spelling.
UNICODE_TO_TCVN3 = {u: code for code, u in TCVN3_TO_UNICODE.items()}
UNICODE_TO_VNI = {u: spelling for spelling, u in VNI_TO_UNICODE.items()} | {
    c: c
    for c in "ìíÌÍ"  # VNI spells these four as the Unicode characters themselves
}


def encode_tcvn3(text: str) -> str:
    """Unicode -> TCVN3; capitals without a code of their own use the lower-case code, as
    typists did with a .VnTimeH capitals font."""
    return "".join(UNICODE_TO_TCVN3.get(c, UNICODE_TO_TCVN3.get(c.lower(), c)) for c in text)


def encode_vni(text: str) -> str:
    return "".join(UNICODE_TO_VNI.get(c, c) for c in text)


def test_there_are_134_letters():
    assert len(LETTERS) == len(set(LETTERS)) == 134
    assert set(LETTERS) == set(VIETNAMESE_LETTERS)


def test_tcvn3_table_covers_every_letter():
    assert len(TCVN3_TO_UNICODE) == 74  # 67 lower-case + Ă Â Ê Ô Ơ Ư Đ
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFE for code in TCVN3_TO_UNICODE)
    assert set(LOWER) <= set(UNICODE_TO_TCVN3)
    assert {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"} <= set(UNICODE_TO_TCVN3)


@pytest.mark.parametrize("letter", LOWER + ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
def test_tcvn3_round_trip_of_letters_with_a_code(letter):
    assert tcvn3_to_unicode(encode_tcvn3(letter), caps=False) == letter
    assert tcvn3_to_unicode("th" + encode_tcvn3(letter)) == "th" + letter


@pytest.mark.parametrize("letter", [c.upper() for c in LOWER])
def test_tcvn3_round_trip_of_capitals_typed_in_a_capitals_font(letter):
    assert tcvn3_to_unicode(encode_tcvn3(letter), caps=True) == letter
    assert tcvn3_to_unicode("TH" + encode_tcvn3(letter)) == "TH" + letter  # detected per line


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("UBND TØNH Hµ GIANG", "UBND TỈNH HÀ GIANG"),
        ("Bé T¦ PH¸P\nBé T\xad ph¸p", "BỘ TƯ PHÁP\nBộ Tư pháp"),
        ("BC Hµ Néi", "BC Hà Nội"),
        ("Hµ", "Hà"),
    ],
)
def test_tcvn3_capitals_font_is_recognised_per_line(legacy, unicode):
    assert tcvn3_to_unicode(legacy) == unicode
    assert tcvn3_to_unicode(legacy, caps=True) == unicode.upper()


@pytest.mark.parametrize("letter", LETTERS)
def test_vni_round_trip_of_all_134_letters(letter):
    spelled = encode_vni(letter)
    assert 1 <= len(spelled) <= 2
    assert vni_to_unicode(spelled) == letter
    assert vni_to_unicode("th" + encode_vni(letter.lower())) == "th" + letter.lower()
    assert vni_to_unicode("TH" + encode_vni(letter.upper())) == "TH" + letter.upper()


def test_vni_spellings_are_one_or_two_characters_and_unambiguous():
    assert len(VNI_TO_UNICODE) == 130
    assert all(1 <= len(k) <= 2 for k in VNI_TO_UNICODE)
    assert len(set(VNI_TO_UNICODE.values())) == len(VNI_TO_UNICODE)


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("ViÖt Nam", "Việt Nam"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("Së T\xad ph¸p tØnh Hµ Giang", "Sở Tư pháp tỉnh Hà Giang"),
        ("Côc Thi hµnh ¸n d©n sù tØnh L¹ng S¬n", "Cục Thi hành án dân sự tỉnh Lạng Sơn"),
        ("ng\xadêi ®¹i diÖn", "người đại diện"),
        ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("BiÓu d\xad¬ng, khen th\xadëng", "Biểu dương, khen thưởng"),
    ],
)
def test_tcvn3_real_strings(legacy, unicode):
    assert detect_legacy(legacy) == "tcvn3"
    assert tcvn3_to_unicode(legacy) == unicode
    assert to_unicode(legacy) == (unicode, "tcvn3")


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Coäng hoøa", "Cộng hòa"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Sôû Tö phaùp tænh Haø Giang", "Sở Tư pháp tỉnh Hà Giang"),
        ("Thöøa Thieân Hueá, Ñaø Naüng, Quaûng Trò", "Thừa Thiên Huế, Đà Nẵng, Quảng Trị"),
        ("Nguyeãn Vaên Ñaït, Myõ Tho", "Nguyễn Văn Đạt, Mỹ Tho"),
        ("ngöôøi ñaïi dieän", "người đại diện"),
    ],
)
def test_vni_real_strings(legacy, unicode):
    assert detect_legacy(legacy) == "vni"
    assert vni_to_unicode(legacy) == unicode
    assert to_unicode(legacy) == (unicode, "vni")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Hello world",
        "Café",
        "Müller",
        "Café Müller, Zürich",
        "naïve façade, señor, crème brûlée, São Paulo, Björk",
        "© 2024 Company Ltd. § 3",
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        unicodedata.normalize("NFD", "Hòa Bình"),
        "Tôi yêu em, cà phê",
        "Lê Văn Tám, Sở Tư pháp",
    ],
)
def test_detect_leaves_unicode_and_foreign_text_alone(text):
    assert detect_legacy(text) is None
    assert to_unicode(text) == (text, None)


@pytest.mark.parametrize(
    "word", ["nguyễn", "Quốc", "giữa", "gìn", "khuya", "người", "quỳnh", "yêu", "ĐẮK", "thuở"]
)
def test_syllables(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    "word", ["Café", "Müller", "strong", "hoáà", "bat", "nguyênn", "aiu", "tỉng", "ñua", "bânh"]
)
def test_not_syllables(word):
    assert not is_vietnamese_syllable(word)


words = st.lists(st.sampled_from(LOWER + list("abcdeghiklmnopqrstuvxy")), min_size=1, max_size=6)
sentences = st.lists(words.map("".join), min_size=1, max_size=8).map(" ".join)


@given(sentences)
def test_tcvn3_round_trip_property(text):
    assert tcvn3_to_unicode(encode_tcvn3(text), caps=False) == text


@given(sentences)
def test_vni_round_trip_property(text):
    assert vni_to_unicode(encode_vni(text)) == text
    assert vni_to_unicode(encode_vni(text.upper())) == text.upper()


@given(st.text(alphabet=st.sampled_from(LETTERS + list(" abcdeghiklmnopqrstuvxy,.")), max_size=60))
def test_unicode_vietnamese_is_never_flagged(text):
    assert detect_legacy(text) is None
