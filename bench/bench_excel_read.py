"""Reading a large unit list: our bounded reader against calamine read in process.

Ours: `excel.read_rows` — zip sizes and the sheet's rectangle checked, cell references scanned,
cells read by calamine in a child process with a memory limit and sent back in batches.
Floor: what reading was before — calamine's `to_python` in the calling process, cells as text.
Each side runs in a fresh process so peak memory (max RSS) is its own; prints the ratios.

    python bench/bench_excel_read.py [rows]      (default 1,048,575 data rows of 8 columns)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.fixtures.xlsx_parts import write_workbook_parts  # noqa: E402

COLUMNS = 8

HEADER = ["Tên đơn vị", "Tên viết tắt", "Loại đơn vị", "Thủ trưởng", "Chức vụ", "Tỉnh/thành phố",
          "Thành viên", "Đang hoạt động"]  # fmt: skip


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def make_workbook(path: Path, rows: int) -> Path:
    letters = "ABCDEFGH"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        write_workbook_parts(z)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main">'
                + f'<dimension ref="A1:H{rows + 1}"/><sheetData>'.encode()
            )
            head = "".join(_cell(f"{c}1", h) for c, h in zip(letters, HEADER, strict=True))
            part.write(f'<row r="1">{head}</row>'.encode())
            batch = []
            for n in range(2, rows + 2):
                values = (f"Sở Tư pháp số {n}", f"STP{n}", "Sở", f"Nguyễn Văn {n}",
                          "Giám đốc", "Hà Giang", "x", "x")  # fmt: skip
                cells = "".join(_cell(f"{c}{n}", v) for c, v in zip(letters, values, strict=True))
                batch.append(f'<row r="{n}">{cells}</row>')
                if len(batch) == 10_000:
                    part.write("".join(batch).encode())
                    batch = []
            part.write(("".join(batch) + "</sheetData></worksheet>").encode())
    return path


_SIDE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
path, side = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
if side == "ours":
    from thidua_desktop.services.excel import read_rows
    rows = read_rows(path)
else:
    from python_calamine import CalamineWorkbook
    from thidua_desktop.services.excel import cell_text
    raw = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python(skip_empty_area=False)
    rows = [[cell_text(v) for v in row] for row in raw]
elapsed = time.perf_counter() - t0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({{"rows": len(rows), "s": elapsed, "own_mb": own, "child_mb": child}}))
"""


def run_side(path: Path, side: str) -> dict:
    script = _SIDE.format(root=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), side], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_048_575
    with tempfile.TemporaryDirectory(prefix="thidua-bench-xlsx-") as tmp:
        t0 = time.perf_counter()
        path = make_workbook(Path(tmp) / "don-vi.xlsx", rows)
        made = time.perf_counter() - t0
        size = path.stat().st_size / 1024**2
        print(
            f"workbook: {rows + 1:,} rows × {COLUMNS} columns, {size:.1f} MB (made in {made:.1f} s)"
        )
        floor = run_side(path, "floor")
        ours = run_side(path, "ours")
    assert floor["rows"] == ours["rows"] == rows + 1
    for name, r in (("floor (calamine in process)", floor), ("ours (bounded, child)", ours)):
        print(
            f"{name:30s} {r['s']:6.1f} s   peak: caller {r['own_mb']:6.0f} MB, "
            f"reader child {r['child_mb']:6.0f} MB"
        )
    peak_ours = max(ours["own_mb"], ours["child_mb"])
    print(f"time ours/floor: {ours['s'] / floor['s']:.2f}")
    print(f"peak memory of one process ours/floor: {peak_ours / floor['own_mb']:.2f}")


if __name__ == "__main__":
    main()
