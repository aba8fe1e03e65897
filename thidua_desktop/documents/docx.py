"""Render a Word template (docxtpl) with a plain context: sandboxed, autoescaped, atomic write."""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from thidua_desktop.documents.errors import TemplateProblem

# Special values a context may hold; plain data, so the context pickles to a worker process.
IMAGE_KEY = "__image__"  # {"__image__": "/path/chart.png", "width_mm": 150}
TABLE_KEY = "__table__"  # {"__table__": {"headers": [...], "rows": [[...]], "widths_cm": [...]}}


def jinja_env() -> SandboxedEnvironment:
    """The environment every template renders in: sandbox, autoescape, unknown names fail."""
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def open_template(path: str | Path):  # type: ignore[no-untyped-def]
    """Load a .docx template, turning a corrupt file into a clear message."""
    from docxtpl import DocxTemplate

    path = Path(path)
    if not path.exists():
        raise TemplateProblem(f"Không tìm thấy tệp mẫu {path}.", where=str(path))
    if not zipfile.is_zipfile(path):
        raise TemplateProblem(
            f"Tệp mẫu {path.name} không phải tệp Word .docx hợp lệ (tệp hỏng hoặc là .doc cũ): "
            "mở bằng Word và lưu lại dưới dạng .docx, hoặc khôi phục mẫu mặc định.",
            where=path.name,
        )
    tpl = DocxTemplate(str(path))
    try:
        tpl.init_docx()
    except Exception as exc:  # python-docx raises several types for a broken package
        raise TemplateProblem(
            f"Tệp mẫu {path.name} bị hỏng, Word không đọc được ({exc}): khôi phục mẫu mặc định.",
            where=path.name,
        ) from exc
    return tpl


def _convert_specials(tpl, value: Any) -> Any:  # type: ignore[no-untyped-def]
    """Turn image/table markers into docxtpl objects, recursively."""
    if isinstance(value, dict):
        if IMAGE_KEY in value:
            from docx.shared import Mm
            from docxtpl import InlineImage

            return InlineImage(tpl, value[IMAGE_KEY], width=Mm(value.get("width_mm", 150)))
        if TABLE_KEY in value:
            return _subdoc_table(tpl, value[TABLE_KEY])
        return {k: _convert_specials(tpl, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_convert_specials(tpl, v) for v in value]
    return value


def _subdoc_table(tpl, spec: dict[str, Any]) -> Markup:  # type: ignore[no-untyped-def]
    """A bordered table as WordprocessingML for a `{{p name }}` paragraph.

    Built here (cell text escaped) rather than as a docxtpl Subdoc, which needs docxcompose.
    """
    headers, rows = spec["headers"], spec["rows"]
    half_points = int(2 * spec.get("font_pt", 12))
    widths = [int(w * 567) for w in spec.get("widths_cm", [])]  # 567 twips per cm
    left_cols = set(spec.get("left_columns", ()))
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(
        border.format(e) for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
    ]
    for r, values in enumerate([headers, *rows]):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""))
        for c, text in enumerate(values):
            width = f'<w:tcW w:w="{widths[c]}" w:type="dxa"/>' if c < len(widths) else ""
            jc = "left" if r > 0 and c in left_cols else "center"
            bold = "<w:b/>" if r == 0 else ""
            out.append(
                f'<w:tc><w:tcPr>{width}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>'
                f'<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>'
                f'<w:ind w:firstLine="0"/><w:jc w:val="{jc}"/></w:pPr><w:r><w:rPr>{bold}'
                f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(str(text))}</w:t></w:r></w:p></w:tc>'
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return Markup("".join(out))


_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_RUN_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_EXPR = re.compile(r"\{\{.*?\}\}", re.DOTALL)


def paragraph_texts(xml: str) -> list[str]:
    """The text of each paragraph of a WordprocessingML part, in order (entities decoded)."""
    from html import unescape

    return [unescape("".join(_RUN_TEXT.findall(p))) for p in _PARAGRAPH.findall(xml)]


def locate_syntax_errors(xml: str) -> list[str]:
    """Where merge fields do not parse: 'đoạn 12: «{{ ten cum }}» (…)', best effort.

    Each {{ … }} is parsed on its own; a paragraph whose {% … %} tags are unbalanced on
    their own is named only when nothing better was found.
    """
    env = jinja_env()
    found: list[str] = []
    for n, text in enumerate(paragraph_texts(xml), 1):
        for expr in _EXPR.findall(text):
            inner = expr[2:-2].strip()
            if inner.startswith(("p ", "r ", "tr ", "tc ")):  # docxtpl's paragraph/run/row tags
                inner = inner[2:].strip()
            try:
                env.parse("{{ " + inner + " }}")
            except TemplateSyntaxError as exc:
                found.append(f"đoạn {n}: «{expr}» ({exc.message})")
    return found


def render_docx(template: str | Path, context: dict[str, Any], out: str | Path) -> Path:
    """Render in this process and write `out` atomically (temp file then os.replace).

    Any failure names the template and what went wrong; the previous `out` stays intact.
    Use `render_worker.render_isolated` for templates the user may have edited.
    """
    template, out = Path(template), Path(out)
    tpl = open_template(template)
    try:
        tpl.render(_convert_specials(tpl, context), jinja_env=jinja_env(), autoescape=True)
    except UndefinedError as exc:
        raise TemplateProblem(
            f"Mẫu {template.name} dùng trường dữ liệu không có: {exc.message}. Xem danh sách "
            "trường trong “Tham chiếu trường dữ liệu” và sửa mẫu.",
            where=template.name,
        ) from exc
    except SecurityError as exc:
        raise TemplateProblem(
            f"Mẫu {template.name} dùng thao tác không được phép trong mẫu văn bản ({exc}): "
            "chỉ dùng các trường dữ liệu trong “Tham chiếu trường dữ liệu”.",
            where=template.name,
        ) from exc
    except TemplateError as exc:
        places = locate_syntax_errors(tpl.get_xml())
        at = f" tại {'; '.join(places[:3])}" if places else ""
        raise TemplateProblem(
            f"Mẫu {template.name} có lỗi cú pháp trường trộn{at} ({exc}). Kiểm tra cặp "
            "{{ … }} / {% … %} và chạy “Kiểm tra mẫu”.",
            where=template.name,
        ) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".docx", dir=out.parent)
    os.close(fd)
    try:
        tpl.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
