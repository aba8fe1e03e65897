"""Vietnamese all the way down: Qt's own buttons, file dialog, text menus and calendar."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
)

from tests.ui.gui_helpers import make_window
from thidua_desktop.app import install_vietnamese

# Words of Qt's English that a secretary must never meet in Vietnamese mode.
ENGLISH = re.compile(
    r"\b(Yes|No|OK|Cancel|Open|Save|Close|Look in|File name|Files of type|Undo|Redo|Cut|Copy|"
    r"Paste|Delete|Select All|Back|Forward|Detail View|List View|Directory|Folder|Name|Size|"
    r"Type|Date Modified|January|March|Monday|Sunday)\b"
)


@pytest.fixture
def vietnamese(qapp):
    translator = install_vietnamese(qapp)
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


def plain(text: str) -> str:
    return text.replace("&", "")


def test_message_box_buttons_are_vietnamese(vietnamese):
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Xóa?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    texts = {plain(b.text()) for b in box.buttons()}
    assert texts == {"Có", "Không", "Hủy"}


def test_file_dialog_speaks_vietnamese(vietnamese, tmp_path):
    dialog = QFileDialog(None, "Mở tệp", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    labels = [plain(w.text()) for w in dialog.findChildren(QLabel) if w.text()]
    buttons = [plain(w.text()) for w in dialog.findChildren(QAbstractButton) if w.text()]
    assert "Tìm trong:" in labels
    assert "Tên tệp:" in labels
    assert "Mở" in buttons and "Hủy" in buttons
    english = [t for t in labels + buttons if ENGLISH.search(t)]
    assert english == []
    (tmp_path / "thu-muc").mkdir()
    model = dialog.findChild(QFileSystemModel)
    folder = model.index(str(tmp_path / "thu-muc"))
    assert model.type(folder) == "Thư mục"  # the type column, not "Folder"


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_text_box_menu_is_vietnamese(vietnamese, kind):
    box = kind()
    menu = box.createStandardContextMenu()
    texts = [plain(a.text()).split("\t")[0] for a in menu.actions() if a.text()]
    assert "Hoàn tác" in texts and "Dán" in texts and "Chọn tất cả" in texts
    assert [t for t in texts if ENGLISH.search(t)] == []


def test_calendar_and_numbers_use_the_vietnamese_locale(vietnamese):
    locale = QLocale()
    assert locale.language() == QLocale.Language.Vietnamese
    assert "3" in locale.monthName(3) and not ENGLISH.search(locale.monthName(3))
    assert locale.toString(85.71, "f", 2) == "85,71"


def visible_texts(widget) -> list[str]:
    texts = []
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget) and w.text():
            texts.append(w.text())
    for w in widget.findChildren(QGroupBox):
        texts.append(w.title())
    for w in widget.findChildren(QTabWidget):
        texts.extend(w.tabText(i) for i in range(w.count()))
    return texts


def test_every_page_shows_no_english_word(vietnamese, qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    found = {}
    for key in list(window.pages):
        page = window.show_page(key)
        QApplication.processEvents()
        english = [t for t in visible_texts(page) if ENGLISH.search(plain(t))]
        if english:
            found[key] = english
    assert found == {}


def test_an_ampersand_in_data_is_shown_as_typed(qtbot, services, small_cluster, tmp_path):
    from thidua_desktop.domain import model as m

    window = make_window(qtbot, services, tmp_path)
    menu_texts = [
        a.iconText() for menu in window.menuBar().actions() for a in menu.menu().actions()
    ]
    assert "Cụm & đơn vị" in menu_texts  # not "Cụm _đơn vị"
    unit = small_cluster["units"][0]
    window.edits.change(
        m.Unit, unit.id, "Sửa tên Lào Cai & Sa Pa", name="Sở Tư pháp Lào Cai & Sa Pa"
    )
    assert window.undo_action.iconText().endswith("Sửa tên Lào Cai & Sa Pa")
    assert "Lào Cai & Sa Pa" in window.statusBar().currentMessage()
    assert "&&" not in window.statusBar().currentMessage()


def test_our_dialogs_show_no_english_word(vietnamese, qtbot, services, small_cluster, tmp_path):
    from PySide6.QtWidgets import QDialog

    from thidua_desktop.ui.dialogs.criteria_dialog import CriteriaDialog
    from thidua_desktop.ui.dialogs.legacy_text_dialog import LegacyTextDialog
    from thidua_desktop.ui.dialogs.new_vote_dialog import NewVoteDialog
    from thidua_desktop.ui.dialogs.template_dialogs import ReferenceDialog
    from thidua_desktop.ui.start_window import StartWindow
    from thidua_desktop.ui.undo import UndoableEdits

    window = make_window(qtbot, services, tmp_path)
    cset = services.scoring.create_set(small_cluster["year"].id, "Bảng 2016", scale=100)
    dialogs: list[QDialog] = [
        NewVoteDialog(services, small_cluster["conference"].id, window),
        CriteriaDialog(services.scoring, UndoableEdits(services.edits), cset.id, window),
        LegacyTextDialog([("Cho phÐp", "Cho phép")], "tcvn3", window),
        ReferenceDialog("# Trường dữ liệu\n\n`{{ ten_cum }}`", window),
    ]
    found = {}
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        english = [t for t in visible_texts(dialog) if ENGLISH.search(plain(t))]
        if english:
            found[type(dialog).__name__] = english
        dialog.close()
    from thidua_desktop.ui.app_controller import AppController

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    start = StartWindow(AppController(settings, tmp_path / "x.db", tmp_path / "mau.db"))
    qtbot.addWidget(start)
    english = [t for t in visible_texts(start) if ENGLISH.search(plain(t))]
    menu = [a.iconText() for a in start.menuBar().actions()[0].menu().actions()]
    assert found == {} and english == [] and not [t for t in menu if ENGLISH.search(t)]
