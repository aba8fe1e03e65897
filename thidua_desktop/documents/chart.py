"""Bar chart of a vote's result as a PNG, drawn with Pillow in the bundled Tinos (no Qt)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from thidua_desktop.documents.pdf_common import clean
from thidua_desktop.paths import resource_path

SCALE = 3  # drawn at 3× so the PNG prints sharp at its size in the document


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "Tinos-Bold.ttf" if bold else "Tinos-Regular.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), size * SCALE)


def _fit(draw: ImageDraw.ImageDraw, text: str, font, width: float) -> str:  # type: ignore[no-untyped-def]
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def vote_chart_png(
    path: str | Path,
    names: list[str],
    votes: list[int],
    base: int,
    threshold_votes: float | None = None,
    elected: list[bool] | None = None,
) -> Path:
    """Horizontal bars, one per unit in the given order: votes out of `base`, value labels,
    dark for elected units, and a dashed line at the threshold (in votes)."""
    s = SCALE
    n = max(len(names), 1)
    label_w, bar_area, pad = 190 * s, 240 * s, 8 * s
    row_h = 18 * s
    width = label_w + bar_area + 40 * s
    height = pad * 2 + n * row_h + 24 * s
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    small, bold = _font(False, 9), _font(True, 9)
    top = pad + 12 * s
    x0 = label_w
    span = max(base, 1)
    for i, (name, v) in enumerate(zip(names, votes, strict=True)):
        y = top + i * row_h
        label = _fit(draw, clean(name), small, label_w - 10 * s)
        draw.text((x0 - 6 * s, y + row_h / 2), label, font=small, fill="black", anchor="rm")
        w = bar_area * min(v, span) / span
        ok = bool(elected and elected[i])
        draw.rectangle(
            (x0, y + 3 * s, x0 + max(w, 1), y + row_h - 3 * s),
            fill="#3a3a3a" if ok else "#c4c4c4",
            outline="black",
            width=s // 2 or 1,
        )
        draw.text((x0 + w + 4 * s, y + row_h / 2), str(v), font=bold, fill="black", anchor="lm")
    bottom = top + n * row_h
    draw.line((x0, top - 2 * s, x0, bottom), fill="black", width=s)
    draw.line((x0, bottom, x0 + bar_area, bottom), fill="black", width=s)
    step = max(1, round(span / 7))
    for t in range(0, span + 1, step):
        x = x0 + bar_area * t / span
        draw.line((x, bottom, x, bottom + 3 * s), fill="black", width=s // 2 or 1)
        draw.text((x, bottom + 4 * s), str(t), font=small, fill="black", anchor="mt")
    if threshold_votes is not None and base:
        x = x0 + bar_area * min(threshold_votes / span, 1)
        y = top - 6 * s
        while y < bottom:
            draw.line((x, y, x, min(y + 4 * s, bottom)), fill="black", width=s // 2 or 1)
            y += 7 * s
        draw.text((x, top - 7 * s), "ngưỡng", font=small, fill="black", anchor="mb")
    path = Path(path)
    img.save(path, format="PNG", dpi=(72 * s, 72 * s))
    return path
