"""`thidua grounds YEAR`: the letter's grounds listed, replaced from a file, reset."""

from __future__ import annotations

from tests.documents.fixtures import build_rich
from thidua_desktop.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_set_and_reset(services, capsys, tmp_path):
    rich = build_rich(services)
    code, out, err = run(capsys, "--db", services.path, "grounds", 2016)
    assert code == 0, err
    assert "mặc định theo văn bản có hiệu lực ngày 22/11/2016" in err
    lines = out.splitlines()
    assert lines[0] == "Căn cứ Luật Thi đua, Khen thưởng số 15/2003/QH11 ngày 26 tháng 11 năm 2003;"
    assert lines[-1] == "Căn cứ Quy chế hoạt động của Khu vực thi đua ban hành ngày 15/3/2016;"

    listed = tmp_path / "can cu.txt"  # what was printed reads back as the list to store
    listed.write_text("\n".join([lines[0], "Quyết định số 7/QĐ-KV ngày 02/3/2016."]), "utf-8")
    code, out, err = run(capsys, "--db", services.path, "grounds", 2016, "--set", listed)
    assert code == 0, err
    assert "Đã lưu 2 căn cứ" in err and "danh sách riêng" in err
    assert out.splitlines()[-1] == "Căn cứ Quyết định số 7/QĐ-KV ngày 02/3/2016;"
    assert len(services.legal_grounds.stored(rich["year"].id)) == 2

    code, out, err = run(capsys, "--db", services.path, "grounds", 2016, "--reset")
    assert code == 0 and services.legal_grounds.stored(rich["year"].id) == []


def test_refusals_say_what_is_wrong(services, capsys, tmp_path):
    build_rich(services)
    code, _, err = run(capsys, "--db", services.path, "grounds", 2024)
    assert code == 1 and err.strip() == "thidua: Chưa có năm 2024 trong tệp dữ liệu."
    twice = tmp_path / "g.txt"
    twice.write_text("Luật A\nCăn cứ luật a;\n", "utf-8")
    code, _, err = run(capsys, "--db", services.path, "grounds", 2016, "--set", twice)
    assert code == 1 and "Căn cứ thứ 2 trùng với căn cứ thứ 1" in err
