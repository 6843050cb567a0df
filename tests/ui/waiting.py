"""Waiting for background work in GUI tests: on its signals, never on a clock."""

from __future__ import annotations

from desktop.ui.common import workers

# Only a guard against a hang: the wait ends as soon as the work has (on a busy machine too).
WORK_TIMEOUT_MS = 60_000


def workers_idle(qtbot) -> None:
    """Until every started worker has finished and its results have reached the GUI thread.

    A worker leaves ``workers._running`` on its last signal (`finished`), which Qt delivers
    after the ones before it; a result that starts new work keeps the set non-empty.
    """
    qtbot.waitUntil(lambda: not workers._running, timeout=WORK_TIMEOUT_MS)
