"""Double entry: a ballot declared invalid with nothing marked is never described as blank."""

from __future__ import annotations

from thidua_desktop.domain.voting import Ballot, compare_entries


def test_an_unmarked_invalid_ballot_is_not_called_blank():
    reason = "Không đọc được, không xác định được ý kiến"
    (found,) = compare_entries([Ballot(frozenset())], [Ballot(frozenset(), reason)])
    assert found.message == (
        f"Phiếu thứ 1: lần nhập 1 [phiếu trắng] hợp lệ; lần nhập 2 [—] không hợp lệ: {reason}"
    )
