"""No route from a template to raw XML in the .docx; checking runs in the limited child."""

from __future__ import annotations

import zipfile

import docx
import pytest
from PIL import Image

from tests.documents.templates import assert_vietnamese, make_template
from thidua_desktop.documents.docx import render_docx
from thidua_desktop.documents.errors import TemplateProblem
from thidua_desktop.documents.preflight import preflight
from thidua_desktop.documents.render_worker import RenderWorker
from thidua_desktop.services.template_checks import check_file

INJECT = '</w:t></w:r></w:p><w:p><w:r><w:instrText>INCLUDETEXT "c:/x"</w:instrText></w:r></w:p><w:p><w:r><w:t>'
TABLE = {"__table__": {"headers": ["TT", "Đơn vị"], "rows": [["1", "Sở A & B <C>"]]}}

MARKUP_ROUTES = [
    "{{ ten|safe }}",
    "{{ ten|forceescape }}",
    "{{ 'http://x.vn/' ~ ten|urlize }}",
    "{{ {'a': ten}|xmlattr }}",
    "{{ ten|tojson }}",
    "{% autoescape false %}{{ ten }}{% endautoescape %}",
    "{% filter safe %}{{ ten }}{% endfilter %}",
    "{% set x | safe %}{{ ten }}{% endset %}{{ x }}",
    "{{ lipsum(1) }}",
    "{{ bang.replace('w:tbl', 'w:p') }}",
    "{{ bang[0:30] }}",
    "{{ bang|upper }}",
    "{{ bang|replace('tbl', 'p') }}",
    "{{ bang|truncate(40) }}",
    "{{ bang|trim('<') }}",
    "{{ bang * 2 }}",
    "{{ bang.__html__() }}",
    "{{ ten.__html__ }}",
    "{% macro m() %}x{% endmacro %}{{ m()|upper }}",
    "{{ anh.tpl }}",
    "{{ anh.tpl.save(dich) }}",
]


@pytest.fixture
def ctx(tmp_path):
    png = tmp_path / "a.png"
    Image.new("RGB", (8, 8), "white").save(png)
    return {
        "ten": INJECT,
        "bang": TABLE,
        "anh": {"__image__": str(png), "width_mm": 20},
        "dich": str(tmp_path / "written-by-template.docx"),
    }


@pytest.mark.parametrize("body", MARKUP_ROUTES)
def test_no_markup_route_reaches_the_document(tmp_path, ctx, body):
    tpl = make_template(tmp_path / "t.docx", "Trước", body, "Sau")
    out = tmp_path / "o.docx"
    with pytest.raises(TemplateProblem) as err:
        render_docx(tpl, ctx, out, name="Biên bản hội nghị")
    message = str(err.value)
    assert message.startswith("Mẫu “Biên bản hội nghị”") and "không" in message, message
    assert_vietnamese(message)
    assert not out.exists() and not (tmp_path / "written-by-template.docx").exists()
    report = preflight(tpl, ctx, name="Biên bản hội nghị")  # the check says the same
    assert not report.ok
    assert all("Biên bản hội nghị" in i.message for i in report.errors)


def test_our_tables_pictures_and_plain_filters_still_work(tmp_path, ctx):
    tpl = make_template(
        tmp_path / "t.docx",
        "{{p bang }}",
        "{{ anh }}",
        "{{ ten|e|length > 0 }} {{ ['Hà Giang', 'Lào Cai']|join(', ') }} {{ (ten|upper)[:2] }}",
        "{{ bang|default('') is defined }} {{ 10 ** 3 }} {{ '%05d'|format(7) }} {{ 'ab' * 3 }}",
    )
    out = render_docx(tpl, ctx, tmp_path / "o.docx")
    document = docx.Document(str(out))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["TT", "Đơn vị"]
    assert [c.text for c in table.rows[1].cells] == ["1", "Sở A & B <C>"]
    texts = [p.text for p in document.paragraphs]
    assert "True Hà Giang, Lào Cai </" in texts
    assert "True 1000 00007 ababab" in texts
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
        assert "INCLUDETEXT" not in body and "<w:drawing>" in body


def test_text_that_looks_like_xml_is_printed_as_text(tmp_path, ctx):
    tpl = make_template(tmp_path / "t.docx", "{{ ten }}")
    out = render_docx(tpl, ctx, tmp_path / "o.docx")
    assert docx.Document(str(out)).paragraphs[0].text == INJECT


def _rss_mb() -> float:
    """Peak resident size of this (test) process: an upper bound, not a timing."""
    import resource  # POSIX; Linux gives kilobytes

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize(
    "body, expected",
    [
        ("{{ 'x' * 10**9 }}", "phép nhân chuỗi tạo ra 1.000.000.000 ký tự"),
        ("{{ 'x'|center(2000000000) }}", "đòi quá nhiều bộ nhớ"),
    ],
)
def test_preflight_of_a_runaway_template_runs_in_the_child(
    services, rich, tmp_path, body, expected
):
    """The check compiles (folds constants) and previews: both in the limited child. Had it
    run here, this process would have grown by gigabytes."""
    hostile = make_template(tmp_path / "bien_ban_hoi_nghi.docx", "Biên bản", body)
    report = check_file(
        services.documents, rich["cluster"].id, "minutes", hostile, rich["conference"].id
    )
    assert not report.ok
    [error] = report.errors
    assert error.message.startswith("Mẫu “Biên bản hội nghị”") and expected in error.message
    assert_vietnamese(error.message)
    assert _rss_mb() < 500
    assert services.documents.templates.user_template(rich["cluster"].id, "minutes") is None


def test_a_check_that_overruns_is_stopped_and_said(tmp_path):
    loops = make_template(
        tmp_path / "t.docx",
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    )
    worker = RenderWorker(timeout_s=2)
    try:
        report = worker.check(loops, {}, {}, "Biên bản kiểm phiếu")
        assert not report.ok and "“Biên bản kiểm phiếu” chạy quá 2 giây" in report.errors[0].message
        again = worker.check(make_template(tmp_path / "ok.docx", "{{ a }}"), {"a": 1}, {}, "X")
        assert again.ok and again.preview == ["1"]  # a fresh child after the kill
    finally:
        worker.close()


def test_the_app_evaluates_templates_only_through_the_worker():
    """Outside the three modules that run in the child, nothing compiles or renders a
    template: services and the GUI go through render_isolated / check_isolated."""
    import ast
    from pathlib import Path

    import thidua_desktop

    root = Path(thidua_desktop.__file__).parent
    child_side = {"documents/docx.py", "documents/preflight.py", "documents/render_worker.py"}
    evaluating = {"render_docx", "preflight", "get_undeclared_template_variables", "DocxTemplate"}
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel in child_side:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in (
                "thidua_desktop.documents.docx",
                "thidua_desktop.documents.preflight",
                "docxtpl",
            ):
                found += [f"{rel}: {a.name}" for a in node.names if a.name in evaluating]
            if isinstance(node, ast.Attribute) and node.attr == "get_undeclared_template_variables":
                found.append(f"{rel}: .{node.attr}")
    assert found == []
