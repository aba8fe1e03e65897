"""Edit the grounds ("Căn cứ …") the year's letters cite: pre-filled by date, ordered, own items."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.domain.legal_grounds import clean_ground
from thidua_desktop.domain.vntext import format_date_short
from thidua_desktop.services.legal_grounds import LegalGroundService, check_grounds
from thidua_desktop.ui.undo import UndoableEdits


class LegalGroundsDialog(QDialog):
    """The year's list in print order; "Lưu" stores it as one undoable action."""

    def __init__(
        self,
        service: LegalGroundService,
        edits: UndoableEdits,
        year_id: int,
        letter_date: date | None = None,
        decision_ref: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.service, self.edits, self.year_id = service, edits, year_id
        year = service.repo.get(m.Year, year_id)
        self.letter_date = letter_date or service.letter_date(year)
        self.setWindowTitle(self.tr("Căn cứ của tờ trình năm {0}").format(year.year))
        self.resize(860, 520)
        grounds, own = service.grounds(year_id, self.letter_date)
        self._stored = list(grounds) if own else []
        self._build(decision_ref)
        self._fill(grounds)
        self._show_source(own)
        if locked := service.locked_reason(year_id):  # an archived year: read, do not edit
            self._say(locked)
            for b in (self.add_btn, self.replace_btn, self.remove_btn, self.up_btn, self.down_btn):
                b.setEnabled(False)
            self.defaults_btn.setEnabled(False)
            self.box.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    # -- layout ----------------------------------------------------------------------------
    def _build(self, decision_ref: str) -> None:
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._picked)
        layout.addWidget(self.list, 1)
        decision = clean_ground(decision_ref)
        self.decision = QLabel(
            self.tr("Sau danh sách, tờ trình tự trích dẫn quyết định của hội nghị: {0}.").format(
                decision
            )
            if decision
            else self.tr("Hội nghị chưa ghi quyết định tổ chức (trang Hội nghị).")
        )
        self.decision.setWordWrap(True)
        layout.addWidget(self.decision)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            self.tr("Ví dụ: Quyết định số 01/QĐ-KVTĐ ngày 15/3/2016 ban hành Quy chế hoạt động …")
        )
        self.text.returnPressed.connect(self.add)
        typed = QHBoxLayout()
        typed.addWidget(QLabel(self.tr("Nội dung dòng:")))
        typed.addWidget(self.text, 1)
        layout.addLayout(typed)
        buttons = QGridLayout()
        self.add_btn = QPushButton(self.tr("Thêm"))
        self.replace_btn = QPushButton(self.tr("Sửa dòng chọn"))
        self.remove_btn = QPushButton(self.tr("Xóa"))
        self.up_btn = QPushButton(self.tr("Lên"))
        self.down_btn = QPushButton(self.tr("Xuống"))
        self.defaults_btn = QPushButton(self.tr("Điền lại theo ngày văn bản"))
        for i, (b, slot) in enumerate(
            (
                (self.add_btn, self.add),
                (self.replace_btn, self.replace_current),
                (self.remove_btn, self.remove_current),
                (self.up_btn, lambda: self.move(-1)),
                (self.down_btn, lambda: self.move(1)),
                (self.defaults_btn, self.refill),
            )
        ):
            b.clicked.connect(slot)
            b.setAutoDefault(False)
            buttons.addWidget(b, 0, i)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.box)
        layout.addLayout(row)

    def _fill(self, grounds: list[str]) -> None:
        self.list.clear()
        for text in grounds:
            self._append(text)

    def _append(self, text: str, at: int | None = None) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if at is None:
            self.list.addItem(item)
        else:
            self.list.insertItem(at, item)

    def _show_source(self, own: bool) -> None:
        day = format_date_short(self.letter_date)
        self.note.setText(
            self.tr(
                "Các căn cứ in trong tờ trình, theo thứ tự (kéo thả hoặc Lên/Xuống để đổi). "
                "Đây là danh sách riêng của năm đã lưu."
            )
            if own
            else self.tr(
                "Các căn cứ in trong tờ trình, theo thứ tự. Danh sách được điền sẵn theo các văn "
                "bản pháp luật có hiệu lực ngày {0}; hãy thêm văn bản của cụm (quyết định thành "
                "lập, Quy chế hoạt động kèm số và ngày, kế hoạch của Bộ/tỉnh) rồi bấm Lưu."
            ).format(day)
        )

    # -- editing ---------------------------------------------------------------------------
    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _picked(self, row: int) -> None:
        if row >= 0:
            self.text.setText(self.list.item(row).text())

    def _typed(self) -> str | None:
        text = clean_ground(self.text.text())
        if not text:
            self._say(self.tr("Nhập nội dung căn cứ vào ô phía trên trước."))
            return None
        return text

    def add(self) -> None:
        text = self._typed()
        if text is not None:
            at = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
            self._append(text, at)
            self.list.setCurrentRow(at if at is not None else self.list.count() - 1)
            self._say("")

    def replace_current(self) -> None:
        row, text = self.list.currentRow(), self._typed()
        if row < 0:
            self._say(self.tr("Chọn một dòng trong danh sách để sửa."))
        elif text is not None:
            self.list.item(row).setText(text)
            self._say("")

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            self._say(self.tr("Chọn một dòng trong danh sách để xóa."))
            return
        self.list.takeItem(row)
        self._say("")

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def refill(self) -> None:
        """Back to the instruments in force on the letter's date (and the Quy chế)."""
        self._fill(self.service.defaults(self.year_id, self.letter_date))
        self._show_source(False)
        self._say("")

    def _say(self, message: str) -> None:
        self.error.setText(message)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        try:
            new = check_grounds(self.texts())
        except DomainError as exc:
            self._say(str(exc))
            return
        old, year_id, service = self._stored, self.year_id, self.service
        try:
            self.edits.action(
                self.tr("Sửa căn cứ của tờ trình"),
                lambda: service.replace(year_id, new),
                lambda: service.replace(year_id, old),
                "LegalGround",
            )
        except DomainError as exc:
            self._say(str(exc))
            return
        self.accept()
