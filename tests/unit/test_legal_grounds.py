"""Legal grounds: the instruments of a letter's date, the year's own list, the m003 upgrade."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.fixtures.make_schema_m003 import DECISION
from tests.fixtures.make_schema_m003 import PATH as M003
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.domain.legal_grounds import (
    clean_ground,
    default_grounds,
    national_grounds,
    numbered,
    regulation_citation,
    with_decision,
)
from thidua_desktop.services.container import Services


def numbers(grounds):
    return [g for g in grounds for n in ("QH", "NĐ-CP") if n in g]


def test_a_2016_letter_cites_the_2003_law_as_amended_and_its_decrees():
    grounds = national_grounds(date(2016, 11, 22))
    text = "\n".join(grounds)
    for number in (
        "15/2003/QH11",
        "47/2005/QH11",
        "39/2013/QH13",
        "42/2010/NĐ-CP",
        "65/2014/NĐ-CP",
    ):
        assert number in text
    assert "06/2022/QH15" not in text and "91/2017" not in text and "98/2023" not in text
    assert grounds[0] == "Luật Thi đua, Khen thưởng số 15/2003/QH11 ngày 26 tháng 11 năm 2003"
    assert grounds[3].startswith(
        "Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ"
    )


def test_the_decree_of_2017_replaces_those_of_2010_and_2014_from_october():
    assert "91/2017/NĐ-CP" not in "".join(national_grounds(date(2017, 9, 30)))
    late = "".join(national_grounds(date(2017, 10, 1)))
    assert "91/2017/NĐ-CP ngày 31 tháng 7 năm 2017" in late and "42/2010" not in late
    assert "65/2014" not in late and "15/2003/QH11" in late
    assert "15/2003/QH11" in "".join(national_grounds(date(2023, 12, 31)))


def test_a_2024_letter_cites_the_2022_law_and_its_decree_only():
    grounds = national_grounds(date(2024, 11, 20))
    assert grounds == [
        "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022",
        "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
        "thi hành một số điều của Luật Thi đua, khen thưởng",
    ]


def test_the_regulation_is_cited_by_its_name_not_its_rules():
    text = "Quy chế hoạt động của Khu vực thi đua (mẫu): tập thể được suy tôn phải đạt 70%."
    assert regulation_citation(text) == "Quy chế hoạt động của Khu vực thi đua (mẫu)"
    assert regulation_citation("Tập thể được suy tôn phải đạt 70%.") == ""
    assert default_grounds(date(2024, 5, 1), text)[-1] == regulation_citation(text)


def test_punctuation_never_doubles():
    assert clean_ground("Căn cứ Quyết định số 12/QĐ-KVTĐ ngày 01/3/2016.;") == (
        "Quyết định số 12/QĐ-KVTĐ ngày 01/3/2016"
    )
    assert numbered(["a.", "b;", "c./."]) == ["a;", "b;", "c."]
    assert with_decision(["Luật X"], DECISION + ".") == ["Luật X", DECISION]
    # already cited (even spelt otherwise): not twice
    assert with_decision([DECISION.upper()], DECISION) == [DECISION.upper()]


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "cum.db"
    shutil.copyfile(M003, path)
    s = Services.open(path)
    yield s
    s.close()


def test_an_m003_file_upgrades_and_keeps_grounds_per_year(upgraded):
    s = upgraded
    names = {r["name"] for r in s.db.query("SELECT name FROM _sqlite_migrations")}
    assert "m004_legal_grounds" in names
    assert s.repo.count(m.LegalGround) == 0
    old, own = s.legal_grounds.grounds(1)
    assert not own and "15/2003/QH11" in old[0] and old[-1].startswith("Quy chế hoạt động")
    new, _ = s.legal_grounds.grounds(2)
    assert "06/2022/QH15" in new[0] and not any("2003" in g for g in new)
    s.legal_grounds.replace(1, ["Căn cứ Luật A;", "Quyết định số 7/QĐ-KV ngày 02/3/2016."])
    assert s.legal_grounds.grounds(1) == (["Luật A", "Quyết định số 7/QĐ-KV ngày 02/3/2016"], True)
    assert s.legal_grounds.grounds(2)[1] is False  # the other year keeps its defaults
    entry = s.repo.find(m.AuditEntry, "entity = 'LegalGround'")[-1]
    assert "Luật A" in entry.after
    s.legal_grounds.reset(1)
    assert s.legal_grounds.grounds(1)[1] is False


def test_duplicates_are_refused_and_nothing_changes(upgraded):
    s = upgraded
    s.legal_grounds.replace(1, ["Luật A"])
    with pytest.raises(ValidationError, match="trùng"):
        s.legal_grounds.replace(1, ["Luật B", "luật b."])
    assert s.legal_grounds.grounds(1) == (["Luật A"], True)


def test_the_decision_is_recognised_by_its_number_not_by_a_date():
    grounds = ["Kế hoạch số 12/KH-KVTĐ ngày 11/11/2016", "QĐ 2355/QĐ-BTP của Bộ"]
    assert with_decision(grounds, DECISION) == grounds  # its number is already cited
    dated = "Công văn ngày 11/11/2016 của Vụ Thi đua – Khen thưởng"
    assert with_decision(grounds[:1], dated) == [grounds[0], dated]
