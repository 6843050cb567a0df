"""Run long work off the GUI thread, with progress, Cancel and errors reported by signals.

A task is a plain function ``task(progress, is_cancelled) -> result`` that opens its own Session.
``progress(done, total)`` and ``is_cancelled()`` are plain callables (core stays Qt-free).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.common.errors import DraagvlakError, OperationCancelled

log = logging.getLogger("draagvlak.workers")

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Task = Callable[[ProgressCallback, CancelCheck], Any]

PROGRESS_DELAY_MS = 500


class WorkerSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()


class Worker(QRunnable):
    """Runs one task on the global thread pool; signals arrive on the GUI thread."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the caller keeps it until `finished`

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.task(self.signals.progressed.emit, self.is_cancelled)
        except OperationCancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # reported to the GUI thread, which decides how to show it
            if not isinstance(error, DraagvlakError):
                log.error("Worker task failed", exc_info=error)
            self.signals.failed.emit(error)
        else:
            # Finished work counts even if Cancel came too late to stop it (it may have
            # committed): only OperationCancelled means nothing happened.
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


_running: set[Worker] = set()


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """At exit: let running tasks finish (they hold database transactions) before Qt goes."""
    for worker in list(_running):
        worker.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def start(worker: Worker) -> Worker:
    """Start a worker and keep it alive until it has finished.

    Connect to its signals before: a quick task may end before the next line runs.
    """
    _running.add(worker)
    worker.signals.finished.connect(lambda: _running.discard(worker))
    QThreadPool.globalInstance().start(worker)
    return worker


class _Relay(QObject):
    """Hands a worker's signals to callbacks only while its owner lives.

    Qt drops a connection when the receiving QObject is destroyed; a plain Python callable
    would instead be called on a deleted widget (a closed dialog) and fail.
    """

    def __init__(self, owner: QObject, **callbacks: Callable[..., None] | None) -> None:
        super().__init__(owner)
        self._callbacks = callbacks

    def connect_to(self, signals: WorkerSignals) -> None:
        for name in self._callbacks:
            getattr(signals, name).connect(getattr(self, name))

    def _call(self, name: str, *args: object) -> None:
        callback = self._callbacks.get(name)
        if callback is not None:
            callback(*args)

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._call("progressed", done, total)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self._call("succeeded", result)

    @Slot(object)
    def failed(self, error: object) -> None:
        self._call("failed", error)

    @Slot()
    def cancelled(self) -> None:
        self._call("cancelled")

    @Slot()
    def finished(self) -> None:
        self._call("finished")


class LatestWork(QObject):
    """Runs the work of one purpose (a search, a board read, a column's next page) on workers;
    only the newest run's answers are delivered.

    Each run takes a new token; answers of an older token are dropped, and so are those of the
    run under way after ``supersede()``. Every callback is connected before the worker starts
    (a quick task may end before the next line runs) and through a child of ``owner``, so none
    arrives after the owner is gone. This is the one way to ignore stale worker results.
    """

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._token = 0
        self._worker: Worker | None = None

    @property
    def running(self) -> bool:
        """True while the newest run has not finished (and was not superseded)."""
        return self._worker is not None

    @property
    def worker(self) -> Worker | None:
        return self._worker

    def supersede(self) -> None:
        """Forget the run under way: it is asked to stop and whatever it reports is dropped."""
        self._token += 1
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    def run(
        self,
        task: Task,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Worker:
        """Start ``task``, superseding the run before it; callbacks run on the GUI thread."""
        worker, is_current = self._new_worker(task)
        finished = self._finishing(on_finished)
        _connect(self, worker, is_current, on_success, on_error, on_cancel, finished)
        return start(worker)

    def run_with_progress(
        self,
        parent: QWidget,
        label: str,
        task: Task,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        cancellable: bool = True,
    ) -> Worker:
        """As ``run``, with the progress dialog of ``run_with_progress``."""
        worker, is_current = self._new_worker(task)
        callbacks = (on_success, on_error, on_cancel, self._finishing(on_finished))
        return _start_with_progress(parent, label, worker, cancellable, is_current, *callbacks)

    def _new_worker(self, task: Task) -> tuple[Worker, Callable[[], bool]]:
        self.supersede()
        token = self._token
        self._worker = Worker(task)
        return self._worker, lambda: token == self._token

    def _finishing(self, on_finished: Callable[[], None] | None) -> Callable[[], None]:
        def finished() -> None:
            self._worker = None
            if on_finished is not None:
                on_finished()

        return finished


def run_with_progress(
    parent: QWidget,
    label: str,
    task: Task,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> Worker:
    """Run a one-off task with a modal progress dialog that appears after 0.5 s; Cancel stops it.

    The callbacks run only while ``parent`` exists; closing the parent cancels the task.
    ``on_finished`` runs after any of the others. Work that a newer run makes stale goes
    through a ``LatestWork`` instead.
    """
    callbacks = (on_success, on_error, on_cancel, on_finished)
    return _start_with_progress(parent, label, Worker(task), cancellable, lambda: True, *callbacks)


def _start_with_progress(
    parent: QWidget,
    label: str,
    worker: Worker,
    cancellable: bool,
    is_current: Callable[[], bool],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None,
    on_cancel: Callable[[], None] | None,
    on_finished: Callable[[], None] | None,
) -> Worker:
    from desktop.ui.shell.error_handler import show_error

    # The dialog first: it closes before the callbacks run (one may close the parent).
    _attach_progress_dialog(parent, label, worker, cancellable)
    on_error = on_error or (lambda error: show_error(parent, error))
    _connect(parent, worker, is_current, on_success, on_error, on_cancel, on_finished)
    parent.destroyed.connect(worker.cancel)
    return start(worker)


def _connect(
    owner: QObject,
    worker: Worker,
    is_current: Callable[[], bool],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None,
    on_cancel: Callable[[], None] | None,
    on_finished: Callable[[], None] | None,
) -> None:
    """Hand the worker's signals to the callbacks while ``owner`` lives and ``is_current()``."""

    def current(callback: Callable[..., None] | None) -> Callable[..., None] | None:
        if callback is None:
            return None

        def deliver(*args: object) -> None:
            if is_current():
                callback(*args)

        return deliver

    _Relay(
        owner,
        succeeded=current(on_success),
        failed=current(on_error),
        cancelled=current(on_cancel),
        finished=current(on_finished),
    ).connect_to(worker.signals)


def _attach_progress_dialog(parent: QWidget, label: str, worker: Worker, cancellable: bool) -> None:
    """A modal progress dialog for ``worker`` that appears after 0.5 s; Cancel stops it."""
    cancel_text = QCoreApplication.translate("Workers", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setValue(0)

    def show_progress(done: int, total: int) -> None:
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)

    def finish() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    _Relay(dialog, progressed=show_progress, finished=finish).connect_to(worker.signals)
    dialog.canceled.connect(worker.cancel)
