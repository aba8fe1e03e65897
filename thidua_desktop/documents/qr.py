"""QR codes from reportlab's own encoder: vector drawings for PDFs, PNG pictures (Pillow) for Word."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable

QUIET_MODULES = 4  # the blank margin a reader needs around the symbol (ISO/IEC 18004)
LEVEL = "M"  # 15 % of the symbol may be smudged or folded and still read


def qr_matrix(text: str) -> list[list[bool]]:
    """The symbol's modules (True = dark), without the quiet zone; smallest version that fits."""
    level = getattr(qrencoder.QRErrorCorrectLevel, LEVEL)
    for version in range(1, 41):
        code = qrencoder.QRCode(version, level)
        code.addData(text)
        try:
            code.make()
        except Exception:  # noqa: BLE001 (reportlab raises a bare Exception when it does not fit)
            continue
        n = code.getModuleCount()
        return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]
    raise ValueError("text too long for a QR code")


class QrFlowable(Flowable):
    """The symbol as filled squares on the PDF canvas (vector, no font), `size` points square
    with the quiet zone; a platypus flowable for tables and stories."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text, self.size = text, size
        self.matrix = qr_matrix(text)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.matrix, 0, 0, self.size)


def draw_qr(canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:  # type: ignore[no-untyped-def]
    """Fill the dark modules, a horizontal run of them as one rectangle, bottom-left at (x, y)."""
    n = len(matrix) + 2 * QUIET_MODULES
    module = size / n
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        top = y + size - (r + QUIET_MODULES + 1) * module
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            left = x + (start + QUIET_MODULES) * module
            canvas.rect(left, top, (c - start) * module, module, stroke=0, fill=1)
    canvas.restoreState()


def qr_png(text: str, path: str | Path, module_px: int = 12) -> Path:
    """Write the symbol as a black-and-white PNG, `module_px` pixels a module, quiet zone
    included (Word scales the picture to the width the template gives it)."""
    from PIL import Image

    matrix = qr_matrix(text)
    n = len(matrix) + 2 * QUIET_MODULES
    small = Image.new("1", (n, n), 1)
    pixels = small.load()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                pixels[c + QUIET_MODULES, r + QUIET_MODULES] = 0
    image = small.resize((n * module_px, n * module_px), Image.NEAREST)
    path = Path(path)
    image.save(path, format="PNG", dpi=(300, 300))
    return path
