"""Minutes, counting minutes, handover record, pledge and score summary say what the records say."""

from __future__ import annotations

import re
from datetime import datetime

import docx
import pytest

from tests.documents.test_docx_documents import text_of
from tests.vote_helpers import build_vote_setup
from thidua_desktop.documents.vote_chart import chart_spec
from thidua_desktop.domain import model as m
from thidua_desktop.domain.vntext import format_time
from thidua_desktop.domain.voting_rules import InvalidReason
from thidua_desktop.services.demo import load_demo

YEAREND, LAUNCH = 1, 2  # the demo's conferences: year-end 2016, launch 2018


@pytest.fixture
def demo(services):
    load_demo(services.repo)
    return services


def render(services, conference_id, kind, out, vote_id=None):
    key = f"{kind}:{vote_id}" if vote_id else kind
    return services.documents.generate(conference_id, key, out).path


def paragraphs(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def table_rows(path, first_header: str) -> list[list[str]]:
    table = next(
        t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == first_header
    )
    return [[c.text for c in row.cells] for row in table.rows]


# -- minutes: attendance agrees with check-in ---------------------------------------------------
@pytest.mark.parametrize("conference_id", [YEAREND, LAUNCH])
def test_minutes_attendance_agrees_with_check_in(demo, tmp_path, conference_id):
    counts = demo.attendance.counts(conference_id)
    text = text_of(render(demo, conference_id, "minutes", tmp_path))
    delegates = f"{counts.delegates_present:02d}/{counts.delegates_expected:02d} đại biểu"
    units = f"có mặt {counts.units_represented:02d}/{counts.member_units:02d} đơn vị"
    guests = f"có mặt {counts.guests_present:02d}/{counts.guests_expected:02d} đại biểu"
    assert units in text and delegates in text and guests in text
    for vote in demo.repo.find(m.Vote, "conference_id = ?", [conference_id]):
        # the counting minutes' "số đơn vị có mặt" is the vote's own count: the same number
        assert vote.present_count == counts.units_represented
        assert demo.votes.present_from_attendance(conference_id) == vote.present_count


def test_launch_minutes_count_the_chairing_host_present(demo, tmp_path):
    text = text_of(render(demo, LAUNCH, "minutes", tmp_path))
    # its director chairs: the host is present, as the minutes' own "26/28 đơn vị ký kết" says
    assert "có mặt 26/28 đơn vị, 26/28 đại biểu" in text
    absent = next(line for line in text.splitlines() if line.startswith("Đơn vị vắng mặt"))
    assert "Thái Nguyên" not in absent
    assert absent == (
        "Đơn vị vắng mặt: Sở Tư pháp tỉnh Cao Bằng, Cục Thi hành án dân sự tỉnh Lai Châu."
    )


def test_the_secretary_is_not_a_delegate(services, small_cluster, tmp_path):
    """A secretary checked in from a unit with no delegate: neither the unit nor a delegate
    is counted, in the minutes as on the check-in page; checked in as a delegate, they are."""
    c, e = small_cluster, services.edits
    conf = c["conference"]
    for a in services.repo.find(m.Attendance):
        e.change(m.Attendance, a.id, present=True)
    clerk = e.create(
        m.Person(cluster_id=c["cluster"].id, full_name="Lê Thị Thư", unit_id=c["units"][2].id)
    )
    row = e.create(
        m.Attendance(conference_id=conf.id, person_id=clerk.id, role="secretary", present=True)
    )
    counts = services.attendance.counts(conf.id)
    assert (counts.delegates_present, counts.units_represented) == (2, 2)
    text = text_of(render(services, conf.id, "minutes", tmp_path))
    assert "có mặt 02/03 đơn vị, 02/02 đại biểu" in text
    assert "Đơn vị vắng mặt: Sở Tư pháp tỉnh Hòa Bình." in text
    e.change(m.Attendance, row.id, role="delegate")
    counts = services.attendance.counts(conf.id)
    assert (counts.delegates_present, counts.units_represented) == (3, 3)
    text = text_of(render(services, conf.id, "minutes", tmp_path / "again"))
    assert "có mặt 03/03 đơn vị, 03/03 đại biểu" in text


def test_next_years_head_only_in_year_end_minutes(demo, tmp_path):
    """With a 2019 head on record, the 2018 launch minutes still do not announce it."""
    e = demo.edits
    cluster = demo.repo.find(m.Cluster)[0]
    y2019 = e.create(m.Year(cluster_id=cluster.id, year=2019))
    unit = demo.repo.find(m.Unit, "cluster_id = ? AND is_member", [cluster.id])[0]
    e.create(m.YearRole(y2019.id, unit.id, m.YearRoleKind.HEAD))
    launch = text_of(render(demo, LAUNCH, "minutes", tmp_path / "launch"))
    assert "Hội nghị thống nhất:" not in launch and "năm 2019" not in launch
    yearend = text_of(render(demo, YEAREND, "minutes", tmp_path / "yearend"))
    assert (
        "Hội nghị thống nhất: Cục Thi hành án dân sự tỉnh Yên Bái là đơn vị Trưởng khu vực "
        "năm 2017" in yearend
    )


def test_minutes_say_adoption_copies_and_counting_committee(demo, tmp_path):
    lines = paragraphs(render(demo, YEAREND, "minutes", tmp_path))
    assert (
        "Biên bản đã được thông qua tại Hội nghị lúc 11 giờ 30 phút và được lập thành 04 bản "
        "có giá trị như nhau: 01 bản lưu tại Sở Tư pháp tỉnh Hòa Bình, 03 bản gửi kèm hồ sơ "
        "đề nghị khen thưởng." in lines
    )
    i = lines.index("Hội nghị biểu quyết thống nhất cử Ban kiểm phiếu gồm 03 đồng chí:")
    assert lines[i + 1].startswith("- Đồng chí Lương Đình Hòa") and lines[i + 1].endswith(
        "– Trưởng ban;"
    )
    assert lines[i + 3].endswith("– Ủy viên.")
    assert lines.index("Kết quả bỏ phiếu bình xét, suy tôn:") > i
    launch = paragraphs(render(demo, LAUNCH, "minutes", tmp_path / "launch"))
    assert (
        "Biên bản đã được thông qua tại Hội nghị lúc 11 giờ 00 phút và được lập thành 01 bản, "
        "lưu tại Sở Tư pháp tỉnh Thái Nguyên." in launch
    )
    assert not any("Ban kiểm phiếu" in p for p in launch)  # no vote, no committee


# -- counting minutes: times, invalid reasons, one numbering -----------------------------------
@pytest.fixture
def keyed_vote(services, small_cluster):
    """A vote counted at the keypad (ballot by ballot), one ballot invalid, result accepted."""
    s = build_vote_setup(services, small_cluster)
    votes = services.votes
    vote = votes.create_vote(s["conference"].id, s["award"].id, from_registrations=True)
    votes.set_counts(vote.id, present=5, issued=5, returned=5)
    services.edits.create(m.CountingMember(vote.id, "Trần Văn Kiểm", role="chief"))
    session = votes.counting.session(vote.id)
    for marks in ("1 2", "2", "2 4", ""):
        session.enter(marks)
    session.enter([], InvalidReason.UNREADABLE.value)
    votes.accept(vote.id)
    return s, votes.vote(vote.id)


def test_counting_minutes_print_start_end_and_invalid_reasons(services, keyed_vote, tmp_path):
    s, vote = keyed_vote
    first = services.repo.find(m.AuditEntry, "entity = 'BallotRecord' AND action = 'create'")[0]
    start = format_time(datetime.fromisoformat(first.at).time())
    end = format_time(datetime.fromisoformat(vote.closed_at).time())
    lines = paragraphs(render(services, s["conference"].id, "counting", tmp_path, vote.id))
    day = datetime.fromisoformat(first.at).date()
    opening = next(p for p in lines if p.startswith("Vào hồi"))
    assert opening.startswith(f"Vào hồi {start}, ngày {day.day:02d} tháng {day.month} năm")
    closing = next(p for p in lines if p.startswith("Việc kiểm phiếu kết thúc"))
    assert closing.endswith(f"thông qua vào hồi {end} cùng ngày./.")
    i = lines.index("Lý do phiếu không hợp lệ:")
    assert lines[i + 1] == f"- 01 phiếu: {InvalidReason.UNREADABLE.value}."


def test_counting_minutes_of_totals_leave_start_and_reasons_to_write(
    services, small_cluster, tmp_path
):
    from tests.vote_helpers import tallied_vote

    s = build_vote_setup(services, small_cluster)
    vote = tallied_vote(services, s, {1: 3, 2: 2}, valid=4, invalid=1)
    services.edits.create(m.CountingMember(vote.id, "Trần Văn Kiểm", role="chief"))
    # an imported vote carries no log of its keying: nothing to say when counting started
    services.repo.db.execute("DELETE FROM audit_log WHERE entity = 'VoteTotal'")
    services.votes.accept(vote.id)
    lines = paragraphs(render(services, s["conference"].id, "counting", tmp_path, vote.id))
    assert next(p for p in lines if p.startswith("Vào hồi")).startswith(
        "Vào hồi …… giờ …… phút, ngày 22 tháng 11 năm 2016"
    )
    assert any(p.startswith("Lý do phiếu không hợp lệ: ……") for p in lines)


def test_counting_chart_is_numbered_as_its_table(demo, tmp_path):
    data = demo.documents.load(YEAREND)
    for vd in data.votes:
        path = render(demo, YEAREND, "counting", tmp_path, vd.vote.id)
        rows = table_rows(path, "TT")[1:]
        bars = chart_spec(vd.result, ranked=True).bars
        assert [f"{r[0]}. {r[1]}" for r in rows] == [b.label for b in bars]
        assert [int(r[2]) for r in rows] == [b.votes for b in bars]
    # the screen keeps ballot order while keying
    vd = data.votes[0]
    assert [b.number for b in chart_spec(vd.result).bars] == [
        r.candidate.number for r in vd.result.rows
    ]


# -- handover record ---------------------------------------------------------------------------
def test_handover_counts_each_document_once_and_lists_items(demo, tmp_path):
    svc = demo.documents
    keys = [i.key for i in svc.items(YEAREND) if i.available]
    svc.generate_many(YEAREND, keys, tmp_path / "first")
    first = table_rows(render(demo, YEAREND, "handover", tmp_path / "h1"), "TT")
    svc.generate_many(YEAREND, keys, tmp_path / "second")  # every document archived again
    again = table_rows(render(demo, YEAREND, "handover", tmp_path / "h2"), "TT")
    assert again == first
    items = {r[1]: (r[2], r[3]) for r in first[1:]}
    assert items["Biên bản hội nghị năm 2016"] == ("01", "")
    assert items["Biên bản kiểm phiếu năm 2016"] == ("03", "")
    assert items["Hồ sơ đề nghị khen thưởng năm 2016 (tờ trình)"] == ("03", "")
    assert items["Quy chế hoạt động của Khu vực thi đua"][0] == "01"
    assert items["Bản giao ước thi đua năm 2016 có chữ ký của các đơn vị"] == (
        "01",
        "28/28 đơn vị đã ký",
    )
    assert "Kế hoạch tổ chức phong trào thi đua năm 2016" in items
    assert any(k.startswith("Gói dữ liệu của phần mềm") for k in items)
    assert not any("Mẫu văn bản riêng" in k for k in items)  # none: no empty line
    text = text_of(render(demo, YEAREND, "handover", tmp_path / "h3"))
    assert "CÙNG CHỨNG KIẾN:" in text
    assert (
        "- Đơn vị Phó Trưởng khu vực năm 2017: Sở Tư pháp tỉnh Thái Nguyên (đồng chí Nguyễn "
        "Ngọc Cường, Giám đốc); Cục Thi hành án dân sự tỉnh Tuyên Quang" in text
    )


def test_handover_prints_the_package_check_code_in_its_line(demo, tmp_path):
    demo.documents.package_digest = "3f2a9c0177b40d1e" + "0" * 48
    rows = table_rows(render(demo, YEAREND, "handover", tmp_path), "TT")
    package = next(r for r in rows if r[1].startswith("Gói dữ liệu"))
    assert package[2:] == ["01", "Mã kiểm tra: 3F2A 9C01 77B4 0D1E"]


def test_handover_made_from_a_launch_conference_leaves_the_date_to_write(demo, tmp_path):
    """2018 has only its launch conference (23/3): that is not the day of a year-end handover."""
    year = demo.repo.find(m.Year, "year = ?", [2018])[0]
    cluster = demo.repo.get(m.Cluster, year.cluster_id)
    head = next(u for u in demo.repo.find(m.Unit) if u.name == "Sở Tư pháp tỉnh Lào Cai")
    y2019 = demo.edits.create(m.Year(cluster_id=cluster.id, year=2019))
    demo.edits.create(m.YearRole(year_id=y2019.id, unit_id=head.id, role=m.YearRoleKind.HEAD))
    path = render(demo, LAUNCH, "handover", tmp_path)
    text = text_of(path)
    assert "Hôm nay, ngày …… tháng …… năm ……, tại Thái Nguyên" in text
    assert "23 tháng 3" not in text and "23/03/2018" not in place_date(path)
    assert place_date(path) == "Thái Nguyên, ngày …… tháng …… năm ……"
    # the year-end conference keeps its own date
    assert place_date(render(demo, YEAREND, "handover", tmp_path / "ye")) == (
        "Hòa Bình, ngày 22 tháng 11 năm 2016"
    )


# -- pledge --------------------------------------------------------------------------------------
def place_date(path) -> str:
    """The right cell of the header block: '…, ngày 18 tháng 3 năm 2016'."""
    return docx.Document(str(path)).tables[0].rows[0].cells[1].text.splitlines()[-1]


def test_pledge_is_dated_at_its_signing(demo, tmp_path):
    # 2016: signed on 18/3 (no conference recorded), printed from the 22/11 year-end conference
    assert place_date(render(demo, YEAREND, "pledge", tmp_path / "a")) == (
        "Hòa Bình, ngày 18 tháng 3 năm 2016"
    )
    assert place_date(render(demo, LAUNCH, "pledge", tmp_path / "b")) == (
        "Thái Nguyên, ngày 23 tháng 3 năm 2018"
    )


# -- score summary -------------------------------------------------------------------------------
def test_score_summary_title_once_unscored_unranked_two_signatures(demo, tmp_path):
    cluster = demo.repo.find(m.Cluster)[0]
    unscored = demo.edits.create(
        m.Unit(cluster_id=cluster.id, name="Sở Tư pháp tỉnh Mới Lập", short_name="STP Mới Lập")
    )
    path = render(demo, YEAREND, "scores", tmp_path)
    lines = paragraphs(path)
    title = lines.index("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA")
    assert lines[title + 1] == "Năm 2016"
    # the criteria set's own name ("Bảng chấm điểm thi đua năm 2016") is said once, in the body
    assert sum("năm 2016" in p.lower() for p in lines[: title + 2]) == 1
    assert sum("Bảng chấm điểm thi đua năm 2016" in p for p in lines) == 1
    rows = table_rows(path, "TT")
    last = rows[-1]
    assert last[1] == unscored.short_name and last[-2:] == ["Chưa chấm", "–"]
    assert [r[-1] for r in rows[1:-1]] == [str(i) for i in range(1, 29)]
    assert "01 đơn vị chưa được chấm điểm, không xếp hạng." in lines
    text = text_of(path)
    assert "NGƯỜI LẬP BIỂU" in text and "Lê Thanh Dung" in text  # the secretary prepared it
    assert "TRƯỞNG KHU VỰC" in text and "Dương Minh Vinh" in text
    assert not re.search(r"tự chấm nếu chưa chấm", text)
