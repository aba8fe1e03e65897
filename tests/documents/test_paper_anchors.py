"""Signed paper binds the file: ballot digest on the counting minutes, package digest on the
handover record, both in the short form shown on screen."""

from __future__ import annotations

import hashlib

from tests.documents.test_docx_documents import text_of
from thidua_desktop.domain import model as m
from thidua_desktop.domain.digest_text import ballot_digest, short_digest


def _ballot(seq: int, marks: str, reason: str = "", entry_pass: int = 1) -> m.BallotRecord:
    return m.BallotRecord(
        vote_id=1, seq=seq, marks=marks, invalid_reason=reason, entry_pass=entry_pass
    )


def test_ballot_digest_follows_its_documented_serialisation():
    ballots = [
        _ballot(2, "3, 01"),
        _ballot(1, ""),
        _ballot(3, "", "rách\tđôi"),
        _ballot(1, "2", entry_pass=2),
    ]
    totals = [m.VoteTotal(vote_id=1, candidate_id=9, votes=4)]
    text = (
        "thidua-ballots-v1\n"
        "B\t1\t1\t\t\n"
        "B\t1\t2\t1,3\t\n"
        "B\t1\t3\t\trách đôi\n"
        "B\t2\t1\t2\t\n"
        "T\t9\t4\n"
    )
    expected = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert ballot_digest(reversed(ballots), totals) == expected
    assert ballot_digest(ballots, totals) == expected  # the order of the rows does not count
    assert ballot_digest([_ballot(2, "1,3"), *ballots[1:]], totals) == expected  # same marks
    assert ballot_digest([_ballot(2, "1,4"), *ballots[1:]], totals) != expected
    assert ballot_digest([_ballot(2, "9" * 5000)]) != ballot_digest([_ballot(2, "9" * 4999)])


def _saved_digest(services, vote_id: int) -> str:
    repo = services.repo
    return ballot_digest(
        repo.find(m.BallotRecord, "vote_id = ?", [vote_id]),
        repo.find(m.VoteTotal, "vote_id = ?", [vote_id]),
    )


def test_counting_minutes_print_the_short_ballot_digest(services, rich, generated, tmp_path):
    counting = generated["counting"]
    vote_id = counting.item.vote_id
    code = short_digest(_saved_digest(services, vote_id))
    line = next(
        p for p in text_of(counting.path).split("\n") if "Mã kiểm tra dữ liệu phiếu bầu" in p
    )
    assert line.endswith(f": {code}.")
    # one count changed: the paper printed before no longer matches the data
    total = services.repo.find(m.VoteTotal, "vote_id = ?", [vote_id], "id")[-1]
    total.votes -= 1
    services.repo.update(total)
    again = services.documents.generate(
        rich["conference"].id, counting.item.key, tmp_path / "again"
    )
    new_code = short_digest(_saved_digest(services, vote_id))
    assert new_code != code and f": {new_code}." in text_of(again.path)


def test_handover_record_prints_the_short_package_digest_when_it_has_one(
    services, rich, generated, tmp_path
):
    assert "Mã kiểm tra gói" not in text_of(generated["handover"].path)  # no package yet
    full = hashlib.sha256(b"package").hexdigest()
    services.documents.package_digest = full
    out = services.documents.generate(rich["conference"].id, "handover", tmp_path / "with")
    text = text_of(out.path)
    assert "Mã kiểm tra gói dữ liệu bàn giao" in text
    assert f": {short_digest(full)}." in text and full.upper()[:4] in text


def test_a_record_printed_in_a_later_session_carries_the_exported_package_digest(
    services, rich, tmp_path
):
    from thidua_desktop.services.container import Services
    from thidua_desktop.services.package import export_package, record_handover

    info = export_package(services.repo, services.path, tmp_path / "ban-giao.thidua")
    record_handover(services.edits, info)
    services.close()
    later = Services.open(services.path, actor="ngày hôm sau")  # a new session: nothing in memory
    try:
        assert later.documents.package_digest == ""
        out = later.documents.generate(rich["conference"].id, "handover", tmp_path / "sau")
        handover = later.repo.find(m.Handover)[-1]
    finally:
        later.close()
    assert f": {short_digest(info.package_digest)}." in text_of(out.path)
    assert handover.package_digest == info.package_digest
    assert handover.note == "ban-giao.thidua"
