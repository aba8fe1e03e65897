"""Printing from the documents page: the real button and Ctrl+P open Qt's print preview; the
print dialog's printer, page range and copies decide what comes out (here a PDF file printer)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QRadioButton, QSpinBox

from tests.documents.fixtures import build_rich
from tests.documents.pdfcheck import needs_poppler, needs_soffice, pdf_pages, pdf_text
from tests.ui.dialog_answers import answer_file_dialog, when_modal
from thidua_desktop.ui.models.documents_table_model import COL_TITLE
from thidua_desktop.ui.pages.documents_page import DocumentsPage
from thidua_desktop.ui.print_preview import PdfPrintPreview, pages_to_print
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits

PLEDGE = "2016-11-22_giao-uoc-de-ky.pdf"


@pytest.fixture
def page(qtbot, services, tmp_path, monkeypatch):
    from thidua_desktop.app import register_fonts

    register_fonts()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    rich = build_rich(services)
    selection = Selection()
    w = DocumentsPage(services, UndoableEdits(services.edits), selection)
    qtbot.addWidget(w)
    selection.set(rich["cluster"].id, rich["year"].id, rich["conference"].id)
    w.resize(1100, 760)
    w.show()
    w.out_dir = tmp_path / "out"
    w.opened = opened
    return w


def printers(monkeypatch, names: list[str]) -> None:
    """The printers this computer has, as the operating system would list them."""
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: names))


def made(page, qtbot, key: str, per_unit: bool = False) -> None:
    """Produce the first document of kind `key` with the page's own button and select its row."""
    page.per_unit.setChecked(per_unit)
    page.model.check_all(False)
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).item.kind == key)
    page.model.setData(
        page.model.index(row, COL_TITLE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.mouseClick(page.generate_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    page.view.selectRow(row)


def print_from_preview(out: Path, first: int, last: int, copies: int, seen: dict, tries=200):
    """In the preview: note what it shows, press its Print button, then in the print dialog
    choose the PDF file printer, pages first..last and the copies, and print."""

    def in_dialog(dialog: QPrintDialog) -> None:
        seen["max_page"] = dialog.findChild(QSpinBox, "to").maximum()
        printers = dialog.findChild(QComboBox, "printers")  # "Print to File (PDF)" comes last
        printers.setCurrentIndex(printers.count() - 1)
        dialog.findChild(QLineEdit, "filename").setText(str(out))
        dialog.findChild(QRadioButton, "printRange").setChecked(True)
        dialog.findChild(QSpinBox, "from").setValue(first)
        dialog.findChild(QSpinBox, "to").setValue(last)
        dialog.findChild(QSpinBox, "copies").setValue(copies)
        seen["print_dialog_shot"] = dialog.grab()
        dialog.accept()

    def in_preview(preview: PdfPrintPreview) -> None:
        seen["title"] = preview.windowTitle()
        seen["preview_pages"] = preview.preview.pageCount()
        seen["rendered_for_preview"] = preview.pages.rendered
        seen["preview_shot"] = preview.grab()
        when_modal(QPrintDialog, in_dialog)
        preview.print_action.trigger()

    when_modal(PdfPrintPreview, in_preview, tries)


def gray_pages(pdf: Path, folder: Path, prefix: str) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-gray", "-r", "72", str(pdf), str(folder / prefix)], check=True)
    return [Image.open(p).convert("L") for p in sorted(folder.glob(f"{prefix}-*.pgm"))]


def closest(printed: Image.Image, sources: list[Image.Image]) -> int:
    """The source page (from 1) a printed page looks most like."""
    diffs = [
        ImageStat.Stat(ImageChops.difference(printed.resize(s.size), s)).mean[0] for s in sources
    ]
    return diffs.index(min(diffs)) + 1


@needs_poppler
def test_print_button_previews_then_prints_the_range_and_copies(page, qtbot, tmp_path, monkeypatch):
    printers(monkeypatch, ["Máy in văn phòng"])
    made(page, qtbot, "pledge-pdf", per_unit=True)
    source = page.out_dir / PLEDGE
    assert pdf_pages(source) == 14  # one pledge per unit to sign
    out, seen = tmp_path / "in-ra.pdf", {}
    print_from_preview(out, 2, 4, 2, seen)
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert seen["title"] == "Xem trước khi in – Giao ước thi đua để ký (PDF)"
    assert seen["preview_pages"] == 14 and seen["max_page"] == 14
    assert page.status.text() == f"Đã in 6 trang ra tệp {out}."
    assert pdf_pages(out) == 6  # pages 2–4, two collated copies
    # The printed pages are PDFium's pictures of the source pages: no text layer to read back
    # (the source has it, with its diacritics); each printed page is the source page it should be.
    assert "Nguyễn Văn" in pdf_text(source) and pdf_text(out).strip() == ""
    sources = gray_pages(source, tmp_path, "source")
    printed = gray_pages(out, tmp_path, "printed")
    assert [closest(p, sources) for p in printed] == [2, 3, 4, 2, 3, 4]
    for p in printed:
        assert ImageStat.Stat(p).mean[0] < 250 and p.getextrema()[0] < 60  # ink on the page
    seen["preview_shot"].save(str(tmp_path / "preview.png"))
    assert (tmp_path / "preview.png").stat().st_size > 10000


@needs_poppler
def test_ctrl_p_opens_the_preview_too(page, qtbot, tmp_path, monkeypatch):
    printers(monkeypatch, ["Máy in văn phòng"])
    made(page, qtbot, "ballots")
    out, seen = tmp_path / "phieu.pdf", {}
    print_from_preview(out, 1, 1, 3, seen)
    page.activateWindow()
    qtbot.keyClick(page.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: out.exists())
    assert seen["preview_pages"] >= 1 and pdf_pages(out) == 3
    assert page.status.text() == f"Đã in 3 trang ra tệp {out}."


def test_no_printer_says_so_and_saves_the_pdf(page, qtbot, tmp_path, monkeypatch):
    printers(monkeypatch, [])
    made(page, qtbot, "pledge-pdf")
    texts: list[str] = []

    def save(box: QMessageBox) -> None:
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Lưu PDF…").click()

    when_modal(QMessageBox, save)
    target = tmp_path / "usb" / PLEDGE  # the name proposed, in the folder chosen
    target.parent.mkdir()
    answer_file_dialog(target)
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert texts == ["Máy này chưa cài máy in nào: hãy lưu văn bản thành tệp PDF để in ở máy khác."]
    assert target.read_bytes() == (page.out_dir / PLEDGE).read_bytes()
    assert page.status.text() == f"Đã lưu {target}: mở tệp này ở máy có máy in để in."


def test_closing_the_preview_prints_nothing_and_says_so(page, qtbot, monkeypatch):
    printers(monkeypatch, ["Máy in văn phòng"])
    made(page, qtbot, "pledge-pdf")
    when_modal(PdfPrintPreview, lambda preview: preview.reject())
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Đã đóng xem trước: chưa in Giao ước thi đua để ký (PDF)."


@needs_soffice
@needs_poppler
def test_word_document_is_previewed_through_a_pdf(page, qtbot, tmp_path, monkeypatch):
    printers(monkeypatch, ["Máy in văn phòng"])
    made(page, qtbot, "minutes")
    out, seen = tmp_path / "bien-ban.pdf", {}
    print_from_preview(out, 1, 1, 1, seen, tries=12000)  # LibreOffice's first run is slow
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Đang chuyển 2016-11-22_bien-ban-hoi-nghi.docx")
    assert not page.print_btn.isEnabled()  # one conversion at a time
    qtbot.waitUntil(lambda: out.exists(), timeout=120000)
    qtbot.waitUntil(lambda: page.print_btn.isEnabled())
    made_pdf = next(iter(page.printing.converter._made.values()))[2]
    assert "BIÊN BẢN" in pdf_text(made_pdf) and "Hội nghị tổng kết" in pdf_text(made_pdf)
    assert seen["preview_pages"] == pdf_pages(made_pdf) and pdf_pages(out) == 1
    assert page.status.text() == f"Đã in 1 trang ra tệp {out}."
    assert not page.opened  # nothing was handed to another program


def test_word_document_without_libreoffice_says_what_to_do(page, qtbot, tmp_path, monkeypatch):
    made(page, qtbot, "minutes")
    monkeypatch.setenv("PATH", str(tmp_path))  # a computer without LibreOffice
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert page.status.text() == (
        "Không xem trước được 2016-11-22_bien-ban-hoi-nghi.docx vì máy chưa có LibreOffice để "
        "chuyển sang PDF: hãy bấm Mở (Ctrl+O) rồi in từ Word hoặc LibreOffice."
    )
    assert not page.opened


def test_a_damaged_pdf_is_one_sentence(page, qtbot, monkeypatch):
    printers(monkeypatch, ["Máy in văn phòng"])
    made(page, qtbot, "pledge-pdf")
    pdf = page.out_dir / PLEDGE
    pdf.write_bytes(pdf.read_bytes()[:400])  # cut short on the disk
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert page.status.text() == f"Không đọc được {PLEDGE}: tệp PDF bị hỏng."


def test_pages_to_print_follow_range_order_and_copies(qtbot):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # makes no copies by itself
    assert pages_to_print(printer, 3) == [1, 2, 3]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 9)
    printer.setCopyCount(2)
    assert pages_to_print(printer, 3) == [2, 3, 2, 3]
    printer.setCollateCopies(False)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert pages_to_print(printer, 3) == [3, 3, 2, 2]


@needs_poppler
def test_printing_a_document_not_made_yet_makes_it_then_previews(
    page, qtbot, tmp_path, monkeypatch
):
    printers(monkeypatch, ["Máy in văn phòng"])
    row = next(
        i for i in range(page.model.rowCount()) if page.model.row_at(i).item.kind == "ballots"
    )
    page.view.selectRow(row)
    assert page.model.row_at(row).last is None  # nothing made yet
    out, seen = tmp_path / "phieu.pdf", {}
    print_from_preview(out, 1, 1, 1, seen, tries=3000)
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=60000)
    assert page.model.row_at(row).last is not None  # made, archived, numbered as any other
    assert seen["preview_pages"] >= 1 and pdf_pages(out) == 1
    assert page.status.text() == f"Đã in 1 trang ra tệp {out}."
