"""Every kind of bad package is refused with its reason (or opened correctly), the receiver's
data and the received file unchanged, never a crash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import pytest

from tests.fixtures.make_packages import CORPUS, TCVN3_NAME, build_cluster, good_package
from thidua_desktop.cli import main
from thidua_desktop.domain import model as m
from thidua_desktop.services.container import Services
from thidua_desktop.storage import package as store


def file_hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("corpus")


@pytest.fixture(scope="module")
def good(corpus_dir):
    return good_package(corpus_dir)


@pytest.fixture
def receiver(tmp_path):
    """A receiver that already holds a (different) cluster, closed so its bytes can be hashed."""
    path = tmp_path / "receiver.db"
    s = Services.open(path)
    s.edits.create(m.Cluster(name="Cụm thi đua các tỉnh Tây Nguyên"))
    s.close()
    return path


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_package(name, corpus_dir, good, receiver, tmp_path, capsys):
    builder, expected = CORPUS[name]
    bad = builder(corpus_dir, good)
    bad_before, receiver_before = file_hash(bad), file_hash(receiver)

    code = main(["--db", str(receiver), "package", "verify", str(bad)])
    _, err = capsys.readouterr()
    if expected is None:
        assert code == 0, err
    else:
        assert code == 1
        assert re.search(expected, err), err
        assert "Traceback" not in err

    # Opening into a database that holds data: refused either way, nothing changed.
    code = main(["--db", str(receiver), "package", "open", str(bad)])
    _, err = capsys.readouterr()
    assert code == 1
    assert re.search(expected or "không ghi đè", err), err
    assert file_hash(receiver) == receiver_before
    assert file_hash(bad) == bad_before

    # Opening into a new file: the good ones open, the bad ones leave no database behind.
    into = tmp_path / "new.db"
    code = main(["--db", str(receiver), "package", "open", str(bad), "--into", str(into)])
    out, err = capsys.readouterr()
    assert file_hash(bad) == bad_before
    if expected is not None:
        assert code == 1 and re.search(expected, err), err
        assert not into.exists() or Services.open(into).repo.is_empty()
        return
    assert code == 0, err
    s = Services.open(into)
    try:
        names = [u.name for u in s.repo.find(m.Unit)]
    finally:
        s.close()
    if name == "nfd_text":
        assert "Sở Tư pháp tỉnh Hà Giang" in names
        assert all(unicodedata.is_normalized("NFC", n) for n in names)
        assert "Unicode dựng sẵn (NFC)" in out
    else:
        assert TCVN3_NAME in names  # kept as received…
        assert "bảng mã cũ" in out and "TCVN3" in out  # …and flagged


def test_oversized_value_refused_before_reading(tmp_path, monkeypatch):
    src = tmp_path / "big.db"
    s = build_cluster(src)
    s.db.execute("UPDATE templates SET content = zeroblob(3 * 1024 * 1024)")
    s.db.conn.commit()
    from thidua_desktop.services.package import export_package, verify_package

    export_package(s.repo, src, tmp_path / "big.thidua")
    s.close()
    monkeypatch.setattr(store, "MAX_VALUE_BYTES", 1024 * 1024)
    with pytest.raises(Exception, match=r"quá lớn: templates.content \(dòng 1: 3,0 MB\)"):
        verify_package(tmp_path / "big.thidua")


def test_file_over_size_limit_refused_without_reading(tmp_path, good, monkeypatch):
    from thidua_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="quá lớn"):
        store.check_header(good, max_bytes=1024)
