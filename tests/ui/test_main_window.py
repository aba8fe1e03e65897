"""The main window: sidebar pages, header selection, undo/redo actions, status, settings, first start."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication

from tests.ui.gui_helpers import make_window, type_text
from thidua_desktop.app import register_fonts
from thidua_desktop.domain import model as m
from thidua_desktop.ui.main_window import MainWindow, page_factories


def test_sidebar_lists_every_page_and_ctrl_digit_switches(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    keys = [k for k, _t, _f in page_factories()]
    assert list(window.pages) == keys
    assert window.sidebar.count() == len(keys)
    go = {
        a.shortcut().toString(): a for a in window.findChildren(QAction) if a.shortcut().toString()
    }
    go["Ctrl+2"].trigger()
    assert window.stack.currentWidget().widget() is window.pages[keys[1]]
    window.sidebar.setCurrentRow(3)
    assert window.stack.currentWidget().widget() is window.pages[keys[3]]


def test_header_shows_the_selection_and_the_year_combo_drives_it(
    qtbot, services, small_cluster, tmp_path
):
    cid = small_cluster["cluster"].id
    older = services.edits.create(m.Year(cluster_id=cid, year=2015))
    window = make_window(qtbot, services, tmp_path)
    header = window.header
    assert header.cluster_label.text() == small_cluster["cluster"].name
    assert header.year_combo.currentText() == "2016"  # the newest year first
    assert window.selection.conference_id == small_cluster["conference"].id
    assert "tổng kết" in header.conference_combo.currentText()
    header.year_combo.setCurrentIndex(header.year_combo.findData(older.id))
    header.year_combo.activated.emit(header.year_combo.currentIndex())
    assert window.selection.year_id == older.id
    assert window.selection.conference_id is None
    assert header.conference_combo.count() == 0


def test_undo_redo_actions_and_status_bar_name_what_was_saved(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    unit = small_cluster["units"][0]
    window.edits.change(m.Unit, unit.id, text="Sửa đơn vị «Hà Giang»", head_title="Giám đốc")
    assert window.statusBar().currentMessage().startswith("Đã lưu: Sửa đơn vị «Hà Giang» lúc ")
    shortcuts = {s.toString() for s in window.redo_action.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= shortcuts
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    assert services.repo.get(m.Unit, unit.id).head_title == ""
    assert window.statusBar().currentMessage().startswith("Đã hoàn tác: Sửa đơn vị «Hà Giang»")
    window.redo_action.trigger()
    assert services.repo.get(m.Unit, unit.id).head_title == "Giám đốc"


def test_geometry_and_language_are_remembered(
    qtbot, services, small_cluster, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window = make_window(qtbot, services, tmp_path)
    window.show()
    window.resize(1100, 700)
    window.language_actions["en"].trigger()
    assert "restart" in told[0]
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("language") == "en"
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.height() == 700  # (the width is clamped to the small offscreen screen)
    assert again.language_actions["en"].isChecked()


def test_first_start_create_cluster_then_undo(qtbot, services, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    home = window.pages["home"]
    assert home.stack.currentWidget() is not home.overview
    assert home.package_choice.isEnabled()
    qtbot.mouseClick(home.create_choice, Qt.MouseButton.LeftButton)
    form = home.form
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)  # no name yet
    assert "không được để trống" in form.error.text()
    assert services.repo.count(m.Cluster) == 0
    type_text(form.name, "Cụm thi đua khối Nội chính tỉnh Hòa Bình")
    form.kind_label.setCurrentText("Khối thi đua")
    type_text(form.issuer_code, "KNC")
    form.year.setValue(2024)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    cluster = services.repo.find_one(m.Cluster, "1=1")
    assert cluster.name == "Cụm thi đua khối Nội chính tỉnh Hòa Bình"
    assert (cluster.kind_label, cluster.issuer_code) == ("Khối thi đua", "KNC")
    assert [y.year for y in services.repo.find(m.Year)] == [2024]
    assert window.selection.cluster_id == cluster.id
    assert home.stack.currentWidget() is home.overview
    assert window.header.cluster_label.text() == cluster.name
    window.undo_action.trigger()
    assert services.repo.count(m.Cluster) == 0
    assert window.selection.cluster_id is None
    assert home.stack.currentWidget() is not home.overview


def test_first_start_demo_never_fills_the_open_file(qtbot, services, tmp_path):
    window = make_window(qtbot, services, tmp_path)  # a bare window: no file controller
    home = window.pages["home"]
    qtbot.mouseClick(home.demo_choice, Qt.MouseButton.LeftButton)
    assert services.repo.count(m.Cluster) == 0
    assert "tệp riêng" in home.demo_error.text()


def test_save_screenshots_writes_every_page(qtbot, services, small_cluster, tmp_path):
    register_fonts()
    window = make_window(qtbot, services, tmp_path)
    window.save_screenshots(tmp_path / "shots")
    for key in window.pages:
        image = QImage(str(tmp_path / "shots" / f"{key}.png"))
        assert (image.width(), image.height()) == (1280, 800), key
    QApplication.processEvents()


def test_english_translation_loads(qtbot, services, small_cluster, tmp_path):
    from thidua_desktop.app import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        window = make_window(qtbot, services, tmp_path)
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert titles[:4] == ["Start", "Cluster & units", "Years & rotation", "Conferences"]
        assert window.undo_action.text().startswith("Undo")
        units = window.pages["units"]
        assert units.model.headerData(0, Qt.Orientation.Horizontal) == "Unit name"
    finally:
        app.removeTranslator(translator)
    assert install_translator(app, "vi") is None  # the source language needs none


def test_screenshot_option_renders_every_page_and_exits(
    services, small_cluster, tmp_path, monkeypatch
):
    import sys

    from thidua_desktop import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    monkeypatch.setattr(app_module, "setup_logging", lambda: tmp_path / "log")
    db = services.path
    services.close()
    shots = tmp_path / "shots"
    assert app_module.main(["--db", str(db), "--screenshot", str(shots)]) == 0
    keys = [k for k, _t, _f in page_factories()]
    pages = [p.stem for p in shots.glob("*.png") if not p.stem.startswith("trinh-chieu-")]
    assert sorted(pages) == sorted([*keys, "start"])
    assert QImage(str(shots / "units.png")).width() == 1280
    slide = QImage(str(shots / "trinh-chieu-welcome-1920x1080.png"))  # the hall screen's too
    assert (slide.width(), slide.height()) == (1920, 1080)
    assert (shots / "trinh-chieu-attendance-1024x768.png").exists()
    assert list(shots.glob(".*")) == []  # the run's own settings are gone
    small = tmp_path / "small"
    args = ["--db", str(db), "--screenshot", str(small), "--size", "1280x720"]
    assert app_module.main(args) == 0
    image = QImage(str(small / "votes.png"))
    assert (image.width(), image.height()) == (1280, 720)


def test_every_page_fits_a_1280x720_screen_without_scrolling_sideways(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    window.resize(1280, 720)
    window.show()
    wide = {}
    for key in list(window.pages):
        page = window.show_page(key)
        QApplication.processEvents()
        area = window.stack.currentWidget()
        if area.horizontalScrollBar().isVisible() or (
            page.minimumSizeHint().width() > area.viewport().width()
        ):
            wide[key] = page.minimumSizeHint().width()
    assert wide == {}


def test_hidden_pages_refresh_when_shown_not_on_every_edit(
    qtbot, services, small_cluster, tmp_path
):
    window = make_window(qtbot, services, tmp_path)
    window.show()
    window.show_page("conferences")
    units = window.pages["units"]
    calls = []
    original = units.refresh
    units.refresh = lambda: (calls.append(1), original())
    later = [c for c in units.children() if type(c).__name__ == "LazyRefresh"][0]
    later.refresh = units.refresh
    unit_id = small_cluster["units"][0].id
    window.edits.change(m.Unit, unit_id, head_name="Lò Văn Tuấn")
    window.edits.change(m.Unit, unit_id, head_title="Giám đốc")
    assert calls == []  # hidden: nothing re-read yet
    window.show_page("units")
    assert calls == [1]  # once, on showing
    assert units.model.row_at(0).head_title == "Giám đốc"


def test_first_size_fits_the_screen_free_area(qtbot, services, tmp_path):
    from thidua_desktop.ui.main_window import first_size

    free = QApplication.primaryScreen().availableGeometry().size()
    size = first_size()
    assert size.width() <= min(1280, free.width()) and size.height() <= min(800, free.height())
    window = make_window(qtbot, services, tmp_path)
    assert window.size() == size


def test_a_cleared_undo_stack_is_not_reported_as_an_undo(qtbot, services, small_cluster, tmp_path):
    window = make_window(qtbot, services, tmp_path)
    unit = small_cluster["units"][0]
    window.edits.change(m.Unit, unit.id, "Sửa thủ trưởng", head_name="Lò Văn Tuấn")
    assert "Đã lưu: Sửa thủ trưởng" in window.statusBar().currentMessage()
    window.edits.stack.clear()  # as after the data were replaced from a package
    window.edits.changed.emit("Cluster")
    assert "Đã hoàn tác" not in window.statusBar().currentMessage()
    window.edits.change(m.Unit, unit.id, "Sửa lại", head_name="Lò Văn Tú")
    window.undo_action.trigger()
    assert "Đã hoàn tác: Sửa lại" in window.statusBar().currentMessage()


def test_an_edit_on_a_full_disk_is_said_as_such(tmp_path):
    import sqlite3

    from thidua_desktop.app import error_message

    title, text = error_message(sqlite3.OperationalError("database or disk is full"))
    assert title == "Không lưu được"
    assert "chưa được lưu" in text and "Ổ đĩa đầy" in text and "disk" not in text
    title, text = error_message(RuntimeError("lỗi lạ"))
    assert "vẫn được lưu" not in text  # never claims the interrupted step was saved
