"""Scoring tables through real .xlsx files: export, import with preview, refusals."""

from __future__ import annotations

import openpyxl
import pytest

from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services import scoring_excel as sx


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def cset(services, small_cluster, tmp_path):
    src = write_xlsx(
        tmp_path / "tieu-chi.xlsx",
        [
            ["Mã", "Tiêu chí", "Loại", "Điểm tối đa", "Ghi chú"],
            ["I", "Thực hiện nhiệm vụ chuyên môn", "Nhóm", 70, ""],
            ["1", "Kết quả công tác chuyên môn", "Cơ bản", 70, "theo báo cáo"],
            ["II", "Công tác thi đua", "Nhóm", 30, ""],
            ["2", "Tổ chức phong trào thi đua", "", 30, ""],
            ["3", "Sáng kiến, mô hình mới", "Điểm thưởng", 5, ""],
            ["4", "Vi phạm kỷ luật", "Điểm trừ", 10, ""],
        ],
    )
    return sx.import_criteria(services.scoring, small_cluster["year"].id, src, "Bảng điểm 2016")


def test_import_criteria_builds_groups(services, cset):
    crits = services.scoring.criteria(cset.id)
    assert [(c.code, c.kind.value) for c in crits] == [
        ("I", "group"),
        ("1", "base"),
        ("II", "group"),
        ("2", "base"),
        ("3", "bonus"),
        ("4", "penalty"),
    ]
    assert crits[1].parent_id == crits[0].id and crits[3].parent_id == crits[2].id
    assert services.scoring.warnings(cset.id) == []


def test_bad_criteria_sheet_changes_nothing(services, small_cluster, tmp_path):
    bad = write_xlsx(
        tmp_path / "bad.xlsx", [["Mã", "Tiêu chí", "Loại", "Điểm tối đa"], ["1", "A", "Lạ", 5]]
    )
    with pytest.raises(ValidationError, match="dòng 2"):
        sx.import_criteria(services.scoring, small_cluster["year"].id, bad, "X")
    assert services.repo.count(m.CriteriaSet) == 0
    wrong = write_xlsx(tmp_path / "wrong.xlsx", [["Họ tên", "Địa chỉ"], ["a", "b"]])
    with pytest.raises(ValidationError, match="Các cột cần có"):
        sx.import_criteria(services.scoring, small_cluster["year"].id, wrong, "X")


def test_grid_round_trip_and_preview(services, small_cluster, cset, tmp_path):
    units = small_cluster["units"]
    crits = {c.code: c for c in services.scoring.criteria(cset.id)}
    services.scoring.set_score(crits["1"].id, units[0].id, cluster_score=65)
    out = sx.export_grid(services.scoring, cset.id, tmp_path / "grid.xlsx", "cluster_score")
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 1).value == "Đơn vị"
    assert sheet.cell(1, 2).value == "1. Kết quả công tác chuyên môn"
    assert sheet.cell(2, 2).value == 65  # a number the user can sum
    # Edit the sheet as a secretary would: new scores, an unknown unit, an unknown column.
    sheet.cell(3, 2).value = 60.5
    sheet.cell(4, 5).value = 3  # penalty for the third unit
    sheet.cell(1, 8).value = "Tiêu chí lạ"
    sheet.cell(5, 1).value = "Sở Tư pháp tỉnh Ngoài Cụm"
    sheet.cell(5, 2).value = 10
    sheet.parent.save(out)
    preview = sx.read_grid(services.scoring, cset.id, out, "cluster_score")
    assert preview.errors == []
    assert {(c.code, u.id, v) for c, u, v in preview.updates} == {
        ("1", units[1].id, 60.5),
        ("4", units[2].id, 3.0),
    }
    assert preview.unknown_units == ["Sở Tư pháp tỉnh Ngoài Cụm"]
    assert preview.unknown_columns == ["Tiêu chí lạ"]
    assert services.repo.count(m.Score) == 1  # the preview wrote nothing
    assert sx.apply_grid(services.scoring, preview) == 2
    ranked = services.scoring.ranking(cset.id)
    assert [(t.unit_id, t.total) for t in ranked][:2] == [(units[0].id, 65), (units[1].id, 60.5)]


def test_grid_with_a_score_over_max_is_refused_whole(services, small_cluster, cset, tmp_path):
    out = sx.export_grid(services.scoring, cset.id, tmp_path / "grid.xlsx", "cluster_score")
    book = openpyxl.load_workbook(out)
    book.active.cell(2, 2).value = 50
    book.active.cell(3, 2).value = 99  # max 70
    book.save(out)
    preview = sx.read_grid(services.scoring, cset.id, out, "cluster_score")
    assert len(preview.errors) == 1 and "vượt mức tối đa 70" in preview.errors[0]
    assert not preview.can_apply
    with pytest.raises(ValidationError):
        sx.apply_grid(services.scoring, preview)
    assert services.repo.count(m.Score) == 0


NOT_FINITE = ["inf", "-Infinity", "nan", "1e309", "9" * 5000]


def test_grid_with_non_finite_or_absurd_scores_is_refused_whole(
    services, small_cluster, cset, tmp_path
):
    out = sx.export_grid(services.scoring, cset.id, tmp_path / "grid.xlsx", "cluster_score")
    book = openpyxl.load_workbook(out)
    book.active.cell(2, 2).value = 50
    for i, text in enumerate(NOT_FINITE):  # columns 2…5: the four scored criteria
        book.active.cell(3 + i // 4, 2 + i % 4).value = text
    book.save(out)
    preview = sx.read_grid(services.scoring, cset.id, out, "cluster_score")
    assert len(preview.errors) == len(NOT_FINITE), preview.errors
    assert all("\n" not in e and len(e) < 200 for e in preview.errors)
    assert sum("số hữu hạn" in e for e in preview.errors) == 4
    assert any("quá dài (5000 ký tự)" in e for e in preview.errors)
    with pytest.raises(ValidationError):
        sx.apply_grid(services.scoring, preview)
    assert services.repo.count(m.Score) == 0


def test_criteria_with_an_infinite_maximum_are_refused(services, small_cluster, tmp_path):
    src = write_xlsx(
        tmp_path / "tieu-chi.xlsx",
        [["Mã", "Tiêu chí", "Loại", "Điểm tối đa"], ["1", "Chuyên môn", "", "1e309"]],
    )
    with pytest.raises(ValidationError, match="số hữu hạn"):
        sx.import_criteria(services.scoring, small_cluster["year"].id, src, "Bảng điểm")
    assert services.repo.count(m.CriteriaSet) == 0


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_service_refuses_non_finite_scores(services, small_cluster, cset, value):
    crit = next(c for c in services.scoring.criteria(cset.id) if c.code == "1")
    unit = small_cluster["units"][0]
    with pytest.raises(ValidationError, match="số hữu hạn"):
        services.scoring.set_score(crit.id, unit.id, self_score=value)
    assert services.repo.count(m.Score) == 0


def test_criteria_with_an_absurdly_long_title_are_refused(services, small_cluster, tmp_path):
    src = write_xlsx(
        tmp_path / "tieu-chi.xlsx",
        [["Mã", "Tiêu chí", "Loại", "Điểm tối đa"], ["1", "Chuyên môn " * 5000, "", 10]],
    )
    with pytest.raises(ValidationError, match="«Tiêu chí» dài 32767 ký tự, quá mức 500"):
        sx.import_criteria(services.scoring, small_cluster["year"].id, src, "Bảng điểm")
    assert services.repo.count(m.CriteriaSet) == 0


def test_a_non_finite_score_already_stored_is_exported_as_text(
    services, small_cluster, cset, tmp_path
):
    crit = next(c for c in services.scoring.criteria(cset.id) if c.code == "1")
    unit = small_cluster["units"][0]
    services.scoring.set_score(crit.id, unit.id, cluster_score=5)
    # as an older file may hold it: written before the doors refused it
    services.db.execute("UPDATE scores SET cluster_score = 9e999")
    out = sx.export_grid(services.scoring, cset.id, tmp_path / "grid.xlsx", "cluster_score")
    cell = openpyxl.load_workbook(out).active.cell(2, 2)
    assert cell.data_type == "s" and cell.value == "inf"
