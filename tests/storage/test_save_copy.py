"""«Lưu bản sao…»: a whole single-file copy made while the app keeps the file open."""

from __future__ import annotations

import os
import sqlite3

import pytest

from tests.disk_helpers import small_disk
from thidua_desktop.domain import model as m
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.files import save_copy, with_db_suffix


def test_copy_holds_every_committed_row_and_needs_no_wal(services, small_cluster, tmp_path):
    services.edits.create(
        m.Unit(cluster_id=small_cluster["cluster"].id, name="Sở Tư pháp Lai Châu")
    )
    (tmp_path / "usb").mkdir()
    target = save_copy(services, tmp_path / "usb" / ".." / "ban-sao.db")
    assert not target.with_name(target.name + "-wal").exists()
    conn = sqlite3.connect(target)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM units")}
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    assert "Sở Tư pháp Lai Châu" in names
    assert mode == "delete"
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # readable like any file made


def test_copy_onto_the_open_file_is_refused_whatever_the_spelling(
    services, small_cluster, tmp_path
):
    before = services.repo.count(m.Unit)
    link = tmp_path / "link.db"
    os.symlink(services.path, link)
    hard = tmp_path / "hard.db"
    os.link(services.path, hard)
    wal = services.path.with_name(services.path.name + "-wal")
    for target in (services.path, link, hard, wal):
        with pytest.raises(ValidationError, match="chính là cơ sở dữ liệu đang mở"):
            save_copy(services, target)
    assert services.repo.count(m.Unit) == before
    other = Services.open(tmp_path / "khac.db", actor="test")  # another cluster, open now
    try:
        other.edits.create(m.Cluster(name="Cụm khác"))
        with pytest.raises(ValidationError, match="đang được mở"):
            save_copy(services, tmp_path / "khac.db")
        assert other.repo.count(m.Cluster) == 1
    finally:
        other.close()
    services.edits.create(m.Unit(cluster_id=small_cluster["cluster"].id, name="Đơn vị mới"))
    assert services.repo.count(m.Unit) == before + 1


def test_copy_into_a_missing_folder_says_so(services, tmp_path):
    with pytest.raises(ValidationError, match="không tồn tại"):
        save_copy(services, tmp_path / "khong-co" / "x.db")


def test_a_full_disk_is_said_and_the_older_copy_survives(services, small_cluster, tmp_path):
    for i in range(40):  # a database larger than what is left on the stick
        services.edits.create(
            m.Unit(cluster_id=small_cluster["cluster"].id, name=f"Đơn vị {i} " + "x" * 2000)
        )
    with small_disk(tmp_path / "usb", "64k") as usb:
        target = usb / "ban-sao.db"
        target.write_bytes(b"older copy")
        with pytest.raises(ValidationError, match="Ổ đĩa đầy"):
            save_copy(services, target)
        assert target.read_bytes() == b"older copy"
        assert [p.name for p in usb.iterdir()] == ["ban-sao.db"]
    assert services.repo.count(m.Unit) >= 40


def test_db_suffix_is_added_only_when_missing(tmp_path):
    assert with_db_suffix(tmp_path / "cum") == tmp_path / "cum.db"
    assert with_db_suffix(tmp_path / "cum.DB") == tmp_path / "cum.DB"
