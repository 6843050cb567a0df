"""Turn errors into short messages: expected ones as they are, unexpected ones logged."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.common.errors import DraagvlakError
from desktop.core.common.logs import log_exception

SUMMARY_LENGTH = 200
_showing = False  # one error dialog at a time; errors meanwhile are only logged


def summary(error: BaseException) -> str:
    """One short line about an unexpected error: no SQL, no parameters, no traceback."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    lines = str(cause).strip().splitlines()
    text = lines[0] if lines else type(cause).__name__
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def _is_database_busy(error: BaseException) -> bool:
    cause = getattr(error, "orig", None) or error
    text = str(cause)
    # SQLite after its busy timeout; PostgreSQL after its lock timeout (see desktop/core/db/engine.py).
    return any(sign in text for sign in ("database is locked", "database is busy", "lock timeout"))


def _can_show_dialogs() -> bool:
    """Only the GUI thread of a living application may make a dialog; anywhere else (a
    worker's thread, the program's teardown) Qt would abort the process."""
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A domain error shows its own message; anything else is logged and summarised.

    Off the GUI thread, or once the application is gone, the error is only logged.
    """
    global _showing
    if not _can_show_dialogs():
        log_exception(error)
        return
    if isinstance(error, DraagvlakError):
        title = QCoreApplication.translate("ErrorHandler", "Draagvlak")
        message = str(error)
        critical = False
    else:
        path = log_exception(error)
        critical = True
        if _is_database_busy(error):
            title = QCoreApplication.translate("ErrorHandler", "Database busy")
            message = QCoreApplication.translate(
                "ErrorHandler",
                "Another task is saving to the database right now. Please try again in a "
                "moment; nothing was changed.",
            )
        else:
            title = QCoreApplication.translate("ErrorHandler", "Unexpected error")
            message = QCoreApplication.translate(
                "ErrorHandler", "Something went wrong: {error}\n\nDetails were written to {path}."
            ).format(error=summary(error), path=path)
    if _showing:
        return
    _showing = True
    try:
        if critical:
            QMessageBox.critical(parent, title, message)
        else:
            QMessageBox.warning(parent, title, message)
    finally:
        _showing = False


def install_exception_hook() -> None:
    """Uncaught exceptions in slots show a message instead of killing the application."""

    def hook(
        kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        error.__traceback__ = traceback
        show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
