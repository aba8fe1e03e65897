"""Pages built on first use: a factory that imports its module late, and a mapping that builds."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

PAGES_PACKAGE = "thidua_desktop.ui.pages"


def lazy_page(module: str, name: str) -> Callable[..., Any]:
    """A page factory importing `thidua_desktop.ui.pages.<module>` only when a page is built.

    Start-up then loads the modules (and their docx/reportlab/openpyxl imports) of the first
    page only; `lazy_page(...).page_class()` gives the class itself.
    """

    def page_class() -> type:
        return getattr(importlib.import_module(f"{PAGES_PACKAGE}.{module}"), name)

    def factory(*args: Any) -> Any:
        return page_class()(*args)

    factory.__name__ = factory.__qualname__ = name
    factory.page_class = page_class  # type: ignore[attr-defined]
    return factory


class LazyPages(Mapping[str, Any]):
    """key → page, in sidebar order; a page is built by `build(key, factory)` on first access.

    Iterating, `len` and `in` never build; `pages[key]`, `.values()` and `.items()` do.
    """

    def __init__(self, build: Callable[[str, Callable[..., Any]], Any]) -> None:
        self._build = build
        self._factories: dict[str, Callable[..., Any]] = {}
        self._built: dict[str, Any] = {}

    def add(self, key: str, factory: Callable[..., Any]) -> None:
        self._factories[key] = factory

    def __getitem__(self, key: str) -> Any:
        page = self._built.get(key)
        if page is None:
            factory = self._factories[key]  # KeyError for an unknown page, as a dict would
            page = self._built[key] = self._build(key, factory)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def index(self, key: str) -> int:
        return list(self._factories).index(key)

    def page_at(self, row: int) -> Any:
        return self[list(self._factories)[row]]

    def is_built(self, key: str) -> bool:
        return key in self._built
