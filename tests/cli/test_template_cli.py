"""`thidua template …` and `thidua render all` when a template is broken."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx

from tests.documents.fixtures import build_rich
from tests.documents.templates import assert_vietnamese, make_template
from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services


def _db(tmp_path) -> Path:
    path = tmp_path / "c.db"
    s = Services.open(path)
    build_rich(s)
    s.close()
    return path


def _stored(db: Path, kind: str = "minutes") -> bytes | None:
    s = Services.open(db)
    try:
        row = s.documents.templates.user_template(1, kind)
        return row.content if row else None
    finally:
        s.close()


def test_list_export_install_check_reset(tmp_path, capsys):
    db = _db(tmp_path)
    assert main(["--db", str(db), "template", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0] == "minutes\tBiên bản hội nghị\tmẫu mặc định" and len(listed) == 7
    exported = tmp_path / "bb.docx"
    assert main(["--db", str(db), "template", "export", "minutes", str(exported)]) == 0
    assert capsys.readouterr().out.strip() == str(exported)
    assert "BIÊN BẢN" in [p.text for p in docx.Document(str(exported)).paragraphs]
    assert main(["--db", str(db), "template", "install", "minutes", str(exported)]) == 0
    assert "Đã dùng bb.docx làm mẫu “Biên bản hội nghị”" in capsys.readouterr().out
    assert _stored(db) == exported.read_bytes()
    assert main(["--db", str(db), "template", "check", "minutes"]) == 0
    assert "Mẫu “Biên bản hội nghị” dùng được" in capsys.readouterr().out
    assert main(["--db", str(db), "template", "list"]) == 0
    assert "mẫu riêng bb.docx" in capsys.readouterr().out.splitlines()[0]
    assert main(["--db", str(db), "template", "reset", "minutes"]) == 0
    assert "Đã khôi phục mẫu mặc định" in capsys.readouterr().out
    assert _stored(db) is None


def test_install_refuses_errors_and_asks_for_yes_on_warnings(tmp_path, capsys):
    db = _db(tmp_path)
    bad = make_template(tmp_path / "loi.docx", "{{ hoi_nghi.ten }} {{ khong_co }}")
    assert main(["--db", str(db), "template", "install", "minutes", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Không dùng tệp loi.docx làm mẫu “Biên bản hội nghị”" in err and "khong_co" in err
    assert _stored(db) is None
    assert main(["--db", str(db), "template", "check", "minutes", "--file", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "1 lỗi" in out and "Lỗi: Mẫu “Biên bản hội nghị” dùng trường “khong_co”" in err
    split = make_template(tmp_path / "tach.docx", [("{{ hoi_nghi.", False), ("ten }}", True)])
    assert main(["--db", str(db), "template", "install", "minutes", str(split)]) == 1
    err = capsys.readouterr().err
    assert "Lưu ý: Word đã tách trường {{ hoi_nghi.ten }}" in err and "--yes" in err
    assert _stored(db) is None
    assert main(["--db", str(db), "template", "install", "minutes", str(split), "--yes"]) == 0
    assert _stored(db) == split.read_bytes()


def test_a_file_without_conferences_checks_the_template_alone(tmp_path, capsys):
    db = tmp_path / "empty.db"
    s = Services.open(db)
    s.edits.create(m.Cluster(name="Cụm thi đua số 1", short_name="Cụm 1"))
    s.close()
    clean = make_template(tmp_path / "mau.docx", "{{ hoi_nghi.ten }}")
    assert main(["--db", str(db), "template", "install", "minutes", str(clean)]) == 1
    assert "Chưa có hội nghị nên chưa thử điền dữ liệu" in capsys.readouterr().err
    assert main(["--db", str(db), "template", "install", "minutes", str(clean), "--yes"]) == 0
    bad = make_template(tmp_path / "hong.docx", "{% for x in ds %}")
    assert main(["--db", str(db), "template", "install", "minutes", str(bad), "--yes"]) == 1
    assert "khối {% for %} chưa được đóng" in capsys.readouterr().err


def test_render_all_produces_the_others_and_names_what_failed(tmp_path, capsys):
    db = _db(tmp_path)
    broken = make_template(tmp_path / "x.docx", "{{ hoi_nghi.ten }} {{ khong_co }}").read_bytes()
    s = Services.open(db)  # a template that came with a package: never checked here
    s.repo.insert(
        m.Template(1, "minutes", "x.docx", broken, hashlib.sha256(broken).hexdigest(), "")
    )
    s.close()
    out = tmp_path / "out"
    assert main(["--db", str(db), "render", "all", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    written = captured.out.split()
    assert len(written) == 11 and all(Path(p).exists() for p in written)
    assert not (out / "2016-11-22_bien-ban-hoi-nghi.docx").exists()
    first, summary = captured.err.strip().splitlines()
    assert first.startswith("thidua: Mẫu “Biên bản hội nghị” dùng trường “khong_co”")
    assert_vietnamese(first)
    assert summary == (
        f"thidua: đã tạo 11/12 văn bản trong {out}; không tạo được 1: “Biên bản hội nghị”."
    )


def test_a_word_document_to_a_full_disk_is_said_as_such(tmp_path, capsys):
    """The child's write error comes back as the machine fault it is, naming our file."""
    from tests.disk_helpers import fill, small_disk

    db = _db(tmp_path)
    with small_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        assert main(["--db", str(db), "render", "minutes", "-o", str(disk)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("thidua: Ổ đĩa đầy") and err.count("\n") == 1, err
        assert "No space" not in err and ".tmp-" not in err
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]
