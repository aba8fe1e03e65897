"""The year turns over between two user accounts on one machine: the outgoing head exports, the
incoming head opens the package in an empty profile, starts the new year, names its head, and the
handover record comes out naming both heads — every step through the real buttons and dialogs."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from docx import Document as Docx
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from tests.fixtures.make_packages import build_cluster
from tests.ui.dialog_chain import answer_in_turn
from thidua_desktop.domain import model as m
from thidua_desktop.paths import default_db_path, demo_db_path
from thidua_desktop.ui.app_controller import AppController

LEFT = Qt.MouseButton.LeftButton
OUTGOING = "Sở Tư pháp tỉnh Hà Giang"  # head of 2017
INCOMING = "Cục Thi hành án dân sự tỉnh Yên Bái"  # head of 2018


def log_in(monkeypatch, root: Path, user: str) -> Path:
    """The user's own home, settings and data folders, as a second account has them."""
    home = root / user
    for sub in ("config", "data", "Documents"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


def start_app(home: Path) -> AppController:
    """What `python -m thidua_desktop` does at start, in the logged-in user's profile."""
    default_db_path().parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(home / "config" / "thidua.ini"), QSettings.Format.IniFormat)
    files = AppController(settings, default_db_path(), demo_db_path())
    files.start(None)
    return files


def the_outgoing_heads_cluster() -> None:
    """Two years (heads: Hòa Bình 2016, Hà Giang 2017) and the 2017 year-end conference."""
    default_db_path().parent.mkdir(parents=True, exist_ok=True)
    s = build_cluster(default_db_path())
    try:
        y2017 = s.repo.find_one(m.Year, "year = 2017")
        hosts = s.repo.find(m.Unit, "name = ?", [OUTGOING])
        s.edits.create(
            m.Conference(
                year_id=y2017.id,
                kind=m.ConferenceKind.YEAREND,
                title="Hội nghị tổng kết công tác thi đua, khen thưởng năm 2017",
                date=date(2017, 11, 24),
                place="Hà Giang",
                host_unit_id=hosts[0].id,
            )
        )
    finally:
        s.close()


def choose(combo, text: str) -> None:
    """Pick `text` in a combo box with the arrow keys, as from the keyboard (emits activated)."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


@pytest.fixture
def two_accounts(tmp_path, monkeypatch):
    opened: list[AppController] = []
    yield lambda user: log_in(monkeypatch, tmp_path / "home", user), opened
    for files in opened:
        files.shutdown()
    QApplication.processEvents()


def test_handover_between_two_accounts(qtbot, tmp_path, two_accounts):
    log, opened = two_accounts
    usb = tmp_path / "usb"
    usb.mkdir()

    # -- the outgoing head, in her own account --------------------------------------------------
    home_a = log("truong-cum-2017")
    the_outgoing_heads_cluster()
    files_a = start_app(home_a)
    opened.append(files_a)
    page = files_a.window.show_page("handover")
    choose(page.to_unit, INCOMING)
    proposed = answer_in_turn((QFileDialog, usb / "ban-giao_kvtd-mien-nui-phia-bac_2017.thidua"))
    qtbot.mouseClick(page.export_button, LEFT)
    page.wait_for_job()
    assert proposed == [str(home_a / "Documents" / "ban-giao_kvtd-mien-nui-phia-bac_2017.thidua")]
    package = usb / "ban-giao_kvtd-mien-nui-phia-bac_2017.thidua"
    sent_sha256 = page.export_box.file_sha256.text()
    assert sent_sha256 == hashlib.sha256(package.read_bytes()).hexdigest()
    files_a.shutdown()
    opened.remove(files_a)

    # -- the incoming head, another account, nothing in it yet ----------------------------------
    home_b = log("truong-cum-2018")
    assert not default_db_path().exists()
    files_b = start_app(home_b)
    opened.append(files_b)
    window = files_b.window
    assert window.services.repo.is_empty()
    said = answer_in_turn((QFileDialog, package), (QMessageBox, QMessageBox.StandardButton.Yes))
    window.file_actions["open_package"].trigger()
    page = window.pages["handover"]
    page.wait_for_job()
    assert "Nạp gói này" in said[1]
    repo = window.services.repo
    assert [y.year for y in repo.find(m.Year, order_by="year")] == [2016, 2017]
    report = page.report.toPlainText()
    assert sent_sha256 in report  # the copy on the stick is the file that was sent
    assert f"Bàn giao: {OUTGOING} → {INCOMING}" in report

    # the new year, through «Thêm năm…»
    years = window.show_page("years")
    answer_in_turn((QInputDialog, 2018))
    qtbot.mouseClick(years.add_year_button, LEFT)
    y2018 = repo.find_one(m.Year, "year = 2018")
    assert y2018 is not None and window.selection.year_id == y2018.id and years.error.text() == ""
    # its head, chosen in «Trưởng cụm»
    choose(years.head, INCOMING)
    head = repo.find_one(m.YearRole, "year_id = ? AND role = 'head'", [y2018.id])
    assert head is not None and repo.get(m.Unit, head.unit_id).name == INCOMING

    # the handover record, attached to the package as `--record` does
    page = window.show_page("handover")
    qtbot.mouseClick(page.export_box.with_record, LEFT)
    proposed = answer_in_turn((QFileDialog, usb / "ban-giao_kvtd-mien-nui-phia-bac_2018.thidua"))
    qtbot.mouseClick(page.export_button, LEFT)
    page.wait_for_job()
    assert proposed == [str(home_b / "Documents" / "ban-giao_kvtd-mien-nui-phia-bac_2018.thidua")]
    record = Path(page.export_box.record_path.text())
    assert record.parent == usb and record.exists()
    doc = Docx(str(record))
    text = "\n".join(p.text for p in doc.paragraphs)
    text += "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "BIÊN BẢN" in text.upper() and "2017" in text
    assert f"BÊN GIAO: {OUTGOING} – đơn vị Trưởng khu vực năm 2017" in text
    assert f"BÊN NHẬN: {INCOMING} – đơn vị Trưởng khu vực năm 2018" in text


def test_a_package_of_another_cluster_opens_as_its_own_file_in_the_app(
    qtbot, tmp_path, two_accounts
):
    """The receiver already keeps another cluster: the package is named as another cluster's,
    opened into a file of its own, and that file is then open in the app."""
    log, opened = two_accounts
    home_a = log("truong-cum-2017")
    the_outgoing_heads_cluster()
    files_a = start_app(home_a)
    page = files_a.window.show_page("handover")
    package = tmp_path / "ban-giao.thidua"
    answer_in_turn((QFileDialog, package))
    qtbot.mouseClick(page.export_button, LEFT)
    page.wait_for_job()
    files_a.shutdown()

    home_b = log("thu-ky-cum-khac")
    files_b = start_app(home_b)
    opened.append(files_b)
    window = files_b.window
    window.services.edits.create(m.Cluster(name="Cụm thi đua các tỉnh Tây Nguyên"))
    own = window.services.path
    new = home_b / "Documents" / "cum-mien-nui.db"
    said = answer_in_turn(
        (QFileDialog, package),
        (QMessageBox, "Mở thành tệp riêng…"),
        (QFileDialog, new),
        (QMessageBox, QMessageBox.StandardButton.Yes),
    )
    window.file_actions["open_package"].trigger()
    window.pages["handover"].wait_for_job()
    qtbot.waitUntil(lambda: files_b.services is not None and files_b.services.path == new)
    assert "là dữ liệu của cụm «Khu vực thi đua khối cơ quan Tư pháp" in said[1]
    assert "không phải cụm «Cụm thi đua các tỉnh Tây Nguyên»" in said[1]
    assert "Mở tệp đó ngay bây giờ" in said[3]
    assert files_b.window is not window and files_b.window.windowFilePath() == str(new)
    assert [y.year for y in files_b.services.repo.find(m.Year, order_by="year")] == [2016, 2017]
    assert own in files_b.recent.paths()  # the receiver's own cluster is one click away
