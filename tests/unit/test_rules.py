"""Record rules shared by every edit path."""

from __future__ import annotations


def test_one_reading_of_percentages_everywhere():
    from fractions import Fraction

    from thidua_desktop.domain.voting_rules import parse_percent

    assert parse_percent("2/3", "x") == Fraction(200, 3)
    assert parse_percent("200/3", "x") == Fraction(200, 3)
    assert parse_percent("66,67", "x") == Fraction(6667, 100)
