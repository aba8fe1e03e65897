"""One writer per database file, whatever name reaches it: hard link, symlink, `..`, NFD spelling."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services
from thidua_desktop.services.locking import DatabaseInUse, InstanceLock

ROOT = Path(__file__).resolve().parents[2]
NFC = unicodedata.normalize("NFC", "Hội nghị Hòa Bình.db")
NFD = unicodedata.normalize("NFD", NFC)

HOLD = (
    "import sys, time; from pathlib import Path;"
    "from thidua_desktop.services.container import Services;"
    "s = Services.open(Path(sys.argv[1]), actor='GUI', exclusive=True);"
    "print('held', flush=True); time.sleep(60)"
)


@pytest.fixture
def first(tmp_path):
    """A database held by another process, as the GUI holds it."""
    db = tmp_path / NFC
    Services.open(db).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout.readline().strip() == "held"
    yield db
    proc.kill()
    proc.wait()


def other_names(db: Path) -> dict[str, Path]:
    folder = db.parent
    (folder / "sub").mkdir()
    hard = folder / "hard.db"
    hard.hardlink_to(db)
    link = folder / "link.db"
    link.symlink_to(db)
    nfd = folder / NFD  # another file name on Linux: a hard link spelled in NFD
    nfd.hardlink_to(db)
    return {"hard": hard, "symlink": link, "dotdot": folder / "sub" / ".." / db.name, "nfd": nfd}


@pytest.mark.skipif(sys.platform == "win32", reason="links made the POSIX way")
@pytest.mark.parametrize("how", ["hard", "symlink", "dotdot", "nfd"])
def test_a_second_writer_through_another_name_is_refused(first, how):
    other = other_names(first)[how]
    with pytest.raises(DatabaseInUse, match="đang được mở .*GUI"):
        Services.open(other, exclusive=True)


def test_the_lock_is_taken_again_after_release(tmp_path):
    db = tmp_path / "cluster.db"
    with InstanceLock(db, lock_dir=tmp_path / "locks"):
        with pytest.raises(DatabaseInUse):
            InstanceLock(db, lock_dir=tmp_path / "locks").acquire()
    lock = InstanceLock(db, lock_dir=tmp_path / "locks").acquire("again")
    assert lock.held
    lock.release()
    assert list((tmp_path / "locks").iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_symlinked_lock_file_never_truncates_its_target(tmp_path):
    db = tmp_path / "cluster.db"
    Services.open(db).close()
    precious = tmp_path / "precious.txt"
    precious.write_text("báo cáo tổng kết", encoding="utf-8")
    (tmp_path / "cluster.db.lock").symlink_to(precious)
    with pytest.raises(ValidationError, match="Tệp khóa .* không phải tệp thường"):
        Services.open(db, exclusive=True)
    assert precious.read_text(encoding="utf-8") == "báo cáo tổng kết"


@pytest.mark.skipif(sys.platform == "win32", reason="links made the POSIX way")
def test_a_hard_linked_lock_file_never_truncates_its_other_name(tmp_path):
    db = tmp_path / "cluster.db"
    Services.open(db).close()
    precious = tmp_path / "precious.txt"
    precious.write_text("danh sách", encoding="utf-8")
    (tmp_path / "cluster.db.lock").hardlink_to(precious)
    with pytest.raises(ValidationError, match="không phải tệp thường"):
        Services.open(db, exclusive=True)
    assert precious.read_text(encoding="utf-8") == "danh sách"
