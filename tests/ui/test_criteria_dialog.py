"""Editing a criteria set in the dialog: every change stored at once, bad values refused."""

from __future__ import annotations

from thidua_desktop.domain import model as m
from thidua_desktop.ui.dialogs.criteria_dialog import CriteriaDialog
from thidua_desktop.ui.undo import UndoableEdits


def test_build_and_edit_a_set(qtbot, services, small_cluster):
    cset = services.scoring.create_set(small_cluster["year"].id, "Bảng 2016", scale=100)
    edits = UndoableEdits(services.edits)
    dialog = CriteriaDialog(services.scoring, edits, cset.id)
    qtbot.addWidget(dialog)
    dialog.add(m.CriterionKind.GROUP)
    dialog.add(m.CriterionKind.BASE)  # goes under the selected group
    crits = services.scoring.criteria(cset.id)
    assert [c.kind for c in crits] == [m.CriterionKind.GROUP, m.CriterionKind.BASE]
    assert crits[1].parent_id == crits[0].id
    dialog.table.item(1, 1).setText("Kết quả công tác chuyên môn")
    dialog.table.item(1, 3).setText("100")
    dialog.table.item(1, 2).setText("Điểm trừ")
    stored = services.repo.get(m.Criterion, crits[1].id)
    assert (stored.title, stored.max_points, stored.kind) == (
        "Kết quả công tác chuyên môn",
        100.0,
        m.CriterionKind.PENALTY,
    )
    dialog.table.item(1, 3).setText("mười")
    assert "phải là một số" in dialog.message.text()
    assert services.repo.get(m.Criterion, crits[1].id).max_points == 100.0
    dialog.tie1.setCurrentIndex(dialog.tie1.findData("base"))
    assert services.repo.get(m.CriteriaSet, cset.id).tie_break.startswith("base")
    services.scoring.set_score(crits[1].id, small_cluster["units"][0].id, cluster_score=1)
    dialog.table.setCurrentCell(1, 1)
    dialog.remove()
    assert "đã có điểm" in dialog.message.text()
    assert services.repo.count(m.Criterion, "set_id = ?", [cset.id]) == 2
    edits.stack.undo()  # the tie-break change
    assert services.repo.get(m.CriteriaSet, cset.id).tie_break == "penalty,base"
