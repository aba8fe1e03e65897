"""Undo/redo of edits is committed to the database each way."""

from __future__ import annotations

from thidua_desktop.domain import model as m
from thidua_desktop.ui.undo import UndoableEdits


def test_create_update_delete_undo_redo(qtbot, services, small_cluster):
    edits = UndoableEdits(services.edits)
    cid = small_cluster["cluster"].id
    unit = edits.create(m.Unit(cluster_id=cid, name="Sở Tư pháp tỉnh Lào Cai"))
    assert services.repo.count(m.Unit) == 4
    edits.change(m.Unit, unit.id, head_name="Lê Văn Cường")
    assert services.repo.get(m.Unit, unit.id).head_name == "Lê Văn Cường"
    edits.stack.undo()
    assert services.repo.get(m.Unit, unit.id).head_name == ""
    edits.stack.undo()
    assert services.repo.count(m.Unit) == 3
    edits.stack.redo()
    assert services.repo.get(m.Unit, unit.id).name == "Sở Tư pháp tỉnh Lào Cai"
    edits.stack.redo()
    assert services.repo.get(m.Unit, unit.id).head_name == "Lê Văn Cường"
    edits.delete(m.Unit, unit.id)
    assert services.repo.count(m.Unit) == 3
    edits.stack.undo()
    assert services.repo.get(m.Unit, unit.id).head_name == "Lê Văn Cường"
    actions = [a.action for a in services.repo.find(m.AuditEntry)]
    assert actions[-3:] == ["update", "delete", "restore"]


def test_multiline_text_keeps_its_lines(services, small_cluster):
    year = small_cluster["year"]
    saved = services.edits.change(
        type(year), year.id, pledge_content="  Thi đua  hoàn thành \r\n\nKý kết giao ước  "
    )
    assert saved.pledge_content == "Thi đua hoàn thành\n\nKý kết giao ước"
    unit = small_cluster["units"][0]
    assert services.edits.change(type(unit), unit.id, name=" Sở  Tư pháp\ntỉnh Hà Giang ").name == (
        "Sở Tư pháp tỉnh Hà Giang"
    )
