"""Excel in and out: read .xlsx/.xls with python-calamine, write .xlsx with openpyxl, all as text."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.vntext import fold, nfc

READABLE = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class Column:
    """A column of an exchanged table: field name, header written, other headers accepted."""

    field: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    def accepts(self, header: str) -> bool:
        key = fold(header).strip(" :*.")
        return key in {fold(h) for h in (self.header, self.field, *self.aliases)}


def cell_text(value: Any) -> str:
    """A cell as the text the user sees: 12.0 -> '12' (codes, phones), dates ISO, NFC."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return nfc(str(value))


Progress = Callable[[int, int, str], None]
# progress and cancel for every sheet read in this thread: an import that reads through
# several services reports without each of them passing the callbacks along
_observer: ContextVar[tuple[Progress | None, Callable[[], bool] | None]] = ContextVar(
    "excel_observer", default=(None, None)
)


@contextmanager
def reading_observed(
    progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Iterator[None]:
    """Within the block, sheets read in this thread report `progress` and obey `cancelled`."""
    token = _observer.set((progress, cancelled))
    try:
        yield
    finally:
        _observer.reset(token)


def read_rows(
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[list[str]]:
    """The first sheet as rows of text; ValidationError when the file cannot be read.

    The file is read within bounds (sizes checked, cells read in a child process with a memory
    limit: see `excel_read`); `progress` and `cancelled` as in `excel_read.read_sheet`, by
    default those of an enclosing `reading_observed`."""
    from thidua_desktop.services.excel_read import read_sheet

    observed = _observer.get()
    progress = progress or observed[0]
    cancelled = cancelled or observed[1]

    p = Path(path)
    if p.suffix.lower() not in READABLE:
        raise ValidationError(f"Tệp «{p.name}» không phải bảng tính Excel (cần .xlsx hoặc .xls).")
    if not p.is_file():
        raise ValidationError(f"Không đọc được tệp «{p.name}»: không tìm thấy tệp này.")
    rows = read_sheet(p, progress, cancelled)
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def map_columns(header: Sequence[str], columns: Sequence[Column]) -> dict[str, int]:
    """field -> column index; ValidationError naming the expected columns when they don't fit."""
    found: dict[str, int] = {}
    unknown = []
    for i, text in enumerate(header):
        if not text.strip():
            continue
        col = next((c for c in columns if c.accepts(text)), None)
        if col is None:
            unknown.append(text)
        elif col.field not in found:
            found[col.field] = i
    missing = [c.header for c in columns if c.required and c.field not in found]
    if missing or not found:
        expected = ", ".join(f"«{c.header}»" for c in columns)
        got = ", ".join(f"«{h}»" for h in header if h.strip()) or "(trống)"
        raise ValidationError(
            f"Dòng đầu của bảng tính phải là tên cột. Thiếu cột "
            f"{', '.join(f'«{h}»' for h in missing) or 'nào khớp'}. "
            f"Các cột cần có: {expected}. Dòng đầu hiện là: {got}."
        )
    return found


def read_records(path: str | Path, columns: Sequence[Column]) -> list[tuple[int, dict[str, str]]]:
    """(row number as Excel shows it, {field: text}) for each non-empty data row."""
    rows = read_rows(path)
    if not rows:
        raise ValidationError(f"Bảng tính «{Path(path).name}» không có dữ liệu.")
    index = map_columns(rows[0], columns)
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        out.append((n, {f: (row[i] if i < len(row) else "") for f, i in index.items()}))
    return out


def write_rows(
    path: str | Path,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    numbers: bool = False,
) -> Path:
    """Write one sheet; every cell is text so codes and phone numbers keep their zeros.

    With ``numbers=True`` ints and floats stay numbers (scores a user will sum in Excel).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    p = Path(path)
    if p.suffix.lower() != ".xlsx":
        p = p.with_suffix(".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell_value(v, numbers) for v in row])
    for col in sheet.iter_cols(min_row=1):
        for cell in col:
            if isinstance(cell.value, str):
                # Text is data, never a formula: openpyxl writes "=…" as a live formula
                # (=HYPERLINK, =cmd|…); "+ - @", tab and CR starts are text cells as well.
                cell.data_type = "s"
            if cell.row > 1 and not isinstance(cell.value, int | float):
                cell.number_format = "@"
    for i, title in enumerate(header, start=1):
        longest = max([len(str(title))] + [len(str(r[i - 1])) for r in rows if len(r) >= i])
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = min(60, longest + 2)
    sheet.freeze_panes = "A2"
    book.save(p)
    return p


def _cell_value(v: Any, numbers: bool) -> Any:
    """What a cell holds: text, or with `numbers` a finite int/float (∞ and NaN are not numbers
    an .xlsx can hold: openpyxl would write a file Excel has to repair)."""
    if numbers and isinstance(v, int | float) and not isinstance(v, bool):
        if isinstance(v, int) or math.isfinite(v):
            return v
    return "" if v is None else str(v)


def yes_no(text: str) -> bool | None:
    """'x', 'có', '1', 'true' -> True; '', 'không', '0' -> False; anything else -> None."""
    key = fold(text).strip()
    if key in ("x", "co", "1", "true", "yes", "c", "v"):
        return True
    if key in ("", "khong", "0", "false", "no", "k"):
        return False
    return None
