"""TCVN3 (ABC) and VNI-Windows text: detection and conversion to Unicode."""

from __future__ import annotations

import string
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


def test_decomposed_legacy_text_still_converts():
    tcvn3 = unicodedata.normalize("NFD", "Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    vni = unicodedata.normalize("NFD", "Coäng hoøa xaõ hoäi")
    assert tcvn3 != unicodedata.normalize("NFC", tcvn3)
    assert to_unicode(tcvn3) == ("Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3")
    assert to_unicode(vni) == ("Cộng hòa xã hội", "vni")


def test_tcvn3_survives_nfc_before_conversion():
    from thidua_desktop.domain.vntext import nfc

    legacy = "Cho phÐp  Së T\xad ph¸p"
    assert nfc(legacy) == "Cho phĐp Së T\xad ph¸p"
    assert to_unicode(nfc(legacy)) == ("Cho phép Sở Tư pháp", "tcvn3")
    assert to_unicode(legacy) == ("Cho phép  Sở Tư pháp", "tcvn3")
    assert to_unicode(nfc("UBND CHO PHÐP")) == ("UBND CHO PHÉP", "tcvn3")
    assert detect_legacy("Đi Hà Nam") is None


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


REAL_WORDS = (
    "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc Sở Tư pháp Cục Thi hành án "
    "dân sự tỉnh Hà Giang Tuyên Quang Cao Bằng Bắc Kạn Hòa Bình Lai Châu Điện Biên Sơn La Lạng "
    "Lào Cai Yên Bái Thái Nguyên Phú Thọ Đắk Lắk khu vực thi đua khen thưởng bỏ phiếu bình xét "
    "suy tôn Cờ Chính phủ Bằng khen Thủ tướng hội nghị tổng kết năm đơn vị người đại diện "
    "trưởng phó ủy viên ban kiểm phiếu hợp lệ đồng ý Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng "
    "Bùi Đỗ Hồ Ngô Dương Lý Văn Thị Minh Hùng Quỳnh Xuân Thu Hương Tuấn Anh Khuyến Quyết"
).split()


@given(st.lists(st.sampled_from(REAL_WORDS), min_size=1, max_size=12).map(" ".join))
def test_unicode_vietnamese_is_never_flagged(text):
    assert detect_legacy(text) is None
    assert detect_legacy(text.upper()) is None
    assert detect_legacy(unicodedata.normalize("NFD", text)) is None


@given(st.lists(st.sampled_from(REAL_WORDS), min_size=1, max_size=12).map(" ".join))
def test_legacy_text_of_real_words_is_detected_and_converted(text):
    plain = set(LETTERS) | set(string.printable)
    for encode, name in ((encode_tcvn3, "tcvn3"), (encode_vni, "vni")):
        legacy = encode(text)
        converted, encoding = to_unicode(legacy)
        # never the wrong encoding; an answer whenever some character cannot be Unicode
        # Vietnamese ("Céng", "phía" alone are valid Unicode words and may stay as they are)
        assert encoding in (None, name)
        if not set(legacy) <= plain:
            assert encoding == name, legacy
        if encoding == "vni":
            assert converted == text
        elif encoding == "tcvn3":  # no capital toned letters in TCVN3
            assert converted.lower() == text.lower()


@given(st.text(max_size=80))
def test_to_unicode_never_fails_and_only_changes_what_it_detects(text):
    converted, encoding = to_unicode(text)
    assert encoding in (None, "tcvn3", "vni")
    if encoding is None:
        assert converted == text
