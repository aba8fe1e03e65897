"""The chart's unhinted Tinos is the bundled Tinos, outline for outline, without its hinting."""

from __future__ import annotations

import importlib.util

import pytest
from fontTools.ttLib import TTFont

from thidua_desktop.paths import app_root, resource_path


def make_print_fonts():
    spec = importlib.util.spec_from_file_location(
        "make_print_fonts", app_root() / "installer" / "make_print_fonts.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("style", ["Regular", "Bold"])
def test_same_outlines_metrics_and_coverage_without_hinting(style):
    original = TTFont(str(resource_path("fonts", f"Tinos-{style}.ttf")))
    printed = TTFont(str(resource_path("fonts", "print", f"Tinos-{style}.ttf")))
    for tag in ("fpgm", "prep", "cvt "):
        assert tag in original and tag not in printed, tag
    assert printed.getGlyphOrder() == original.getGlyphOrder()
    assert printed.getBestCmap() == original.getBestCmap()
    assert printed["hmtx"].metrics == original["hmtx"].metrics
    glyf_o, glyf_p = original["glyf"], printed["glyf"]
    for char in "Đđ ỰựỮữẶặ ộ ễ ƯưƠơ Cờ thi đua 0123456789%,()/":
        name = original.getBestCmap()[ord(char)]
        a, b = glyf_o[name], glyf_p[name]
        assert a.getCoordinates(glyf_o)[0] == b.getCoordinates(glyf_p)[0], char
        assert not getattr(b, "program", None) or not b.program.getBytecode(), char


def test_the_committed_files_are_what_the_script_writes(tmp_path):
    for path in make_print_fonts().main(tmp_path):
        committed = resource_path("fonts", "print", path.name)
        assert path.read_bytes() == committed.read_bytes(), path.name


def test_the_chart_draws_with_the_print_fonts():
    from thidua_desktop.documents import vote_chart

    font = vote_chart._font(24)
    assert "print" in font.path
    assert font.getlength("Cờ thi đua") > 0
