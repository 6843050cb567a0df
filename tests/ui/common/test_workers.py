"""The one helper every long operation goes through: results, errors, Cancel, closed parents."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.common.errors import OperationCancelled, ValidationError
from desktop.ui.common import workers
from tests.ui.waiting import WORK_TIMEOUT_MS


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _wait_done(qtbot, worker: workers.Worker) -> None:
    qtbot.waitUntil(lambda: worker not in workers._running, timeout=WORK_TIMEOUT_MS)


def test_result_and_progress_reach_the_callbacks(qtbot, parent) -> None:
    results: list[object] = []

    def task(progress, is_cancelled):
        for step in range(3):
            progress(step + 1, 3)
        return "done"

    worker = workers.run_with_progress(parent, "Working", task, results.append)
    _wait_done(qtbot, worker)
    assert results == ["done"]


def test_errors_reach_on_error_once(qtbot, parent) -> None:
    errors: list[BaseException] = []

    def task(progress, is_cancelled):
        raise ValidationError("Bad value")

    worker = workers.run_with_progress(parent, "Working", task, print, on_error=errors.append)
    _wait_done(qtbot, worker)
    assert [str(error) for error in errors] == ["Bad value"]


def test_cancel_stops_a_cooperating_task(qtbot, parent) -> None:
    started = threading.Event()
    cancelled: list[bool] = []
    results: list[object] = []

    def task(progress, is_cancelled):
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.01)
        raise OperationCancelled("stopped")

    worker = workers.run_with_progress(
        parent, "Working", task, results.append, on_cancel=lambda: cancelled.append(True)
    )
    assert started.wait(WORK_TIMEOUT_MS / 1000)
    worker.cancel()
    _wait_done(qtbot, worker)
    assert cancelled == [True] and results == []


def test_work_that_finished_is_reported_even_if_cancel_came_late(qtbot, parent) -> None:
    results: list[object] = []
    release = threading.Event()

    def task(progress, is_cancelled):
        release.wait()
        return "committed"

    worker = workers.run_with_progress(parent, "Working", task, results.append)
    try:
        worker.cancel()  # the task never looks at is_cancelled: it completes anyway
    finally:
        release.set()
    _wait_done(qtbot, worker)
    assert results == ["committed"]


def test_closing_the_parent_cancels_and_calls_nothing_on_it(qtbot, monkeypatch) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    parent = QWidget()
    results: list[object] = []
    release = threading.Event()
    saw_cancel: list[bool] = []

    def task(progress, is_cancelled):
        release.wait()  # until the parent is gone
        for step in range(5):
            progress(step, 5)
        saw_cancel.append(is_cancelled())
        return "late"

    worker = workers.run_with_progress(parent, "Working", task, results.append)
    try:
        parent.deleteLater()
        qtbot.waitUntil(lambda: worker.is_cancelled(), timeout=WORK_TIMEOUT_MS)
    finally:
        release.set()
    _wait_done(qtbot, worker)  # every signal of the worker has been delivered by now
    assert saw_cancel == [True]
    assert results == [] and hooked == []


def test_latest_work_drops_a_superseded_result(qtbot, parent) -> None:
    gate = threading.Event()
    results: list[str] = []
    finished: list[str] = []
    work = workers.LatestWork(parent)

    def old(progress, is_cancelled):
        gate.wait(WORK_TIMEOUT_MS / 1000)
        return "old"

    first = work.run(old, results.append, on_finished=lambda: finished.append("old"))
    second = work.run(
        lambda p, c: "new", results.append, on_finished=lambda: finished.append("new")
    )
    _wait_done(qtbot, second)
    assert first.is_cancelled()  # asked to stop: nobody wants its answer any more
    gate.set()
    _wait_done(qtbot, first)
    assert results == ["new"]
    assert finished == ["new"]
    assert not work.running


def test_latest_work_supersede_drops_the_run_under_way(qtbot, parent) -> None:
    gate = threading.Event()
    results: list[object] = []
    work = workers.LatestWork(parent)
    worker = work.run(lambda p, c: gate.wait(WORK_TIMEOUT_MS / 1000), results.append)
    assert work.running
    work.supersede()
    assert not work.running
    gate.set()
    _wait_done(qtbot, worker)
    assert results == []


class _InlinePool:
    """A thread pool that runs a worker at once, inside ``start``: a task that ends before
    the caller's next line."""

    def start(self, worker) -> None:
        worker.run()


@pytest.mark.parametrize("with_progress", [False, True])
def test_latest_work_connects_everything_before_the_worker_starts(
    qtbot, parent, monkeypatch, with_progress
) -> None:
    monkeypatch.setattr(workers.QThreadPool, "globalInstance", staticmethod(_InlinePool))
    seen: list[object] = []
    work = workers.LatestWork(parent)
    task = lambda p, c: "quick"  # noqa: E731
    if with_progress:
        work.run_with_progress(
            parent, "Working", task, seen.append, on_finished=lambda: seen.append("end")
        )
    else:
        work.run(task, seen.append, on_finished=lambda: seen.append("end"))
    assert seen == ["quick", "end"]
    assert not work.running


def test_closing_the_owner_of_latest_work_cancels_it_and_delivers_nothing(
    qtbot, monkeypatch, caplog
) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    owner = QWidget()
    release = threading.Event()
    delivered: list[object] = []
    work = workers.LatestWork(owner)

    def task(progress, is_cancelled):
        release.wait(WORK_TIMEOUT_MS / 1000)  # until the owner is gone
        progress(1, 1)
        return "late"

    worker = work.run(task, delivered.append, delivered.append, on_finished=lambda: None)
    try:
        owner.close()
        owner.deleteLater()
        qtbot.waitUntil(worker.is_cancelled, timeout=WORK_TIMEOUT_MS)
    finally:
        release.set()
    _wait_done(qtbot, worker)  # every signal of the worker has been handled by now
    assert delivered == [] and hooked == []
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_after_shut_down_nothing_starts_and_late_answers_are_dropped(qtbot, parent) -> None:
    release = threading.Event()
    delivered: list[object] = []
    ran: list[str] = []
    work = workers.LatestWork(parent)
    running = work.run(lambda p, c: release.wait(WORK_TIMEOUT_MS / 1000), delivered.append)
    try:
        assert not workers.shut_down_workers(timeout_ms=0)  # it waits on the event
        assert running.is_cancelled()
        late = workers.start(workers.Worker(lambda p, c: ran.append("started")))
        assert late.is_cancelled()
    finally:
        release.set()
    assert workers.QThreadPool.globalInstance().waitForDone(WORK_TIMEOUT_MS)
    QCoreApplication.sendPostedEvents()  # what the worker reported, had it reported anything
    assert delivered == [] and ran == []
    workers.accept_work()


def test_a_worker_lets_no_error_escape_to_its_thread(monkeypatch, caplog) -> None:
    """Not even one from reporting (its signals object deleted at exit): PySide would hand it
    to sys.excepthook on the pool's thread."""
    import shiboken6

    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    worker = workers.Worker(lambda p, c: "answer")
    shiboken6.delete(worker.signals)
    worker.run()  # here, as the pool's thread would
    assert hooked == []
    assert [record.message for record in caplog.records] == ["Worker failed outside its task"]


def test_the_cycle_collector_runs_on_the_gui_thread_only(qtbot) -> None:
    """A widget an earlier test left in a reference cycle is not destroyed by a worker."""
    import gc

    collected_on: list[threading.Thread] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            collected_on.append(threading.current_thread())

    assert not gc.isenabled()  # the GUI-thread collector of tests/ui/conftest.py is on
    Cycle()
    # Enough new objects that Python's collector would start in the worker's thread.
    worker = workers.start(workers.Worker(lambda p, c: [[n] for n in range(10_000)]))
    _wait_done(qtbot, worker)
    assert collected_on in ([], [threading.main_thread()])
    gc.collect()
    assert collected_on == [threading.main_thread()]


EXIT_WHILE_WORKING = """
import threading

import shiboken6
from PySide6.QtWidgets import QApplication

from desktop.ui.common import workers
from desktop.ui.shell.error_handler import install_exception_hook

app = QApplication([])
install_exception_hook()
started, release = threading.Event(), threading.Event()

def task(progress, is_cancelled):
    started.set()
    release.wait()
    progress(1, 1)
    return "late"

worker = workers.start(workers.Worker(task))
started.wait()
workers.shut_down_workers(timeout_ms=0)  # it outlives the wait
shiboken6.delete(worker.signals)  # as the interpreter's teardown may, before the task ends
release.set()
shiboken6.delete(app)  # the QApplication goes; Qt waits for the pool's work
print("ended")
"""


def test_a_program_that_exits_while_a_worker_runs_ends_cleanly(tmp_path) -> None:
    """The task reports into a deleted signals object after the QApplication went: that used
    to reach the exception hook on the pool's thread, whose dialog aborted the process."""
    import os
    import subprocess

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment["DRAAGVLAK_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", EXIT_WHILE_WORKING],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ended"
    assert "Error calling Python override" not in result.stderr
