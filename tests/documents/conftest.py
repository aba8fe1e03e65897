"""Fixtures for document tests: a rich year-end conference and its generated set."""

from __future__ import annotations

import pytest

from tests.documents.fixtures import build_rich


@pytest.fixture
def rich(services):
    return build_rich(services)


@pytest.fixture
def generated(services, rich, tmp_path):
    """Every producible document of the rich conference, by kind."""
    svc = services.documents
    items = [i for i in svc.items(rich["conference"].id) if i.available]
    out = svc.generate_many(rich["conference"].id, [i.key for i in items], tmp_path / "out")
    return {g.item.kind: g for g in out}
