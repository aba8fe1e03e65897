"""Start page: on first start three big choices (create a cluster, open the demo, open a received
package); afterwards an overview of the cluster."""

from __future__ import annotations

from datetime import date
from html import escape as esc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import DomainError
from thidua_desktop.services.container import Services
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits
from thidua_desktop.ui.widgets import ErrorLabel, LazyRefresh, page_title

KIND_LABELS = ("Cụm thi đua", "Khối thi đua", "Khu vực thi đua")
BIG_BUTTON = (
    "QPushButton { font-size: 13pt; padding: 18px; text-align: left; border: 1px solid #b8c4d6;"
    " border-radius: 8px; background: #f7f9fc; } QPushButton:hover { background: #e8eef7; }"
    " QPushButton:disabled { color: #9aa3ad; background: #f2f2f2; }"
)


class CreateClusterForm(QFrame):
    """Name, kind label, parent body, issuer code, place and the first year."""

    def __init__(self, page: HomePage) -> None:
        super().__init__(page)
        self.page = page
        self.name = QLineEdit()
        self.name.setPlaceholderText(
            self.tr("VD: Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc")
        )
        self.kind_label = QComboBox()
        self.kind_label.setEditable(True)
        self.kind_label.addItems(KIND_LABELS)
        self.parent_body = QLineEdit()
        self.parent_body.setPlaceholderText(self.tr("VD: BỘ TƯ PHÁP (dòng đầu tiêu đề văn bản)"))
        self.issuer_code = QLineEdit()
        self.issuer_code.setPlaceholderText(self.tr("VD: KVTĐ (trong «Số: 05/BB-KVTĐ»)"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("VD: Hòa Bình"))
        self.year = QSpinBox()
        self.year.setRange(1945, 2200)
        self.year.setValue(date.today().year)
        self.error = ErrorLabel(self)
        self.create_button = QPushButton(self.tr("Tạo cụm"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        form = QFormLayout(self)
        form.addRow(self.tr("Tên cụm/khối thi đua:"), self.name)
        form.addRow(self.tr("Cụm tự gọi là:"), self.kind_label)
        form.addRow(self.tr("Cơ quan cấp trên:"), self.parent_body)
        form.addRow(self.tr("Ký hiệu văn bản:"), self.issuer_code)
        form.addRow(self.tr("Địa danh (ghi trên văn bản):"), self.place)
        form.addRow(self.tr("Năm bắt đầu theo dõi:"), self.year)
        form.addRow(self.error)
        form.addRow(self.create_button)
        for a, b in zip(
            [self.name, self.kind_label, self.parent_body, self.issuer_code, self.place, self.year],
            [
                self.kind_label,
                self.parent_body,
                self.issuer_code,
                self.place,
                self.year,
                self.create_button,
            ],
            strict=True,
        ):
            QWidget.setTabOrder(a, b)

    def submit(self) -> None:
        cluster = m.Cluster(
            name=self.name.text(),
            kind_label=self.kind_label.currentText(),
            parent_body=self.parent_body.text(),
            issuer_code=self.issuer_code.text(),
            default_place=self.place.text(),
        )
        try:
            self.page.create_cluster(cluster, self.year.value())
        except DomainError as exc:
            self.error.show_error(exc)
            self.name.setFocus()
            return
        self.error.clear_error()


class HomePage(QWidget):
    """First start when the database has no cluster; the cluster's overview afterwards."""

    def __init__(self, services: Services, edits: UndoableEdits, selection: Selection) -> None:
        super().__init__()
        self.services = services
        self.edits = edits
        self.selection = selection
        self.stack = QStackedWidget()
        self._start_box: QWidget | None = None  # the first-start choices, built when needed
        self.overview = QLabel()
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setStyleSheet("font-size: 12pt;")
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        later = LazyRefresh(self, self.refresh)
        selection.changed.connect(later)
        edits.changed.connect(later)
        self.refresh()

    def _first_start(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.addWidget(
            page_title(self.tr("Chào mừng! Bắt đầu làm việc với hồ sơ cụm thi đua")), 0, 0, 1, 2
        )
        intro = QLabel(
            self.tr("Chọn một cách bắt đầu. Mọi dữ liệu lưu ngay trên máy này, không cần mạng.")
        )
        intro.setStyleSheet("color: #555;")
        grid.addWidget(intro, 1, 0, 1, 2)
        self.create_choice = QPushButton(
            self.tr("➊  Tạo cụm thi đua mới\nNhập tên cụm, cơ quan cấp trên, ký hiệu văn bản")
        )
        self.demo_choice = QPushButton(
            self.tr("➋  Mở cụm mẫu\nKhu vực thi đua Tư pháp 14 tỉnh miền núi phía Bắc, để thử")
        )
        self.package_choice = QPushButton(
            self.tr("➌  Mở hồ sơ được bàn giao\nTệp do trưởng cụm năm trước gửi")
        )
        self.package_choice.setToolTip(
            self.tr("Tệp .thidua: được kiểm tra toàn vẹn trước khi nạp, không ghi đè dữ liệu")
        )
        for i, button in enumerate((self.create_choice, self.demo_choice, self.package_choice)):
            button.setStyleSheet(BIG_BUTTON)
            button.setMinimumHeight(84)
            grid.addWidget(button, 2 + i, 0)
        self.form = CreateClusterForm(self)
        self.form.hide()
        grid.addWidget(self.form, 2, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(6, 1)
        self.create_choice.clicked.connect(self.show_create_form)
        self.demo_choice.clicked.connect(self.open_demo)
        self.package_choice.clicked.connect(self.open_package)
        self.demo_error = ErrorLabel(box)
        grid.addWidget(self.demo_error, 5, 0)
        return box

    def open_package(self) -> None:
        window = self.window()
        if hasattr(window, "open_package"):  # the main window hosts the handover page
            window.open_package()

    def show_create_form(self) -> None:
        self.form.show()
        self.form.name.setFocus()

    def create_cluster(self, cluster: m.Cluster, first_year: int) -> m.Cluster:
        """Store the cluster and its first year (one undoable action) and select them."""
        units = self.services.units
        holder: dict[str, object] = {}

        def do() -> m.Cluster:
            holder["saved"] = units.create_cluster(cluster, first_year, holder.get("saved"))
            return holder["saved"]  # type: ignore[return-value]

        saved = self.edits.action(
            self.tr("Tạo cụm «{0}»").format(cluster.name.strip()),
            do,
            lambda: units.remove_cluster(holder["saved"].id),
            "Cluster",
        )
        self.selection.set(*self.services.conferences.latest())
        return saved

    def open_demo(self) -> None:
        """The demo opens in its own file (never in this one): the window's file controller."""
        window = self.window()
        if getattr(window, "files", None) is not None:
            window.open_demo()  # type: ignore[attr-defined]
            return
        self.demo_error.show_error(self.tr("Cụm mẫu chỉ mở được trong tệp riêng của nó."))

    def refresh(self) -> None:
        repo = self.services.repo
        cluster = repo.find_one(m.Cluster, "1=1")
        if cluster is None:
            if self._start_box is None:
                self._start_box = self._first_start()
                self.stack.addWidget(self._start_box)
            self.stack.setCurrentWidget(self._start_box)
            return
        self.stack.setCurrentWidget(self.overview)
        units = self.services.units.units(cluster.id)  # type: ignore[arg-type]
        sel = self.selection
        lines = [
            f"<h2 style='color:#1d3557'>{esc(cluster.name)}</h2>",
            self.tr("<p>{0} · Cơ quan cấp trên: {1} · Ký hiệu văn bản: {2}</p>").format(
                esc(cluster.kind_label),
                esc(cluster.parent_body or "—"),
                esc(cluster.issuer_code or "—"),
            ),
            self.tr(
                "<p><b>{0}</b> đơn vị, trong đó <b>{1}</b> thành viên đang hoạt động.</p>"
            ).format(len(units), sum(1 for u in units if u.active and u.is_member)),
        ]
        if sel.year_id:
            year = repo.get(m.Year, sel.year_id)
            head, deputies = self.services.units.roles(year.id)  # type: ignore[arg-type]
            names = {u.id: u.name for u in units}
            lines.append(
                self.tr("<p>Năm <b>{0}</b> — trưởng cụm: {1}; phó trưởng cụm: {2}.</p>").format(
                    year.year,
                    names.get(head, "—"),
                    "; ".join(names.get(d, "") for d in deputies) or "—",
                )
            )
            confs = self.services.conferences.conferences(year.id)  # type: ignore[arg-type]
            lines.append(self.tr("<p>{0} hội nghị trong năm.</p>").format(len(confs)))
        lines.append(
            self.tr(
                "<p style='color:#555'>Dùng thanh bên trái (Ctrl+1…9) để chuyển trang; Ctrl+Z hoàn tác "
                "thao tác vừa làm. Mọi thay đổi được lưu ngay.</p>"
            )
        )
        self.overview.setText("".join(lines))
