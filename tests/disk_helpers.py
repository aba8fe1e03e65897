"""A tiny real filesystem (tmpfs) to fill up or make read-only; the test skips when not root."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "512k") -> Iterator[Path]:
    """Mount a `size` tmpfs on `folder` for the duration; skip the test if mounting fails."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def make_read_only(folder: Path) -> None:
    assert _mount("-o", "remount,ro", str(folder)), "remount read-only failed"


def fill(folder: Path) -> None:
    """Write until the disk is full (real ENOSPC), keeping the filler file."""
    with (folder / "filler.bin").open("wb") as f:
        with contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 65536)
                f.flush()
