"""Read a spreadsheet from anyone within bounds: sizes checked first, cells read in a child process.

python-calamine allocates a sheet as the rectangle from its first to its last cell: one cell at
XFD1048576 in a 1.6 KB file asks for 512 GB and aborts the process (a Rust abort, no exception),
and a small zip can inflate to gigabytes. So the zip's declared sizes and each sheet's declared
dimension are checked here before anything is inflated, the sheet's real cell references are
checked in the child before calamine sees them, and the child (multiprocessing "spawn", as on
Windows) runs with a memory limit: whatever a file does, only the child dies.
"""

from __future__ import annotations

import multiprocessing
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from thidua_desktop.documents.render_worker import limit_memory
from thidua_desktop.domain.errors import ValidationError

MAX_ROWS = 1_048_576  # Excel's own limits
MAX_COLUMNS = 16_384
MAX_CELLS = 40_000_000  # the sheet's rectangle: 1,048,576 rows of 38 columns
MAX_UNCOMPRESSED = 2 * 1024**3  # all members of the zip together
MAX_RATIO = 200  # inflated/compressed for a member over 1 MB; real sheets stay under ~30
CHILD_MEMORY_MB = 4096
BATCH_ROWS = 5000

Progress = Callable[[int, int, str], None]

_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="([A-Za-z]*)([0-9]*)(?::([A-Za-z]*)([0-9]*))?"'
)
# <c r="B7"> and <row r="7">, however spaced or quoted
_REF = re.compile(
    rb"<(?:[\w.-]+:)?(?:c|row)\b[^>]*?\sr\s*=\s*[\"']([A-Za-z]{0,4})([0-9]{1,9})[\"']"
)


def _column_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Vietnamese groups thousands with dots


def _too_big(name: str, rows: int, cols: int) -> ValidationError:
    return ValidationError(
        f"Bảng tính «{name}» có vùng dữ liệu quá lớn ({_count(rows)} dòng × {_count(cols)} cột) "
        "nên không đọc; hãy chép phần dữ liệu cần nhập sang một bảng tính mới rồi nhập lại."
    )


def _check_span(name: str, rows: int, cols: int) -> None:
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise _too_big(name, rows, cols)


def check_zip(path: Path) -> int:
    """Refuse a zip-based workbook whose members would inflate beyond our limits, or whose sheets
    declare a rectangle beyond them; the number of rows declared by the largest sheet (0: none)."""
    if not zipfile.is_zipfile(path):
        return 0  # .xls, or damaged: calamine says what it is, in the child
    name = path.name
    declared_rows = 0
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
            total = sum(i.file_size for i in members)
            bomb = any(
                i.file_size > 1024**2 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
                for i in members
            )
            if bomb or total > MAX_UNCOMPRESSED:
                raise ValidationError(
                    f"Tệp «{name}» khi giải nén chiếm {_count(total // 1024**2)} MB, bất thường với "
                    "một bảng tính nên không đọc; hãy lưu lại bảng tính bằng Excel rồi nhập lại."
                )
            for info in members:
                if not info.filename.lower().startswith("xl/worksheets/"):
                    continue
                with z.open(info) as part:
                    head = part.read(64 * 1024)
                match = _DIMENSION.search(head)
                if match is None:
                    continue
                c1, r1, c2, r2 = (g or b"" for g in match.groups())
                if not c2 and not r2:  # a single cell: "A1"
                    c2, r2 = c1, r1
                rows = int(r2 or MAX_ROWS) - int(r1 or 1) + 1
                cols = _column_number(c2 or "XFD") - _column_number(c1 or "A") + 1
                _check_span(name, rows, cols)
                declared_rows = max(declared_rows, rows)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return 0  # unreadable as a zip: the child gets calamine's own refusal
    return declared_rows


def _number_key(digits: bytes) -> tuple[int, bytes]:
    """Numeric order of a run of digits without int() (a hostile one may be 5,000 long)."""
    digits = digits.lstrip(b"0") or b"0"
    return len(digits), digits


def _scan_refs(path: Path) -> None:
    """The real rectangle of every sheet, from its row and cell references (a dimension can
    lie). Cells without a reference are placed one after another by the reader: the memory
    limit of the child covers those."""
    if not zipfile.is_zipfile(path):
        return
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if not info.filename.lower().startswith("xl/worksheets/"):
                continue
            rows: set[bytes] = set()
            cols: set[bytes] = set()
            tail = b""
            with z.open(info) as part:
                while chunk := part.read(8 * 1024**2):
                    buf = tail + chunk
                    cut = buf.rfind(b">") + 1  # whole tags only; the rest waits for the next chunk
                    if cut == 0 and len(buf) > 16 * 1024**2:
                        raise _too_big(path.name, MAX_ROWS + 1, MAX_COLUMNS + 1)
                    found = _REF.findall(buf, 0, cut)
                    rows.update(r for _c, r in found)
                    cols.update(c.upper() for c, _r in found if c)
                    tail = buf[cut:]
                    if len(rows) > 4096:  # keep only the extremes between chunks
                        rows = {min(rows, key=_number_key), max(rows, key=_number_key)}
            if rows:
                lo, hi = min(rows, key=_number_key), max(rows, key=_number_key)  # ≤ 12 digits
                width = 1
                if cols:
                    numbers = [_column_number(c) for c in cols]
                    width = max(numbers) - min(numbers) + 1
                _check_span(path.name, int(hi) - int(lo) + 1, width)


def _rows_of(path: Path) -> Iterator[list[str]]:
    from python_calamine import CalamineWorkbook

    from thidua_desktop.services.excel import cell_text

    book = CalamineWorkbook.from_path(str(path))
    # to_python is quicker than iter_rows; the raw cells stay in this (child) process
    raw = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    for row in raw:
        yield [cell_text(v) for v in row]


def _child(conn, path: str, memory_mb: int, batch_rows: int) -> None:  # type: ignore[no-untyped-def]
    """Child process: send ("rows", batch)… then ("end",), or ("problem", message)."""
    limit_memory(memory_mb)
    p = Path(path)
    try:
        _scan_refs(p)
        batch: list[list[str]] = []
        for row in _rows_of(p):
            batch.append(row)
            if len(batch) >= batch_rows:
                conn.send(("rows", batch))
                batch = []
        conn.send(("rows", batch))
        conn.send(("end",))
    except ValidationError as exc:
        conn.send(("problem", str(exc)))
    except MemoryError:
        conn.send(("problem", _memory_message(p.name)))
    except Exception as exc:  # calamine's errors: damaged, encrypted, not a workbook
        conn.send(
            (
                "problem",
                f"Không đọc được tệp «{p.name}»: tệp bị hỏng, đang được khóa bằng mật khẩu, hoặc "
                f"không phải bảng tính Excel ({type(exc).__name__}).",
            )
        )
    finally:
        conn.close()


def _memory_message(name: str) -> str:
    return (
        f"Bảng tính «{name}» quá lớn hoặc bị hỏng nên không đọc được (cần quá nhiều bộ nhớ); "
        "không có gì được ghi."
    )


def read_sheet(
    path: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[list[str]]:
    """The first sheet as rows of text, read in a child process with a memory limit.

    `progress(rows_read, rows_declared, "")` is called as batches arrive; `cancelled()` is
    checked between them and stops the child (raising Cancelled)."""
    from thidua_desktop.storage.package import Cancelled

    declared = check_zip(path)
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_child, args=(child, str(path), CHILD_MEMORY_MB, BATCH_ROWS), daemon=True
    )
    proc.start()
    child.close()
    rows: list[list[str]] = []
    try:
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if not parent.poll(0.1):
                if not proc.is_alive() and not parent.poll(0):
                    raise ValidationError(_memory_message(path.name))
                continue
            try:
                message = parent.recv()
            except (EOFError, OSError) as exc:  # killed by the memory limit or an abort
                raise ValidationError(_memory_message(path.name)) from exc
            if message[0] == "problem":
                raise ValidationError(message[1])
            if message[0] == "end":
                return rows
            rows.extend(message[1])
            if progress is not None:
                progress(len(rows), max(declared, len(rows)), "")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
