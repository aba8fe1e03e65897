"""The nomination letter (tờ trình) read back: the law of its date, its own summary, each unit's
votes and record, two votes of one award told apart, clean punctuation."""

from __future__ import annotations

from datetime import date

import docx

from thidua_desktop.domain import model as m

OLD_FAMILY = ("15/2003/QH11", "47/2005/QH11", "39/2013/QH13", "42/2010/NĐ-CP", "65/2014/NĐ-CP")
NEW_FAMILY = ("06/2022/QH15", "98/2023/NĐ-CP")


def render(services, conference_id: int, vote_id: int, tmp_path) -> list[str]:
    out = services.documents.generate(conference_id, f"nomination:{vote_id}", tmp_path)
    d = docx.Document(str(out.path))
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                lines.extend(p.text for p in c.paragraphs)
    return lines


def grounds(lines: list[str]) -> list[str]:
    return [x for x in lines if x.startswith("Căn cứ ") and "kính đề nghị" not in x]


def test_a_2016_letter_cites_the_2003_law_and_the_conference_decision(services, rich, tmp_path):
    lines = render(services, rich["conference"].id, rich["vote"].id, tmp_path)
    cited = grounds(lines)
    text = "\n".join(cited)
    for number in OLD_FAMILY:
        assert number in text
    assert not any(n in text for n in NEW_FAMILY) and "91/2017" not in text
    assert cited[-2] == "Căn cứ Quy chế hoạt động của Khu vực thi đua ban hành ngày 15/3/2016;"
    assert cited[-1] == "Căn cứ Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp;"
    assert all(x.endswith(";") and not x.endswith(".;") for x in cited)
    assert not any(".;" in x for x in lines)


def test_the_summary_stands_under_the_title_and_no_vv_line(services, rich, tmp_path):
    lines = render(services, rich["conference"].id, rich["vote"].id, tmp_path)
    assert not any(x.strip().startswith("V/v") for x in lines)
    title = lines.index("TỜ TRÌNH")
    assert lines[title + 1] == "Đề nghị tặng Cờ thi đua của Chính phủ năm 2016"


def test_each_unit_with_its_votes_and_record_and_the_last_attachment_ends_with_a_stop(
    services, rich, tmp_path
):
    lines = render(services, rich["conference"].id, rich["vote"].id, tmp_path)
    first = rich["units"][0].name
    at = lines.index(first)
    # the votes as the counting minutes quote them, then the one-line record from the scores
    assert "11/14 phiếu (78,57%)" in lines
    assert lines[at + 1].startswith("Điểm chấm ") and ", xếp thứ " in lines[at + 1]
    assert lines[at + 1].endswith("; đã đăng ký danh hiệu.")
    start = lines.index("Hồ sơ kèm theo:")
    attachments = [x for x in lines[start + 1 :] if x.startswith("- ")][:3]
    assert attachments[-1] == "- Báo cáo thành tích của các đơn vị được đề nghị."
    assert all(x.endswith(";") for x in attachments[:-1])


def test_a_2024_letter_cites_the_2022_law_and_its_decree(services, rich, tmp_path):
    services.edits.change(m.Year, rich["year"].id, year=2024)
    services.edits.change(m.Conference, rich["conference"].id, date=date(2024, 11, 20))
    text = "\n".join(grounds(render(services, rich["conference"].id, rich["vote"].id, tmp_path)))
    assert "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022" in text
    assert "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ" in text
    assert not any(n in text for n in OLD_FAMILY)


def test_the_years_own_list_replaces_the_defaults_and_keeps_the_decision(services, rich, tmp_path):
    services.legal_grounds.replace(
        rich["year"].id,
        [
            "Căn cứ Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ.",
            "Quy chế hoạt động ban hành kèm theo Quyết định số 01/QĐ-KVTĐ ngày 15/3/2016",
        ],
    )
    cited = grounds(render(services, rich["conference"].id, rich["vote"].id, tmp_path))
    assert cited == [
        "Căn cứ Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ;",
        "Căn cứ Quy chế hoạt động ban hành kèm theo Quyết định số 01/QĐ-KVTĐ ngày 15/3/2016;",
        "Căn cứ Quyết định số 2355/QĐ-BTP ngày 11/11/2016 của Bộ Tư pháp;",
    ]


def _second_vote(services, rich, title: str) -> m.Vote:
    e = services.edits
    vote = e.create(
        m.Vote(
            rich["conference"].id,
            rich["award"].id,
            title=title,
            threshold_pct="70",
            quota=1,
            base="members",
            members_count=14,
            present_count=13,
            ballots_issued=13,
            ballots_returned=13,
            entry_mode="totals",
            totals_valid=13,
            status="closed",
            closed_at="2016-11-22T11:00:00",
        )
    )
    cand = e.create(m.Candidate(vote.id, rich["units"][5].id, 1))
    e.create(m.VoteTotal(vote.id, cand.id, 12))
    return vote


def test_two_votes_for_one_award_do_not_read_alike(services, rich, tmp_path):
    services.edits.change(m.Vote, rich["vote"].id, title="Bình xét Cờ Chính phủ (Sở Tư pháp)")
    other = _second_vote(services, rich, "Bình xét Cờ Chính phủ (Cục THADS)")
    conf = rich["conference"].id
    first = render(services, conf, rich["vote"].id, tmp_path / "a")
    second = render(services, conf, other.id, tmp_path / "b")
    assert "Đề nghị tặng Cờ thi đua của Chính phủ năm 2016 (Sở Tư pháp)" in first
    assert "Đề nghị tặng Cờ thi đua của Chính phủ năm 2016 (Cục THADS)" in second
    body = next(x for x in second if "kính đề nghị" in x)
    assert "tặng Cờ thi đua của Chính phủ năm 2016 (Cục THADS) cho 01 (một) đơn vị" in body
    attachment = "- Biên bản kiểm phiếu bình xét, suy tôn Cờ thi đua của Chính phủ năm 2016 "
    assert attachment + "(Cục THADS);" in second


def test_the_units_table_holds_together_across_pages(services, rich, tmp_path):
    out = services.documents.generate(
        rich["conference"].id, f"nomination:{rich['vote'].id}", tmp_path
    )
    table = docx.Document(str(out.path)).tables[1]  # [0] is the header block
    assert table.rows[0].cells[0].text == "TT"
    assert table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    for row in table.rows[1:]:
        assert row._tr.trPr.find(docx.oxml.ns.qn("w:cantSplit")) is not None
    intro = next(p for p in docx.Document(str(out.path)).paragraphs if "đơn vị sau:" in p.text)
    assert intro.paragraph_format.keep_with_next


def test_the_counting_minutes_say_a_two_thirds_rule_as_a_fraction(services, rich, tmp_path):
    services.edits.change(m.Vote, rich["vote"].id, threshold_pct="200/3")
    out = services.documents.generate(
        rich["conference"].id, f"counting:{rich['vote'].id}", tmp_path
    )
    text = "\n".join(p.text for p in docx.Document(str(out.path)).paragraphs)
    assert "từ 2/3 trở lên" in text
    assert "66,67%" not in text  # the rounded percentage reads as the level itself
