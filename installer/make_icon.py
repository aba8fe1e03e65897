"""Draw the application icon (a red emulation flag with a gold star) as resources/icons/thidua.ico/.png."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 256
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=40 * s, fill=(250, 246, 236, 255))
    d.rectangle([52 * s, 40 * s, 64 * s, 224 * s], fill=(110, 80, 50, 255))  # the pole
    d.polygon(
        [
            (64 * s, 44 * s),
            (216 * s, 60 * s),
            (200 * s, 112 * s),
            (216 * s, 160 * s),
            (64 * s, 150 * s),
        ],
        fill=(200, 16, 46, 255),
    )
    d.polygon(star(130 * s, 100 * s, 34 * s), fill=(255, 205, 0, 255))
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.save(OUT / "thidua.png")
    img.save(
        OUT / "thidua.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
    )


if __name__ == "__main__":
    main()
