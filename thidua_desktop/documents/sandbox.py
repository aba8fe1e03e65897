"""The Jinja sandbox templates render in: no raw XML from a template, no runaway constants."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import _PassArg, pass_context

# Filters whose only use in a Word template is to put text into the document unescaped
# (raw XML: a forged field code, a broken package) or to build HTML.
FORBIDDEN_FILTERS = {
    "safe": "|safe",
    "forceescape": "|forceescape",
    "urlize": "|urlize",
    "xmlattr": "|xmlattr",
    "tojson": "|tojson",
}
MAX_TEXT = 200_000  # characters one expression may produce by repetition
MAX_POWER_BITS = 4096  # size of a number `a ** b` may reach
_WIDE_FORMAT = re.compile(r"%[-+ #0]*(?:\*|\d{5,})|%[-+ #0]*\d*\.(?:\*|\d{5,})")
# Objects whose attributes a template may read; anything else (a picture, a table, a macro,
# the Word document behind a picture) is output as a whole or not at all.
_PLAIN = (str, int, float, bool, list, tuple, dict, date, datetime, time, Decimal, type(None))


class Refused(SecurityError):
    """Something a template may not do, said in Vietnamese (`str(exc)` is the sentence)."""


def _plain(obj: Any) -> bool:
    if hasattr(obj, "__html__"):  # Markup, pictures, tables, macro output: trusted XML
        return False
    return type(obj) in _PLAIN or type(obj).__module__.startswith("jinja2.")


def _guard(name: str, func: Any) -> Any:
    """Wrap a filter: it runs at render time only (no constant folding while compiling) and
    may not turn text into trusted XML nor reshape trusted XML (slice, replace, upper …)."""
    pass_arg = _PassArg.from_obj(func)

    @pass_context
    def guarded(context: Context, *args: Any, **kwargs: Any) -> Any:
        lead: tuple[Any, ...] = ()
        if pass_arg is _PassArg.context:
            lead = (context,)
        elif pass_arg is _PassArg.eval_context:
            lead = (context.eval_ctx,)
        elif pass_arg is _PassArg.environment:
            lead = (context.environment,)
        result = func(*lead, *args, **kwargs)
        if hasattr(result, "__html__") and name not in ("e", "escape"):
            if not any(result is given for given in (*args, *kwargs.values())):
                raise Refused(f"bộ lọc |{name} không dùng được với bảng, ảnh hay khối mã của mẫu")
        return result

    return guarded


def _forbidden(name: str) -> Any:
    def refuse(*_: Any, **__: Any) -> Any:
        raise Refused(forbidden_filter_message(name))

    return refuse


def forbidden_filter_message(name: str) -> str:
    return (
        f"bộ lọc {FORBIDDEN_FILTERS.get(name, '|' + name)} không được phép trong mẫu văn bản "
        "(nó chèn mã Word thô vào văn bản); xóa bộ lọc này"
    )


def check_tree(tree: nodes.Template) -> None:
    """Refuse, before anything runs, what the sandbox forbids by name."""
    for node in tree.find_all((nodes.Filter, nodes.EvalContextModifier)):
        if isinstance(node, nodes.Filter) and node.name in FORBIDDEN_FILTERS:
            raise Refused(forbidden_filter_message(node.name))
        if isinstance(node, nodes.EvalContextModifier):
            if any(k.key == "autoescape" for k in node.options):
                raise Refused(
                    "lệnh {% autoescape %} không được phép trong mẫu văn bản (tắt bảo vệ ký tự "
                    "đặc biệt & < >); xóa lệnh này"
                )
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name == "lipsum":
            raise Refused("hàm lipsum() không có trong mẫu văn bản")


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Sandbox + autoescape + unknown names fail; see the module docstring for the rest."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined)
        self.globals.pop("lipsum", None)  # returns HTML as trusted markup
        self.filters = {
            name: _forbidden(name) if name in FORBIDDEN_FILTERS else _guard(name, func)
            for name, func in self.filters.items()
        }

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        check_tree(tree)
        return tree

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return _plain(obj) and super().is_safe_attribute(obj, attr, value)

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        return self.undefined(
            f"thao tác “.{attribute}” không được phép trong mẫu văn bản",
            obj=obj,
            name=attribute,
            exc=Refused,
        )

    def getitem(self, obj: Any, argument: Any) -> Any:
        if hasattr(obj, "__html__"):
            raise Refused("không được cắt hay lấy một phần của bảng, ảnh hay khối mã của mẫu")
        return super().getitem(obj, argument)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if hasattr(left, "__html__") or hasattr(right, "__html__"):
            raise Refused(f"phép “{operator}” không dùng được với bảng, ảnh hay khối mã của mẫu")
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and max(abs(left).bit_length(), 1) * right > MAX_POWER_BITS:
                raise Refused(f"phép tính {left} ** {right} quá lớn")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                    if len(seq) * times > MAX_TEXT:
                        size = f"{len(seq) * times:,}".replace(",", ".")
                        raise Refused(f"phép nhân chuỗi tạo ra {size} ký tự, quá dài")
        if operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
            raise Refused("định dạng “%” với độ rộng quá lớn")
        return super().call_binop(context, operator, left, right)
