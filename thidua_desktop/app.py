"""Composition root: paths, logging, excepthook, open + migrate the DB, services, Qt, main window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("thidua_desktop")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="thidua-desktop")
    parser.add_argument("--db", help="tệp cơ sở dữ liệu của cụm")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="chụp mọi trang vào DIR/<trang>.png (và các trang trình chiếu) rồi thoát",
    )
    parser.add_argument(
        "--size",
        default="1280x800",
        type=window_size,
        metavar="RỘNGxCAO",
        help="kích thước cửa sổ khi chụp (mặc định 1280x800)",
    )
    parser.add_argument(
        "--open-package",
        metavar="FILE",
        help="mở một gói bàn giao (.thidua) nhận được: kiểm tra rồi nạp (liên kết tệp trên Windows)",
    )
    return parser.parse_args(list(argv))


def window_size(text: str) -> tuple[int, int]:
    """'1280x720' → (1280, 720), for --size."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        width = height = 0
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"kích thước không hợp lệ: {text} (VD: 1280x720)")
    return width, height


def setup_logging() -> Path:
    from thidua_desktop.paths import user_data_dir

    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    logfile = folder / "thidua_desktop.log"
    logging.basicConfig(
        filename=logfile,
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return logfile


def error_message(exc: BaseException) -> tuple[str, str]:
    """(title, text) for an error nothing else handled. A fault of the machine (full disk,
    read-only or removed medium) is said as such: the step it interrupted was not saved, what
    was saved before is kept. Anything else is a fault of ours, said without claiming more."""
    from thidua_desktop.services.faults import explain

    fault = explain(exc)
    if fault is not None:
        return "Không lưu được", f"Thao tác vừa làm chưa được lưu. {fault}"
    return (
        "Lỗi không mong muốn",
        f"Đã xảy ra lỗi: {exc}\n\nThao tác vừa làm có thể chưa được lưu; các thao tác đã lưu "
        "trước đó vẫn còn. Chi tiết ghi trong nhật ký.",
    )


def install_excepthook() -> None:
    """Log any uncaught error and show it; committed data is safe in SQLite already."""

    def hook(exc_type, exc, tb):  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.platformName() == "offscreen":  # nobody could close a dialog
            sys.stderr.write(text)
            QApplication.exit(1)
        elif QApplication.instance() is not None:
            title, message = error_message(exc)
            QMessageBox.critical(None, title, message)

    sys.excepthook = hook


def register_fonts() -> str:
    """Register the bundled fonts so text never renders as boxes; return the UI family."""
    from PySide6.QtGui import QFontDatabase

    from thidua_desktop.paths import resource_path

    family = ""
    for ttf in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0 and ttf.name.startswith("Arimo"):
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family


def keep_alive(app, translator) -> None:  # noqa: ANN001 (Qt types imported lazily)
    """Hold the translator from Python too: with only its Qt parent, the garbage collector
    deleted it while the app ran and the file dialogs fell back to English."""
    held = getattr(app, "_thidua_translators", [])
    held.append(translator)
    app._thidua_translators = held


def install_vietnamese(app):  # noqa: ANN001, ANN201 (Qt types imported lazily)
    """Vietnamese for what Qt itself shows: its own strings (Yes/No, the file dialog, the text
    boxes' menu …) from resources/translations/qt_vi.qm, which Qt does not ship, and the
    vi_VN locale for the calendar, dates and numbers."""
    from PySide6.QtCore import QLocale, QTranslator

    from thidua_desktop.paths import resource_path

    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    qt_vi = QTranslator(app)
    if qt_vi.load(str(resource_path("translations", "qt_vi.qm"))):
        app.installTranslator(qt_vi)
        keep_alive(app, qt_vi)
        return qt_vi
    log.warning("no Vietnamese translation of Qt's own strings")
    return None


def install_translator(app, language: str):  # noqa: ANN001, ANN201 (Qt types imported lazily)
    """Load resources/translations/thidua_<language>.qm; Vietnamese is the source language."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from thidua_desktop.paths import resource_path

    if language == "vi":
        install_vietnamese(app)
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"thidua_{language}.qm"))):
        app.installTranslator(translator)
        keep_alive(app, translator)
    else:
        log.warning("no translation for %s", language)
        return None
    qt_base = QTranslator(app)  # Qt's own dialogs (Yes/No, Cancel …)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        keep_alive(app, qt_base)
    return translator


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:  # rendered offscreen: no window appears, works without a display
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Our non-Qt modules before PySide6: every module imported after PySide6 has its source
    # read by PySide6's __feature__ import hook, which costs start-up time.
    from thidua_desktop.paths import default_db_path, demo_db_path
    from thidua_desktop.services.container import Services  # noqa: F401 (loaded before Qt)

    setup_logging()
    install_excepthook()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from thidua_desktop.ui.qt_workarounds import pin_singletons

    pin_singletons()  # before any Qt call: see qt_workarounds
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("thidua_desktop")
    app.setOrganizationName("thidua_desktop")
    family = register_fonts()
    if family:
        app.setFont(QFont(family, 10))
    from thidua_desktop.ui.main_window import app_settings

    settings = app_settings()
    install_translator(app, str(settings.value("language", "vi")))
    db_path = Path(args.db) if args.db else None
    if db_path is None:
        default_db_path().parent.mkdir(parents=True, exist_ok=True)  # our folder, made once
    if args.screenshot:
        return take_screenshots(db_path or default_db_path(), Path(args.screenshot), args.size)
    from thidua_desktop.ui.app_controller import AppController
    from thidua_desktop.ui.recent_files import RecentFiles
    from thidua_desktop.ui.single_instance import send_to_running

    # Started again on a file a window already has open: that window takes the request.
    asked = db_path or RecentFiles(settings).last() or default_db_path()
    request = {"package": str(Path(args.open_package).absolute())} if args.open_package else {}
    if asked.exists() and send_to_running(asked, request or {"raise": True}):
        return 0
    files = AppController(settings, default_db_path(), demo_db_path())
    window = files.start(db_path)
    if args.open_package:  # double-clicked .thidua file: verify and offer to open it
        QTimer.singleShot(0, lambda: files.open_package(Path(args.open_package)))
    try:
        return app.exec()
    finally:
        files.shutdown()
        del window


def take_screenshots(db_path: Path, folder: Path, size: tuple[int, int]) -> int:
    """Every page of `db_path`, and the window shown when no file is open, as PNGs in `folder`,
    then exit (offscreen, no dialogs)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from thidua_desktop.domain.errors import DomainError
    from thidua_desktop.paths import demo_db_path
    from thidua_desktop.services.container import Services
    from thidua_desktop.ui.app_controller import AppController
    from thidua_desktop.ui.main_window import MainWindow
    from thidua_desktop.ui.start_window import StartWindow

    try:
        services = Services.open(db_path, actor="", exclusive=True)
    except DomainError as exc:
        QMessageBox.critical(None, "Không mở được cơ sở dữ liệu", str(exc))
        return 1
    try:
        MainWindow(services).save_screenshots(folder, size)
        from thidua_desktop.ui.audience.screenshots import save_slides

        save_slides(services, folder)  # the hall screen's slides at the projector sizes
    finally:
        services.close()
    # No recent files of this user in a picture: settings of the run only.
    settings = QSettings(str(folder / ".settings.ini"), QSettings.Format.IniFormat)
    start = StartWindow(AppController(settings, db_path, demo_db_path()))
    start.resize(*size)
    start.show()
    QApplication.processEvents()
    start.grab().save(str(folder / "start.png"))
    start.close()
    (folder / ".settings.ini").unlink(missing_ok=True)
    return 0
