"""Which cluster file is open: new, open, recent, switch, close, the demo file, save a copy.

The controller owns the open `Services` and the window showing them. Switching files opens the
new file first (a refusal leaves the current one open and untouched), then builds a new main
window on it and closes the old window and file cleanly (snapshot, lock, checkpoint). With no
file open a start window offers the same choices.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.backups import list_backups
from thidua_desktop.services.container import Services
from thidua_desktop.services.faults import explain
from thidua_desktop.services.files import same_file, save_copy, with_db_suffix
from thidua_desktop.services.recovery import BackupSummary, needs_recovery, restore_backup
from thidua_desktop.ui.file_dialogs import file_dialog_options
from thidua_desktop.ui.file_timers import start_backup_timer, start_checkpoint_timer
from thidua_desktop.ui.recent_files import RecentFiles
from thidua_desktop.ui.single_instance import InstanceServer

PACKAGE_SUFFIX = ".thidua"


class AppController(QObject):
    def __init__(self, settings: QSettings, default_path: Path, demo_path: Path) -> None:
        super().__init__()
        self.settings = settings
        self.recent = RecentFiles(settings)
        self.default_path = Path(default_path)
        self.demo_path = Path(demo_path)
        self.services: Services | None = None
        self.window: QMainWindow | None = None
        self.server = InstanceServer(self)
        self.server.received.connect(self.on_request)

    # -- opening -------------------------------------------------------------------------------
    def start(self, path: Path | None) -> QMainWindow:
        """The window to show at start: `path`, else the last file, else the default file."""
        target = path or self.recent.last() or self.default_path
        try:
            services = Services.open(target, actor="", exclusive=True)
        except DomainError as exc:  # said on the start or recovery window, choices in reach
            if needs_recovery(exc):
                self.show_recovery(target, str(exc))
            else:
                self.show_start(str(exc))
        else:
            self._show_main(services, self._is_demo(target))
        assert self.window is not None
        return self.window

    def open_path(self, path: Path) -> bool:
        """Open what the user chose, dropped or double-clicked: a cluster file or a package."""
        if path.suffix.lower() == PACKAGE_SUFFIX:
            return self.open_package(path)
        return self.open_database(path, demo=self._is_demo(path))

    def open_database(self, path: Path, demo: bool = False) -> bool:
        if self.services is not None and self.services.path is not None:
            if same_file(path, self.services.path):
                self.raise_window()
                return True
        try:
            services = Services.open(path, actor="", exclusive=True)
        except DomainError as exc:
            if needs_recovery(exc) and self.offer_recovery(path, str(exc)):
                return False
            self.refuse(self.tr("Không mở được tệp"), str(exc))
            return False
        self._show_main(services, demo)
        return True

    # -- a file that will not open: its backups ---------------------------------------------
    def offer_recovery(self, path: Path, message: str) -> bool:
        """Show the recovery window for `path`; with a file open, only if the user agrees to
        close it, and only when it has backups to offer. True when the window is shown."""
        if not list_backups(path):
            return False
        if self.services is not None and not self.ask(
            self.tr("Không mở được tệp"),
            self.tr("{0}\n\nĐóng tệp đang mở và xem các bản sao lưu tự động của «{1}»?").format(
                message, path.name
            ),
        ):
            return False
        self.show_recovery(path, message)
        return True

    def show_recovery(self, path: Path, message: str) -> None:
        from thidua_desktop.ui.recovery_window import RecoveryWindow

        previous = self.window
        window = RecoveryWindow(self, path, message)
        if previous is not None and not previous.isMaximized():
            window.setGeometry(previous.geometry())
        window.show()
        if previous is not None:
            self._close_current(previous)
        self.window = window

    def retry_open(self, path: Path) -> bool:
        """«Thử mở lại» (after plugging the stick back in, freeing space …)."""
        try:
            services = Services.open(path, actor="", exclusive=True)
        except DomainError as exc:
            window = self.window
            if window is not None and hasattr(window, "problem"):
                window.problem.show_error(str(exc))  # type: ignore[attr-defined]
            return False
        self._show_main(services, self._is_demo(path))
        return True

    def restore_backup(self, path: Path, summary: BackupSummary) -> str | None:
        """Put the chosen backup in place of the damaged file and open it; the damaged file
        is kept beside it under a new name. Returns why not, or None (done, or not wanted)."""
        when = f"{summary.backup.taken_at:%H:%M:%S ngày %d/%m/%Y}"
        if not self.ask(
            self.tr("Khôi phục từ bản sao lưu"),
            self.tr(
                "Dùng bản sao lưu lúc {0} ({1} đơn vị, năm {2}) làm tệp «{3}»? Những gì sửa sau "
                "lúc đó không có trong bản này. Tệp hỏng không bị xóa: nó được đổi tên và giữ "
                "lại trong cùng thư mục."
            ).format(when, summary.units, summary.years_text, path.name),
        ):
            return None
        try:
            aside = restore_backup(path, summary.backup.path)
            services = Services.open(path, actor="", exclusive=True)
        except DomainError as exc:
            return str(exc)
        self._show_main(services, self._is_demo(path))
        assert self.window is not None
        kept = self.tr(" Tệp hỏng được giữ lại: {0}.").format(aside.name) if aside else ""
        self.window.statusBar().showMessage(
            self.tr("Đã khôi phục «{0}» từ bản sao lưu lúc {1}.").format(path.name, when) + kept
        )
        return None

    def _show_main(self, services: Services, demo: bool) -> None:
        from thidua_desktop.ui.main_window import MainWindow

        previous = self.window
        window = MainWindow(services, self.settings, files=self, demo=demo)
        if previous is not None and not previous.isMaximized():
            window.setGeometry(previous.geometry())  # the new file opens where the old one was
        window.show()  # before the old window closes: the app quits when no window is left
        self._close_current(previous)
        self.window, self.services = window, services
        assert services.path is not None
        self.recent.add(services.path)
        self.server.listen(services.path)
        if services.backups:
            # The opening snapshot copies the whole file: taken in the first event-loop turn,
            # after the window is on screen, so a large cluster does not delay the first paint.
            QTimer.singleShot(0, window, lambda: self._opening_snapshot(services))
            start_backup_timer(window, services.backups)
            start_checkpoint_timer(window, services)
        if previous is not None:
            window.statusBar().showMessage(
                self.tr("Đã mở «{0}». Các thao tác trên tệp trước không hoàn tác được nữa.").format(
                    services.path.name
                )
            )

    def _opening_snapshot(self, services: Services) -> None:
        if self.services is not services:  # switched away meanwhile
            return
        from thidua_desktop.services.package_files import clean_stale_temporaries

        # what killed exports left beside this file and in the temp folder (over an hour old)
        clean_stale_temporaries([services.path.parent] if services.path else [])
        if services.backups:
            services.backups.on_open()

    def _close_current(self, window: QMainWindow | None) -> None:
        """Close the window shown now and its file: a last snapshot, the lock, the checkpoint."""
        services, self.services = self.services, None
        self.server.close()
        if window is not None:
            for timer in window.findChildren(QTimer):  # snapshots, checkpoints of that file
                timer.stop()
            window.close()
            window.deleteLater()
        if services is not None:
            try:
                if services.backups:
                    services.backups.on_close()
            finally:
                services.close()

    def shutdown(self) -> None:
        """At quit: the open file and its window are closed as when switching."""
        window, self.window = self.window, None
        self._close_current(window)

    def show_start(self, message: str = "") -> None:
        from thidua_desktop.ui.start_window import StartWindow

        previous = self.window
        window = StartWindow(self)
        window.show()
        if previous is not None:
            self._close_current(previous)
        self.window = window
        if message:
            window.error.show_error(message)

    # -- the menu's actions ---------------------------------------------------------------------
    def new_file(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Tạo cụm mới"),
            str(self._folder() / self.tr("cum-thi-dua.db")),
            self.tr("Cụm thi đua (*.db)"),
            "",
            file_dialog_options() | QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return False
        path = with_db_suffix(Path(name))
        if path.exists():
            self.refuse(
                self.tr("Tạo cụm mới"),
                self.tr(
                    "Tệp «{0}» đã có: dùng «Mở…» để mở nó, hoặc chọn tên khác cho cụm mới."
                ).format(path.name),
            )
            return False
        return self.open_database(path)

    def open_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Mở"),
            str(self._folder()),
            self.tr("Cụm thi đua hoặc gói bàn giao (*.db *.thidua);;Mọi tệp (*)"),
            "",
            file_dialog_options(),
        )
        return self.open_path(Path(name)) if name else False

    def save_copy_dialog(self) -> bool:
        services = self.services
        if services is None or services.path is None:
            return False
        suggested = self._folder() / f"{services.path.stem}-ban-sao-{date.today():%Y%m%d}.db"
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Lưu bản sao"),
            str(suggested),
            self.tr("Cụm thi đua (*.db)"),
            "",
            file_dialog_options(),
        )
        if not name:
            return False
        try:
            target = save_copy(services, with_db_suffix(Path(name)))
        except DomainError as exc:
            self.refuse(self.tr("Lưu bản sao"), str(exc))
            return False
        assert self.window is not None
        self.window.statusBar().showMessage(self.tr("Đã lưu bản sao: {0}").format(target))
        return True

    def export_package(self) -> None:
        window = self.window
        if window is not None and hasattr(window, "show_page"):
            window.show_page("handover").export()  # type: ignore[attr-defined]

    def open_package_dialog(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Mở gói bàn giao"),
            str(self._folder()),
            self.tr("Gói bàn giao (*.thidua)"),
            "",
            file_dialog_options(),
        )
        return self.open_package(Path(name)) if name else False

    def open_package(self, package: Path) -> bool:
        """A received package opens in the cluster file that is open; with none, in a new one."""
        if self.services is None and not self.new_file():
            return False
        window = self.window
        if window is None or not hasattr(window, "open_package"):
            return False
        self.raise_window()
        window.open_package(package)  # type: ignore[attr-defined]
        return True

    def close_file(self) -> None:
        self.recent.forget_last()
        self.show_start()

    def open_demo(self) -> bool:
        """The demo cluster in its own file (never in the user's): made anew each time."""
        from thidua_desktop.services.demo import load_demo

        if self.services is not None and self.services.path is not None:
            if same_file(self.demo_path, self.services.path):
                if not self.ask(
                    self.tr("Cụm mẫu"),
                    self.tr("Tạo lại cụm mẫu từ đầu? Những gì đã thử trên cụm mẫu sẽ mất."),
                ):
                    return False
                self.show_start()
        try:
            self.demo_path.parent.mkdir(parents=True, exist_ok=True)  # our own data folder
            services = Services.open(self.demo_path, actor="", exclusive=True)
        except OSError as exc:
            self.refuse(self.tr("Cụm mẫu"), explain(exc, self.demo_path) or str(exc))
            return False
        except DomainError as exc:
            self.refuse(self.tr("Cụm mẫu"), str(exc))
            return False
        try:
            services.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.demo_path}{suffix}").unlink(missing_ok=True)
            services = Services.open(self.demo_path, actor="", exclusive=True)
            load_demo(services.repo, actor="cụm mẫu")
        except (DomainError, OSError) as exc:
            services.close()
            self.refuse(self.tr("Cụm mẫu"), self.tr("Không tạo được cụm mẫu: {0}").format(exc))
            return False
        self._show_main(services, demo=True)
        return True

    # -- requests of later starts (single_instance) -------------------------------------------
    def on_request(self, message: dict) -> None:
        self.raise_window()
        package = message.get("package")
        if isinstance(package, str) and package:
            QTimer.singleShot(0, lambda: self.open_package(Path(package)))

    def raise_window(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    # -- helpers ------------------------------------------------------------------------------
    def _is_demo(self, path: Path) -> bool:
        return same_file(path, self.demo_path)

    def _folder(self) -> Path:
        if self.services is not None and self.services.path is not None:
            return self.services.path.parent
        recent = self.recent.paths()
        return recent[0].parent if recent else Path.home()

    def refuse(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent(), title, text)

    def ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self._parent(), title, text, buttons, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def _parent(self) -> QWidget | None:
        return self.window
