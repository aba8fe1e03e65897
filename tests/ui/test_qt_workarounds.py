"""None and True survive many Qt calls (PySide6 drops a reference to them on each)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from thidua_desktop.ui.qt_workarounds import pin_singletons


class Emitter(QObject):
    fired = Signal()


def test_singletons_outlive_the_references_lost_to_qt_calls(qtbot):
    pin_singletons()
    label = QLabel()
    qtbot.addWidget(label)
    emitter = Emitter()
    for _ in range(20000):  # more than None's or True's whole reference count without the pin
        label.setText("x")
        emitter.fired.emit()
    assert sys.getrefcount(None) > 1 << 39
    assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(False) > 1 << 39
