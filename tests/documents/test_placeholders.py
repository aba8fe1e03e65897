"""The field reference covers every field of every document's context."""

from __future__ import annotations

import tempfile
from pathlib import Path

from thidua_desktop.documents.catalog import DOCX_KINDS
from thidua_desktop.documents.placeholders import describe, flatten, reference
from thidua_desktop.services.documents import placeholder_reference


def test_every_context_field_is_described(services, rich):
    svc = services.documents
    data = svc.load(rich["conference"].id)
    missing = set()
    for item in svc.items_for(data):
        if item.kind in {k.key for k in DOCX_KINDS} and item.available:
            with tempfile.TemporaryDirectory() as tmp:
                ctx = svc.context(data, item, "01/BB-KVTĐ", Path(tmp))
            missing |= {name for name, _ in flatten(ctx) if not describe(name)}
    assert missing == set()


def test_reference_has_examples(services, rich):
    text = placeholder_reference(services.documents, rich["conference"].id, "counting")
    assert "`{{ v.dong[].trich_dan }}`" in text and "11/14 phiếu (78,57%)" in text
    refs = {p.name: p for p in reference({"so": "05/BB-KVTĐ", "noi_nhan": ["a;", "b;", "c"]})}
    assert refs["so"].example == "05/BB-KVTĐ" and refs["noi_nhan"].example == "a;; b;; …"
