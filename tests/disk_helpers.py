"""A real small disk for tests of a full disk: a tmpfs of a few hundred KB mounted for the test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(folder: Path, size_kb: int = 256) -> Iterator[Path]:
    """Mount a `size_kb` tmpfs on `folder` (needs root, as the test machines and CI run)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("a full disk needs a tmpfs mount, which this account may not do")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)

