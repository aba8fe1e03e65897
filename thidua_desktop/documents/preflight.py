"""Check a Word template before use: syntax, unknown fields, fields Word broke, missing data."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError

from thidua_desktop.documents.context import BLANK
from thidua_desktop.documents.docx import jinja_env, locate_syntax_errors, open_template
from thidua_desktop.documents.errors import RenderTimeout, TemplateProblem

_PARA = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_FIELD = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_OPEN = re.compile(r"\{\{|\{%")
_SMART = "“”‘’"


@dataclass(frozen=True)
class Issue:
    level: str  # "error" (the template cannot be used) | "warning"
    message: str
    where: str = ""


@dataclass
class PreflightReport:
    template: str
    issues: list[Issue] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # top-level names the template uses
    preview: list[str] = field(default_factory=list)  # text of the rendered document

    @property
    def ok(self) -> bool:
        return not any(i.level == "error" for i in self.issues)

    def add(self, level: str, message: str, where: str = "") -> None:
        self.issues.append(Issue(level, message, where))


def split_fields(xml: str) -> tuple[list[str], list[str]]:
    """(mendable, broken) merge fields of a WordprocessingML body.

    Mendable: a field whose text Word spread over several runs (a formatting change inside
    it); docxtpl joins those. Broken: a field opened in one paragraph and not closed there, or
    holding curly quotes Word's AutoCorrect put in.
    """
    mendable, broken = [], []
    for n, para in enumerate(_PARA.findall(xml), 1):
        pieces = _TEXT.findall(para)
        text = "".join(pieces)
        if "{" not in text:
            continue
        bounds, pos = [], 0
        for piece in pieces:
            pos += len(piece)
            bounds.append(pos)
        closed_upto = 0
        for match in _FIELD.finditer(text):
            closed_upto = match.end()
            inner = match.group(0)
            if any(ch in inner for ch in _SMART):
                broken.append(
                    f"{inner} (đoạn {n}: dấu nháy cong “ ” – gõ lại bằng nháy thẳng ' \")"
                )
            elif any(match.start() < b < match.end() for b in bounds):
                mendable.append(f"{inner} (đoạn {n})")
        rest = text[closed_upto:]
        opened = _OPEN.search(rest)
        if opened:
            broken.append(
                f"{rest[opened.start() :][:40]}… (đoạn {n}: mở mà không đóng trong cùng đoạn)"
            )
    return mendable, broken


def _lookup(ctx: dict[str, Any], dotted: str) -> Any:
    value: Any = ctx
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def preflight(
    template: str | Path,
    context: dict[str, Any],
    required: dict[str, str] | None = None,
    render: Any = None,
) -> PreflightReport:
    """Check `template` against `context`; `required` maps dotted names to what they mean.

    `render(template, context, out)` renders the preview (give the isolated renderer for a
    user's template); without it the preview is skipped.
    """
    template = Path(template)
    report = PreflightReport(template.name)
    try:
        tpl = open_template(template)
    except TemplateProblem as exc:
        report.add("error", exc.message, template.name)
        return report
    xml = tpl.get_xml()
    mendable, broken = split_fields(xml)
    for f in mendable:
        report.add(
            "warning",
            f"Word đã tách trường {f} thành nhiều đoạn định dạng; phần mềm tự nối lại, "
            "chữ điền vào sẽ theo định dạng phần đầu.",
        )
    for f in broken:
        report.add("error", f"Trường bị hỏng, không tự sửa được: {f}. Gõ lại trường này.")
    try:
        used = tpl.get_undeclared_template_variables(jinja_env())
    except TemplateSyntaxError as exc:
        places = locate_syntax_errors(xml)
        if places:
            for place in places:
                report.add("error", f"Lỗi cú pháp trường trộn ở {place}.")
        else:
            report.add(
                "error",
                f"Lỗi cú pháp trường trộn: {exc.message}. Kiểm tra các cặp {{% … %}} "
                "(mỗi {% if %}/{% for %} cần {% endif %}/{% endfor %}).",
            )
        return report
    report.fields = sorted(used)
    for name in report.fields:
        if name not in context:
            report.add("error", f"Trường “{name}” không có trong dữ liệu của văn bản này.", name)
    for dotted, label in (required or {}).items():
        value = _lookup(context, dotted)
        if value in (None, "", BLANK, []):
            report.add("warning", f"Thiếu dữ liệu: {label} (trường {dotted}).", dotted)
    if render is not None and report.ok:
        _preview(report, template, context, render)
    return report


def _preview(report: PreflightReport, template: Path, context: dict[str, Any], render: Any) -> None:
    import docx

    with tempfile.TemporaryDirectory(prefix="thidua-preview-") as tmp:
        out = Path(tmp) / "preview.docx"
        try:
            render(template, context, out)
        except (TemplateProblem, RenderTimeout) as exc:
            report.add("error", str(exc))
            return
        document = docx.Document(str(out))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(dict.fromkeys(c.text for c in row.cells)))
        report.preview = [x for x in lines if x.strip()]
