"""Render a Word template (docxtpl) with a plain context: sandboxed, autoescaped, atomic write."""

from __future__ import annotations

import bisect
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError
from markupsafe import Markup, escape

from thidua_desktop.documents.errors import (
    TemplateProblem,
    runtime_in_words,
    syntax_in_words,
    undefined_name,
)
from thidua_desktop.documents.sandbox import Refused, TemplateSandbox

# Special values a context may hold; plain data, so the context pickles to a worker process.
IMAGE_KEY = "__image__"  # {"__image__": "/path/chart.png", "width_mm": 150}
TABLE_KEY = "__table__"  # {"__table__": {"headers": [...], "rows": [[...]], "widths_cm": [...]}}


def jinja_env() -> TemplateSandbox:
    """The environment every template renders in: sandbox, autoescape, unknown names fail,
    no route to raw XML (|safe, Markup), no constant folding of runaway expressions."""
    return TemplateSandbox()


def template_label(path: str | Path, name: str | None = None) -> str:
    """How messages name a template: the document's title, else the file's name."""
    return name or Path(path).name


def open_template(path: str | Path, name: str | None = None):  # type: ignore[no-untyped-def]
    """Load a .docx template, turning a corrupt file into a clear message naming `name`
    (the document's title; the file name when not given)."""
    from docxtpl import DocxTemplate

    path = Path(path)
    label = template_label(path, name)
    if not path.exists():
        raise TemplateProblem(f"Không tìm thấy tệp mẫu của “{label}”.", where=label)
    if not zipfile.is_zipfile(path):
        raise TemplateProblem(
            f"Mẫu “{label}” không phải tệp Word .docx hợp lệ (tệp hỏng hoặc là .doc cũ): "
            "mở bằng Word và lưu lại dưới dạng .docx, hoặc khôi phục mẫu mặc định.",
            where=label,
        )
    tpl = DocxTemplate(str(path))
    try:
        tpl.init_docx()
    except Exception as exc:  # python-docx raises several types for a broken package
        raise TemplateProblem(
            f"Mẫu “{label}” bị hỏng, Word không đọc được tệp: khôi phục mẫu mặc định.",
            where=label,
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


@dataclass(frozen=True)
class FieldSpan:
    """A merge field as Word stored it: where it starts and ends, whether Word split it."""

    text: str  # "{{ ten_cum }}", or the opening of an unclosed field
    first: int  # paragraph number (1-based) where it opens
    last: int  # … and where it closes
    split_runs: bool  # a formatting change inside it (several runs)
    closed: bool


_ANY_FIELD = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{\{|\{%", re.DOTALL)


def scan_fields(xml: str) -> list[FieldSpan]:
    """Every merge field of a part, read across runs and paragraphs as docxtpl joins them."""
    from html import unescape

    text, run_ends, para_ends = "", set(), []
    for para in _PARAGRAPH.findall(xml):
        for piece in _RUN_TEXT.findall(para):
            text += unescape(piece)
            run_ends.add(len(text))
        para_ends.append(len(text))
    spans = []
    for found in _ANY_FIELD.finditer(text):
        start, end = found.span()
        closed = end - start > 2
        spans.append(
            FieldSpan(
                text=found.group(0) if closed else text[start : start + 40].split("\n")[0],
                first=bisect.bisect_right(para_ends, start) + 1,
                last=bisect.bisect_left(para_ends, end) + 1 if closed else 0,
                split_runs=any(start < b < end for b in run_ends) if closed else False,
                closed=closed,
            )
        )
    return spans


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
                found.append(f"đoạn {n}: «{expr}» ({syntax_in_words(exc.message or '')})")
            except Refused as exc:
                found.append(f"đoạn {n}: «{expr}» ({exc})")
    for span in scan_fields(xml):
        if not span.closed:
            found.append(f"đoạn {span.first}: «{span.text}…» (mở mà không đóng)")
    return found


def locate_text(xml: str, needle: str) -> str:
    """'đoạn 3: «{{ ten|safe }}»' for the first merge field holding `needle` ('' if none)."""
    for n, text in enumerate(paragraph_texts(xml), 1):
        for field in re.findall(r"\{\{.*?\}\}|\{%.*?%\}", text):
            if needle in field:
                return f"đoạn {n}: «{field}»"
    return ""


def explain_failure(exc: BaseException, label: str, xml: str) -> TemplateProblem:
    """What went wrong while rendering, in Vietnamese, naming the document and the field."""
    if isinstance(exc, UndefinedError):
        name = undefined_name(exc.message or "")
        dotted = name
        if name.startswith((".", "[")):  # the whole name as the template wrote it: hoi_nghi.tenn
            found = re.search(
                r"[\w.\[\]]*" + re.escape(name) + r"(?!\w)", " ".join(paragraph_texts(xml))
            )
            dotted = found.group(0) if found else name
        return TemplateProblem(
            f"Mẫu “{label}” dùng trường “{dotted}” không có trong dữ liệu của văn bản này: xem "
            "“Tham chiếu trường dữ liệu” và sửa mẫu.",
            where=dotted or label,
        )
    if isinstance(exc, Refused):
        words = str(exc)
        needle = re.search(r"\|\w+|\{% \w+|\.\w+|\w+\(\)", words)
        place = locate_text(xml, needle.group(0).strip("{% ()")) if needle else ""
        return TemplateProblem(
            f"Mẫu “{label}”: {words}{f' ({place})' if place else ''}.", where=label
        )
    if isinstance(exc, SecurityError):
        return TemplateProblem(
            f"Mẫu “{label}” dùng thao tác không được phép trong mẫu văn bản: chỉ dùng các trường "
            "dữ liệu trong “Tham chiếu trường dữ liệu”.",
            where=label,
        )
    if isinstance(exc, TemplateSyntaxError):
        places = locate_syntax_errors(xml)
        at = (
            f" tại {'; '.join(places[:3])}" if places else f": {syntax_in_words(exc.message or '')}"
        )
        return TemplateProblem(
            f"Mẫu “{label}” có lỗi cú pháp trường trộn{at}. Kiểm tra các cặp {{{{ … }}}} / "
            "{% … %} (mỗi {% if %}/{% for %} cần {% endif %}/{% endfor %}) và chạy “Kiểm tra mẫu”.",
            where=label,
        )
    if isinstance(exc, TemplateError):
        return TemplateProblem(
            f"Mẫu “{label}” có một trường không tính được: chạy “Kiểm tra mẫu”.", where=label
        )
    return TemplateProblem(
        f"Mẫu “{label}” {runtime_in_words(exc)}: sửa mẫu rồi chạy “Kiểm tra mẫu”.", where=label
    )


def render_docx(
    template: str | Path, context: dict[str, Any], out: str | Path, name: str | None = None
) -> Path:
    """Render in this process and write `out` atomically (temp file then os.replace).

    Any failure names the document (`name`, else the template's file name) and what went
    wrong; the previous `out` stays intact. Use `render_worker.render_isolated` for templates
    the user may have edited.
    """
    template, out = Path(template), Path(out)
    label = template_label(template, name)
    tpl = open_template(template, name)
    try:
        tpl.render(_convert_specials(tpl, context), jinja_env=jinja_env(), autoescape=True)
    except (MemoryError, OSError):
        raise
    except Exception as exc:  # a template's own mistake, said in Vietnamese
        raise explain_failure(exc, label, tpl.get_xml()) from exc
    from thidua_desktop.documents.pagination import paginate

    paginate(tpl.docx)  # keeps, header rows, NFC: for every template, the user's too
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
