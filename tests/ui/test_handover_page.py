"""Handover page, pressed as the secretary presses it: export (where, named how, what the file is,
with the handover record), verify, open with the differences in words, another cluster's package,
restore from backup, archived years."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from docx import Document as Docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.fixtures.make_packages import good_package
from tests.ui.dialog_answers import answer_message_box
from tests.ui.dialog_chain import answer_in_turn
from tests.ui.gui_helpers import make_window
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import short_digest
from thidua_desktop.services.container import Services
from thidua_desktop.services.package import export_package, verify_package

CANCEL = QMessageBox.StandardButton.Cancel
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """The user's Documents folder (a home of the test's own)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"


@pytest.fixture
def page(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    return window.show_page("handover")


def other_cluster_package(tmp_path: Path) -> Path:
    """A package of another cluster ("Cụm thi đua các tỉnh Tây Nguyên")."""
    src = tmp_path / "tay-nguyen.db"
    s = Services.open(src, actor="test")
    try:
        c = s.edits.create(
            m.Cluster(name="Cụm thi đua các tỉnh Tây Nguyên", short_name="Tây Nguyên")
        )
        s.edits.create(m.Unit(cluster_id=c.id, name="Sở Tư pháp tỉnh Gia Lai"))
        s.edits.create(m.Year(cluster_id=c.id, year=2016))
        target = tmp_path / "tay-nguyen.thidua"
        export_package(s.repo, src, target)
        return target
    finally:
        s.close()


def test_export_button_saves_in_documents_under_the_clusters_name_and_shows_the_file(
    page, qtbot, tmp_path, documents
):
    page.to_unit.setCurrentIndex(page.to_unit.findData("Sở Tư pháp tỉnh Hòa Bình"))
    target = tmp_path / "usb" / "ban-giao.thidua"
    target.parent.mkdir()
    seen = answer_in_turn((QFileDialog, target))
    qtbot.mouseClick(page.export_button, LEFT)
    assert page.export_job is not None and not page.export_button.isEnabled()
    page.wait_for_job()
    # offered in Documents, named after the cluster and the year, in ASCII
    assert seen == [str(documents / "ban-giao_kvtd-mien-nui-phia-bac_2016.thidua")]
    info = verify_package(target)
    assert info.to_unit == "Sở Tư pháp tỉnh Hòa Bình" and page.progress.value() == 100
    box = page.export_box
    # the file's own SHA-256, as sha256sum prints it, and its size; the content code apart
    assert box.file_sha256.text() == hashlib.sha256(target.read_bytes()).hexdigest()
    assert box.file_size.text().startswith(f"{target.stat().st_size:,} byte".replace(",", "."))
    assert box.content_code.text() == short_digest(info.package_digest)
    assert info.package_digest in box.content_code.toolTip()
    assert box.file_sha256.text() != info.package_digest
    assert not box.written.isHidden() and "certutil -hashfile" in box.hint.text()
    report = page.report.toPlainText()
    assert f"Mã kiểm tra gói: {short_digest(info.package_digest)}" in report
    assert f"SHA-256 của tệp (so với sha256sum / certutil -hashfile): {box.file_sha256.text()}" in (
        report
    )
    assert "Đơn vị 3" in report and "units" not in report
    assert page.services.documents.package_digest == info.package_digest
    # the next export starts in the folder used last
    seen = answer_in_turn((QFileDialog, None))
    qtbot.mouseClick(page.export_button, LEFT)
    assert seen == [str(target.parent / "ban-giao_kvtd-mien-nui-phia-bac_2016.thidua")]


def test_receiving_units_are_member_units_only(page, services, small_cluster):
    cid = small_cluster["cluster"].id
    services.edits.create(
        m.Unit(cluster_id=cid, name="Chi cục THADS huyện Lục Yên", is_member=False)
    )
    services.edits.create(m.Unit(cluster_id=cid, name="Sở Tư pháp tỉnh Lai Châu", active=False))
    page.refresh()
    names = [page.to_unit.itemText(i) for i in range(page.to_unit.count())]
    assert names == ["(không ghi)"] + [u.name for u in small_cluster["units"]]


def test_export_with_the_handover_record_attaches_it_to_the_package(
    page, qtbot, services, small_cluster, tmp_path, documents
):
    c, units = small_cluster["cluster"], small_cluster["units"]
    services.edits.create(
        m.YearRole(year_id=small_cluster["year"].id, unit_id=units[2].id, role=m.YearRoleKind.HEAD)
    )  # before 2017 exists: then 2016 is archived
    y2017 = services.edits.create(m.Year(cluster_id=c.id, year=2017))
    services.edits.create(
        m.YearRole(year_id=y2017.id, unit_id=units[0].id, role=m.YearRoleKind.HEAD)
    )
    page.refresh()
    target = tmp_path / "out" / "ban-giao.thidua"
    target.parent.mkdir()
    qtbot.mouseClick(page.export_box.with_record, LEFT)
    assert page.export_box.with_record.isChecked()
    answer_in_turn((QFileDialog, target))
    qtbot.mouseClick(page.export_button, LEFT)
    page.wait_for_job()
    record = Path(page.export_box.record_path.text())
    assert record.parent == target.parent and record.suffix == ".docx"
    doc = Docx(str(record))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "BIÊN BẢN" in text.upper() and "Sở Tư pháp tỉnh Hòa Bình" in text
    cells = " ".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    # the paper beside the package prints this package's code, as the receiver will see it
    assert f"Mã kiểm tra: {short_digest(verify_package(target).package_digest)}" in cells
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM documents")]
    finally:
        conn.close()
    assert "handover" in kinds  # travels inside the package


def test_export_with_record_but_no_next_head_says_why_and_writes_nothing(
    page, qtbot, tmp_path, documents
):
    target = tmp_path / "ban-giao.thidua"
    qtbot.mouseClick(page.export_box.with_record, LEFT)
    said = answer_in_turn((QFileDialog, target), (QMessageBox, QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(page.export_button, LEFT)
    page.wait_for_job()
    assert not target.exists()
    assert "Chưa lập được biên bản bàn giao" in said[1] and "năm 2017" in said[1]


def test_cancel_button_stops_the_export(page, qtbot, tmp_path, documents):
    target = tmp_path / "cancel.thidua"
    answer_in_turn((QFileDialog, target))
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.mouseClick(page.cancel_button, LEFT)  # before the job's first check
    page.wait_for_job()
    assert not target.exists()
    assert "không có tệp nào" in page.progress_text.text()


def test_verify_button_reports_a_damaged_package(page, qtbot, tmp_path):
    bad = tmp_path / "bad.thidua"
    bad.write_bytes(b"PK\x03\x04 not a package")
    answer_in_turn((QFileDialog, bad))
    qtbot.mouseClick(page.verify_button, LEFT)
    assert page.report.toPlainText().startswith("KHÔNG HỢP LỆ")
    assert "ZIP" in page.report.toPlainText()


def test_verify_button_shows_the_received_files_own_sha256(page, qtbot, tmp_path):
    pkg = good_package(tmp_path)
    answer_in_turn((QFileDialog, pkg))
    qtbot.mouseClick(page.verify_button, LEFT)
    assert hashlib.sha256(pkg.read_bytes()).hexdigest() in page.report.toPlainText()


def open_with_button(page, qtbot, pkg: Path, *answers) -> list[str]:  # noqa: ANN002
    seen = answer_in_turn((QFileDialog, pkg), *answers)
    qtbot.mouseClick(page.open_button, LEFT)
    page.wait_for_job()
    return seen


def test_same_cluster_shows_the_differences_in_words_and_cancel_changes_nothing(
    page, qtbot, services, small_cluster, tmp_path
):
    pkg = good_package(tmp_path)  # the same small cluster, plus a vote, ballots, documents…
    cluster_id = small_cluster["cluster"].id  # …and a unit only this machine has
    services.edits.create(m.Unit(cluster_id=cluster_id, name="Sở Tư pháp tỉnh Lào Cai"))
    before = services.repo.count(m.Unit)
    seen = open_with_button(page, qtbot, pkg, (QMessageBox, CANCEL))
    assert "Máy này đã có dữ liệu" in seen[1] and "cụm khác" not in seen[1]
    assert not page.diff.isHidden()
    header = [page.diff.horizontalHeaderItem(c).text() for c in range(page.diff.columnCount())]
    assert header == ["Loại dữ liệu", "Gói thêm", "Khác nhau", "Chỉ có ở máy này"]
    rows = {page.diff.item(r, 0).text(): r for r in range(page.diff.rowCount())}
    assert "Đơn vị" in rows and "Phiếu bầu" in rows and "units" not in rows
    assert page.diff.item(rows["Đơn vị"], 3).text() == "1"
    assert services.repo.count(m.Unit) == before
    assert "không thay đổi" in page.report.toPlainText()
    assert "Phiếu bầu 5" in page.report.toPlainText()  # the record counts in words too


def test_same_cluster_replace_backs_up_first(page, qtbot, services, tmp_path):
    pkg = good_package(tmp_path)
    open_with_button(page, qtbot, pkg, (QMessageBox, "Thay dữ liệu hiện có (sao lưu trước)"))
    assert services.repo.count(m.BallotRecord) == 5
    backup = next(services.backups.folder.glob("*before-replace.db"))
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM ballots").fetchone()[0] == 0
    conn.close()
    assert page.edits.stack.count() == 0


def test_another_clusters_package_is_named_and_replacing_asks_twice(
    page, qtbot, services, small_cluster, tmp_path
):
    pkg = other_cluster_package(tmp_path)
    mine = small_cluster["cluster"].name
    seen = open_with_button(
        page, qtbot, pkg, (QMessageBox, "Thay dữ liệu hiện có…"), (QMessageBox, "Không thay")
    )
    first, second = seen[1], seen[2]
    assert "Gói của một cụm khác" in first
    assert f"cụm «Cụm thi đua các tỉnh Tây Nguyên», không phải cụm «{mine}»" in first
    assert "Mở thành tệp riêng…" in first
    assert "Xác nhận thay bằng cụm khác" in second
    assert "Thay bằng cụm «Cụm thi đua các tỉnh Tây Nguyên»" in second
    assert [c.name for c in services.repo.find(m.Cluster)] == [mine]  # first «Thay» is not enough
    assert "không thay đổi" in page.report.toPlainText()
    open_with_button(
        page,
        qtbot,
        pkg,
        (QMessageBox, "Thay dữ liệu hiện có…"),
        (QMessageBox, "Thay bằng cụm «Cụm thi đua các tỉnh Tây Nguyên»"),
    )
    assert [c.name for c in services.repo.find(m.Cluster)] == ["Cụm thi đua các tỉnh Tây Nguyên"]
    assert any(services.backups.folder.glob("*before-replace.db"))


def test_another_clusters_package_opens_as_its_own_file(
    page, qtbot, services, small_cluster, tmp_path
):
    pkg = other_cluster_package(tmp_path)
    new = tmp_path / "tay-nguyen-moi.db"
    seen = open_with_button(
        page, qtbot, pkg, (QMessageBox, "Mở thành tệp riêng…"), (QFileDialog, new)
    )
    # offered beside the open file, under the package's cluster name
    assert seen[2] == str(tmp_path / "cum-thi-dua-cac-tinh-tay-nguyen.db")
    assert [c.name for c in services.repo.find(m.Cluster)] == [small_cluster["cluster"].name]
    conn = sqlite3.connect(new)
    assert conn.execute("SELECT name FROM clusters").fetchall() == [
        ("Cụm thi đua các tỉnh Tây Nguyên",)
    ]
    conn.close()
    assert "Tệp → Mở…" in page.report.toPlainText()  # a bare window has no file controller


def test_restore_button_from_backup(page, qtbot, services, small_cluster):
    page.snapshot_now()
    services.edits.create(m.Unit(cluster_id=small_cluster["cluster"].id, name="Đơn vị thêm sau"))
    page.refresh()
    page.backups.setCurrentRow(page.backups.count() - 1)  # the oldest: the manual snapshot
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.restore_button, LEFT)
    assert "Khôi phục bản sao lưu" in asked[0]
    assert services.repo.count(m.Unit) == 3
    assert any(
        "trước khi khôi phục" in page.backups.item(i).text() for i in range(page.backups.count())
    )


def test_archived_year_unlocked_with_confirmation(qtbot, page, services, small_cluster):
    services.edits.create(m.Year(cluster_id=small_cluster["cluster"].id, year=2017))
    page.refresh()
    texts = [page.years.item(i).text() for i in range(page.years.count())]
    assert texts == ["2017 — đang sửa được", "2016 — lưu trữ, chỉ xem"]
    page.years.setCurrentRow(1)
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.unlock_button, LEFT)
    assert "Năm 2016 đã lưu trữ" in asked[0] and "khóa lại" in asked[0]
    assert page.years.item(1).text() == "2016 — đang sửa được"
    services.archive.ensure_year_editable(small_cluster["year"].id)


def test_backup_timer_snapshots_only_after_edits(qtbot, services, small_cluster):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from thidua_desktop.ui.file_timers import start_backup_timer

    window = QWidget()
    qtbot.addWidget(window)
    start_backup_timer(window, services.backups)
    timer = window.findChild(QTimer)
    assert timer.isActive() and timer.interval() == 10 * 60 * 1000
    timer.timeout.emit()
    assert services.backups.list() == []  # nothing edited since opening
    services.edits.change(m.Unit, small_cluster["units"][0].id, short_name="HG")
    timer.timeout.emit()
    assert [b.reason for b in services.backups.list()] == ["periodic"]


def test_every_table_has_a_vietnamese_name_listed_for_translation():
    from thidua_desktop.services.table_labels import TABLE_LABELS
    from thidua_desktop.storage.repositories import TABLES
    from thidua_desktop.ui.domain_labels import TABLE_NAMES, table_label

    assert set(TABLE_LABELS) == set(TABLES.values())
    assert list(TABLE_NAMES) == list(TABLE_LABELS.values())
    assert table_label("clusters") == "Cụm thi đua" and table_label("units") == "Đơn vị"


def test_receiving_unit_proposed_from_next_years_head_until_another_is_picked(
    page, qtbot, services, small_cluster
):
    assert page.to_unit.currentData() == ""  # no year after 2016: nothing proposed
    c, units = small_cluster["cluster"], small_cluster["units"]
    y2017 = services.edits.create(m.Year(cluster_id=c.id, year=2017))
    services.edits.create(
        m.YearRole(year_id=y2017.id, unit_id=units[1].id, role=m.YearRoleKind.HEAD)
    )
    page.refresh()
    assert page.to_unit.currentText() == "Cục Thi hành án dân sự tỉnh Yên Bái"
    page.to_unit.setCurrentIndex(page.to_unit.findData("Sở Tư pháp tỉnh Hà Giang"))
    page.refresh()
    assert page.to_unit.currentText() == "Sở Tư pháp tỉnh Hà Giang"  # the user's pick stays
