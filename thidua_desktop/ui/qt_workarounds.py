"""Workarounds for defects of the Qt binding that would otherwise abort the app."""

from __future__ import annotations

import ctypes
import sys

_pinned = False


def pin_singletons() -> None:
    """Keep ``None``, ``True`` and ``False`` alive whatever PySide6 does to them (idempotent).

    PySide6 6.12 on CPython 3.11 returns these singletons without taking a reference: every
    void method (``setText``, ``QPainter.fillRect`` …) drops a reference to None, every signal
    ``emit()`` one to True. After a few thousand calls — a minute of counting ballots with the
    chart repainting — CPython aborts ("none_dealloc" / "bool_dealloc: deallocating True or
    False"). Adding 2**40 references makes that unreachable. From CPython 3.12 these objects
    are immortal and nothing is done.
    """
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every PyObject (Py_ssize_t) in release builds
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _pinned = True
