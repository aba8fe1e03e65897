"""Import a delegate list (Họ và tên | Chức vụ | Đơn vị) from Excel: read, preview, then write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import fold, nfc
from thidua_desktop.services.attendance import AttendanceService

HEADERS = {"name": ("ho va ten", "ho ten", "ten"), "title": ("chuc vu",), "unit": ("don vi",)}


@dataclass(frozen=True)
class ListRow:
    full_name: str
    title: str
    unit_text: str


@dataclass(frozen=True)
class PreviewRow:
    row: ListRow
    unit: m.Unit | None  # None: listed as a guest of `row.unit_text`
    problem: str  # "" = will be imported; otherwise why the row is skipped

    @property
    def status(self) -> str:
        if self.problem:
            return self.problem
        return "Đại biểu" if self.unit else "Khách mời (không khớp đơn vị nào)"


@dataclass(frozen=True)
class ImportResult:
    attendance_ids: list[int]
    created_person_ids: list[int]


def read_sheet(path: str | Path) -> list[ListRow]:
    """The rows of the first sheet below a header naming Họ và tên, Chức vụ and Đơn vị."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        cells = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine raises its own types for unreadable files
        raise ValidationError(f"Không đọc được tệp Excel {Path(path).name}: {exc}") from exc
    return rows_from_cells(cells)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value)) if value is not None else ""


def _header(cells: list[list[object]]) -> tuple[int, dict[str, int]]:
    """The index of the header line and the column of each field in it."""
    for at, line in enumerate(cells):
        keys = [fold(_text(c)) for c in line]
        cols = {}
        for field, names in HEADERS.items():
            hits = [i for i, k in enumerate(keys) if k in names]
            if hits:
                cols[field] = hits[0]
        if len(cols) == len(HEADERS):
            return at, cols
    raise ValidationError(
        "Không tìm thấy dòng tiêu đề có đủ các cột: Họ và tên | Chức vụ | Đơn vị."
    )


def rows_from_cells(cells: list[list[object]]) -> list[ListRow]:
    """Find the header line, then read every line under it that has a name."""
    at, cols = _header(cells)
    out = []
    for line in cells[at + 1 :]:
        cell = [_text(line[cols[f]]) if cols[f] < len(line) else "" for f in HEADERS]
        if cell[0]:
            out.append(ListRow(*cell))
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
