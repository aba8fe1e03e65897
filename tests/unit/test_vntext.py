"""Vietnamese text helpers: normalisation, folding, search, collation, document formats."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, time
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_desktop.domain.vntext import (
    compile_query,
    fold,
    fold_tokens,
    format_date_long,
    format_date_short,
    format_decimal,
    format_doc_number,
    format_percent,
    format_place_date,
    format_time,
    format_vote,
    matches,
    nfc,
    nfc_or_none,
    pad2,
    person_sort_key,
    search_key,
    sort_key,
)

NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

# Text that looks like what the app handles: Vietnamese letters, some Latin-1, spaces, digits.
VN_CHARS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
vn_text = st.text(
    alphabet=st.sampled_from(VN_CHARS + VN_CHARS.upper() + "  -/&0123456789fjwzüéÐð"), max_size=40
)
any_text = st.text(max_size=40)


# --- nfc -----------------------------------------------------------------------------------------
def test_nfc_recomposes_decomposed_input_exactly():
    decomposed = NFD("Hòa Bình")
    assert decomposed != "Hòa Bình"
    assert nfc(decomposed) == "Hòa Bình"


def test_nfc_maps_eth_lookalikes_to_d_stroke():
    assert nfc("\u00d0ắk Lắk") == "\u0110ắk Lắk"
    assert nfc("\u00f0ội") == "\u0111ội"


def test_nfc_tidies_spaces_and_zero_width_characters():
    assert nfc("  Sở   Tư\tpháp\u00a0 \n Hà\u200b Giang ") == "Sở Tư pháp Hà Giang"


def test_nfc_multiline_keeps_line_breaks():
    assert nfc(" Dòng  một \r\n  dòng hai \r", multiline=True) == "Dòng một\ndòng hai"


def test_nfc_or_none():
    assert nfc_or_none(None) is None
    assert nfc_or_none("   ") is None
    assert nfc_or_none(NFD(" Lào Cai ")) == "Lào Cai"


# --- fold and search -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Giang", "ha giang"),
        ("Nguyễn Văn An", "nguyen van an"),
        ("ĐIỆN BIÊN", "dien bien"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("Cục THADS tỉnh Bắc Kạn", "cuc thads tinh bac kan"),
        (NFD("Đặng Thị Ưng"), "dang thi ung"),
        ("\u00d0ồng", "dong"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_tokens_drop_punctuation():
    assert fold_tokens("Sở Tư pháp/Hà Giang (cũ) & Cục THADS") == [
        "so",
        "tu",
        "phap",
        "ha",
        "giang",
        "cu",
        "cuc",
        "thads",
    ]
    assert search_key("  Lê   Thị-Hồng ") == "le thi hong"


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("ng v a", "Nguyễn Văn An"),
        ("an", "Nguyễn Văn An"),
        ("nguyen an", "Nguyễn Văn An"),
        ("ha giang", "Sở Tư pháp tỉnh Hà Giang"),
        ("HÀ GIANG", "Sở Tư pháp tỉnh Hà Giang"),
        ("d", "Đặng Văn Bình"),
        ("dang", "Đặng Văn Bình"),
        ("cu", "Sở Tư pháp (cũ)"),
        ("", "anything"),
        ("  ", "anything"),
        (NFD("hòa"), "Hòa Bình"),
    ],
)
def test_matches(query, text):
    assert matches(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("an", "Hà Giang"),  # "an" is inside "giang", not the start of a word
        ("an nguyen", "Nguyễn Văn An"),  # order matters
        ("van van", "Nguyễn Văn An"),  # each token needs its own word
        ("ha giang x", "Sở Tư pháp tỉnh Hà Giang"),
        ("dd", "Đặng"),
    ],
)
def test_does_not_match(query, text):
    assert not matches(query, text)


def test_compiled_query_over_precomputed_keys():
    names = ["Nguyễn Văn An", "Nguyễn Thị Bình", "Trần Văn Anh", "Lê Văn Nam", "Sở Tư pháp"]
    keys = [search_key(n) for n in names]
    pred = compile_query("v an")
    assert [n for n, k in zip(names, keys, strict=True) if pred(k)] == [
        "Nguyễn Văn An",
        "Trần Văn Anh",
    ]
    # plain fold() output works too, punctuation included
    assert compile_query("phap")(fold("Sở Tư pháp, Hà Giang"))


def test_compiled_query_is_fast_enough_for_ten_thousand_rows():
    import time as _time

    rng = random.Random(1)
    words = ["nguyen", "van", "an", "thi", "binh", "tran", "le", "hoang", "so", "tu", "phap"]
    keys = [" ".join(rng.choice(words) for _ in range(5)) for _ in range(10_000)]
    start = _time.perf_counter()
    pred = compile_query("ng v a")
    hits = sum(1 for k in keys if pred(k))
    elapsed = _time.perf_counter() - start
    assert 0 < hits < len(keys)
    assert elapsed < 0.5  # a keystroke budget, generous for slow CI machines


# --- sorting -------------------------------------------------------------------------------------
def test_sort_provinces_vietnamese_order():
    names = ["Đà Nẵng", "Bắc Kạn", "Điện Biên", "An Giang", "Ăn", "Dương"]
    assert sorted(names, key=sort_key) == [
        "An Giang",
        "Ăn",
        "Bắc Kạn",
        "Dương",
        "Đà Nẵng",
        "Điện Biên",
    ]


def test_sort_tone_order():
    expected = "ma mà mả mã má mạ".split()
    shuffled = expected[::-1]
    assert sorted(shuffled, key=sort_key) == expected


def test_sort_letter_order_of_the_alphabet():
    letters = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
    assert sorted(reversed(letters), key=sort_key) == letters
    assert sorted(["z", "y", "w", "v", "j", "i", "f", "ê"], key=sort_key) == [
        "ê",
        "f",
        "i",
        "j",
        "v",
        "w",
        "y",
        "z",
    ]


def test_sort_base_letters_before_tones():
    # tones only decide when the letters of the whole string are equal
    assert sorted(["Hạ Long", "Hà Nam", "Ha Long"], key=sort_key) == [
        "Ha Long",
        "Hạ Long",
        "Hà Nam",
    ]
    assert sorted(["bà", "ba", "bác", "bán", "bạc"], key=sort_key) == [
        "ba",
        "bà",
        "bác",
        "bạc",
        "bán",
    ]


def test_sort_is_case_insensitive_and_word_by_word():
    assert sorted(["anh", "An Giang", "ĂN", "Ẩn"], key=sort_key) == ["An Giang", "anh", "ĂN", "Ẩn"]


def test_sort_numbers_by_value():
    assert sorted(["Khối 10", "Khối 2", "Khối 1"], key=sort_key) == ["Khối 1", "Khối 2", "Khối 10"]


def test_sort_old_and_new_tone_placement_are_equal_at_every_level_but_the_last():
    assert sort_key("hòa")[:3] == sort_key("hoà")[:3]


def test_person_sort_key_sorts_by_given_name():
    people = ["Nguyễn Văn Bình", "Trần Thị An", "Lê Văn An", "Đỗ Đức Anh"]
    assert sorted(people, key=person_sort_key) == [
        "Lê Văn An",
        "Trần Thị An",
        "Đỗ Đức Anh",
        "Nguyễn Văn Bình",
    ]


# --- dates and numbers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2016, 11, 22), "ngày 22 tháng 11 năm 2016"),
        (date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (date(2020, 2, 5), "ngày 05 tháng 02 năm 2020"),
        (date(2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        (date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
        (date(2024, 10, 9), "ngày 09 tháng 10 năm 2024"),
    ],
)
def test_format_date_long(d, text):
    assert format_date_long(d) == text


def test_format_place_date_and_short_date():
    assert (
        format_place_date("Hòa Bình", date(2016, 11, 22)) == "Hòa Bình, ngày 22 tháng 11 năm 2016"
    )
    assert format_place_date(NFD(" Hà Giang "), date(2020, 1, 5)) == (
        "Hà Giang, ngày 05 tháng 01 năm 2020"
    )
    assert format_place_date("", date(2020, 1, 5)) == "Ngày 05 tháng 01 năm 2020"
    assert format_date_short(date(2016, 11, 22)) == "22/11/2016"
    assert format_date_short(date(2020, 1, 5)) == "05/01/2020"


def test_format_time():
    assert format_time(time(14, 30)) == "14 giờ 30 phút"
    assert format_time(time(8, 0)) == "8 giờ 00 phút"
    assert format_time(time(7, 5)) == "7 giờ 05 phút"


def test_pad2():
    assert [pad2(n) for n in (0, 3, 9, 10, 28, 140)] == ["00", "03", "09", "10", "28", "140"]
    with pytest.raises(ValueError):
        pad2(-1)


@pytest.mark.parametrize(
    ("votes", "base", "text"),
    [
        (12, 14, "12/14 phiếu (85,71%)"),
        (2, 3, "2/3 phiếu (66,67%)"),
        (14, 14, "14/14 phiếu (100,00%)"),
        (1, 8, "1/8 phiếu (12,50%)"),
        (0, 0, "0/0 phiếu (0,00%)"),
    ],
)
def test_format_vote(votes, base, text):
    assert format_vote(votes, base) == text


def test_format_vote_decimals_and_errors():
    assert format_vote(2, 3, pct_decimals=1) == "2/3 phiếu (66,7%)"
    assert format_vote(2, 3, pct_decimals=0) == "2/3 phiếu (67%)"
    with pytest.raises(ValueError):
        format_vote(1, 0)
    with pytest.raises(ValueError):
        format_vote(-1, 3)


def test_format_percent_unchanged():
    assert format_percent(Fraction(1200, 14)) == "85,71%"
    assert format_percent(Fraction(200, 3)) == "66,67%"
    assert format_percent(50) == "50,00%"


@pytest.mark.parametrize(
    ("x", "decimals", "text"),
    [
        (12.5, 1, "12,5"),
        (12.5, 2, "12,50"),
        (2.675, 2, "2,68"),  # the decimal the user typed, not its binary approximation
        (Fraction(2, 3), 2, "0,67"),
        (Decimal("95.25"), 1, "95,3"),
        (7, 0, "7"),
        (-1.25, 1, "-1,3"),
        (-0.004, 2, "0,00"),
    ],
)
def test_format_decimal(x, decimals, text):
    assert format_decimal(x, decimals) == text


def test_format_decimal_grouping_and_errors():
    assert format_decimal(1234567.891, 2, grouping=True) == "1.234.567,89"
    with pytest.raises(ValueError):
        format_decimal(float("nan"), 2)


def test_format_doc_number():
    assert format_doc_number(5, "BB", "KVTĐ") == "05/BB-KVTĐ"
    assert format_doc_number(12, "TTr", "KVTĐ") == "12/TTr-KVTĐ"
    assert format_doc_number(5, "", "KVTĐ") == "05/KVTĐ"
    assert format_doc_number(5, "BB", NFD("KVTĐ")) == "05/BB-KVTĐ"
    with pytest.raises(ValueError):
        format_doc_number(0, "BB", "KVTĐ")


# --- properties ----------------------------------------------------------------------------------
@given(any_text)
def test_fold_is_idempotent(x):
    assert fold(fold(x)) == fold(x)


@given(vn_text)
def test_fold_is_idempotent_on_vietnamese(x):
    assert fold(fold(x)) == fold(x)


@given(any_text)
def test_fold_ignores_normalisation_form(x):
    assert fold(nfc(x)) == fold(NFD(x))


@given(vn_text)
def test_folded_vietnamese_has_no_marks_and_no_d_stroke(x):
    folded = fold(x)
    assert "đ" not in folded
    assert not any(unicodedata.combining(c) for c in NFD(folded) if c not in "ü")
    assert folded == folded.lower()


@given(any_text)
def test_sort_key_ignores_normalisation_form(x):
    assert sort_key(unicodedata.normalize("NFC", x)) == sort_key(NFD(x))


@given(st.lists(vn_text, max_size=8))
def test_sort_key_gives_a_total_order(xs):
    # strings equal after nfc() share a key; any others are told apart
    once = [nfc(x) for x in sorted(xs, key=sort_key)]
    assert [nfc(x) for x in sorted(reversed(xs), key=sort_key)] == once


@given(any_text)
def test_nfc_is_idempotent(x):
    assert nfc(nfc(x)) == nfc(x)
    assert nfc(x) == nfc(NFD(x))


@given(vn_text)
def test_text_matches_itself(x):
    assert matches(x, x)
    assert matches(NFD(x), x)
