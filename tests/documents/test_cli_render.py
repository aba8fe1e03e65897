"""`thidua render`: paths printed, clear errors."""

from __future__ import annotations

from pathlib import Path

from tests.documents.fixtures import build_rich
from tests.documents.pdfcheck import needs_poppler, pdf_pages, pdf_text
from thidua_desktop.cli import main
from thidua_desktop.services.container import Services


def _db(tmp_path) -> Path:
    path = tmp_path / "c.db"
    s = Services.open(path)
    build_rich(s)
    s.close()
    return path


def test_render_minutes_and_all(tmp_path, capsys):
    db = _db(tmp_path)
    out = tmp_path / "out"
    assert main(["--db", str(db), "render", "minutes", "-o", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(out / "2016-11-22_bien-ban-hoi-nghi.docx")]
    assert Path(printed[0]).stat().st_size > 5000
    assert main(["--db", str(db), "render", "all", "-o", str(out)]) == 0
    written = capsys.readouterr().out.split()
    assert len(written) == 12 and all(Path(p).exists() for p in written)
    assert any(p.endswith("phieu-bau_co-thi-dua-cua-chinh-phu-v1.pdf") for p in written)


def test_render_errors(tmp_path, capsys):
    db = _db(tmp_path)
    assert main(["--db", str(db), "render", "minutes", "--conference", "999"]) == 1
    assert "999" in capsys.readouterr().err
    missing = tmp_path / "missing.db"
    assert main(["--db", str(missing), "render", "minutes"]) == 1
    assert "Không tìm thấy tệp" in capsys.readouterr().err
    assert not missing.exists()  # a read command never creates a database
    empty = tmp_path / "empty.db"
    Services.open(empty, actor="test").close()
    assert main(["--db", str(empty), "render", "minutes"]) == 1
    assert "Chưa có hội nghị" in capsys.readouterr().err


@needs_poppler
def test_pledge_per_unit_and_blank_rows(tmp_path, capsys):
    db = _db(tmp_path)
    out = tmp_path / "out"
    assert main(["--db", str(db), "render", "pledge-pdf", "--per-unit", "-o", str(out)]) == 0
    pledge = Path(capsys.readouterr().out.split()[0])
    assert pdf_pages(pledge) >= 14
    assert main(["--db", str(db), "render", "attendance", "--blank-rows", "3", "-o", str(out)]) == 0
    sheet = Path(capsys.readouterr().out.split()[0])
    numbers = [ln.split()[0] for ln in pdf_text(sheet).splitlines() if ln.strip()]
    assert "18" in numbers and "19" not in numbers  # 1 guest + 14 delegates + 3 blank rows


def test_invitations_one_file_each_and_name_cards_with_names(tmp_path, capsys):
    db = _db(tmp_path)
    out = tmp_path / "out"
    assert main(["--db", str(db), "render", "invitation", "--each", "-o", str(out)]) == 0
    printed = [Path(p) for p in capsys.readouterr().out.split()]
    assert len(printed) == 15 and all(p.suffix == ".docx" and p.exists() for p in printed)
    assert {p.parent.name for p in printed} == {"2016-11-22_giay-moi"}
    assert main(["--db", str(db), "render", "name-cards", "--with-names", "-o", str(out)]) == 0
    cards = Path(capsys.readouterr().out.split()[0])
    assert cards.name == "2016-11-22_bang-ten.pdf" and cards.stat().st_size > 2000
