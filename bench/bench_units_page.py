"""Times the units page on the demo cluster: one cell edit end to end, and a 500-row Excel import.

Cell edit: the model's setData → UndoableEdits.change (validated, NFC, one transaction with an
audit entry, synchronous=FULL) → the page's refresh (re-read units, dataChanged). Floor: a bare
sqlite3 UPDATE + COMMIT of the same cell on the same file with the same pragmas.
Import: read .xlsx with calamine, plan against the stored units, apply in one transaction. Floor:
python-calamine reading the same sheet to Python lists.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_db, median_time, ratio_line  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from thidua_desktop.domain import model as m  # noqa: E402
from thidua_desktop.services.container import Services  # noqa: E402
from thidua_desktop.services.excel import write_rows  # noqa: E402
from thidua_desktop.services.unit_import import UNIT_COLUMNS  # noqa: E402
from thidua_desktop.ui.main_window import MainWindow  # noqa: E402
from thidua_desktop.ui.models.unit_table_model import UnitTableModel  # noqa: E402

CELL_BUDGET_MS = 50.0  # well under a keystroke pause: the secretary never waits on a cell


def main() -> int:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="thidua-bench-units-"))
    db = demo_db(folder)
    services = Services.open(db, actor="bench")
    window = MainWindow(services, QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    page = window.show_page("units")
    model = page.model
    index = model.index(0, UnitTableModel.HEAD_TITLE)
    unit_id = model.row_at(0).id
    flip = iter(range(10**6))

    def edit_cell() -> None:
        assert model.setData(index, f"Giám đốc {next(flip)}")

    ours = median_time(edit_cell, repeat=15)

    raw = sqlite3.connect(db)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")

    def bare_update() -> None:
        raw.execute("UPDATE units SET head_title = ? WHERE id = ?", [f"x{next(flip)}", unit_id])
        raw.commit()

    floor = median_time(bare_update, repeat=15)
    print(ratio_line("cell edit (commit+audit+refresh)", ours * 1000, floor * 1000, None, "ms"))
    print(
        f"{'':34} budget {CELL_BUDGET_MS:.0f} ms: {'ok' if ours * 1000 <= CELL_BUDGET_MS else 'MISSES'}"
    )
    raw.close()

    cid = services.repo.find_one(m.Cluster, "1=1").id
    rows = [
        [f"Đơn vị thử số {i:03d}", "", "Sở Tư pháp", f"Người {i}", "Giám đốc", "Hà Giang", "x", "x"]
        for i in range(500)
    ]
    sheet = write_rows(folder / "ds.xlsx", [c.header for c in UNIT_COLUMNS], rows)

    def import_all() -> None:
        plan = services.unit_import.read(sheet, cid)
        outcome = services.unit_import.apply(plan)
        services.unit_import.revert(outcome)

    from python_calamine import CalamineWorkbook

    def bare_read() -> None:
        CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()

    ours = median_time(import_all, repeat=3)
    floor = median_time(bare_read, repeat=3)
    print(ratio_line("import 500 rows (read+plan+apply+undo)", ours, floor, None))
    window.close()
    window.deleteLater()
    app.processEvents()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
