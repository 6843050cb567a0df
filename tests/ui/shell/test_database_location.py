"""The GUI refuses a SQLite database on a network share and warns about one in a synced
folder, before any window opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.backups import location
from desktop.ui.shell import app


def _no_loop(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "install_exception_hook", lambda: None)
    monkeypatch.setattr(app.QApplication, "exec", lambda self: 0)  # never block the test
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _parent, _title, text, kind=kind: shown.append((kind, text))
        )
    return shown


def test_a_network_share_is_refused(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _no_loop(monkeypatch)
    monkeypatch.setattr(location, "on_network", lambda path: True)
    path = tmp_path / "share" / "office.sqlite3"
    assert app.run_app(db=str(path), language="en") == 1
    assert shown[0][0] == "critical" and "PostgreSQL" in shown[0][1]
    assert not path.exists()


def test_a_synced_folder_is_warned_about_and_opens(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _no_loop(monkeypatch)
    path = tmp_path / "OneDrive - Kantoor" / "office.sqlite3"
    assert app.run_app(db=str(path), language="en") == 0
    assert shown[0][0] == "warning" and "sync" in shown[0][1]
    from desktop.core.backups import instance_lock
    from desktop.core.db.engine import open_database

    database = open_database(path)
    instance_lock.release(database)  # the lock run_app took for the program's lifetime
    database.dispose()
