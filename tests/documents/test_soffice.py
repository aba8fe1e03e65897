"""Every generated .docx converts with LibreOffice and reads back right (as Word prints it)."""

from __future__ import annotations

import subprocess

from tests.documents.fixtures import AMP_UNIT
from tests.documents.pdfcheck import needs_poppler, needs_soffice, pdf_fonts, pdf_pages, pdf_text

pytestmark = [needs_soffice, needs_poppler]


def test_docx_set_converts(generated, tmp_path):
    docs = [g.path for g in generated.values() if g.path.suffix == ".docx"]
    assert len(docs) == 7
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, docs),
        ],
        capture_output=True,
        check=True,
        timeout=240,
    )
    pdfs = {p.stem: tmp_path / f"{p.stem}.pdf" for p in docs}
    for stem, path in pdfs.items():
        assert path.exists(), stem
        text = pdf_text(path)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text, stem
        assert "Độc lập - Tự do - Hạnh phúc" in text, stem
        assert "{{" not in text and "{%" not in text, stem
        assert any(
            "Times" in name or "Liberation" in name or "Tinos" in name
            for name, _ in pdf_fonts(path)
        )
    minutes = pdf_text(pdfs[generated["minutes"].path.stem])
    assert "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./." in minutes
    assert "Số: 01/BB-KVTĐ" in minutes
    counting = pdf_text(pdfs[generated["counting"].path.stem])
    assert "78,57%" in counting and "TM. BAN KIỂM PHIẾU" in counting
    assert AMP_UNIT.split(" tỉnh")[0] in counting  # "&" and "<" survive into print
    invitation = pdf_text(pdfs[generated["invitation"].path.stem])
    assert "Số: 01/GM-KVTĐ" in invitation and "GIẤY MỜI" in invitation
    assert pdf_pages(pdfs[generated["invitation"].path.stem]) == 15  # a page for each copy
    assert pdf_pages(pdfs[generated["minutes"].path.stem]) >= 2
    lines = minutes.split("\f")[1].strip().splitlines()
    assert lines[0].strip() == "2"  # page number at the top of page 2, none on page 1
    assert minutes.split("\f")[0].strip().splitlines()[0].strip() != "1"


def test_sixty_unit_pledge_docx_prints_every_block(services, tmp_path):
    import docx

    from tests.documents.fixtures import build_rich, unit_names
    from tests.documents.pdfcheck import pdf_flat

    rich = build_rich(services, n_units=60)
    g = services.documents.generate(rich["conference"].id, "pledge", tmp_path)
    d = docx.Document(str(g.path))
    grid = d.tables[-1]
    assert len(grid.rows) == 60  # 30 pairs × (names row + signer row)
    cells = {c.text.replace("\xa0", " ") for row in grid.rows for c in row.cells}
    names = [n.upper() for n in unit_names(60)]
    assert all(any(c.startswith(n + "\n") for c in cells) for n in names)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(g.path),
        ],
        capture_output=True,
        check=True,
        timeout=240,
    )
    text = pdf_flat(tmp_path / f"{g.path.stem}.pdf")
    assert all(n in text for n in names)
    assert pdf_pages(tmp_path / f"{g.path.stem}.pdf") >= 5
