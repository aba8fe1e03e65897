"""Handover package: export → verify → open round trip, refusals, diff, replace, schema versions."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from tests.fixtures.make_packages import build_cluster, good_package, reseal
from tests.fixtures.newer_schema import with_extra_migration
from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import SchemaTooNew, ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.interchange import dumps, export_data
from thidua_desktop.services.package import export_package, verify_package
from thidua_desktop.services.package_open import diff_with, open_into, read_received
from thidua_desktop.storage import migrations as mig
from thidua_desktop.storage import package as store


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def file_sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_json(path):
    s = Services.open(path)
    try:
        return dumps(export_data(s.repo))
    finally:
        s.close()


def test_round_trip_export_verify_open_gives_identical_json(tmp_path, capsys):
    src = tmp_path / "src.db"
    build_cluster(src).close()
    pkg = tmp_path / "ban-giao.thidua"
    code, out, err = run(capsys, "--db", src, "package", "export", "-o", pkg, "--to", "hoa binh")
    assert code == 0, err
    assert "Sở Tư pháp tỉnh Hà Giang → Sở Tư pháp tỉnh Hòa Bình" in out
    code, out, err = run(capsys, "--db", src, "package", "verify", pkg)
    assert code == 0, err
    assert "Các năm: 2016, 2017" in out and "Phiếu bầu 5" in out and "Kết quả kiểm phiếu 3" in out
    # the file's own SHA-256, as sha256sum prints it, beside its size
    assert f"SHA-256 của tệp (so với sha256sum / certutil -hashfile): {file_sha256(pkg)}" in out
    assert f"Kích thước tệp: {pkg.stat().st_size:,} byte".replace(",", ".") in out
    dst = tmp_path / "dst.db"
    code, out, err = run(capsys, "--db", dst, "package", "open", pkg)
    assert code == 0, err
    # Everything travelled; the source then recorded the handover itself, with the package's
    # digest (the package cannot hold its own digest).
    sent, received = json.loads(export_json(src)), json.loads(export_json(dst))
    handover = sent.pop("handovers")
    assert received.pop("handovers") == []
    assert len(handover) == 1 and handover[0]["note"] == "ban-giao.thidua"
    digest = handover[0]["package_digest"]
    assert sent == received
    code, out, err = run(capsys, "--db", src, "package", "verify", pkg)
    assert digest in out
    # The audit trail travelled and still chains; opening added one entry.
    code, out, err = run(capsys, "--db", dst, "audit", "verify")
    assert code == 0 and "chuỗi băm của nhật ký thay đổi khớp" in out.lower()
    s = Services.open(dst)
    assert s.repo.find(m.AuditEntry)[-1].action == "open-package"
    s.close()


def test_package_is_a_plain_single_file_with_meta(tmp_path):
    pkg = good_package(tmp_path)
    assert pkg.read_bytes()[18:20] == b"\x01\x01"  # not WAL
    assert not list(tmp_path.glob(".good.thidua.*"))  # temp file renamed away
    info = verify_package(pkg)
    assert info.meta["schema_version"] == mig.schema_version()
    assert info.meta["to_unit"] == "Sở Tư pháp tỉnh Hòa Bình"
    assert info.meta["from_unit"] == "Sở Tư pháp tỉnh Hà Giang"
    assert info.counts["documents"] == 1 and info.audit_entries > 10
    assert len(info.meta["digest"]) == 64


def test_cancelled_export_leaves_nothing(tmp_path):
    src = tmp_path / "src.db"
    s = build_cluster(src)
    target = tmp_path / "out.thidua"
    with pytest.raises(store.Cancelled):
        export_package(s.repo, src, target, cancelled=lambda: True)
    s.close()
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "out.thidua" in p.name] == []


def test_existing_target_replaced_only_when_new_package_verified(tmp_path, monkeypatch):
    src = tmp_path / "src.db"
    s = build_cluster(src)
    target = tmp_path / "out.thidua"
    target.write_bytes(b"previous package")

    monkeypatch.setattr(store, "read_meta", lambda conn: {"digest": "something else"})
    with pytest.raises(ValidationError, match="đọc lại không khớp"):
        export_package(s.repo, src, target)
    s.close()
    assert target.read_bytes() == b"previous package"


def test_tampered_audit_log_in_package_refused(tmp_path):
    pkg = good_package(tmp_path)
    conn = sqlite3.connect(pkg)  # our own copy: we rebuild its digest to hide the edit
    conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 3")
    conn.commit()
    conn.close()
    reseal(pkg)
    with pytest.raises(ValidationError, match="nhật ký thay đổi đã bị sửa .* mục số 3"):
        verify_package(pkg)


def test_receiver_with_data_sees_diff_and_is_unchanged(tmp_path, capsys):
    pkg = good_package(tmp_path)
    dst = tmp_path / "dst.db"
    assert run(capsys, "--db", dst, "package", "open", pkg)[0] == 0
    s = Services.open(dst)
    unit = s.repo.find(m.Unit)[0]
    s.edits.change(m.Unit, unit.id, short_name="HG")
    s.edits.create(m.Unit(cluster_id=unit.cluster_id, name="Sở Tư pháp tỉnh Lào Cai"))
    diff = diff_with(s.repo, read_received(pkg))
    s.close()
    assert (diff["units"].changed, diff["units"].removed, diff["units"].added) == (1, 1, 0)
    before = hashlib.sha256(dst.read_bytes()).hexdigest()
    code, out, err = run(capsys, "--db", dst, "package", "open", pkg)
    assert code == 1
    assert "cùng cụm" in err and "Đơn vị: gói thêm 0, khác nhau 1, chỉ có ở máy này 1" in err
    assert hashlib.sha256(dst.read_bytes()).hexdigest() == before


def test_replace_backs_up_then_replaces(tmp_path, capsys):
    pkg = good_package(tmp_path)
    dst = tmp_path / "dst.db"
    s = Services.open(dst)
    s.edits.create(m.Cluster(name="Cụm cũ"))
    s.close()
    code, out, err = run(capsys, "--db", dst, "package", "open", pkg, "--replace")
    assert code == 0, err
    backups = list((tmp_path / "dst-backups").glob("*before-replace.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT name FROM clusters").fetchall() == [("Cụm cũ",)]
    old.close()
    s = Services.open(dst)
    assert [c.name for c in s.repo.find(m.Cluster)] == [
        "Khu vực thi đua khối cơ quan Tư pháp các tỉnh miền núi phía Bắc"
    ]
    s.close()
    src_json = export_json(tmp_path / "source-good.thidua.db")
    assert export_json(dst) == src_json


def test_into_refuses_an_existing_file(tmp_path, capsys):
    pkg = good_package(tmp_path)
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"keep me")
    code, out, err = run(
        capsys, "--db", tmp_path / "r.db", "package", "open", pkg, "--into", existing
    )
    assert code == 1 and "đã tồn tại" in err
    assert existing.read_bytes() == b"keep me"


def test_older_package_is_upgraded_on_the_way_in(tmp_path, monkeypatch):
    pkg = good_package(tmp_path)  # at this build's schema
    shipped = mig.known_migration_names()
    with_extra_migration(monkeypatch)
    received = read_received(pkg)
    assert received.info.schema_names == shipped
    dst = tmp_path / "newer-app.db"
    s = Services.open(dst)
    open_into(s.repo, received)
    assert s.db["clusters"].columns_dict["motto"] is str
    assert s.repo.count(m.BallotRecord) == 5
    s.close()


def test_package_from_newer_app_refused(tmp_path, monkeypatch):
    with monkeypatch.context() as mp:
        with_extra_migration(mp)
        pkg = good_package(tmp_path, "from-newer.thidua")
        assert verify_package(pkg).meta["schema_version"] == "m900_cluster_motto"
    with pytest.raises(SchemaTooNew, match="m900_cluster_motto"):
        verify_package(pkg)


def test_verify_never_writes_the_received_file(tmp_path):
    pkg = good_package(tmp_path)
    before = pkg.read_bytes()
    verify_package(pkg)
    read_received(pkg)
    assert pkg.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("good")) == [
        "good.thidua"
    ]


def test_export_with_handover_record_carries_it_in_the_package(tmp_path, capsys):
    src = tmp_path / "src.db"
    build_cluster(src).close()
    pkg = tmp_path / "out" / "ban-giao.thidua"
    code, out, err = run(capsys, "--db", src, "package", "export", "-o", pkg, "--record")
    assert code == 0, err
    record = next((tmp_path / "out").glob("*.docx"))
    assert f"Biên bản bàn giao: {record}" in out
    from docx import Document as Docx

    text = "\n".join(p.text for p in Docx(record).paragraphs)
    assert "BIÊN BẢN" in text.upper() and "Sở Tư pháp tỉnh Hòa Bình" in text
    info = verify_package(pkg)
    assert info.counts["documents"] == 2  # the fixture's document and the record
    assert not (tmp_path / "src.db.lock").exists()


def test_the_record_is_of_the_year_handed_over_never_an_older_one(tmp_path, capsys):
    """2017 has a conference but no head for 2018: the record is refused with what to do, not
    replaced by 2016's record (another head, another date), and no package is written."""
    src = tmp_path / "src.db"
    s = build_cluster(src)
    try:
        y2017 = s.repo.find(m.Year, "year = ?", [2017])[0]
        s.edits.create(
            m.Conference(year_id=y2017.id, kind=m.ConferenceKind.LAUNCH, title="Phát động 2017")
        )
    finally:
        s.close()
    pkg = tmp_path / "out" / "ban-giao.thidua"
    code, out, err = run(capsys, "--db", src, "package", "export", "-o", pkg, "--record")
    assert code == 1
    assert "năm 2017" in err and "thêm năm 2018" in err
    assert not pkg.exists() and not list((tmp_path / "out").glob("*.docx"))


def test_reference_schema_is_built_once_per_version_and_read_only(monkeypatch):
    names = tuple(mig.known_migration_names())
    built = []
    real = store.reference_db
    monkeypatch.setattr(store, "reference_db", lambda n: built.append(n) or real(n))
    store.reference_schema.cache_clear()
    first = store.reference_schema(names, True)
    again = store.reference_schema(names, True)
    without_meta = store.reference_schema(names, False)
    assert first is again and len(built) == 2
    assert ("table", store.META_TABLE) in first and ("table", store.META_TABLE) not in without_meta
    with pytest.raises(TypeError):
        first[("table", "foreign")] = ""  # type: ignore[index]
    store.reference_schema.cache_clear()


def test_the_record_inside_a_package_never_prints_an_earlier_packages_code(tmp_path, capsys):
    from docx import Document as Docx

    from thidua_desktop.domain.digest_text import short_digest

    src = tmp_path / "src.db"
    build_cluster(src).close()
    first = tmp_path / "one" / "ban-giao.thidua"
    assert run(capsys, "--db", src, "package", "export", "-o", first)[0] == 0
    earlier = short_digest(verify_package(first).package_digest)
    second = tmp_path / "two" / "ban-giao.thidua"
    code, out, err = run(capsys, "--db", src, "package", "export", "-o", second, "--record")
    assert code == 0, err
    record = next((tmp_path / "two").glob("*.docx"))
    text = "\n".join(p.text for p in Docx(record).paragraphs)
    for table in Docx(record).tables:
        text += "\n".join(c.text for row in table.rows for c in row.cells)
    assert earlier not in text
    # made later from the database, the record prints the latest package handed over
    services = Services.open(src, actor="test")
    try:
        later = services.documents.generate(
            services.repo.find(m.Conference, order_by="date DESC")[0].id, "handover", tmp_path
        )
    finally:
        services.close()
    latest = short_digest(verify_package(second).package_digest)
    later_doc = Docx(later.path)
    later_text = "\n".join(c.text for t in later_doc.tables for row in t.rows for c in row.cells)
    later_text += "\n".join(p.text for p in later_doc.paragraphs)
    assert latest in later_text
