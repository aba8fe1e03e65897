"""Template check: split fields, unknown fields, missing data, preview; agreement with rendering."""

from __future__ import annotations

import docx
import pytest

from tests.documents.templates import assert_vietnamese, make_template
from thidua_desktop.documents.docx import render_docx
from thidua_desktop.documents.errors import TemplateProblem
from thidua_desktop.documents.preflight import preflight
from thidua_desktop.services.documents import preflight as service_preflight


def test_field_split_by_formatting_is_mended_and_reported(tmp_path):
    tpl = make_template(tmp_path / "t.docx", [("Cụm: {{ ten_", False), ("cum }} hết", True)])
    report = preflight(tpl, {"ten_cum": "Khu vực & miền núi"}, name="Biên bản hội nghị")
    assert report.ok
    warnings = [i.message for i in report.issues if i.level == "warning"]
    assert any("{{ ten_cum }}" in w and "tách" in w for w in warnings), warnings
    assert report.preview == ["Cụm: Khu vực & miền núi hết"]
    out = render_docx(tpl, {"ten_cum": "Hòa Bình"}, tmp_path / "o.docx")
    assert docx.Document(str(out)).paragraphs[0].text == "Cụm: Hòa Bình hết"


def test_field_split_across_paragraphs_is_mended_as_the_renderer_does(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "Cụm: {{ ten_", "cum }} hết", "Sau.")
    out = render_docx(tpl, {"ten_cum": "Hòa Bình"}, tmp_path / "o.docx")
    assert [p.text for p in docx.Document(str(out)).paragraphs] == ["Cụm: Hòa Bình hết", "Sau."]
    report = preflight(tpl, {"ten_cum": "Hòa Bình"})
    assert report.ok, report.issues
    assert not any("không tự sửa" in i.message for i in report.issues)
    assert any("đoạn 1 sang đoạn 2" in i.message for i in report.warnings), report.issues
    assert report.preview == ["Cụm: Hòa Bình hết", "Sau."]


def test_curly_quotes_are_mended_as_the_renderer_does(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "{{ “Kính gửi” }}: {{ ten }}")
    out = render_docx(tpl, {"ten": "Bộ"}, tmp_path / "o.docx")
    assert docx.Document(str(out)).paragraphs[0].text == "Kính gửi: Bộ"
    report = preflight(tpl, {"ten": "Bộ"})
    assert report.ok
    assert any("nháy cong" in i.message for i in report.warnings)
    assert report.preview == ["Kính gửi: Bộ"]


AGREEMENT_CASES = [
    ["Cụm: {{ ten_", "cum }}"],
    [[("{{ ten", False), ("_cum }}", True)]],
    ["{{ “x” ~ ten_cum }}"],
    ["{% if khong_co is defined %}{{ khong_co }}{% endif %}{{ ten_cum }}"],
    ["{{ khong_co }}"],
    ["{{ ten_cum "],
    ["{% for x in ds %}", "{{ x }}"],
    ["{{ ten_cum }", "}}"],
    ["{{ ds|join(', ') }} – {{ ten_cum|upper }}"],
    ["{{ ten_cum|safe }}"],
    ["{{ 1 / 0 }}"],
    ["{{ ten_cum + 1 }}"],
]


@pytest.mark.parametrize("paragraphs", AGREEMENT_CASES)
def test_preflight_agrees_with_the_renderer(tmp_path, paragraphs):
    """The renderer makes the document ⇔ the check finds no error (same patching, compiler
    and sandbox); a failure is said the same way by both, in Vietnamese."""
    tpl = make_template(tmp_path / "t.docx", *paragraphs)
    ctx = {"ten_cum": "Hòa Bình", "ds": ["A", "B"]}
    try:
        render_docx(tpl, ctx, tmp_path / "o.docx", name="Biên bản hội nghị")
        rendered, problem = True, ""
    except TemplateProblem as exc:
        rendered, problem = False, exc.message
    report = preflight(tpl, ctx, name="Biên bản hội nghị")
    assert report.ok == rendered, (problem, report.issues)
    for issue in report.issues:
        assert_vietnamese(issue.message)
    if not rendered:
        assert_vietnamese(problem)
        assert "Biên bản hội nghị" in problem and "t.docx" not in problem


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
    for kind in ("minutes", "counting", "nomination", "pledge", "handover", "scores", "invitation"):
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
