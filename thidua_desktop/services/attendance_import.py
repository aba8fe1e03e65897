"""Import a delegate list (Họ và tên | Chức vụ | Đơn vị) from Excel: read, preview, then write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.attendance import AttendanceService
from thidua_desktop.services.excel import Column, map_columns, read_rows
from thidua_desktop.services.unit_import import legacy_fix

COLUMNS = (
    Column("full_name", "Họ và tên", ("ho ten", "ten", "dai bieu", "ho va ten dai bieu"), True),
    Column("title", "Chức vụ", ("chuc danh", "chuc vu, chuc danh")),
    Column("unit", "Đơn vị", ("don vi cong tac", "co quan", "co quan, don vi"), True),
)
HEADER_SEARCH = 10  # lines a list may have above its header (title, date, …)


@dataclass(frozen=True)
class ListRow:
    full_name: str
    title: str
    unit_text: str
    converted_from: str = ""  # legacy encoding the text was converted from (TCVN3, VNI)


@dataclass(frozen=True)
class PreviewRow:
    row: ListRow
    unit: m.Unit | None  # None: listed as a guest of `row.unit_text`
    problem: str  # "" = will be imported; otherwise why the row is skipped

    @property
    def status(self) -> str:
        if self.problem:
            return self.problem
        kind = "Đại biểu" if self.unit else "Khách mời (không khớp đơn vị nào)"
        if self.row.converted_from:
            kind += f" — đã chuyển mã từ {self.row.converted_from}"
        return kind


@dataclass(frozen=True)
class ImportResult:
    attendance_ids: list[int]
    created_person_ids: list[int]


def read_sheet(path: str | Path) -> list[ListRow]:
    """The rows of the first sheet below a header naming Họ và tên, (Chức vụ,) Đơn vị."""
    return rows_from_cells(read_rows(path))


def _header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    """The index of the header line among the first lines, and the column of each field."""
    first_error: ValidationError | None = None
    for at, line in enumerate(rows[:HEADER_SEARCH]):
        try:
            return at, map_columns(line, COLUMNS)
        except ValidationError as exc:
            first_error = first_error or exc
    raise first_error or ValidationError("Bảng tính không có dữ liệu.")


def rows_from_cells(rows: list[list[str]]) -> list[ListRow]:
    """Every line under the header that has a name; TCVN3/VNI text converted to Unicode."""
    at, cols = _header(rows)
    out = []
    for line in rows[at + 1 :]:
        cells, encodings = {}, set()
        for name, i in cols.items():
            text = line[i] if i < len(line) else ""
            fixed = legacy_fix(text) if text else None
            if fixed:
                text, encoding = fixed
                encodings.add(encoding)
            cells[name] = text
        if cells["full_name"]:
            converted = ", ".join(sorted(str(e).upper() for e in encodings))
            out.append(
                ListRow(cells["full_name"], cells.get("title", ""), cells["unit"], converted)
            )
    return out


def preview(
    service: AttendanceService, conference_id: int, rows: list[ListRow]
) -> list[PreviewRow]:
    """What an import would do, row by row, without writing anything."""
    cluster_id = service.cluster_of(conference_id)
    listed = {(fold(r.full_name), r.unit_id) for r in service.roster(conference_id)}
    out = []
    for row in rows:
        unit = None
        problem = ""
        try:
            unit = service.resolve_unit(cluster_id, row.unit_text)
        except ValidationError as exc:
            if not row.unit_text or "khớp" in exc.message:
                problem = exc.message
        key = (fold(row.full_name), unit.id if unit else None)
        if not problem and key in listed:
            problem = "Đã có trong danh sách"
        listed.add(key)
        out.append(PreviewRow(row, unit, problem))
    return out


def apply(service: AttendanceService, conference_id: int, rows: list[PreviewRow]) -> ImportResult:
    """Write the importable rows of a preview in one transaction."""
    cluster_id = service.cluster_of(conference_id)
    atts: list[int] = []
    people: list[int] = []
    with service.edits.transaction():
        for p in rows:
            if p.problem:
                continue
            unit_id = p.unit.id if p.unit else None
            org = "" if p.unit else p.row.unit_text
            person = service.person_for(cluster_id, p.row.full_name, p.row.title, unit_id, org)
            role = m.AttendanceRole.DELEGATE if p.unit else m.AttendanceRole.GUEST
            att, created = service.add_listed(conference_id, person, role, present=False)
            atts.append(att.id)
            if created:
                people.append(att.person_id)
    if not atts:
        raise ValidationError("Không có dòng nào để nhập.")
    return ImportResult(atts, people)
