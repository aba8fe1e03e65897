"""The short digest printed on paper."""

import hashlib

import pytest

from thidua_desktop.domain.digest_text import short_digest


def test_short_digest_groups_the_first_sixteen_hex_digits():
    full = hashlib.sha256(b"cum thi dua").hexdigest()
    short = short_digest(full)
    assert short.replace(" ", "") == full[:16].upper()
    assert [len(g) for g in short.split(" ")] == [4, 4, 4, 4]


@pytest.mark.parametrize("bad", ["", "abc", "z" * 64])
def test_short_digest_refuses_what_is_not_a_digest(bad):
    with pytest.raises(ValueError):
        short_digest(bad)
