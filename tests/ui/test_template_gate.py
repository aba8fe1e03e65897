"""Installing a template passes its check: errors refuse, warnings are asked (real buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.documents.templates import make_template
from tests.ui.dialog_answers import answer_file_dialog, when_modal
from tests.ui.test_documents_page import _store_unchecked, page  # noqa: F401 (fixture)


def _user_template(page):  # noqa: ANN001, ANN202, F811
    return page.services.documents.templates.user_template(page.rich["cluster"].id, "minutes")


def _press_on_question(button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` on the question the check's answer opens (it comes after the check)."""
    texts: list[str] = []

    def act(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(button).click()

    when_modal(QMessageBox, act, tries=6000)
    return texts


def _choose_file_and_wait(page, qtbot, path) -> None:  # noqa: ANN001, F811
    tools = page.templates
    tools.kind_combo.setCurrentIndex(tools.kind_combo.findData("minutes"))
    answer_file_dialog(path)
    qtbot.mouseClick(tools.install_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def test_a_template_with_errors_is_refused_and_nothing_installed(page, qtbot, tmp_path):  # noqa: F811
    bad = make_template(tmp_path / "loi.docx", "{{ hoi_nghi.ten|safe }}")
    _choose_file_and_wait(page, qtbot, bad)
    assert _user_template(page) is None
    assert "mặc định" in page.templates.source.text()
    assert "1 lỗi" in page.status.text() and "không thay đổi" in page.status.text()
    dialog = page.templates.report_dialog
    assert dialog.verdict.text().startswith("Chưa dùng loi.docx: mẫu có 1 lỗi.")
    items = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any("|safe" in t and "Biên bản hội nghị" in t for t in items), items
    shot = tmp_path / "refused.png"
    assert dialog.grab().save(str(shot))


def test_warnings_are_asked_and_no_keeps_the_template_in_use(page, qtbot, tmp_path):  # noqa: F811
    split = make_template(
        tmp_path / "tach.docx", [("Biên bản: {{ hoi_nghi.", False), ("ten }}", True)]
    )
    asked = _press_on_question(QMessageBox.StandardButton.No)
    _choose_file_and_wait(page, qtbot, split)
    assert len(asked) == 1 and "tách trường {{ hoi_nghi.ten }}" in asked[0], asked
    assert "Biên bản hội nghị" in asked[0]
    assert _user_template(page) is None
    assert "Chưa dùng mẫu tach.docx" in page.status.text()

    asked = _press_on_question(QMessageBox.StandardButton.Yes)
    _choose_file_and_wait(page, qtbot, split)
    assert len(asked) == 1
    row = _user_template(page)
    assert row is not None and row.content == split.read_bytes()
    assert "mẫu riêng" in page.templates.source.text()
    assert "Đã kiểm tra và dùng tach.docx" in page.status.text()


def test_a_clean_template_is_installed_without_a_question(page, qtbot, tmp_path):  # noqa: F811
    clean = make_template(tmp_path / "sach.docx", "Biên bản: {{ hoi_nghi.ten }}")
    asked = _press_on_question(QMessageBox.StandardButton.Yes)
    _choose_file_and_wait(page, qtbot, clean)
    assert asked == []
    assert _user_template(page).content == clean.read_bytes()


def test_all_documents_with_one_failing_produce_the_others(page, qtbot, tmp_path):  # noqa: F811
    _store_unchecked(
        page, make_template(tmp_path / "hong.docx", "{{ hoi_nghi.ten }} {{ khong_co }}")
    )
    qtbot.mouseClick(page.all_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.generate_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=120000)
    files = sorted(p.name for p in page.out_dir.iterdir())
    assert len(files) == 11 and "2016-11-22_bien-ban-hoi-nghi.docx" not in files
    text = page.status.text()
    assert text.startswith("Đã tạo 11 văn bản") and "Không tạo được 1 văn bản" in text
    assert "“Biên bản hội nghị”" in text and "khong_co" in text
    assert ".docx" not in text.split("Không tạo được")[1]  # no cache file named
    shot = tmp_path / "batch.png"
    assert page.grab().save(str(shot))
