"""Guard against a Qt binding that leaks references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None per call of a Qt method returning
nothing; after some tens of thousands of calls the process aborts ("none_dealloc"). A busy
board makes that many calls in minutes, so such a binding must never be installed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert before - sys.getrefcount(None) < 100
