"""English translation: every tr() string of the UI is translated, compiled and keeps its placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "thidua_desktop" / "ui"
TS = ROOT / "resources" / "translations" / "thidua_en.ts"
QM = ROOT / "resources" / "translations" / "thidua_en.qm"

# {0}, %n, %v/%m (progress bars), line breaks and &-accelerators must survive translation.
PLACEHOLDER = re.compile(r"\{\d+\}|%[nvmp]|\n|&")


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the .ts."""
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name", ""), msg.findtext("source", ""), msg.find("translation"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def tr_calls() -> list[tuple[str, str | None, str]]:
    """(file:line, enclosing class for self.tr or None, literal) for every `.tr("…")` call in ui/."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            for node in ast.walk(cls):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    continue
                on_self = isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                context = cls.name if isinstance(cls, ast.ClassDef) and on_self else None
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.append((where, context, node.args[0].value))
    return found


@pytest.fixture(scope="module")
def translator(qapp) -> QTranslator:  # noqa: ANN001
    t = QTranslator()
    assert t.load(str(QM)), QM
    return t


def test_no_unfinished_or_empty_entries():
    bad = [
        src
        for _ctx, src, tr in ts_messages()
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert not bad, f"{len(bad)} untranslated entries in {TS.name}: {bad[:20]}"


def test_every_tr_literal_in_ui_has_a_finished_translation(translator):
    finished = {src for _ctx, src, tr in ts_messages() if tr.get("type") is None and tr.text}
    calls = tr_calls()
    assert len(calls) > 400  # the scan really walks the UI
    missing = sorted({f"{where}: {text!r}" for where, _ctx, text in calls if text not in finished})
    assert not missing, (
        "strings not in the .ts (run installer/translations.sh, then translate):\n"
        + "\n".join(missing)
    )
    # The compiled .qm answers under the class name lupdate uses as context.
    not_compiled = sorted(
        f"{where}: {text!r}"
        for where, ctx, text in calls
        if ctx and not translator.translate(ctx, text) and text in finished
    )
    assert not not_compiled, "not in thidua_en.qm (recompile):\n" + "\n".join(not_compiled)


def test_qm_is_compiled_from_the_current_ts(translator):
    stale = [
        (ctx, src)
        for ctx, src, tr in ts_messages()
        if tr.get("type") is None and translator.translate(ctx, src) != tr.text
    ]
    assert not stale, f"thidua_en.qm is older than thidua_en.ts: {stale[:10]}"


def test_placeholders_survive_translation():
    wrong = [
        f"{src!r} -> {tr.text!r}"
        for _ctx, src, tr in ts_messages()
        if Counter(PLACEHOLDER.findall(src)) != Counter(PLACEHOLDER.findall(tr.text or ""))
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_translations_are_english():
    vietnamese = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
    # Examples of Vietnamese data, document numbers and the bilingual restart notice may stay.
    allowed = re.compile(r"e\.g\. .*|NĐ-CP|/ Ngôn ngữ mới .*")
    left = [
        tr.text
        for _ctx, _src, tr in ts_messages()
        if vietnamese.search(allowed.sub("", tr.text or ""))
    ]
    assert not left, f"Vietnamese left in translations: {left}"


def test_tr_is_called_where_its_context_is_known():
    """`other.tr()` is looked up under other's class at run time but filed under ours by lupdate."""
    traps = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                receiver = node.func.value
                if node.func.attr == "tr" and isinstance(receiver, ast.Name):
                    if receiver.id != "self" and not receiver.id[:1].isupper():
                        traps.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not traps, "use self.tr() or QCoreApplication.translate(context, …): " + str(traps)


def test_domain_labels_shown_in_the_ui_are_translated(translator):
    from thidua_desktop.domain.scoring import TIE_BREAK_LABELS
    from thidua_desktop.domain.voting import Base, Comparison
    from thidua_desktop.domain.voting_result import Status
    from thidua_desktop.ui.dialogs.legacy_text_dialog import ENCODING_NAMES
    from thidua_desktop.ui.domain_labels import CONTEXT, LABELS
    from thidua_desktop.ui.models.award_table_model import LEVEL_LABELS

    shown = [
        *(b.label for b in Base),
        *(c.label for c in Comparison),
        *(s.label for s in Status),
        *TIE_BREAK_LABELS.values(),
        *LEVEL_LABELS.values(),
        *ENCODING_NAMES.values(),
    ]
    missing = [t for t in shown if t not in LABELS or not translator.translate(CONTEXT, t)]
    assert not missing, f"add to ui/domain_labels.py and translate: {missing}"
