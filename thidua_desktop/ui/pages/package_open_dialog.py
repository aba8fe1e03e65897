"""What the secretary is asked when a received package meets a database that already has data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from thidua_desktop.domain.vntext import fold
from thidua_desktop.services.document_files import safe_stem
from thidua_desktop.services.package_open import TableDiff
from thidua_desktop.ui.domain_labels import table_label
from thidua_desktop.ui.file_dialogs import file_dialog_options
from thidua_desktop.ui.widgets import label_text

NEW, REPLACE = "new", "replace"


class DiffTable(QTableWidget):
    """Per kind of record, in words: how many the package adds, changes, and lacks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PackageOpenDialog", "Loại dữ liệu"),
                QCoreApplication.translate("PackageOpenDialog", "Gói thêm"),
                QCoreApplication.translate("PackageOpenDialog", "Khác nhau"),
                QCoreApplication.translate("PackageOpenDialog", "Chỉ có ở máy này"),
            ]
        )
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.hide()

    def set_diff(self, diff: dict[str, TableDiff]) -> None:
        self.setRowCount(0)
        for key, d in diff.items():
            r = self.rowCount()
            self.insertRow(r)
            for c, value in enumerate((table_label(key), d.added, d.changed, d.removed)):
                self.setItem(r, c, QTableWidgetItem(str(value)))
        self.resizeColumnToContents(0)
        self.show()


def _run(box: QMessageBox) -> QAbstractButton | None:
    """Show `box` modally; the button pressed (the box is released afterwards)."""
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked


def _new_or_replace(box: QMessageBox, replace_text: str) -> str | None:
    """NEW, REPLACE or None from `box` given «Mở thành tệp riêng…» (the default), a replace
    button with `replace_text`, and Cancel."""
    into_new = box.addButton(
        QCoreApplication.translate("PackageOpenDialog", "Mở thành tệp riêng…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    replace = box.addButton(replace_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(into_new)
    clicked = _run(box)
    return NEW if clicked is into_new else REPLACE if clicked is replace else None


def ask_same_cluster(parent: QWidget) -> str | None:
    """NEW, REPLACE or None (cancel): the explicit choice when a package of this same cluster
    differs from the data here."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PackageOpenDialog", "Máy này đã có dữ liệu"))
    box.setText(
        QCoreApplication.translate(
            "PackageOpenDialog",
            "Dữ liệu hiện có khác với gói (xem bảng). Không có gì bị ghi đè nếu bạn hủy.",
        )
    )
    return _new_or_replace(
        box,
        QCoreApplication.translate("PackageOpenDialog", "Thay dữ liệu hiện có (sao lưu trước)"),
    )


def ask_other_cluster(parent: QWidget, mine: str, theirs: str) -> str | None:
    """A package of ANOTHER cluster: said plainly with both names; opening it as its own file
    is the default, and replacing asks a second time (confirm_replace_other)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PackageOpenDialog", "Gói của một cụm khác"))
    box.setText(
        QCoreApplication.translate(
            "PackageOpenDialog",
            "Gói này là dữ liệu của cụm «{0}», không phải cụm «{1}» đang mở trên máy này.",
        ).format(theirs, mine)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PackageOpenDialog",
            "Nên mở gói thành một tệp riêng: cụm «{0}» giữ nguyên. Thay dữ liệu hiện có sẽ xóa "
            "mọi dữ liệu của cụm «{0}» trong tệp này (có sao lưu trước).",
        ).format(mine)
    )
    choice = _new_or_replace(
        box, QCoreApplication.translate("PackageOpenDialog", "Thay dữ liệu hiện có…")
    )
    if choice == REPLACE and not confirm_replace_other(parent, mine, theirs):
        return None
    return choice


def confirm_replace_other(parent: QWidget, mine: str, theirs: str) -> bool:
    """The second, explicit confirmation: the button names the cluster that comes in, and
    «Không thay» is the default (Enter and Esc keep the data)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("PackageOpenDialog", "Xác nhận thay bằng cụm khác")
    )
    box.setText(
        QCoreApplication.translate(
            "PackageOpenDialog", "Thay toàn bộ dữ liệu của cụm «{0}» bằng dữ liệu của cụm «{1}»?"
        ).format(mine, theirs)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PackageOpenDialog",
            "Bản hiện tại được sao lưu trước; có thể khôi phục ở mục «Sao lưu tự động».",
        )
    )
    replace = box.addButton(
        label_text(
            QCoreApplication.translate("PackageOpenDialog", "Thay bằng cụm «{0}»").format(theirs)
        ),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("PackageOpenDialog", "Không thay"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return _run(box) is replace


def ask_new_file(parent: QWidget, folder: Path, cluster: str) -> Path | None:
    """The new cluster file the package opens into, named after its cluster."""
    suggested = folder / f"{safe_stem(fold(cluster)) if cluster else 'cum-thi-dua'}.db"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PackageOpenDialog", "Mở gói thành tệp riêng"),
        str(suggested),
        QCoreApplication.translate("PackageOpenDialog", "Cụm thi đua (*.db)"),
        "",
        file_dialog_options(),
    )
    if not name:
        return None
    return Path(name if name.lower().endswith(".db") else name + ".db")


def offer_to_open(parent: QWidget, path: Path) -> bool:
    """After a package was opened into its own file: open that file now?"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PackageOpenDialog", "Mở tệp mới"),
        QCoreApplication.translate(
            "PackageOpenDialog",
            "Đã mở gói vào tệp «{0}». Mở tệp đó ngay bây giờ (tệp đang mở sẽ được đóng lại)?",
        ).format(path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
