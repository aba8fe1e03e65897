"""Errors of document generation, in words a secretary can act on (never Jinja's English)."""

from __future__ import annotations

import re

from thidua_desktop.domain.errors import DomainError, ValidationError


class TemplateProblem(ValidationError):
    """A template that cannot be rendered: corrupt file, bad merge-field syntax, unknown field.

    The message names the document itself; `where` (the field, or the document) is kept for
    callers and not prefixed to the message as other validation errors do.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        DomainError.__init__(self, message)
        self.where = where
        self.message = message


class RenderTimeout(DomainError):
    """Rendering took longer than allowed (a runaway template) and was stopped."""


_SYNTAX: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"unexpected end of template.*innermost block that needs to be closed is "
            r"'(\w+)'",
            re.I | re.S,
        ),
        "khối {{% {0} %}} chưa được đóng: thêm {{% end{0} %}}",
    ),
    (re.compile(r"unexpected end of template", re.I), "mẫu kết thúc khi một trường chưa đóng"),
    (
        re.compile(
            r"unknown tag '(end\w+)'.*innermost block that needs to be closed is '(\w+)'",
            re.I | re.S,
        ),
        "gặp {{% {0} %}} trong khi khối {{% {1} %}} chưa đóng: kiểm tra thứ tự các cặp lệnh",
    ),
    (re.compile(r"unknown tag '(end\w+)'", re.I), "{{% {0} %}} không có lệnh mở tương ứng"),
    (re.compile(r"unknown tag '(\w+)'", re.I), "không có lệnh {{% {0} %}}"),
    (
        re.compile(r"expected token 'end of print statement', got '(.+?)'", re.I),
        "có chữ thừa “{0}” trong trường (tên trường viết liền, không có dấu cách)",
    ),
    (re.compile(r"unexpected char '(.)'", re.I), "ký tự “{0}” không dùng được trong trường"),
    (re.compile(r"unexpected '(.+?)', expected '(.+?)'", re.I), "thiếu “{1}” trước “{0}”"),
    (re.compile(r"unexpected '(.+?)'", re.I), "ký tự “{0}” không đúng chỗ"),
    (re.compile(r"expected an expression", re.I), "trường để trống, thiếu tên trường"),
    (re.compile(r"tag name expected", re.I), "thiếu tên lệnh sau {{%"),
    (re.compile(r"no filter named '(\w+)'", re.I), "không có bộ lọc |{0}"),
    (re.compile(r"no test named '(\w+)'", re.I), "không có phép thử “is {0}”"),
]


def syntax_in_words(message: str) -> str:
    """Jinja's syntax message said in Vietnamese (a general sentence when unknown)."""
    for pattern, words in _SYNTAX:
        found = pattern.search(message or "")
        if found:
            return words.format(*found.groups())
    return "trường trộn viết sai cú pháp"


def undefined_name(message: str) -> str:
    """The field an UndefinedError is about: 'khong_co', '.tenn' or '[3]'."""
    for pattern, form in (
        (r"'(.+?)' is undefined", "{0}"),
        (r"has no attribute '(.+?)'", ".{0}"),
        (r"has no element (.+)$", "[{0}]"),
    ):
        found = re.search(pattern, message or "")
        if found:
            return form.format(found.group(1))
    return ""


def runtime_in_words(exc: BaseException) -> str:
    """A Python error raised while a template computed something, in Vietnamese."""
    if isinstance(exc, ZeroDivisionError):
        return "có phép chia cho 0"
    if isinstance(exc, TypeError):
        return "có phép tính giữa hai loại dữ liệu không hợp nhau (chữ với số, danh sách …)"
    if isinstance(exc, OverflowError) and "range" in str(exc).lower():
        return "có vòng lặp range(…) quá lớn (tối đa 100.000 lượt)"
    if isinstance(exc, (ValueError, OverflowError, ArithmeticError)):
        return "có phép tính hoặc bộ lọc nhận giá trị không hợp lệ"
    if isinstance(exc, RecursionError):
        return "có macro gọi lại chính nó không dừng"
    if type(exc).__name__ == "XMLSyntaxError":
        return "tạo ra nội dung Word không hợp lệ (các cặp {% … %} cắt ngang đoạn hay bảng)"
    return "có một trường không tính được"
