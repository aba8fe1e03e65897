"""The grounds dialog from the documents page: pre-filled by date, edited with its buttons,
saved as one undo step, and printed in the nomination letter."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.documents.fixtures import build_rich
from tests.ui.dialog_answers import when_modal
from tests.ui.gui_helpers import type_text
from thidua_desktop.ui.dialogs.legal_grounds_dialog import LegalGroundsDialog
from thidua_desktop.ui.pages.documents_page import DocumentsPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits

OWN = "Quyết định số 01/QĐ-KVTĐ ngày 15/3/2016 ban hành Quy chế hoạt động của Khu vực"


@pytest.fixture
def page(qtbot, services):
    rich = build_rich(services)
    edits = UndoableEdits(services.edits)
    selection = Selection()
    w = DocumentsPage(services, edits, selection)
    qtbot.addWidget(w)
    selection.set(rich["cluster"].id, rich["year"].id, rich["conference"].id)
    w.resize(1100, 760)
    w.show()
    w.rich, w.undo = rich, edits
    return w


def letter_grounds(services, rich, tmp_path) -> list[str]:
    key = f"nomination:{rich['vote'].id}"
    out = services.documents.generate(rich["conference"].id, key, tmp_path)
    texts = [p.text for p in docx.Document(str(out.path)).paragraphs]
    return [t for t in texts if t.startswith("Căn cứ ") and "kính đề nghị" not in t]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_grounds_edited_with_the_buttons_are_printed(page, qtbot, services, tmp_path):
    seen: dict[str, object] = {}

    def act(dialog: LegalGroundsDialog) -> None:
        seen["prefilled"] = dialog.texts()
        seen["note"] = dialog.note.text()
        seen["decision"] = dialog.decision.text()
        dialog.list.setCurrentRow(4)  # Nghị định 65/2014: drop it for this test
        click(qtbot, dialog.remove_btn)
        dialog.list.setCurrentRow(dialog.list.count() - 1)  # the Quy chế: add ours after it
        dialog.text.clear()
        type_text(dialog.text, OWN + ".")
        click(qtbot, dialog.add_btn)
        click(qtbot, dialog.up_btn)  # …then move ours above the Quy chế
        seen["edited"] = dialog.texts()
        click(qtbot, dialog.box.button(QDialogButtonBox.StandardButton.Save))

    when_modal(LegalGroundsDialog, act)
    click(qtbot, page.grounds_btn)
    prefilled = seen["prefilled"]
    assert prefilled[0] == "Luật Thi đua, Khen thưởng số 15/2003/QH11 ngày 26 tháng 11 năm 2003"
    assert "65/2014/NĐ-CP" in prefilled[4]
    assert prefilled[-1] == "Quy chế hoạt động của Khu vực thi đua ban hành ngày 15/3/2016"
    assert "22/11/2016" in seen["note"] and "2355/QĐ-BTP" in seen["decision"]
    assert seen["edited"][-2:] == [OWN, prefilled[-1]]
    assert "Đã lưu căn cứ" in page.status.text()

    printed = letter_grounds(services, page.rich, tmp_path / "a")
    assert printed == [
        *(f"Căn cứ {x};" for x in prefilled[:4]),
        f"Căn cứ {OWN};",
        f"Căn cứ {prefilled[-1]};",
        "Căn cứ Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp;",
    ]
    assert not any("65/2014" in x for x in printed)

    page.undo.stack.undo()  # one step: the letter cites the defaults of its date again
    again = letter_grounds(services, page.rich, tmp_path / "b")
    assert any("65/2014/NĐ-CP" in x for x in again) and not any(OWN in x for x in again)


def test_a_duplicate_is_refused_in_the_dialog_and_nothing_is_saved(page, qtbot, services):
    seen: dict[str, str] = {}

    def act(dialog: LegalGroundsDialog) -> None:
        dialog.list.setCurrentRow(0)
        click(qtbot, dialog.add_btn)  # the selected line's text again, right below it
        click(qtbot, dialog.box.button(QDialogButtonBox.StandardButton.Save))
        seen["error"] = dialog.error.text()
        seen["visible"] = str(dialog.isVisible())
        click(qtbot, dialog.box.button(QDialogButtonBox.StandardButton.Cancel))

    when_modal(LegalGroundsDialog, act)
    click(qtbot, page.grounds_btn)
    assert seen["error"] == "Căn cứ thứ 2 trùng với căn cứ thứ 1: hãy xóa một dòng."
    assert seen["visible"] == "True"
    assert services.legal_grounds.stored(page.rich["year"].id) == []


def test_an_archived_year_shows_its_grounds_read_only(page, qtbot, services):
    services.protect_archived_years()  # as the GUI does: 2016 is a past year of the cluster
    seen: dict[str, object] = {}

    def act(dialog: LegalGroundsDialog) -> None:
        seen["error"] = dialog.error.text()
        seen["save"] = dialog.box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        seen["add"] = dialog.add_btn.isEnabled()
        seen["rows"] = dialog.list.count()
        click(qtbot, dialog.box.button(QDialogButtonBox.StandardButton.Cancel))

    when_modal(LegalGroundsDialog, act)
    click(qtbot, page.grounds_btn)
    assert seen["error"].startswith("Năm 2016 đã lưu trữ, chỉ xem.")
    assert seen["save"] is False and seen["add"] is False and seen["rows"] == 6
