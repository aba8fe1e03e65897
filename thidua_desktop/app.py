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
        "--screenshot", metavar="DIR", help="chụp mọi trang vào DIR/<trang>.png rồi thoát"
    )
    parser.add_argument(
        "--open-package",
        metavar="FILE",
        help="mở một gói bàn giao (.thidua) nhận được: kiểm tra rồi nạp (liên kết tệp trên Windows)",
    )
    return parser.parse_args(list(argv))


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
            QMessageBox.critical(
                None,
                "Lỗi không mong muốn",
                f"Đã xảy ra lỗi: {exc}\n\nDữ liệu đã nhập vẫn được lưu. Chi tiết ghi trong nhật ký.",
            )

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
    else:
        log.warning("no translation for %s", language)
        return None
    qt_base = QTranslator(app)  # Qt's own dialogs (Yes/No, Cancel …)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
    return translator


def start_backup_timer(window, backups) -> None:  # noqa: ANN001 (Qt objects, imported late)
    """Every N minutes a snapshot, taken only when something was edited meanwhile."""
    from PySide6.QtCore import QTimer

    from thidua_desktop.services.backups import BACKUP_EVERY_MINUTES

    timer = QTimer(window)
    timer.setInterval(BACKUP_EVERY_MINUTES * 60 * 1000)
    timer.timeout.connect(backups.periodic)
    timer.start()


CHECKPOINT_EVERY_MS = 1000


def start_checkpoint_timer(window, services) -> None:  # noqa: ANN001 (Qt objects, imported late)
    """Each commit already copies itself into the main file; when a reader in another program
    held that back, the next idle second finishes it, so the .db alone is always the record."""
    from PySide6.QtCore import QTimer

    state = {"changes": -1}

    def tick() -> None:
        changes = services.db.conn.total_changes
        if changes != state["changes"] and services.checkpoint():
            state["changes"] = changes

    timer = QTimer(window)
    timer.setInterval(CHECKPOINT_EVERY_MS)
    timer.timeout.connect(tick)
    timer.start()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:  # rendered offscreen: no window appears, works without a display
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Our non-Qt modules before PySide6: every module imported after PySide6 has its source
    # read by PySide6's __feature__ import hook, which costs start-up time.
    from thidua_desktop.domain.errors import DomainError
    from thidua_desktop.paths import default_db_path
    from thidua_desktop.services.container import Services

    setup_logging()
    install_excepthook()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QMessageBox

    from thidua_desktop.ui.main_window import MainWindow
    from thidua_desktop.ui.qt_workarounds import pin_singletons

    pin_singletons()  # before any Qt call: see qt_workarounds
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("thidua_desktop")
    app.setOrganizationName("thidua_desktop")
    family = register_fonts()
    if family:
        app.setFont(QFont(family, 10))
    from thidua_desktop.ui.main_window import app_settings

    install_translator(app, str(app_settings().value("language", "vi")))
    if args.db:
        db_path = Path(args.db)
    else:
        db_path = default_db_path()
        db_path.parent.mkdir(parents=True, exist_ok=True)  # our own folder, made on first use
    try:
        services = Services.open(db_path, actor="", exclusive=True)
    except DomainError as exc:
        QMessageBox.critical(None, "Không mở được cơ sở dữ liệu", str(exc))
        return 1
    window = MainWindow(services)
    if args.screenshot:
        try:
            return window.save_screenshots(Path(args.screenshot))
        finally:
            services.close()
    window.show()
    if services.backups:
        # The opening snapshot copies the whole file: taken in the first event-loop turn, after
        # the window is on screen, so a large cluster does not delay the first paint.
        QTimer.singleShot(0, services.backups.on_open)
        start_backup_timer(window, services.backups)
        start_checkpoint_timer(window, services)
    if args.open_package:  # double-clicked .thidua file: verify and offer to open it
        QTimer.singleShot(0, lambda: window.open_package(Path(args.open_package)))
    try:
        return app.exec()
    finally:
        if services.backups:
            services.backups.on_close()
        services.close()
