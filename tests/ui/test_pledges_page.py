"""Pledge page: signing, registering titles, the common content, counts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from thidua_desktop.domain import model as m
from thidua_desktop.ui.models.pledge_table_model import PledgeTableModel
from thidua_desktop.ui.pages.pledges_page import PledgesPage
from thidua_desktop.ui.selection import Selection
from thidua_desktop.ui.undo import UndoableEdits


@pytest.fixture
def page(qtbot, services, small_cluster):
    c = small_cluster
    services.edits.create(
        m.Award(c["cluster"].id, "Cờ thi đua ngành Tư pháp", short_name="Cờ ngành")
    )
    edits = UndoableEdits(services.edits)
    selection = Selection()
    selection.set(c["cluster"].id, c["year"].id, c["conference"].id)
    widget = PledgesPage(services, edits, selection)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget._keep = (edits, selection)
    return widget


def test_space_signs_for_a_unit_with_the_conference_day(page, services, small_cluster):
    assert "0/3 đơn vị đã ký giao ước" in page.counts_label.text()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(1, 1))
    QTest.keyClick(page.view, Qt.Key.Key_Space)
    sig = services.repo.find_one(m.PledgeSignature, "unit_id = ?", [small_cluster["units"][1].id])
    assert sig.signed and sig.signed_on == date(2016, 11, 22)
    assert "1/3 đơn vị đã ký" in page.counts_label.text()
    page.edits.stack.undo()
    assert services.repo.count(m.PledgeSignature) == 0


def test_signer_typed_into_the_grid(page, services, small_cluster):
    assert page.model.setData(page.model.index(0, 2), "Vàng Seo Dìn")
    assert page.model.setData(page.model.index(0, 4), "10/02/2016")
    sig = services.repo.find_one(m.PledgeSignature, "unit_id = ?", [small_cluster["units"][0].id])
    assert (sig.signer_name, sig.signed_on, sig.signed) == (
        "Vàng Seo Dìn",
        date(2016, 2, 10),
        False,
    )
    page.model.setData(page.model.index(0, 4), "31/02/2016")
    assert "không phải là ngày" in page.error.text()


def test_registration_toggled_from_the_grid(page, services, small_cluster):
    columns = [c.header for c in page.model.columns]
    assert columns[5:] == ["Cờ thi đua của Chính phủ", "Cờ ngành"]
    index = page.model.index(2, 6)
    page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    reg = services.repo.find_one(m.Registration, "unit_id = ?", [small_cluster["units"][2].id])
    assert services.repo.get(m.Award, reg.award_id).name == "Cờ thi đua ngành Tư pháp"
    assert "1 đơn vị đăng ký Cờ thi đua ngành Tư pháp" in page.registered_label.text()
    assert page.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    page.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert services.repo.count(m.Registration) == 0


def test_common_content_commits_on_focus_out(page, services, small_cluster):
    page.content.setFocus()
    page.content.setPlainText("Hoàn thành 100% chỉ tiêu\nKhông có đơn thư vượt cấp")
    page.theme.setFocus()
    year = services.repo.get(m.Year, small_cluster["year"].id)
    assert year.pledge_content == "Hoàn thành 100% chỉ tiêu\nKhông có đơn thư vượt cấp"
    page.theme.setText("Đoàn kết, kỷ cương, sáng tạo")
    QTest.keyClick(page.theme, Qt.Key.Key_Return)
    assert services.repo.get(m.Year, year.id).theme == "Đoàn kết, kỷ cương, sáng tạo"


def test_pledge_model(qtmodeltester, services, small_cluster):
    model = PledgeTableModel(lambda *a: None)
    model.set_awards(services.pledges.awards(small_cluster["cluster"].id))
    model.set_rows(services.pledges.grid(small_cluster["year"].id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 6
