"""Start-up measurement for the benchmarks: report when the first table rows are painted.

Enabled only when the environment variable DRAAGVLAK_STARTUP_PROBE is set: the application then
prints ``first-rows <epoch seconds>`` on stdout after the first item view with rows has painted,
and quits. It costs nothing otherwise.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

PROBE_ENV = "DRAAGVLAK_STARTUP_PROBE"


class _FirstRowsProbe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            view = watched.parent()
            model = view.model() if isinstance(view, QAbstractItemView) else None
            if model is not None and model.rowCount() > 0 and view.isVisible():
                moment = time.time()
                QApplication.instance().removeEventFilter(self)
                # After this paint has completed, report and leave.
                QTimer.singleShot(0, lambda: _report(moment))
        return False


def _report(moment: float) -> None:
    if sys.stdout is not None:  # a windowed Windows program has no console to write to
        sys.stdout.write(f"first-rows {moment:.6f}\n")
        sys.stdout.flush()
    QApplication.instance().quit()


def install_if_requested(app: QApplication) -> None:
    if os.environ.get(PROBE_ENV):
        probe = _FirstRowsProbe(app)
        app.installEventFilter(probe)
