"""Where printed lines may not break: place names and the field's words of several syllables."""

from __future__ import annotations

from thidua_desktop.domain.line_breaks import NBSP, keep_compounds, keep_place_names, keep_years


def test_place_names_hold_together_and_the_rest_still_breaks():
    text = keep_place_names("Sở Tư pháp tỉnh Hà Giang, Cục THADS thành phố Hà Nội.")
    assert f"tỉnh{NBSP}Hà{NBSP}Giang," in text and f"thành{NBSP}phố{NBSP}Hà{NBSP}Nội." in text
    assert text.startswith("Sở Tư pháp ")  # ordinary words keep ordinary spaces


def test_compounds_hold_together_in_a_header_but_a_long_place_may_still_wrap():
    text = keep_compounds("KHU VỰC THI ĐUA KHỐI CƠ QUAN TƯ PHÁP CÁC TỈNH MIỀN NÚI PHÍA BẮC")
    assert f"PHÍA{NBSP}BẮC" in text and f"MIỀN{NBSP}NÚI" in text and f"CƠ{NBSP}QUAN" in text
    assert " TỈNH " in text and " KHỐI " in text  # breaks stay possible between the words


def test_decomposed_text_comes_out_composed():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "tỉnh Điện Biên")
    assert keep_place_names(nfd) == f"tỉnh{NBSP}Điện{NBSP}Biên"


def test_the_year_stays_with_its_word():
    title = keep_years("Hội nghị phát động phong trào thi đua năm 2018")
    assert title.endswith(f"thi đua năm{NBSP}2018")
    assert keep_years("Năm 2016 và năm học") == f"Năm{NBSP}2016 và năm học"
