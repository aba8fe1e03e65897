"""The vote bar chart: one spec (bars, threshold, colours) drawn to PNG here and by the GUI widget."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from thidua_desktop.domain.voting import Status, VoteResult
from thidua_desktop.paths import resource_path

STATUS_COLORS: dict[Status, str] = {
    Status.ELECTED: "#1b7f3b",
    Status.TIED: "#d98c00",
    Status.OVER_QUOTA: "#4a78b5",
    Status.NOT_PASSED: "#9e9e9e",
    Status.WITHDRAWN: "#d4d4d4",
    Status.VOID: "#b5b5b5",
}
THRESHOLD_COLOR = "#c62828"
GRID_COLOR = "#e3e3e3"
AXIS_TEXT_COLOR = "#666666"


@dataclass(frozen=True)
class ChartBar:
    number: int
    label: str  # "1. Sở Tư pháp tỉnh Hà Giang"
    votes: int
    percent: float  # of the base, 0–100
    value_text: str  # "12/14 (85,71%)"
    status: Status
    color: str


@dataclass(frozen=True)
class ChartSpec:
    bars: tuple[ChartBar, ...]
    threshold_pct: float
    threshold_label: str  # "Ngưỡng ≥ 70%"
    legend: tuple[tuple[str, str], ...]  # (colour, label) of the statuses shown
    note: str  # "" or why the result has no effect / is provisional


def chart_spec(result: VoteResult, ranked: bool = False) -> ChartSpec:
    """Bars coloured by status, with the threshold line of the rules.

    In ballot order, numbered as on the ballot (the screen while keying: bars never move);
    `ranked`: in the order of the result table of the counting minutes, numbered 1, 2, … as
    its "TT" column, so the chart and the table under it agree."""
    rows = result.ranked_rows() if ranked else result.rows
    bars = tuple(
        ChartBar(
            i if ranked else r.candidate.number,
            f"{i if ranked else r.candidate.number}. {r.candidate.name}",
            r.votes,
            float(r.percent),
            r.quote.replace(" phiếu", ""),
            r.status,
            STATUS_COLORS[r.status],
        )
        for i, r in enumerate(rows, 1)
    )
    shown = [s for s in Status if any(b.status is s for b in bars)]
    note = ""
    if not result.valid:
        note = "Không đủ tỷ lệ tham dự: kết quả không có giá trị"
    elif result.provisional:
        note = "Kết quả tạm thời (chưa nhập đủ phiếu)"
    return ChartSpec(
        bars=bars,
        threshold_pct=float(result.rules.threshold_pct),
        threshold_label=f"Ngưỡng {result.rules.threshold_text}",
        legend=tuple((STATUS_COLORS[s], s.label) for s in shown),
        note=note,
    )


@cache
def _font(size: int, bold: bool = False):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    # Tinos without hinting (installer/make_print_fonts.py): the chart is drawn for print, and
    # FreeType would otherwise run every glyph's screen-hinting program — half the text time.
    name = "Tinos-Bold.ttf" if bold else "Tinos-Regular.ttf"
    return ImageFont.truetype(str(resource_path("fonts", "print", name)), size)


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _slot(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """The corner of the 4×4×4 cell Pillow's palette lookup files `colour` under: it maps a
    pixel to the palette entry nearest that corner, not nearest the pixel."""
    r, g, b = colour
    return r & ~3, g & ~3, b & ~3


@cache
def _palettes():  # type: ignore[no-untyped-def]
    """(lookup, shown): two palette images with the same entries (≤ 256), one per cell.

    `lookup` holds each entry's cell corner, so that Pillow maps every pixel of a flat colour
    to exactly its own entry; `shown` holds the true colours written to the PNG. The entries
    are every flat colour of the chart, then the anti-aliasing ramps of its text on white
    (black and grey text share the grey ramp; the red threshold text has its own), one entry
    per cell at the cell's middle: a text edge pixel moves by at most 2–3 levels of 255.
    """
    from PIL import Image

    flat = ["#ffffff", "#000000", GRID_COLOR, AXIS_TEXT_COLOR, THRESHOLD_COLOR]
    flat += list(STATUS_COLORS.values())
    shown: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    for colour in map(_rgb, flat):
        shown.setdefault(_slot(colour), colour)
    red = _rgb(THRESHOLD_COLOR)
    ramps = [(g, g, g) for g in range(0, 256, 4)]
    ramps += [tuple(round(255 + (c - 255) * i / 64) for c in red) for i in range(1, 64)]
    for colour in ramps:
        corner = _slot(colour)
        shown.setdefault(corner, tuple(min(255, c + 2) for c in corner))
    assert len(shown) <= 256, "the chart's colours no longer fit a palette"
    lookup, real = Image.new("P", (1, 1)), Image.new("P", (1, 1))
    lookup.putpalette([c for corner in shown for c in corner])
    real.putpalette([c for colour in shown.values() for c in colour])
    return lookup, real


def _to_palette(img):  # type: ignore[no-untyped-def]
    """The RGB chart as a palette image: encodes in a quarter of the time, half the size."""
    from PIL import Image

    lookup, shown = _palettes()
    out = img.quantize(palette=lookup, dither=Image.Dither.NONE)
    out.putpalette(shown.getpalette())
    return out


def vote_chart_png(result: VoteResult, width: int = 1600, ranked: bool = False) -> bytes:
    """The chart as PNG bytes (Qt-free, for the counting minutes), `width` pixels wide;
    `ranked` as in `chart_spec`."""
    out = io.BytesIO()
    # Fast zlib level: half the chart time of optimize=True for files ~5 % larger.
    image = vote_chart_image(result, width, ranked)
    _to_palette(image).save(out, format="PNG", compress_level=1)
    return out.getvalue()


def vote_chart_image(result: VoteResult, width: int = 1600, ranked: bool = False):  # type: ignore[no-untyped-def]
    """The chart drawn as an RGB Pillow image, `width` pixels wide."""
    from PIL import Image, ImageDraw

    spec = chart_spec(result, ranked)
    scale = width / 1600
    font, bold, small = (
        _font(round(24 * scale)),
        _font(round(24 * scale), True),
        _font(round(20 * scale)),
    )
    row_h, pad = round(46 * scale), round(24 * scale)
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    label_widths = [probe.textlength(b.label, font=font) for b in spec.bars]
    label_w = min(round(width * 0.42), max(label_widths))
    value_w = round(190 * scale)
    plot_x0 = pad + label_w + pad
    plot_w = width - plot_x0 - value_w - pad
    top = pad + (round(36 * scale) if spec.note else 0) + round(34 * scale)
    height = top + row_h * len(spec.bars) + round(90 * scale)
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    if spec.note:
        d.text((pad, pad), spec.note, fill=THRESHOLD_COLOR, font=bold)
    for pct in (0, 25, 50, 75, 100):
        x = plot_x0 + plot_w * pct / 100
        d.line([(x, top - 6 * scale), (x, top + row_h * len(spec.bars))], fill=GRID_COLOR)
        d.text((x, top - 8 * scale), f"{pct}%", fill=AXIS_TEXT_COLOR, font=small, anchor="mb")
    tx = plot_x0 + plot_w * spec.threshold_pct / 100
    bottom = top + row_h * len(spec.bars)
    y = top - 4 * scale
    while y < bottom + 4 * scale:  # dashed threshold line
        d.line(
            [(tx, y), (tx, min(y + 10 * scale, bottom + 4 * scale))], fill=THRESHOLD_COLOR, width=3
        )
        y += 16 * scale
    for i, (bar, label_width) in enumerate(zip(spec.bars, label_widths, strict=True)):
        y = top + i * row_h
        label = bar.label
        while label_width > label_w and len(label) > 4:
            label = label[:-2] + "…"
            label_width = probe.textlength(label, font=font)
        d.text((pad + label_w, y + row_h / 2), label, fill="black", font=font, anchor="rm")
        bar_w = plot_w * bar.percent / 100
        if bar_w > 0:
            d.rectangle(
                [plot_x0, y + row_h * 0.18, plot_x0 + bar_w, y + row_h * 0.82], fill=bar.color
            )
        value_font = bold if bar.status is Status.ELECTED else font
        vx = plot_x0 + bar_w + 8 * scale
        text_w = probe.textlength(bar.value_text, font=value_font)
        box = [vx - 4 * scale, y + 6 * scale, vx + text_w + 4 * scale, y + row_h - 6 * scale]
        d.rectangle(box, fill="white")  # the value stays readable across the threshold line
        d.text((vx, y + row_h / 2), bar.value_text, fill="black", font=value_font, anchor="lm")
    d.text(
        (tx, bottom + 8 * scale),
        spec.threshold_label,
        fill=THRESHOLD_COLOR,
        font=small,
        anchor="mt",
    )
    x = pad
    ly = bottom + round(48 * scale)
    for color, text in spec.legend:
        d.rectangle([x, ly, x + 22 * scale, ly + 22 * scale], fill=color)
        d.text((x + 30 * scale, ly + 11 * scale), text, fill="black", font=small, anchor="lm")
        x += 30 * scale + probe.textlength(text, font=small) + 30 * scale
    return img
