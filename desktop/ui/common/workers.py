"""Run long work off the GUI thread, with progress, Cancel and errors reported by signals.

A task is a plain function ``task(progress, is_cancelled) -> result`` that opens its own Session.
``progress(done, total)`` and ``is_cancelled()`` are plain callables (core stays Qt-free).
"""

from __future__ import annotations

import contextlib
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
        # Nothing may leave this method: PySide would hand it to sys.excepthook on this
        # thread, perhaps while the application is being torn down.
        try:
            self._run()
        except BaseException:  # noqa: BLE001 (the last guard of a thread Qt owns)
            _log_quietly("Worker failed outside its task")

    def _run(self) -> None:
        try:
            result = self.task(self._progress, self.is_cancelled)
        except OperationCancelled:
            self._emit(self.signals.cancelled)
        except Exception as error:  # reported to the GUI thread, which decides how to show it
            if not isinstance(error, DraagvlakError):
                log.error("Worker task failed", exc_info=error)
            self._emit(self.signals.failed, error)
        else:
            # Finished work counts even if Cancel came too late to stop it (it may have
            # committed): only OperationCancelled means nothing happened.
            self._emit(self.signals.succeeded, result)
        finally:
            self._emit(self.signals.finished)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progressed, done, total)

    def _emit(self, signal: Any, *args: object) -> None:
        """Deliver to the GUI thread, unless the program is closing: then nobody is waiting
        for the answer any more and the widgets it was for are going."""
        if not _closing.is_set():
            signal.emit(*args)


def _log_quietly(message: str) -> None:
    with contextlib.suppress(Exception):  # logging itself may be gone at interpreter exit
        log.error(message, exc_info=True)


_running: set[Worker] = set()
_closing = threading.Event()  # set once the program shuts down: no work starts or reports


def shut_down_workers(timeout_ms: int = 10_000) -> bool:
    """At exit, before the windows and the QApplication go: work not started yet is dropped,
    running tasks are asked to stop and waited for (they may hold a database transaction),
    and whatever they still report is dropped. False if one outlived ``timeout_ms``."""
    _closing.set()
    pool = QThreadPool.globalInstance()
    pool.clear()  # queued, never started: nothing to wait for
    for worker in list(_running):
        worker.cancel()
    if pool.waitForDone(timeout_ms):
        return True
    log.warning("A worker was still running at exit")
    return False


def accept_work() -> None:
    """Undo ``shut_down_workers`` once every worker has ended (a test that ran the program's
    exit in its own process); those that ended unreported are forgotten."""
    if _closing.is_set() and QThreadPool.globalInstance().waitForDone(0):
        _running.clear()
        _closing.clear()


def start(worker: Worker) -> Worker:
    """Start a worker and keep it alive until it has finished.

    Connect to its signals before: a quick task may end before the next line runs. While the
    program shuts down nothing starts (the worker is cancelled and reports nothing).
    """
    if _closing.is_set():
        worker.cancel()
        return worker
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
        # When the owner goes (a closed dialog), its run under way is asked to stop. A plain
        # holder, not self: this object goes with its owner.
        self._current: list[Worker] = []
        current = self._current
        owner.destroyed.connect(lambda: [worker.cancel() for worker in current])

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
        self._current.clear()

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
        self._current.append(self._worker)
        return self._worker, lambda: token == self._token

    def _finishing(self, on_finished: Callable[[], None] | None) -> Callable[[], None]:
        def finished() -> None:
            self._worker = None
            self._current.clear()
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
