from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from desktop.core.common.errors import ValidationError
from desktop.ui.shell import error_handler


def _capture(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda parent, title, text: shown.append((title, text)))
        )
    return shown


def test_domain_errors_show_their_own_message(qtbot, monkeypatch) -> None:
    shown = _capture(monkeypatch)
    error_handler.show_error(None, ValidationError("Name is required."))
    assert shown == [("Draagvlak", "Name is required.")]


def test_unexpected_errors_show_a_short_line_without_sql(qtbot, monkeypatch) -> None:
    shown = _capture(monkeypatch)
    error = OperationalError(
        "UPDATE clients SET email=? WHERE id=?", ("jan@example.nl", 1), sqlite3.Error("disk I/O")
    )
    error_handler.show_error(None, error)
    ((title, text),) = shown
    assert "disk I/O" in text
    assert "UPDATE" not in text and "jan@example.nl" not in text


def test_a_locked_database_says_try_again(qtbot, monkeypatch) -> None:
    shown = _capture(monkeypatch)
    error = OperationalError("INSERT ...", (), sqlite3.OperationalError("database is locked"))
    error_handler.show_error(None, error)
    assert "try again" in shown[0][1]


def test_one_error_dialog_at_a_time(qtbot, monkeypatch) -> None:
    shown: list[str] = []

    def nested(parent, title, text):
        shown.append(text)
        error_handler.show_error(None, RuntimeError("second, while the first is open"))

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(nested))
    error_handler.show_error(None, RuntimeError("first"))
    assert len(shown) == 1


def test_an_error_raised_on_a_workers_thread_is_only_logged(qtbot, monkeypatch) -> None:
    """The exception hook runs on the thread that raised: a dialog made there (or after the
    application went) makes Qt abort the whole program."""
    import sys
    import threading

    shown = _capture(monkeypatch)
    logged: list[BaseException] = []
    monkeypatch.setattr(error_handler, "log_exception", logged.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    error_handler.install_exception_hook()
    error = RuntimeError("raised on a worker")
    thread = threading.Thread(target=lambda: sys.excepthook(RuntimeError, error, None))
    thread.start()
    thread.join()
    assert logged == [error] and shown == []
