"""The one helper every long operation goes through: results, errors, Cancel, closed parents."""

from __future__ import annotations

import sys
import threading

import pytest
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
