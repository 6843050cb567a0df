"""File ▸ Backups…: back up now, the list, restore (confirmed, then the database reopened);
automatic backups only when something changed, on a worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.core.backups import instance_lock
from desktop.core.clients.editing import ClientData, create_client
from desktop.core.db.engine import Database
from desktop.core.db.tables import clients
from desktop.core.office.settings import initialise_office
from desktop.ui.backups.auto_backup import AutoBackup
from desktop.ui.backups.backups_dialog import BackupsDialog
from desktop.ui.backups.backups_model import BackupsModel
from desktop.ui.shell.main_window import MainWindow
from tests.ui.waiting import workers_idle

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")


def _add_client(database: Database, number: str) -> None:
    with database.session() as session:
        create_client(session, ClientData(client_number=number, name=f"Client {number}"))
        session.commit()


def _clients(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(clients)) or 0


def test_back_up_now_then_restore_reopens_the_database(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        session.commit()
    _add_client(database, "K1")
    instance_lock.hold(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.menus.backups_action in window.menus.file_menu.actions()
    dialog = window.file_commands.open_backups()
    assert isinstance(dialog, BackupsDialog)
    workers_idle(qtbot)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.backed_up):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    workers_idle(qtbot)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, BackupsModel.CLIENTS)) == "1"
    _add_client(database, "K2")
    assert _clients(database) == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.restore_selected()
    workers_idle(qtbot)  # the backup is checked on a worker before the question
    assert _clients(database) == 2  # not confirmed: nothing happens
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    with qtbot.waitSignal(dialog.restored), qtbot.waitSignal(window.changes_applied):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    workers_idle(qtbot)
    assert _clients(database) == 1
    assert dialog.model.rowCount() == 2  # the backup, and the database as it was
    assert any(row.before_restore and row.clients == 2 for row in dialog.model.rows)
    assert window.auto_backup.timer.isActive()  # paused for the restore, running again
    instance_lock.release(database)


def test_automatic_backups_only_when_something_changed(qtbot, database: Database) -> None:
    auto = AutoBackup(database)
    assert auto.timer.isActive() and auto.timer.interval() == 30 * 60 * 1000
    with qtbot.waitSignal(auto.backed_up) as first:
        assert auto.back_up_if_changed()
    workers_idle(qtbot)
    assert first.args[0].clients == 0
    assert not auto.back_up_if_changed()  # nothing changed since
    _add_client(database, "K1")
    with qtbot.waitSignal(auto.backed_up) as second:
        assert auto.back_up_if_changed()
    workers_idle(qtbot)
    assert second.args[0].clients == 1
    auto.stop()
    assert not auto.timer.isActive()


def test_closing_the_window_backs_up_on_a_worker(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    _add_client(database, "K1")
    window.close()
    workers_idle(qtbot)
    path = database.file_path
    assert path is not None
    backups = list((path.parent / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("draagvlak-")


def test_the_backup_is_checked_on_a_worker_before_the_question(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop.ui.backups import backups_dialog

    checked_on: list[threading.Thread] = []
    asked_on: list[threading.Thread] = []

    def check(path: object) -> tuple[str, int]:
        checked_on.append(threading.current_thread())
        return "0015", 3

    def question(*_args: object) -> QMessageBox.StandardButton:
        asked_on.append(threading.current_thread())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(backups_dialog, "check_backup_file", check)
    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = BackupsDialog(database)
    qtbot.addWidget(dialog)
    path = database.file_path
    assert path is not None
    dialog.restore(path.parent / "some-backup.sqlite3")
    workers_idle(qtbot)
    main = threading.main_thread()
    assert checked_on and checked_on[0] is not main
    assert asked_on == [main]
