"""The vote chart PNG (Qt-free) and its spec: colours by status, threshold, notes."""

from __future__ import annotations

import io

from PIL import Image

from thidua_desktop.documents.vote_chart import STATUS_COLORS, chart_spec, vote_chart_png
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
