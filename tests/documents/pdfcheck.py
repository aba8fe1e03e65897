"""Read PDFs back for tests: text (pdftotext) and fonts (pdffonts) from poppler-utils."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return unicodedata.normalize("NFC", out)


def pdf_text_raw(path: Path) -> str:
    """Text exactly as extracted (no normalisation), to check the PDF holds NFC."""
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font the PDF references."""
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in out:
        parts = line.split()
        # name type encoding emb sub uni id gen; "type" may be two words (Type 1, CID TrueType)
        emb = parts[-5]
        fonts.append((parts[0], emb == "yes"))
    return fonts


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("no page count")


def to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert with LibreOffice headless, as a secretary's Word would print it."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{outdir}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice did not write {pdf}"
    return pdf


def pdf_flat(path: Path) -> str:
    """Text in reading order with every run of whitespace as one space (wrapped cells join)."""
    return " ".join(pdf_text_raw(path).split())
