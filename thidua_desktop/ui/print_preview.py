"""Printing a PDF: Qt's print preview and print dialog, each page drawn by PDFium for the printer."""

from __future__ import annotations

import math
import shutil
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageRanges,
    QPageSize,
    QPainter,
)
from PySide6.QtGui import QPaintEngine as Engine
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrintEngine,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

# Text on paper is sharp at 600 dpi; a finer printer gets the page scaled up from that.
MAX_PRINT_DPI = 600
# A file printer embeds every page as an image: 300 dpi keeps it sharp and the file small.
MAX_FILE_DPI = 300
# The preview keeps every page as an image: about 30 A4 pages at 96 dpi, fewer dots beyond.
PREVIEW_DPI = 96
PREVIEW_PIXELS = 30_000_000
# The print engine's CUPS options ("page-ranges", "3-5", …): Qt's private key, not in PySide.
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPrint", text)


class PdfPages:
    """A PDF opened once; a page is rendered only when it is drawn, at the size asked."""

    def __init__(self, path: Path) -> None:
        self.pdf = pdfium.PdfDocument(str(path))  # PdfiumError when damaged or not a PDF
        self.sizes = [self.pdf.get_page_size(i) for i in range(len(self.pdf))]
        self.rendered = 0

    def __len__(self) -> int:
        return len(self.sizes)

    def image(self, index: int, dpi: float, gray: bool = False) -> QImage:
        page = self.pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, grayscale=gray)
            fmt = QImage.Format.Format_RGB888
            if bitmap.n_channels == 1:
                fmt = QImage.Format.Format_Grayscale8
            elif bitmap.n_channels == 4:
                fmt = QImage.Format.Format_RGBX8888
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
            self.rendered += 1
            return image.copy()  # own the pixels: the buffer goes with the bitmap
        finally:
            page.close()

    def close(self) -> None:
        self.pdf.close()


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Page numbers (from 1) in the order they go to `printer`: range, order and, when the
    printer cannot make copies itself (a PDF file), the copies one after another."""
    pages = list(range(1, count + 1))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [p for p in pages if ranges.contains(p)]
        elif printer.fromPage():
            last = printer.toPage() or count
            pages = [p for p in pages if printer.fromPage() <= p <= last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [p for p in pages for _ in range(copies)]


def take_server_page_ranges(printer: QPrinter) -> None:
    """CUPS's own page ranges (the dialog's "Pages" box) made ours: only those pages are drawn
    and sent, instead of every page for the print server to pick from."""
    engine = printer.printEngine()
    options = list(engine.property(CUPS_OPTIONS) or []) if engine is not None else []
    names = options[::2]
    if "page-ranges" not in names:
        return
    at = 2 * names.index("page-ranges")
    ranges = QPageRanges.fromString(str(options[at + 1]))
    del options[at : at + 2]
    engine.setProperty(CUPS_OPTIONS, options)
    if not ranges.isEmpty():
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setPageRanges(ranges)


def _is_preview(printer: QPrinter) -> bool:
    engine = printer.paintEngine()
    return engine is not None and engine.type() == Engine.Type.Picture


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


@dataclass
class PrintOutcome:
    """What happened, in one sentence for the status line."""

    message: str
    done: bool = False  # pages went to a printer, or a PDF file was written
    error: bool = False


class PdfPrintPreview(QPrintPreviewDialog):
    """Qt's preview of a PDF; its Print button opens the print dialog bounded to the PDF's
    pages (printer, range, copies), then draws the chosen pages for that printer."""

    def __init__(self, pages: PdfPages, title: str, parent: QWidget | None = None) -> None:
        self.pages, self.title = pages, title
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF carries its own margins
        printer.setDocName(title)
        if pages.sizes:
            width, height = pages.sizes[0]
            size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "")
            printer.setPageSize(QPageSize(size.id()) if size.id() != QPageSize.Custom else size)
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if width > height
                else QPageLayout.Orientation.Portrait
            )
        self._printer = printer  # the dialog does not own it: keep it alive with the dialog
        super().__init__(printer, parent)
        self.setWindowTitle(self.tr("Xem trước khi in – {0}").format(title))
        self.printed: list[int] = []
        self.failure = ""
        self.paintRequested.connect(self.paint)
        self.preview = self.findChild(QPrintPreviewWidget)
        self.print_action = self._take_print_action()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(900, area.width() - 40), min(1000, area.height() - 60))

    def _take_print_action(self) -> QAction | None:
        """Route Qt's own Print button to our print dialog (it knows the page count)."""
        label = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        for action in self.findChildren(QAction):
            if action.text() == label:
                action.triggered.disconnect()
                action.triggered.connect(self.choose_and_print)
                return action
        return None

    def choose_and_print(self) -> None:
        dialog = QPrintDialog(self._printer, self)
        dialog.setWindowTitle(self.tr("In {0}").format(self.title))
        dialog.setMinMax(1, max(1, len(self.pages)))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        take_server_page_ranges(self._printer)
        if not pages_to_print(self._printer, len(self.pages)):
            QMessageBox.information(  # the preview stays open to choose again
                self,
                self.tr("In {0}").format(self.title),
                self.tr("Khoảng trang đã chọn không có trang nào: văn bản có {0} trang.").format(
                    len(self.pages)
                ),
            )
            return
        self.preview.print()
        self.accept()

    def outcome(self) -> PrintOutcome:
        printer, printed = self._printer, len(self.printed)
        if self.failure:
            return PrintOutcome(self.failure, error=True)
        if not printed:
            return PrintOutcome(self.tr("Đã đóng xem trước: chưa in {0}.").format(self.title))
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            return PrintOutcome(
                self.tr("Đã in {0} trang ra tệp {1}.").format(printed, printer.outputFileName()),
                done=True,
            )
        copies = printer.copyCount() if printer.supportsMultipleCopies() else 1
        return PrintOutcome(
            self.tr("Đã gửi {0} trang × {1} bản của {2} tới máy in {3}.").format(
                printed, copies, self.title, printer.printerName()
            ),
            done=True,
        )

    def paint(self, printer: QPrinter) -> None:
        """Every page for the preview; the chosen pages and copies for the printer."""
        preview = _is_preview(printer)
        count = len(self.pages)
        order = list(range(1, count + 1)) if preview else pages_to_print(printer, count)
        if preview:  # bounded: the preview holds all pages at once
            at_96 = sum(w * h for w, h in self.pages.sizes) * (PREVIEW_DPI / 72) ** 2
            dpi = PREVIEW_DPI * min(1.0, math.sqrt(PREVIEW_PIXELS / max(1.0, at_96)))
        else:
            file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            dpi = min(printer.resolution(), MAX_FILE_DPI if file else MAX_PRINT_DPI)
        gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
        painter = QPainter()
        if not painter.begin(printer):
            self.failure = self.tr("Máy in không nhận lệnh in: kiểm tra máy in rồi thử lại.")
            return
        progress = None if preview else self._progress(len(order))
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            paper = QRectF(painter.viewport())
            for n, number in enumerate(order):
                if progress is not None:
                    progress.setValue(n)  # the window repaints; Hủy stops between pages
                    if progress.wasCanceled():
                        printer.abort()
                        self.failure = self.tr("Đã hủy in sau {0} trang.").format(n)
                        break
                if n and not printer.newPage():
                    self.failure = self.tr("Máy in dừng giữa chừng: kiểm tra máy in.")
                    break
                self._draw(painter, paper, number - 1, dpi, gray)
                if not preview:
                    self.printed.append(number)
        finally:
            painter.end()
            if progress is not None:
                progress.close()
                progress.deleteLater()

    def _progress(self, total: int) -> QProgressDialog:
        """Pages for a printer take a moment each (about 0.2 s at 300 dpi): say how far."""
        progress = QProgressDialog(
            self.tr("Đang gửi các trang tới máy in…"), self.tr("Hủy"), 0, total, self
        )
        progress.setWindowTitle(self.tr("In {0}").format(self.title))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(800)
        return progress

    def _draw(self, painter: QPainter, paper: QRectF, index: int, dpi: float, gray: bool) -> None:
        width, height = self.pages.sizes[index]
        scale = min(paper.width() / width, paper.height() / height)
        target = QRectF(0, 0, width * scale, height * scale)
        target.moveCenter(paper.center())
        dpi = min(dpi, scale * 72)  # never more dots than the device has
        painter.drawImage(target, self.pages.image(index, dpi, gray))


def print_pdf(path: Path, title: str, parent: QWidget | None = None) -> PrintOutcome:
    """Preview and print `path`; with no printer on this computer, offer to save it as a PDF."""
    try:
        pages = PdfPages(path)
    except (pdfium.PdfiumError, OSError):
        return PrintOutcome(
            _tr("Không đọc được {0}: tệp PDF bị hỏng.").format(path.name), error=True
        )
    try:
        if not has_printer():
            return _save_instead(path, parent)
        dialog = PdfPrintPreview(pages, title, parent)
        dialog.exec()
        outcome = dialog.outcome()
        dialog.deleteLater()
    finally:
        pages.close()
    return outcome


def _save_instead(path: Path, parent: QWidget | None) -> PrintOutcome:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Chưa có máy in"))
    box.setText(_tr("Máy này chưa cài máy in nào: hãy lưu văn bản thành tệp PDF để in ở máy khác."))
    save = box.addButton(_tr("Lưu PDF…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    chosen = box.clickedButton() is save
    box.deleteLater()
    if not chosen:
        return PrintOutcome(_tr("Chưa in: máy này chưa cài máy in nào."))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    target, _ = QFileDialog.getSaveFileName(
        parent, _tr("Lưu PDF để in"), str(Path(documents or Path.home()) / path.name), "PDF (*.pdf)"
    )
    if not target:
        return PrintOutcome(_tr("Chưa lưu: đã hủy chọn nơi lưu."))
    target_path = Path(target)
    if target_path.suffix.lower() != ".pdf":
        target_path = target_path.with_name(target_path.name + ".pdf")
    try:
        if target_path.resolve() != path.resolve():
            shutil.copyfile(path, target_path)
    except OSError as exc:
        return PrintOutcome(
            _tr("Không lưu được {0}: {1}.").format(target_path, exc.strerror), error=True
        )
    return PrintOutcome(
        _tr("Đã lưu {0}: mở tệp này ở máy có máy in để in.").format(target_path), done=True
    )
