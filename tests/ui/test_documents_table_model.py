"""The documents table model: Qt contract, check boxes only on producible rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from thidua_desktop.documents.catalog import DocItem
from thidua_desktop.domain import model as m
from thidua_desktop.services.documents import DocRow
from thidua_desktop.ui.models.documents_table_model import (
    COL_NUMBER,
    COL_STATUS,
    COL_TITLE,
    KEY_ROLE,
    DocumentsTableModel,
)


def rows():
    done = m.Document(
        1, "minutes", "a.docx", number=1, number_text="01/BB-KVTĐ", created_at="2016-11-22T11:40:00"
    )
    return [
        DocRow(DocItem("minutes", "Biên bản hội nghị", "a.docx"), done),
        DocRow(
            DocItem(
                "scores",
                "Bảng tổng hợp chấm điểm",
                "b.docx",
                available=False,
                reason="Chưa có điểm chấm.",
            ),
            None,
        ),
        DocRow(DocItem("counting", "Biên bản kiểm phiếu", "c.docx", vote_id=3), None),
    ]


def test_model_contract(qtmodeltester):
    model = DocumentsTableModel()
    model.set_rows(rows())
    qtmodeltester.check(model)


def test_checks_and_texts():
    model = DocumentsTableModel()
    model.set_rows(rows())
    assert model.index(0, COL_NUMBER).data() == "01/BB-KVTĐ"
    assert model.index(0, COL_STATUS).data() == "Đã tạo 2016-11-22 11:40:00"
    assert model.index(1, COL_STATUS).data() == "Chưa tạo được: Chưa có điểm chấm."
    assert model.index(2, COL_TITLE).data(KEY_ROLE) == "counting:3"
    assert not model.flags(model.index(1, COL_TITLE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(
        model.index(1, COL_TITLE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(
        model.index(2, COL_TITLE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.checked_keys() == ["counting:3"]
    model.check_all(True)
    assert model.checked_keys() == ["minutes", "counting:3"]
    model.set_rows(rows()[:2])  # a refresh keeps what is still there
    assert model.checked_keys() == ["minutes"]
