"""Dialogs of the template tools: the check report with a preview, the field reference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from thidua_desktop.documents.preflight import PreflightReport


class PreflightDialog(QDialog):
    """What is wrong with a template (errors first) and what the document would say."""

    def __init__(
        self, report: PreflightReport, parent: QWidget | None = None, refused_file: str = ""
    ) -> None:
        """`refused_file`: the file an install refused because of these errors."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiểm tra mẫu – {0}").format(report.template))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        errors, warnings = report.errors, report.warnings
        if errors and refused_file:
            verdict = self.tr(
                "Chưa dùng {0}: mẫu có {1} lỗi. Mẫu đang dùng không thay đổi; sửa trong Word "
                "rồi chọn lại."
            ).format(refused_file, len(errors))
        elif errors:
            verdict = self.tr("Mẫu có {0} lỗi, chưa dùng được.").format(len(errors))
        elif warnings:
            verdict = self.tr("Mẫu dùng được; có {0} lưu ý.").format(len(warnings))
        else:
            verdict = self.tr("Mẫu dùng được, không có lỗi.")
        self.verdict = QLabel(verdict)
        self.verdict.setStyleSheet("font-weight: bold;" + (" color: #b00020;" if errors else ""))
        layout.addWidget(self.verdict)
        split = QSplitter(Qt.Orientation.Vertical)
        self.issues = QListWidget()
        for issue in errors + warnings:
            prefix = self.tr("Lỗi: ") if issue.level == "error" else self.tr("Lưu ý: ")
            item = QListWidgetItem(prefix + issue.message)
            item.setToolTip(issue.message)
            self.issues.addItem(item)
        self.issues.setWordWrap(True)
        split.addWidget(self.issues)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("(Không có bản xem trước vì mẫu còn lỗi.)"))
        self.preview.setPlainText("\n".join(report.preview))
        split.addWidget(self.preview)
        split.setSizes([200, 400])
        layout.addWidget(split)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ReferenceDialog(QDialog):
    """The fields a template may use, their meaning and this conference's values."""

    def __init__(self, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tham chiếu trường dữ liệu"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Gõ trường vào mẫu Word đúng như cột đầu, ví dụ {{ hoi_nghi.ten }}. "
                "Dòng lặp trong bảng: {%tr for r in v.dong %} … {%tr endfor %}."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.browser = QTextBrowser()
        self.browser.setMarkdown(markdown)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
