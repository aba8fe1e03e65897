"""`thidua render`: paths printed, clear errors."""

from __future__ import annotations

from pathlib import Path

from tests.documents.fixtures import build_rich
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
    assert len(written) == 10 and all(Path(p).exists() for p in written)
    assert any(p.endswith("phieu-bau_co-thi-dua-cua-chinh-phu-v1.pdf") for p in written)


def test_render_errors(tmp_path, capsys):
    db = _db(tmp_path)
    assert main(["--db", str(db), "render", "minutes", "--conference", "999"]) == 1
    assert "999" in capsys.readouterr().err
    empty = tmp_path / "empty.db"
    assert main(["--db", str(empty), "render", "minutes"]) == 1
    assert "Chưa có hội nghị" in capsys.readouterr().err
