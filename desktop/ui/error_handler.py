"""Turn errors into short messages: expected ones as they are, unexpected ones logged."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.errors import DraagvlakError
from desktop.logs import log_exception


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHandler", text)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A domain error shows its own message; anything else is logged and summarised."""
    if isinstance(error, DraagvlakError):
        QMessageBox.warning(parent, _tr("Draagvlak"), str(error))
        return
    path = log_exception(error)
    QMessageBox.critical(
        parent,
        _tr("Unexpected error"),
        _tr("Something went wrong: {error}\n\nDetails were written to {path}.").format(
            error=error, path=path
        ),
    )


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
