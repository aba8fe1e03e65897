"""Faults of the disk when opening the database are said as what they are, never as damage."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.cluster_builders import build_small_cluster
from tests.disk_helpers import small_disk
from thidua_desktop.domain.errors import ValidationError
from thidua_desktop.services.container import Services

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs mounts")


def _fill(folder, leave_kb: int) -> None:
    """Fill a small disk until about `leave_kb` KB are left."""
    import shutil

    free = shutil.disk_usage(folder).free
    (folder / "filler.bin").write_bytes(b"\0" * max(free - leave_kb * 1024, 0))


def test_a_new_database_on_a_full_disk_says_the_disk_is_full(tmp_path):
    with small_disk(tmp_path / "usb", "256k") as disk:
        _fill(disk, leave_kb=8)
        with pytest.raises(ValidationError) as info:
            Services.open(disk / "hall.db", exclusive=True)
        message = str(info.value)
        assert message.startswith("Ổ đĩa đầy")
        assert "hỏng" not in message and "\n" not in message


def test_a_database_on_a_read_only_disk_says_so_and_opens_once_writable_again(tmp_path):
    with small_disk(tmp_path / "usb", "1024k") as disk:
        services = Services.open(disk / "hall.db")
        build_small_cluster(services)
        services.close()
        ro = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
        if ro.returncode != 0:
            pytest.skip("cannot remount read-only here")
        with pytest.raises(ValidationError) as info:
            Services.open(disk / "hall.db", exclusive=True)
        message = str(info.value)
        assert "chỉ đọc" in message
        assert "hỏng" not in message and "\n" not in message
        # the refused open let go of every lock it had taken
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        again = Services.open(disk / "hall.db", exclusive=True)
        again.close()
