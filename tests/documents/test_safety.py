"""Untrusted templates: autoescape, sandbox, time limit, clear errors, last good output kept."""

from __future__ import annotations

import docx
import pytest

from tests.documents.templates import assert_vietnamese, make_template
from thidua_desktop.documents.docx import render_docx
from thidua_desktop.documents.errors import RenderTimeout, TemplateProblem
from thidua_desktop.documents.render_worker import RenderWorker, render_isolated
from thidua_desktop.services.template_checks import check_file


def test_autoescape_keeps_ampersand_and_angle_brackets(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "Đơn vị: {{ ten }}.", "Sau đó vẫn còn chữ.")
    out = render_docx(tpl, {"ten": "Sở A & B <C> “D”"}, tmp_path / "o.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts == ["Đơn vị: Sở A & B <C> “D”.", "Sau đó vẫn còn chữ."]


def test_sandbox_blocks_attribute_escape(tmp_path):
    tpl = make_template(tmp_path / "t.docx", "{{ ten.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateProblem) as err:
        render_docx(tpl, {"ten": "x"}, tmp_path / "o.docx")
    assert "t.docx" in str(err.value) and "không được phép" in str(err.value)


def test_runaway_repetition_is_refused_before_it_runs(tmp_path):
    hostile = make_template(tmp_path / "hostile.docx", "{{ 'x' * 10**9 }}")
    with pytest.raises(TemplateProblem) as err:
        render_docx(hostile, {}, tmp_path / "o.docx", name="Biên bản hội nghị")
    assert str(err.value).startswith("Mẫu “Biên bản hội nghị”: phép nhân chuỗi")
    assert_vietnamese(str(err.value))


def test_runaway_template_times_out_and_keeps_last_output(tmp_path):
    hostile = make_template(
        tmp_path / "hostile.docx",
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    )
    out = tmp_path / "bien-ban.docx"
    out.write_bytes(b"last good output")
    worker = RenderWorker(timeout_s=2)
    try:
        with pytest.raises(RenderTimeout) as err:
            worker.render(hostile, {}, out, name="Biên bản hội nghị")
        assert "“Biên bản hội nghị”" in str(err.value) and "2 giây" in str(err.value)
        assert out.read_bytes() == b"last good output"
        # the worker comes back after being killed
        ok = make_template(tmp_path / "ok.docx", "Xin chào {{ ten }}")
        worker.render(ok, {"ten": "Hòa Bình"}, tmp_path / "ok-out.docx")
        assert (
            docx.Document(str(tmp_path / "ok-out.docx")).paragraphs[0].text == "Xin chào Hòa Bình"
        )
    finally:
        worker.close()


def test_nested_loops_time_out(tmp_path):
    hostile = make_template(
        tmp_path / "loops.docx",
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    )
    with pytest.raises(RenderTimeout):
        render_isolated(hostile, {}, tmp_path / "o.docx", timeout_s=2)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("{{ ten ", "đoạn 1: «{{ ten …» (mở mà không đóng)"),
        ("{{ ten cum }}", "đoạn 1: «{{ ten cum }}» (có chữ thừa “cum”"),
        ("{% if ten %}không đóng", "khối {% if %} chưa được đóng: thêm {% endif %}"),
        ("{{ khong_co }}", "dùng trường “khong_co” không có"),
        ("{{ ten.khong_co }}", "dùng trường “ten.khong_co” không có"),
    ],
)
def test_bad_jinja_is_a_clear_message(tmp_path, body, expected):
    tpl = make_template(tmp_path / "mau.docx", body)
    out = tmp_path / "o.docx"
    out.write_bytes(b"old")
    with pytest.raises(TemplateProblem) as err:
        render_isolated(tpl, {"ten": "x"}, out, timeout_s=20, name="Biên bản hội nghị")
    message = str(err.value)
    assert expected in message and message.startswith("Mẫu “Biên bản hội nghị”"), message
    assert_vietnamese(message)
    assert out.read_bytes() == b"old"


def test_corrupt_docx_is_named(tmp_path):
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"this is not a zip")
    with pytest.raises(TemplateProblem, match="“Biên bản”.*không phải tệp Word"):
        render_docx(bad, {}, tmp_path / "o.docx", name="Biên bản")
    half = tmp_path / "nua.docx"
    import zipfile

    with zipfile.ZipFile(half, "w") as z:
        z.writestr("word/other.xml", "<x/>")
    with pytest.raises(TemplateProblem, match="nua.docx"):  # no title given: the file's name
        render_docx(half, {}, tmp_path / "o.docx")


def _store_unchecked(services, cluster_id: int, kind: str, path) -> None:
    """A template as a package from elsewhere brings it: stored without our check."""
    import hashlib

    from thidua_desktop.domain import model as m

    content = path.read_bytes()
    services.repo.insert(
        m.Template(cluster_id, kind, path.name, content, hashlib.sha256(content).hexdigest(), "")
    )


def test_user_template_goes_through_the_worker(services, rich, tmp_path):
    svc = services.documents
    conf = rich["conference"].id
    cluster = rich["cluster"].id
    good = svc.generate(conf, "minutes", tmp_path / "out")
    before = good.path.read_bytes()
    hostile = make_template(
        tmp_path / "bien_ban_hoi_nghi.docx",
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    )
    _store_unchecked(services, cluster, "minutes", hostile)
    svc.render_timeout_s = 2
    with pytest.raises(RenderTimeout) as err:
        svc.generate(conf, "minutes", tmp_path / "out")
    assert "“Biên bản hội nghị”" in str(err.value) and ".docx" not in str(err.value)
    assert good.path.read_bytes() == before
    svc.render_timeout_s = None
    assert svc.templates.reset(cluster, "minutes") is True
    custom = make_template(
        tmp_path / "custom.docx", "Biên bản riêng: {{ hoi_nghi.ten }} – số {{ so }}"
    )
    report = check_file(svc, cluster, "minutes", custom, conf)
    assert report.ok and not report.warnings, report.issues
    svc.templates.install(cluster, "minutes", custom, report)
    again = svc.generate(conf, "minutes", tmp_path / "out")
    text = docx.Document(str(again.path)).paragraphs[0].text
    assert (
        text
        == "Biên bản riêng: Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016 – số 01/BB-KVTĐ"
    )
    assert svc.templates.reset(cluster, "minutes") is True
    assert svc.templates.reset(cluster, "minutes") is False
    back = svc.generate(conf, "minutes", tmp_path / "out")
    assert "BIÊN BẢN" in [p.text for p in docx.Document(str(back.path)).paragraphs]


def test_installing_a_corrupt_template_is_refused(services, rich, tmp_path):
    bad = tmp_path / "x.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    report = check_file(services.documents, rich["cluster"].id, "minutes", bad, None)
    assert not report.ok and "Biên bản hội nghị" in report.errors[0].message
    with pytest.raises(TemplateProblem, match="Mẫu đang dùng không thay đổi"):
        services.documents.templates.install(rich["cluster"].id, "minutes", bad, report)
    assert services.documents.templates.user_template(rich["cluster"].id, "minutes") is None
