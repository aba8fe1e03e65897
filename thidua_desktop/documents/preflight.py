"""Check a Word template before use: syntax, forbidden constructs, unknown fields, missing data.

`preflight()` evaluates the template (compiling folds constants, the preview renders), so it
runs only inside the render worker's limited child process: call
`render_worker.check_isolated()` from the app. Its verdict agrees with the renderer's: a field
Word split or quoted with curly quotes is a warning when docxtpl mends it, and an error comes
from the same compiler and renderer that make the document.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thidua_desktop.documents.context import BLANK
from thidua_desktop.documents.docx import (
    explain_failure,
    jinja_env,
    open_template,
    render_docx,
    scan_fields,
    template_label,
)
from thidua_desktop.documents.errors import TemplateProblem

_SMART = "“”‘’"


@dataclass(frozen=True)
class Issue:
    level: str  # "error" (the template cannot be used) | "warning"
    message: str
    where: str = ""


@dataclass
class PreflightReport:
    template: str  # the document's title (or the file's name)
    issues: list[Issue] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # top-level names the template uses
    preview: list[str] = field(default_factory=list)  # text of the rendered document
    sha256: str = ""  # of the file that was checked (installing compares it)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "warning"]

    def add(self, level: str, message: str, where: str = "") -> None:
        self.issues.append(Issue(level, message, where))


def mended_fields(xml: str) -> list[str]:
    """What docxtpl repairs silently, said so the secretary can tidy the template."""
    notes = []
    for span in scan_fields(xml):
        if not span.closed:
            continue  # the compiler reports it, with its place
        if span.last > span.first:
            notes.append(
                f"Trường {span.text} bị ngắt từ đoạn {span.first} sang đoạn {span.last}; phần "
                "mềm tự nối lại và các đoạn đó thành một đoạn. Nên gõ lại trường trên một dòng."
            )
        elif span.split_runs:
            notes.append(
                f"Word đã tách trường {span.text} (đoạn {span.first}) thành nhiều phần định "
                "dạng; phần mềm tự nối lại, chữ điền vào sẽ theo định dạng phần đầu."
            )
        if any(ch in span.text for ch in _SMART):
            notes.append(
                f"Trường {span.text} (đoạn {span.first}) có dấu nháy cong “ ” do Word tự đổi; "
                "phần mềm dùng nháy thẳng thay thế."
            )
    return notes


def _lookup(ctx: dict[str, Any], dotted: str) -> Any:
    value: Any = ctx
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def preflight(
    template: str | Path,
    context: dict[str, Any] | None,
    required: dict[str, str] | None = None,
    name: str | None = None,
    preview: bool = True,
) -> PreflightReport:
    """Check `template` against `context` (None: no data yet, syntax only); `required` maps dotted names to what they mean,
    `name` is the document's title used in every message. Evaluates the template: run it in
    the render worker (`check_isolated`), never in the GUI process."""
    template = Path(template)
    label = template_label(template, name)
    report = PreflightReport(label)
    try:
        tpl = open_template(template, name)
    except TemplateProblem as exc:
        report.add("error", exc.message, label)
        return report
    xml = tpl.get_xml()
    for note in mended_fields(xml):
        report.add("warning", note)
    try:  # the same patching and compiler as the renderer (headers and footers included)
        used = tpl.get_undeclared_template_variables(jinja_env())
    except MemoryError:
        raise
    except Exception as exc:  # syntax, a forbidden filter, {% autoescape %} …
        problem = explain_failure(exc, label, xml)
        report.add("error", problem.message, problem.where or label)
        return report
    report.fields = sorted(used)
    if context is None:
        report.add(
            "warning",
            f"Chưa có hội nghị nên chưa thử điền dữ liệu vào mẫu “{label}”; chạy “Kiểm tra mẫu” "
            "lại khi đã có hội nghị.",
        )
        return report
    unknown = [n for n in report.fields if n not in context]
    for dotted, meaning in (required or {}).items():
        value = _lookup(context, dotted)
        if value in (None, "", BLANK, []):
            report.add("warning", f"Thiếu dữ liệu: {meaning} (trường {dotted}).", dotted)
    problem = _preview(report, template, context, name) if preview else None
    rendered = preview and problem is None
    # A name the data lacks breaks the document only if the template prints it unguarded:
    # the preview (the real renderer) says which.
    for n in unknown:
        report.add(
            "warning" if rendered else "error",
            f"Mẫu “{label}” dùng trường “{n}” không có trong dữ liệu của văn bản này"
            + (" (mẫu chỉ dùng trường này khi có nên vẫn tạo được)." if rendered else "."),
            n,
        )
    if problem is not None and problem.where not in unknown:
        report.add("error", problem.message, problem.where or "")
    return report


def _preview(
    report: PreflightReport, template: Path, context: dict[str, Any], name: str | None
) -> TemplateProblem | None:
    """Render into a scratch file and keep its text; the renderer's own complaint, if any."""
    import docx

    with tempfile.TemporaryDirectory(prefix="thidua-preview-") as tmp:
        out = Path(tmp) / "preview.docx"
        try:
            render_docx(template, context, out, name)
        except TemplateProblem as exc:
            return exc
        document = docx.Document(str(out))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(dict.fromkeys(c.text for c in row.cells)))
        report.preview = [x for x in lines if x.strip()]
    return None
