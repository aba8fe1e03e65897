"""Table models: structure checked by qtmodeltester, content and roles by plain asserts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.units import RotationRow
from thidua_desktop.ui.models.conference_table_model import ConferenceTableModel
from thidua_desktop.ui.models.rotation_table_model import RotationTableModel
from thidua_desktop.ui.models.row_table_model import FIELD_ROLE, ID_ROLE, ROW_ROLE
from thidua_desktop.ui.models.unit_table_model import UnitTableModel

UNITS = [
    m.Unit(cluster_id=1, name="Sở Tư pháp tỉnh Hà Giang", kind="Sở Tư pháp", id=1),
    m.Unit(cluster_id=1, name="Chi cục THADS huyện Mèo Vạc", is_member=False, active=False, id=2),
]


def test_unit_model_structure_and_roles(qtmodeltester):
    model = UnitTableModel(lambda *a: None)
    model.set_rows(UNITS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 8
    assert model.headerData(UnitTableModel.HEAD_NAME, Qt.Orientation.Horizontal) == "Thủ trưởng"
    name = model.index(0, UnitTableModel.NAME)
    assert name.data() == "Sở Tư pháp tỉnh Hà Giang"
    assert name.data(ROW_ROLE) is UNITS[0]
    assert name.data(ID_ROLE) == 1
    assert name.data(FIELD_ROLE) == "name"
    member = model.index(1, UnitTableModel.MEMBER)
    assert member.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert member.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not member.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # inactive: grey
    assert model.row_of_id(2) == 1 and model.row_of_id(99) == -1


def test_unit_model_hands_edits_to_the_committer_and_reports_refusals():
    calls = []

    def commit(row, field, value):
        if value == "":
            raise ValidationError("Tên đơn vị không được để trống.", "name")
        calls.append((row.id, field, value))

    model = UnitTableModel(commit)
    model.set_rows(UNITS)
    errors = []
    model.error.connect(errors.append)
    assert model.setData(model.index(0, UnitTableModel.PROVINCE), "Hà Giang")
    assert not model.setData(model.index(0, UnitTableModel.NAME), "")
    assert errors == ["Tên đơn vị không được để trống."]
    assert model.setData(
        model.index(1, UnitTableModel.ACTIVE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert not model.setData(model.index(0, UnitTableModel.KIND), "Sở Tư pháp")  # unchanged
    assert calls == [(1, "province", "Hà Giang"), (2, "active", True)]


def test_set_rows_keeps_the_model_when_ids_stay(qtbot):
    model = UnitTableModel()
    model.set_rows(UNITS)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows([UNITS[0], m.Unit(cluster_id=1, name="Đổi tên", id=2)])
    assert model.index(1, 0).data() == "Đổi tên"
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(UNITS[:1])
    assert model.rowCount() == 1


def test_read_only_models_without_committer():
    model = UnitTableModel()
    model.set_rows(UNITS)
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "x")


def test_drag_mime_carries_ids():
    model = UnitTableModel(lambda *a: None)
    model.set_rows(UNITS)
    dropped = []
    model.rows_dropped.connect(lambda ids, row: dropped.append((ids, row)))
    mime = model.mimeData([model.index(1, 0), model.index(1, 3)])
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert dropped == [([2], 0)]


def test_conference_model(qtmodeltester):
    model = ConferenceTableModel()
    model.set_rows(
        [
            m.Conference(
                year_id=1,
                kind=m.ConferenceKind.YEAREND,
                title="Tổng kết 2016",
                date=date(2016, 11, 22),
                id=5,
            ),
            m.Conference(year_id=1, kind=m.ConferenceKind.OTHER, title="Họp", id=6),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, ConferenceTableModel.DATE).data() == "22/11/2016"
    assert model.index(0, ConferenceTableModel.KIND).data() == "Tổng kết năm"
    assert model.index(1, ConferenceTableModel.DATE).data() == ""
    assert model.index(1, 0).data(ID_ROLE) == 6


def test_rotation_model(qtmodeltester):
    model = RotationTableModel()
    model.set_rows([RotationRow(2017, "Sở Tư pháp tỉnh Lai Châu", ["A", "B"], "Đoàn kết")])
    qtmodeltester.check(model)
    assert model.index(0, RotationTableModel.DEPUTIES).data() == "A; B"
    assert model.index(0, RotationTableModel.YEAR).data() == "2017"


def test_score_model_says_not_scored_and_gives_no_rank(services, small_cluster):
    from thidua_desktop.ui.models.score_table_model import ScoreTableModel

    s = services.scoring
    cset = s.create_set(small_cluster["year"].id, "Bảng chấm điểm", scale=100)
    base = services.edits.create(m.Criterion(set_id=cset.id, title="Chuyên môn", max_points=100))
    first, second, unscored = small_cluster["units"]
    s.set_score(base.id, first.id, cluster_score=80)
    s.set_score(base.id, second.id, cluster_score=90)
    model = ScoreTableModel(lambda *_: True)
    model.set_rows(
        s.member_units(cset.year_id), s.criteria(cset.id), s.scores(cset.id), s.ranking(cset.id)
    )
    rows = {model.units[r].id: r for r in range(model.rowCount())}
    assert model.index(rows[unscored.id], model.total_column).data() == "Chưa chấm"
    assert model.index(rows[unscored.id], model.rank_column).data() == ""
    assert model.index(rows[second.id], model.rank_column).data() == "1"
    assert model.index(rows[first.id], model.rank_column).data() == "2"
