"""The vote chart PNG (Qt-free) and its spec: colours by status, threshold, notes."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageColor

from thidua_desktop.documents.vote_chart import (
    STATUS_COLORS,
    THRESHOLD_COLOR,
    chart_spec,
    vote_chart_image,
    vote_chart_png,
)
from thidua_desktop.domain.voting import Candidate, Counts, Status, VoteRules, tally_totals


def result(present=14):
    cands = [Candidate(i, i, f"Sở Tư pháp tỉnh số {i}") for i in range(1, 5)]
    rules = VoteRules("40", ">=", "members", 2, "200/3")
    return tally_totals(
        cands, {1: 12, 2: 6, 3: 6, 4: 2}, present, 0, Counts(14, present, present, present), rules
    )


def test_spec_colours_bars_by_status():
    spec = chart_spec(result())
    assert [b.status for b in spec.bars] == [
        Status.ELECTED,
        Status.TIED,
        Status.TIED,
        Status.NOT_PASSED,
    ]
    assert spec.bars[0].value_text == "12/14 (85,71%)"
    assert spec.bars[1].color == STATUS_COLORS[Status.TIED]
    assert spec.threshold_pct == 40 and spec.threshold_label == "Ngưỡng ≥ 40%"
    assert spec.note == ""


def test_void_result_is_noted():
    cands = [Candidate(1, 1, "Sở Tư pháp tỉnh Hà Giang")]
    rules = VoteRules("40", ">=", "members", 1, "200/3")
    spec = chart_spec(tally_totals(cands, {1: 6}, 8, 0, Counts(14, 8, 8, 8), rules))
    assert "không có giá trị" in spec.note


def test_png_has_the_elected_colour_and_threshold_line():
    png = vote_chart_png(result(), width=800)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.width == 800
    colours = {c for _, c in img.getcolors(maxcolors=100000)}
    assert (0x1B, 0x7F, 0x3B) in colours and (0xC6, 0x28, 0x28) in colours


def where(img: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    """A mask of the pixels of `img` that are exactly `colour`."""
    r, g, b = ImageChops.difference(img, Image.new("RGB", img.size, colour)).split()
    return ImageChops.lighter(ImageChops.lighter(r, g), b).point(lambda v: 255 * (v == 0))


def test_png_is_a_palette_image_that_looks_like_the_drawing():
    void = tally_totals(
        [Candidate(1, 1, "Sở Tư pháp tỉnh Hà Giang")],
        {1: 6},
        8,
        0,
        Counts(14, 8, 8, 8),
        VoteRules("40", ">=", "members", 1, "200/3"),
    )
    flat = [(255, 255, 255), (0, 0, 0), ImageColor.getrgb(THRESHOLD_COLOR)]
    flat += [ImageColor.getrgb(c) for c in STATUS_COLORS.values()]
    for res in (result(), void):  # the second one with its red note on top
        drawn = vote_chart_image(res, width=1200)
        png = Image.open(io.BytesIO(vote_chart_png(res, width=1200)))
        assert png.mode == "P"
        shown = png.convert("RGB")
        # anti-aliased text edges move by a few levels at most
        assert max(hi for _, hi in ImageChops.difference(drawn, shown).getextrema()) <= 3
        used = [c for c in flat if where(drawn, c).getbbox()]
        assert (255, 255, 255) in used and ImageColor.getrgb(THRESHOLD_COLOR) in used
        for colour in used:  # every pixel of a flat colour keeps it exactly
            assert not ImageChops.subtract(where(drawn, colour), where(shown, colour)).getbbox()
