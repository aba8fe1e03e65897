"""Printed page by page (LibreOffice, pdftotext per page): no page holds only a signature block,
no heading ends a page, a long table repeats its header row."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.documents.pdfcheck import needs_poppler, needs_soffice, pdf_pages
from thidua_desktop.documents.docx import render_docx
from thidua_desktop.services.demo import load_demo

pytestmark = [needs_soffice, needs_poppler]

TEMPLATES = Path(__file__).resolve().parents[2] / "templates_docx"
SIGNATURE = ("(Ký", "TM. ", "Nơi nhận:")


def convert(files: list[Path], outdir: Path) -> dict[Path, Path]:
    """All files in one LibreOffice run (as Word would print them): docx → pdf."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{outdir}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        capture_output=True,
        check=True,
        timeout=600,
    )
    pdfs = {f: outdir / f"{f.stem}.pdf" for f in files}
    assert all(p.exists() for p in pdfs.values()), "LibreOffice did not convert every file"
    return pdfs


def flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(pdf: Path) -> list[str]:
    """Each page's text on its own (pdftotext -f N -l N), whitespace collapsed."""
    out = []
    for n in range(1, pdf_pages(pdf) + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        out.append(flat(text))
    return out


def _bold(p) -> bool:
    runs = [r for r in p.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def headings(path: Path) -> list[str]:
    """Body paragraphs that head what follows: labels ending with ':' and bold lines."""
    out = []
    for p in docx.Document(str(path)).paragraphs:
        text = flat(p.text)
        if text and not text.endswith("./.") and (text.endswith(":") or _bold(p)):
            out.append(text)
    return out


def last_body_text(path: Path) -> str:
    """The last paragraph of the text before the closing (signatures, 'Nơi nhận')."""
    body = docx.Document(str(path)).element.body
    last = ""
    for el in body:
        if el.tag == qn("w:tbl") and any(m in "".join(el.itertext()) for m in SIGNATURE):
            if last:
                return last
        if el.tag == qn("w:p"):
            text = flat("".join(t.text or "" for t in el.iter(qn("w:t"))))
            if text and not text.endswith(":"):
                last = text
            if text.endswith("./."):
                return text
    return last


def assert_pages_hold_together(docx_path: Path, pdf: Path) -> None:
    pages = page_texts(pdf)
    lead = last_body_text(docx_path)
    assert lead, docx_path.name
    for n, page in enumerate(pages, 1):
        where = f"{docx_path.name}, trang {n}/{len(pages)}"
        if any(m in page for m in SIGNATURE):
            # the signature never stands alone: the end of the text is on its page
            assert lead[-40:] in page, f"{where}: chữ ký tách khỏi đoạn cuối «…{lead[-40:]}»"
        for h in headings(docx_path):
            assert not page.endswith(h), f"{where}: tiêu đề «{h}» ở cuối trang"


@pytest.fixture
def demo(services):
    load_demo(services.repo)
    return services


def test_demo_documents_hold_together_page_by_page(demo, tmp_path):
    """Both demo conferences (year-end 2016, launch 2018): every Word document, every page."""
    files: list[Path] = []
    for conference_id in (1, 2):
        keys = [
            i.key
            for i in demo.documents.items(conference_id)
            if i.available and i.key.split(":")[0] not in ("ballots", "attendance", "agenda")
        ]
        made = demo.documents.generate_many(conference_id, keys, tmp_path / f"c{conference_id}")
        files += [g.path for g in made if g.path.suffix == ".docx"]
    assert len(files) >= 12
    pdfs = convert(files, tmp_path / "pdf")
    for path, pdf in pdfs.items():
        if "giao-uoc" not in path.name:
            assert_pages_hold_together(path, pdf)
        else:  # the pledge's signatures are a grid of every unit: never one pair left alone
            last = page_texts(pdf)[-1]
            assert last.count("CỤC TRƯỞNG") + last.count("GIÁM ĐỐC") >= 4, path.name
    scores = next(pdf for path, pdf in pdfs.items() if "tong-hop-cham-diem" in path.name)
    pages = page_texts(scores)
    assert len(pages) >= 2 and all("Tổng điểm" in p for p in pages[:2])  # header row repeated


def _closing_sweep(demo, out: Path) -> list[Path]:
    """Letters and counting minutes of growing length, so that the end of the text meets
    the foot of a page at some point of the sweep (where a closing used to stand alone)."""
    data = demo.documents.load(1)
    items = {i.key: i for i in demo.documents.items(1) if i.available}
    nomination = next(i for k, i in items.items() if k.startswith("nomination"))
    counting = next(i for k, i in items.items() if k.startswith("counting"))
    files = []
    for k in range(3, 10):  # fewer legal grounds, more attachments: the closing slides down
        ctx = demo.documents.context(data, nomination, "01/TTr-KVTĐ", out)
        ctx["can_cu"] = ctx["can_cu"][: k // 2]
        ctx["kem_theo"] += [f"Báo cáo bổ sung số {i + 1} của đơn vị" for i in range(2 * (k % 2))]
        template = TEMPLATES / "to_trinh_khen_thuong.docx"
        files.append(render_docx(template, ctx, out / f"to-trinh-{k:02d}.docx"))
    for k in range(3, 12):  # more reasons for invalid ballots: the result table moves down
        ctx = demo.documents.context(data, counting, "01/BB-KVTĐ", out)
        ctx["v"]["ly_do_khong_hop_le"] = [
            f"Phiếu số {i + 1} gạch quá số lượng" for i in range(2 * k)
        ]
        template = TEMPLATES / "bien_ban_kiem_phieu.docx"
        files.append(render_docx(template, ctx, out / f"kiem-phieu-{k:02d}.docx"))
    return files


def test_the_closing_and_headings_hold_whatever_the_length(demo, tmp_path):
    files = _closing_sweep(demo, tmp_path)
    pdfs = convert(files, tmp_path / "pdf")
    counts = set()
    for path, pdf in pdfs.items():
        counts.add((path.name[:5], pdf_pages(pdf)))
        assert_pages_hold_together(path, pdf)
    # the sweep crossed a page boundary for both kinds (else it proved nothing)
    assert {n for kind, n in counts if kind == "to-tr"} >= {1, 2}
    assert {n for kind, n in counts if kind == "kiem-"} >= {2, 3}


def test_a_long_result_table_repeats_its_header_on_each_page(demo, tmp_path):
    data = demo.documents.load(1)
    counting = next(i for i in demo.documents.items(1) if i.key.startswith("counting"))
    ctx = demo.documents.context(data, counting, "01/BB-KVTĐ", tmp_path)
    ctx["v"]["dong"] = (ctx["v"]["dong"] * 12)[:40]
    path = render_docx(
        TEMPLATES / "bien_ban_kiem_phieu.docx", ctx, tmp_path / "kiem-phieu-dai.docx"
    )
    pdf = convert([path], tmp_path / "pdf")[path]
    pages = page_texts(pdf)
    with_rows = [p for p in pages if "Đạt" in p and "%" in p]
    assert len(with_rows) >= 2
    assert all("Số phiếu đồng ý" in p for p in with_rows[:2])
    assert_pages_hold_together(path, pdf)


def test_each_invitation_prints_on_its_own_page_numbered_from_one(demo, tmp_path):
    """The demo's invitations in one file: every copy on one page of its own, whole (header,
    addressee, closing, QR code), and no page number on it (each copy starts at page 1)."""
    made = demo.documents.generate(2, "invitation", tmp_path)
    copies = docx.Document(str(made.path)).sections
    pdf = convert([made.path], tmp_path / "pdf")[made.path]
    pages = page_texts(pdf)
    assert len(pages) == len(copies) >= 20
    for n, page in enumerate(pages, 1):
        where = f"giấy mời, trang {n}"
        assert page.startswith("BỘ TƯ PHÁP"), where  # no page number above the header
        assert page.count("GIẤY MỜI") == 1 and "Kính gửi:" in page, where
        assert "đúng giờ./." in page and "Nơi nhận:" in page, where
        assert "Mã điểm danh: TD-" in page, where
    assert_pages_hold_together(made.path, pdf)
