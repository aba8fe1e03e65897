"""Template check: split fields, unknown fields, missing data, preview."""

from __future__ import annotations

import docx

from tests.documents.templates import make_template
from thidua_desktop.documents.docx import render_docx
from thidua_desktop.documents.preflight import preflight
from thidua_desktop.services.documents import preflight as service_preflight


def test_field_split_by_formatting_is_mended_and_reported(tmp_path):
    tpl = make_template(tmp_path / "t.docx", [("Cụm: {{ ten_", False), ("cum }} hết", True)])
    report = preflight(tpl, {"ten_cum": "Khu vực & miền núi"}, render=render_docx)
    assert report.ok
    warnings = [i.message for i in report.issues if i.level == "warning"]
    assert any("{{ ten_cum }}" in w and "tách" in w for w in warnings), warnings
    assert report.preview == ["Cụm: Khu vực & miền núi hết"]
    out = render_docx(tpl, {"ten_cum": "Hòa Bình"}, tmp_path / "o.docx")
    assert docx.Document(str(out)).paragraphs[0].text == "Cụm: Hòa Bình hết"


def test_field_split_across_paragraphs_cannot_be_mended(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "Cụm: {{ ten_", "cum }}")
    report = preflight(tpl, {"ten_cum": "x"})
    assert not report.ok
    assert any("không tự sửa được" in i.message and "đoạn 1" in i.message for i in report.issues)


def test_curly_quotes_are_reported(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "{{ “x” }}")
    report = preflight(tpl, {})
    assert any("nháy cong" in i.message for i in report.issues)


def test_unknown_field_and_syntax_error(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "{{ ten_cum }} {{ ten_cumm }}")
    report = preflight(tpl, {"ten_cum": "x"})
    assert [i.where for i in report.issues if i.level == "error"] == ["ten_cumm"]
    bad = make_template(tmp_path / "b.docx", "{% for x in %}")
    report = preflight(bad, {})
    assert not report.ok and "cú pháp" in report.issues[0].message


def test_corrupt_file(tmp_path):
    bad = tmp_path / "b.docx"
    bad.write_bytes(b"nope")
    report = preflight(bad, {})
    assert not report.ok and "b.docx" in report.issues[0].message


def test_default_templates_pass_on_rich_data(services, rich):
    svc = services.documents
    conf = rich["conference"].id
    for kind in ("minutes", "counting", "nomination", "pledge", "handover", "scores"):
        report = service_preflight(svc, conf, kind)
        assert report.ok, (kind, report.issues)
        assert not [i for i in report.issues if "tách" in i.message], kind
        assert report.preview, kind


def test_missing_data_is_listed(services, small_cluster):
    report = service_preflight(services.documents, small_cluster["conference"].id, "minutes")
    assert report.ok  # the document can still be made, with blanks to fill by hand
    missing = " ".join(i.message for i in report.issues if i.level == "warning")
    assert "họ tên chủ tọa" in missing and "giờ kết thúc" in missing
    assert any("…………" in line for line in report.preview)
