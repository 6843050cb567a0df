"""Start-up measurement for the benchmarks: report when the client list's first rows are painted.

Enabled only when the environment variable DRAAGVLAK_STARTUP_PROBE is set: the application then
prints ``first-rows <epoch seconds>`` on stdout once the client table (the item view named
``client_table``, not the sidebar) has painted rows, and quits. With the value ``board`` it then
opens the board and prints ``board-rows <epoch seconds>`` once a column has painted its cards
before it quits (the memory benchmark: both areas open). Where the system tells (Linux), its
last line is ``peak-memory <bytes>``: the most resident memory the process has held. It costs
nothing otherwise.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

PROBE_ENV = "DRAAGVLAK_STARTUP_PROBE"
CLIENT_TABLE = "client_table"  # the object name of the client list's table view
CARD_LIST = "card_list"  # the object name of a board column's list view


class _FirstRowsProbe(QObject):
    def __init__(self, app: QApplication, open_board: Callable[[], None] | None) -> None:
        super().__init__(app)
        self._open_board = open_board
        self._waiting_for = CLIENT_TABLE
        self._watched: list[QObject] = []

    def watch(self, root: QWidget) -> None:
        """Watch the paints of the client table only: a filter on the whole application would
        see every event of every widget, and PySide6 then makes a Python object of each
        widget and event it passes on (≈ 20 ms of the app's start, not of the baseline's).
        Without such a table under ``root`` the whole application is watched."""
        views = root.findChildren(QAbstractItemView, CLIENT_TABLE)
        if isinstance(root, QAbstractItemView) and root.objectName() == CLIENT_TABLE:
            views.append(root)
        if not views:
            self._watch(QApplication.instance())
        for view in views:
            self._watch(view.viewport())

    def _watch(self, watched: QObject) -> None:
        watched.installEventFilter(self)
        self._watched.append(watched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if isinstance(view, QAbstractItemView) and view.objectName() == self._waiting_for:
                model = view.model()
                if model is not None and model.rowCount() > 0 and view.isVisible():
                    self._painted(time.time())
        return False

    def _painted(self, moment: float) -> None:
        if self._waiting_for == CLIENT_TABLE:
            _write(f"first-rows {moment:.6f}")
            if self._open_board is not None:
                self._waiting_for = CARD_LIST
                self._watch(QApplication.instance())  # the board's columns are made later
                QTimer.singleShot(0, self._open_board)
                return
        else:
            _write(f"board-rows {moment:.6f}")
        self._waiting_for = ""
        peak = _peak_memory()
        if peak:
            _write(f"peak-memory {peak}")
        for watched in self._watched:
            watched.removeEventFilter(self)
        # After this paint has completed, leave.
        QTimer.singleShot(0, QApplication.instance().quit)


def _peak_memory() -> int:
    """The process's peak resident memory in bytes (VmHWM), 0 where the system does not tell.

    Not getrusage: its peak includes the launching process's memory, which a child started
    by fork or vfork holds for a moment before it starts this program.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024  # kB
    return 0


def _write(line: str) -> None:
    if sys.stdout is not None:  # a windowed Windows program has no console to write to
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def requested() -> bool:
    """Whether this start is measured: the window then opens on the client list (whatever
    area was open last, the dashboard included), which is what the probe waits for."""
    return bool(os.environ.get(PROBE_ENV))


def install_if_requested(
    app: QApplication, root: QWidget, open_board: Callable[[], None] | None = None
) -> None:
    """Install the probe when asked for, on the client table under ``root`` (the window);
    ``open_board`` shows the board (for ``board``)."""
    mode = os.environ.get(PROBE_ENV)
    if mode:
        _FirstRowsProbe(app, open_board if mode == "board" else None).watch(root)
