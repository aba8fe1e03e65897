"""Pages are built on first show: the start-up builds the first page only, the rest on demand."""

from __future__ import annotations

import subprocess
import sys

from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.ui.lazy_pages import LazyPages, lazy_page
from thidua_desktop.ui.main_window import page_factories


def test_only_the_first_page_is_built_until_another_is_shown(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    keys = list(window.pages)
    assert [k for k in keys if window.pages.is_built(k)] == [keys[0]]
    assert window.stack.currentWidget().widget() is window.pages[keys[0]]

    window.sidebar.setCurrentRow(keys.index("units"))
    assert window.pages.is_built("units")
    units = window.stack.currentWidget().widget()
    assert units is window.pages["units"] and units.objectName() == "page-units"
    assert not window.pages.is_built("documents")


def test_a_page_built_late_shows_edits_made_before_it_existed(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    window.edits.create(m.Unit(small_cluster["cluster"].id, "Sở Tư pháp tỉnh Mới"))
    assert not window.pages.is_built("units")
    page = window.show_page("units")
    assert page.model.rowCount() == services.repo.count(m.Unit)


def test_lazy_pages_mapping_builds_once_and_iterates_without_building():
    built: list[str] = []
    pages = LazyPages(lambda key, factory: built.append(key) or factory())
    pages.add("a", lambda: "page a")
    pages.add("b", lambda: "page b")
    assert list(pages) == ["a", "b"] and len(pages) == 2 and "b" in pages and built == []
    assert pages["b"] == "page b" and pages["b"] == "page b" and built == ["b"]
    assert pages.page_at(0) == "page a" and pages.index("b") == 1
    assert dict(pages.items()) == {"a": "page a", "b": "page b"} and built == ["b", "a"]


def test_every_page_factory_names_a_real_page_class():
    for key, _title, factory in page_factories():
        cls = getattr(factory, "page_class", lambda f=factory: f)()  # a plain class works too
        assert isinstance(cls, type) and cls.__name__ == factory.__name__, key
    assert lazy_page("home_page", "HomePage").page_class().__name__ == "HomePage"


def test_importing_the_main_window_loads_no_page_module_nor_document_library():
    code = (
        "import sys, thidua_desktop.ui.main_window\n"
        "bad = [n for n in sys.modules if n.startswith(('thidua_desktop.ui.pages.', 'reportlab',"
        " 'docx', 'docxtpl', 'openpyxl', 'jinja2', 'PIL', 'thidua_desktop.documents'))]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", "register pages with lazy_page(): start-up imports them all"
