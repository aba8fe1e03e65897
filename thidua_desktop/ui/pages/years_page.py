"""Years & rotation: the years followed, each year's head, deputies and theme, and who led when."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.ui.dialogs.legacy_text_dialog import offer_unicode
from thidua_desktop.ui.models.rotation_table_model import RotationTableModel
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import ErrorLabel, LazyRefresh, page_title

DEPUTY_SLOTS = 2


class YearsPage(QWidget):
    """The year list drives the selection; the form edits the selected year."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection

        self.years = QListWidget()
        self.years.setMaximumWidth(160)
        self.years.currentItemChanged.connect(self._year_clicked)
        self.add_year_button = QPushButton(self.tr("Thêm năm…"))
        self.add_year_button.clicked.connect(lambda: self.add_year())  # not clicked(bool)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Các năm")))
        left.addWidget(self.years, 1)
        left.addWidget(self.add_year_button)

        self.theme = QLineEdit()
        self.theme.setPlaceholderText(self.tr("Chủ đề / khẩu hiệu thi đua của năm"))
        self.theme.editingFinished.connect(self._theme_done)
        self.head = QComboBox()
        self.head.activated.connect(self._roles_changed)
        self.deputies = [QComboBox() for _ in range(DEPUTY_SLOTS)]
        for combo in self.deputies:
            combo.activated.connect(self._roles_changed)
        self.theme.installEventFilter(self)  # typing into an archived year's theme is answered
        self.error = ErrorLabel(self)
        self.archived_note = QLabel()
        self.archived_note.setWordWrap(True)
        self.archived_note.setStyleSheet(
            "QLabel { color: #33415c; background: #eef1f5; border: 1px solid #c9d2de;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        self.archived_note.hide()
        self.form_box = QGroupBox(self.tr("Năm đang chọn"))
        # read-only fields look it: grey, not white
        self.form_box.setStyleSheet(
            'QLineEdit[readOnly="true"] { background: #eceff3; color: #4a5568; }'
        )
        form = QFormLayout(self.form_box)
        form.addRow(self.archived_note)
        form.addRow(self.tr("Chủ đề thi đua:"), self.theme)
        form.addRow(self.tr("Trưởng cụm:"), self.head)
        for i, combo in enumerate(self.deputies, start=1):
            form.addRow(self.tr("Phó trưởng cụm {0}:").format(i), combo)
        form.addRow(self.error)

        self.history_model = RotationTableModel(parent=self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        for i, col in enumerate(self.history_model.COLUMNS):
            self.history.setColumnWidth(i, col.width)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.setAlternatingRowColors(True)
        history_box = QGroupBox(self.tr("Luân phiên qua các năm — ai làm trưởng, phó cụm"))
        QVBoxLayout(history_box).addWidget(self.history)

        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.form_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Năm thi đua và luân phiên trưởng cụm")))
        layout.addLayout(top)
        layout.addWidget(history_box, 1)
        QWidget.setTabOrder(self.years, self.theme)
        QWidget.setTabOrder(self.theme, self.head)
        previous = self.head
        for combo in self.deputies:
            QWidget.setTabOrder(previous, combo)
            previous = combo

        later = LazyRefresh(self, self.refresh)
        selection.changed.connect(later)
        edits.changed.connect(later)
        self.refresh()

    # -- view --------------------------------------------------------------------------------
    def refresh(self) -> None:
        sel = self.selection
        cid = sel.cluster_id
        years = self.services.conferences.years(cid) if cid else []
        with QSignalBlocker(self.years):
            self.years.clear()
            for year in years:
                item = QListWidgetItem(str(year.year))
                item.setData(Qt.ItemDataRole.UserRole, year.id)
                self.years.addItem(item)
                if year.id == sel.year_id:
                    self.years.setCurrentItem(item)
        self.add_year_button.setEnabled(bool(cid))
        self.history_model.set_rows(self.services.units.history(cid) if cid else [])
        year = next((y for y in years if y.id == sel.year_id), None)
        self.form_box.setEnabled(year is not None)
        archived = year is not None and self.services.archive.is_archived(year.id)  # type: ignore[arg-type]
        if self.theme.isReadOnly() != archived:
            self.theme.setReadOnly(archived)
            self.theme.style().unpolish(self.theme)  # the grey of read-only follows at once
            self.theme.style().polish(self.theme)
        for combo in (self.head, *self.deputies):
            combo.setEnabled(not archived)
        if archived:
            self.archived_note.setText(
                self.tr(
                    "Năm {0} đã lưu trữ: chỉ xem, không sửa được. Muốn sửa, bấm "
                    "«Mở khóa để sửa…» trên thanh phía trên."
                ).format(year.year)  # type: ignore[union-attr]
            )
        self.archived_note.setVisible(archived)
        # only member units lead the cluster (guests and lower-level units do not)
        units = [u for u in self.services.units.units(cid, active_only=True) if u.is_member] if cid else []  # fmt: skip
        head, deputies = self.services.units.roles(year.id) if year else (None, [])  # type: ignore[arg-type]
        if year is not None and (archived or not self.theme.hasFocus()):
            self.theme.setText(year.theme)
            self.theme.setCursorPosition(0)
        for combo, chosen in [(self.head, head)] + [
            (c, deputies[i] if i < len(deputies) else None) for i, c in enumerate(self.deputies)
        ]:
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("(chưa chọn)"), None)
                for unit in units:
                    combo.addItem(unit.name, unit.id)
                if chosen is not None and combo.findData(chosen) < 0:  # inactive now, kept
                    combo.addItem(self.services.repo.get(m.Unit, chosen).name, chosen)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _year_clicked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        year_id = item.data(Qt.ItemDataRole.UserRole)
        self.error.clear_error()  # a refusal concerned the year left
        confs = self.services.conferences.conferences(year_id)
        self.selection.set(self.selection.cluster_id, year_id, confs[-1].id if confs else None)

    # -- edits -------------------------------------------------------------------------------
    def add_year(self, value: int | None = None) -> None:
        cid = self.selection.cluster_id
        if not cid:
            return
        if value is None:
            years = self.services.conferences.years(cid)
            suggested = (years[0].year + 1) if years else 2025
            value, ok = QInputDialog.getInt(
                self, self.tr("Thêm năm"), self.tr("Năm:"), suggested, 1945, 2200
            )
            if not ok:
                return
        try:
            year = self.edits.create(
                m.Year(cluster_id=cid, year=value), self.tr("Thêm năm {0}").format(value)
            )
        except DomainError as exc:
            self.error.show_error(exc)
            return
        self.error.clear_error()
        self.selection.set(cid, year.id, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            watched is self.theme
            and event.type() == QEvent.Type.KeyPress
            and self.theme.isReadOnly()
        ):
            assert isinstance(event, QKeyEvent)
            typed = event.text().strip() and event.text().isprintable()
            command = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # Ctrl+C copies
            erase = event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            if (typed and not command) or erase:
                self._refuse_theme(self.tr("Năm này đã lưu trữ, chỉ xem: chủ đề không sửa được."))
        return False

    def _refuse_theme(self, reason: str) -> None:
        """Say why nothing was saved, and show the stored theme again."""
        self.error.show_error(reason)
        year_id = self.selection.year_id
        if year_id:
            self.theme.setText(self.services.repo.get(m.Year, year_id).theme)
            self.theme.setCursorPosition(0)

    def _theme_done(self) -> None:
        year_id = self.selection.year_id
        if not year_id or self.theme.isReadOnly():
            return
        text = self.theme.text()
        if self.services.repo.get(m.Year, year_id).theme == text.strip():
            return
        try:
            self.services.archive.ensure_year_editable(year_id)  # before asking about encodings
            text = offer_unicode(self, text)
            self.edits.change(m.Year, year_id, text=self.tr("Sửa chủ đề năm"), theme=text)
        except DomainError as exc:
            reason = getattr(exc, "message", None) or str(exc)
            self._refuse_theme(self.tr("Chủ đề chưa được lưu: {0}").format(reason))
            return
        self.error.clear_error()

    def _roles_changed(self) -> None:
        year_id = self.selection.year_id
        if not year_id:
            return
        self.set_roles(
            self.head.currentData(), [c.currentData() for c in self.deputies if c.currentData()]
        )

    def set_roles(self, head_id: int | None, deputy_ids: list[int]) -> None:
        """Store the head and deputies of the selected year (one undoable action)."""
        units = self.services.units
        year_id = self.selection.year_id
        before = units.roles(year_id)  # type: ignore[arg-type]
        try:
            self.edits.action(
                self.tr("Đổi trưởng/phó cụm"),
                lambda: units.set_roles(year_id, head_id, deputy_ids),  # type: ignore[arg-type]
                lambda: units.set_roles(year_id, *before),  # type: ignore[arg-type]
                "YearRole",
            )
        except DomainError as exc:
            self.error.show_error(exc)
            self.refresh()
            return
        self.error.clear_error()
