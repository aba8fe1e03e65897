"""Printing a produced document: a PDF through the print preview, a Word file by way of a PDF."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from thidua_desktop.ui.office_pdf import OfficePdf, find_office


class DocumentPrinter(QObject):
    """`said(message, is_error)` tells the page, in one sentence, what became of the request."""

    said = Signal(str, bool)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.converter: OfficePdf | None = None
        self._source: Path | None = None
        self._title = ""

    @property
    def busy(self) -> bool:
        return self.converter is not None and self.converter.busy

    def print_file(self, path: Path, title: str) -> None:
        if self.busy:
            return
        if path.suffix.lower() == ".pdf":
            self._preview(str(path), title)
            return
        office = find_office()
        if office is None:
            self._without_preview(path)
            return
        if self.converter is None or self.converter.office != office:
            self.converter = OfficePdf(office, self)
            self.converter.done.connect(self._converted)
            self.converter.failed.connect(self._not_converted)
        self._source, self._title = path, title
        self.said.emit(
            self.tr("Đang chuyển {0} sang PDF để xem trước khi in…").format(path.name), False
        )
        self.busy_changed.emit(True)
        self.converter.convert(path)

    def _converted(self, pdf: str) -> None:
        self.busy_changed.emit(False)
        self._preview(pdf, self._title)

    def _not_converted(self, message: str) -> None:
        self.busy_changed.emit(False)
        self.said.emit(
            self.tr("{0}: hãy bấm Mở (Ctrl+O) rồi in từ Word.").format(message.rstrip(".")), True
        )

    def _preview(self, pdf: str, title: str) -> None:
        # Qt's print support and PDFium load on the first print, not with the page.
        from thidua_desktop.ui.print_preview import print_pdf

        outcome = print_pdf(Path(pdf), title, self.window)
        self.said.emit(outcome.message, outcome.error)

    def _without_preview(self, path: Path) -> None:
        """No LibreOffice to make the PDF: Windows hands the file to Word's own print verb;
        elsewhere the user is told what to do, and nothing claims to have happened."""
        if sys.platform != "win32":
            self.said.emit(
                self.tr(
                    "Không xem trước được {0} vì máy chưa có LibreOffice để chuyển sang PDF: "
                    "hãy bấm Mở (Ctrl+O) rồi in từ Word hoặc LibreOffice."
                ).format(path.name),
                True,
            )
            return
        try:  # the extension is always one of ours (.docx)
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
        except OSError:
            self.said.emit(
                self.tr(
                    "Không in được {0}: máy chưa có chương trình mở được văn bản Word; "
                    "hãy cài Word hoặc LibreOffice rồi in lại."
                ).format(path.name),
                True,
            )
            return
        self.said.emit(
            self.tr("Đã nhờ chương trình mở văn bản Word in {0} ra máy in mặc định.").format(
                path.name
            ),
            False,
        )
