"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread allocates past its threshold, and that is often a
worker (a query makes many objects). Garbage it finds there may hold Qt objects of the GUI
thread (a closed dialog in a reference cycle): destroying them from a worker can crash Qt.
So automatic collection is switched off and a timer on the GUI thread collects instead, the
generation the thresholds ask for (the pattern of calibre and pyqtgraph).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1_000


class GuiThreadCollector(QObject):
    """Collects on the GUI thread every second (and whenever ``check()`` is called)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python would."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] >= thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Hand collection back to Python (as it was before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
