"""Text typed in an old font encoding (TCVN3 .VnTime, VNI-Times): show before/after, offer to convert."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.services.unit_import import legacy_fix
from thidua_desktop.ui.domain_labels import label

ENCODING_NAMES = {"tcvn3": "TCVN3 (ABC, phông .VnTime)", "vni": "VNI (phông VNI-Times)"}


class LegacyTextDialog(QDialog):
    """Accepted = convert to Unicode; rejected = keep the text exactly as pasted."""

    def __init__(
        self, pairs: list[tuple[str, str]], encoding: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chữ gõ bằng bảng mã cũ"))
        self.resize(640, 260)
        intro = QLabel(
            self.tr(
                "Văn bản này có vẻ được gõ bằng bảng mã {0} nên hiển thị sai dấu. "
                "Chuyển sang Unicode để in và tìm kiếm đúng?"
            ).format(label(ENCODING_NAMES.get(encoding, encoding)))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(pairs), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Như đã dán"), self.tr("Sau khi chuyển")])
        for row, (before, after) in enumerate(pairs):
            self.table.setItem(row, 0, QTableWidgetItem(before))
            self.table.setItem(row, 1, QTableWidgetItem(after))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 290)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(self)
        self.convert_button = buttons.addButton(
            self.tr("Chuyển sang Unicode"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = buttons.addButton(
            self.tr("Giữ nguyên"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.convert_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def offer_unicode(parent: QWidget | None, text: str) -> str:
    """Text pasted from an old .VnTime/VNI document: show before/after and convert if agreed;
    any other text comes back unchanged without asking."""
    fixed = legacy_fix(text) if text else None
    if not fixed:
        return text
    dialog = LegacyTextDialog([(text, fixed[0])], fixed[1], parent)
    return fixed[0] if dialog.exec() else text
