"""The documents page: list, generate off the GUI thread with progress, open, template tools."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tests.documents.fixtures import build_rich
from tests.documents.pdfcheck import needs_poppler, pdf_pages
from tests.documents.templates import make_template
from thidua_desktop.ui.pages.documents_page import DocumentsPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


@pytest.fixture
def page(qtbot, services, tmp_path, monkeypatch):
    from thidua_desktop.app import register_fonts

    register_fonts()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    rich = build_rich(services)
    edits = UndoableEdits(services.edits)
    selection = Selection()
    w = DocumentsPage(services, edits, selection)
    qtbot.addWidget(w)
    selection.set(rich["cluster"].id, rich["year"].id, rich["conference"].id)
    w.resize(1100, 760)
    w.show()
    w.out_dir = tmp_path / "out"
    w.opened = opened
    w.rich = rich
    return w


def test_lists_documents_with_reasons(page):
    titles = [page.model.row_at(i).item.title for i in range(page.model.rowCount())]
    assert "Biên bản hội nghị" in titles
    assert any(t.startswith("Biên bản kiểm phiếu – Cờ thi đua của Chính phủ") for t in titles)
    assert page.heading.text() == "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2016"


def test_generate_in_background_then_open(page, qtbot):
    page.model.check_all(True)
    keys = page.model.checked_keys()
    assert len(keys) == 12
    page.generate_checked()
    assert page.busy and page.progress.isVisible() and page.cancel_btn.isVisible()
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    assert "Đã tạo 12 văn bản" in page.status.text()
    files = sorted(p.name for p in page.out_dir.iterdir())
    assert "2016-11-22_bien-ban-hoi-nghi.docx" in files and len(files) == 12
    row = next(
        i for i in range(page.model.rowCount()) if page.model.row_at(i).item.kind == "minutes"
    )
    assert page.model.index(row, 1).data() == "01/BB-KVTĐ"
    page.view.selectRow(row)
    page.open_selected()
    assert page.opened[-1].endswith("2016-11-22_bien-ban-hoi-nghi.docx")
    Path(page.opened[-1]).unlink()  # a moved file comes back from the archive
    page.open_selected()
    assert Path(page.opened[-1]).exists()
    shot = page.out_dir / "page.png"
    assert page.grab().save(str(shot)) and shot.stat().st_size > 10000


@needs_poppler
def test_pledge_pdf_one_page_per_unit(page, qtbot):
    page.per_unit.setChecked(True)
    page.generate(["pledge-pdf"])
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    assert pdf_pages(page.out_dir / "2016-11-22_giao-uoc-de-ky.pdf") >= 14


def test_cancel_stops_between_documents(page, qtbot):
    page.model.check_all(True)
    page.generate_checked()
    page.cancel()
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    assert "hủy" in page.status.text()
    assert not page.out_dir.exists() or len(list(page.out_dir.iterdir())) < 10


def test_nothing_checked_is_a_message(page):
    page.model.check_all(False)
    page.generate_checked()
    assert "Đánh dấu" in page.status.text() and not page.busy


def test_template_tools(page, qtbot, tmp_path, monkeypatch):
    import thidua_desktop.services.document_templates as store

    monkeypatch.setattr(store, "user_data_dir", lambda: tmp_path / "user")
    page.templates.kind_combo.setCurrentIndex(page.templates.kind_combo.findData("minutes"))
    assert "mặc định" in page.templates.source.text()
    page.templates.edit_template()
    assert page.opened[-1] == str(tmp_path / "user" / "mau-van-ban" / "bien_ban_hoi_nghi.docx")
    custom = make_template(tmp_path / "mine.docx", "{{ hoi_nghi.ten }} – {{ so }}")
    page.templates.install_template(str(custom))
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    assert "mẫu riêng" in page.templates.source.text()
    _store_unchecked(
        page, make_template(tmp_path / "bad.docx", "{{ hoi_nghi.ten }} {{ khong_co }}")
    )
    page.templates.check_template()
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)
    dialog = page.templates.report_dialog
    assert "lỗi" in dialog.verdict.text()
    assert any("khong_co" in dialog.issues.item(i).text() for i in range(dialog.issues.count()))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.templates.reset_template()
    assert "mặc định" in page.templates.source.text()
    page.templates.show_reference()
    assert "hoi_nghi.ten" in page.templates.reference_dialog.browser.toPlainText()


def _store_unchecked(page, path: Path, kind: str = "minutes") -> None:
    """The cluster's template replaced as a package from elsewhere may carry it: unchecked."""
    import hashlib

    from thidua_desktop.domain import model as m

    repo, cluster = page.services.repo, page.rich["cluster"].id
    content = path.read_bytes()
    row = page.services.documents.templates.user_template(cluster, kind)
    if row is None:
        row = repo.insert(m.Template(cluster, kind, path.name, content, "", ""))
    row.content, row.sha256 = content, hashlib.sha256(content).hexdigest()
    repo.update(row)


def _archive(page, filename: str, content: bytes) -> None:
    """A `minutes` row as a foreign package may carry it."""
    from thidua_desktop.domain import model as m

    rich = page.rich
    page.services.repo.insert(
        m.Document(
            cluster_id=rich["cluster"].id,
            kind="minutes",
            filename=filename,
            year=rich["year"].year,
            conference_id=rich["conference"].id,
            title="Biên bản hội nghị",
            content=content,
            sha256="0" * 64,
        )
    )
    page.refresh()
    row = next(
        i for i in range(page.model.rowCount()) if page.model.row_at(i).item.kind == "minutes"
    )
    page.view.selectRow(row)


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


HOSTILE_NAMES = [
    "../../x/Startup/update.bat",
    "ABSOLUTE",
    "C:\\x.bat",
    "CON.docx",
    "a\x07b\r\n.docx",
    "update.bat",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_stored_file_name_is_never_a_path(page, qtbot, tmp_path, monkeypatch, name):
    import os
    import sys

    from PySide6.QtCore import Qt

    page.out_dir = tmp_path / "a" / "b" / "out"
    if name == "ABSOLUTE":
        name = str(tmp_path / "elsewhere" / "Startup" / "update.bat")
    _archive(page, name, b"PK\x03\x04 archived bytes")
    before = _files(tmp_path)
    printed: list[tuple[str, str]] = []
    platform = sys.platform
    monkeypatch.setattr(
        os, "startfile", lambda p, op="open": printed.append((p, op)), raising=False
    )
    monkeypatch.setattr(sys, "platform", "win32")
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(sys, "platform", platform)  # back before Qt does anything else
    qtbot.mouseClick(page.open_btn, Qt.MouseButton.LeftButton)
    ours = page.out_dir / "2016-11-22_bien-ban-hoi-nghi.docx"
    assert _files(tmp_path) - before == {ours}
    assert ours.read_bytes() == b"PK\x03\x04 archived bytes"
    assert printed == [(str(ours), "print")]
    assert page.opened == [str(ours)]


def test_archived_bytes_not_of_our_format_are_neither_written_nor_opened(page, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    _archive(page, "bien-ban.docx", b"@echo off\r\ndel /q *\r\n")
    before = _files(tmp_path)
    qtbot.mouseClick(page.open_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    assert page.opened == [] and _files(tmp_path) == before
    message = page.status.text()
    assert "không phải tệp .docx hợp lệ" in message and "\n" not in message


def test_printing_without_a_program_for_the_file_is_one_line(page, qtbot, monkeypatch):
    import os
    import sys

    from PySide6.QtCore import Qt

    _archive(page, "bien-ban.docx", b"PK\x03\x04 archived bytes")

    def no_program(path, operation="open"):
        raise OSError(1155, "No application is associated with the specified file")

    platform = sys.platform
    monkeypatch.setattr(os, "startfile", no_program, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(sys, "platform", platform)
    message = page.status.text()
    assert (
        message.startswith("Không in được 2016-11-22_bien-ban-hoi-nghi.docx")
        and "\n" not in message
    )
