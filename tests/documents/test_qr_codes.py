"""Check-in codes: the check letter, and the QR on the attendance sheet read back by a decoder."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from thidua_desktop.domain import model as m
from thidua_desktop.domain.checkin_code import (
    CHECK_LETTERS,
    PERSON,
    UNIT,
    decode,
    encode,
    looks_like_code,
    person_code,
    unit_code,
)


def test_codes_round_trip_and_say_nothing_personal():
    for n in (1, 7, 17, 99, 12345, 999_999_999):
        for kind in (PERSON, UNIT):
            code = encode(kind, n)
            assert decode(code).record_id == n and decode(code).kind == kind
            assert decode(code.lower()) == decode(code)
            assert decode(f"  {code} ") == decode(code)  # a scanner's stray space
    assert person_code(17).startswith("TD-D-17-") and unit_code(5).startswith("TD-U-5-")
    assert not set("AEIOUYDWSFRXJZ") & set(CHECK_LETTERS)  # nothing a Vietnamese IME rewrites


def test_the_check_letter_catches_one_wrong_digit_and_a_swap():
    for n in range(10, 3000, 7):
        code = person_code(n)
        digits = str(n)
        for i, d in enumerate(digits):
            for other in "0123456789":
                if other != d and not (i == 0 and other == "0"):
                    wrong = digits[:i] + other + digits[i + 1 :]
                    assert decode(f"TD-D-{wrong}-{code[-1]}") is None, (code, wrong)
        for i in range(len(digits) - 1):
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            if swapped != digits and swapped[0] != "0":
                assert decode(f"TD-D-{swapped}-{code[-1]}") is None, (code, swapped)
    assert decode(f"TD-U-17-{person_code(17)[-1]}") is None  # a person's letter on a unit


@pytest.mark.parametrize("text", ["", "Nguyễn Văn An", "TD", "TD-D-0-B", "TD-D-17", "TD-D-1x-B"])
def test_not_a_code(text):
    assert decode(text) is None


def test_what_looks_like_a_code():
    assert looks_like_code("TD-D-17-M") and looks_like_code("td-x") and not looks_like_code("tdung")


def decoded_page_codes(pdf_path, page_index: int) -> list[str]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        page = pdf[page_index]
        image = page.render(scale=300 / 72, grayscale=True).to_pil()
        kinds = [obj.type for obj in page.get_objects()]
    finally:
        pdf.close()
    assert pdfium.raw.FPDF_PAGEOBJ_IMAGE not in kinds  # the QR is drawn, not a picture
    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_every_listed_person_on_the_attendance_sheet_has_a_qr_that_decodes(
    services, rich, generated
):
    path = generated["attendance"].path
    pdf = pdfium.PdfDocument(str(path))
    pages = len(pdf)
    pdf.close()
    found: list[str] = []
    for i in range(pages):
        found += decoded_page_codes(path, i)
    listed = services.repo.find(m.Attendance, "conference_id = ?", [rich["conference"].id])
    assert sorted(found) == sorted(person_code(a.person_id) for a in listed)
    from tests.documents.pdfcheck import pdf_text

    text = pdf_text(path)
    assert all(person_code(a.person_id) in text for a in listed)  # the code also in letters
