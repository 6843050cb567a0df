"""File ▸ Retention…: the period is saved; the archived clients past it are anonymised."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from desktop.core.clients.editing import ClientData, archive_client, create_client
from desktop.core.db.engine import Database
from desktop.core.db.tables import clients
from desktop.core.office.settings import initialise_office
from desktop.core.privacy.retention import retention_months
from desktop.ui.privacy.retention_dialog import RetentionDialog
from desktop.ui.shell.main_window import MainWindow
from tests.ui.waiting import workers_idle


def test_the_period_and_anonymising_the_clients_past_it(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        old = create_client(session, ClientData(client_number="K1", name="Oud BV"))
        create_client(session, ClientData(client_number="K2", name="Nieuw BV"))
        archive_client(session, old)
        session.execute(
            update(clients)
            .where(clients.c.id == old)
            .values(archived_at=datetime(2020, 5, 1, tzinfo=UTC))
        )
        session.commit()
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = window.file_commands.open_retention()
    assert isinstance(dialog, RetentionDialog)
    workers_idle(qtbot)
    assert dialog.model.rowCount() == 0 and not dialog.anonymise_button.isEnabled()
    dialog.months_spin.setValue(24)
    dialog.save_period()
    workers_idle(qtbot)
    with database.connect() as connection:
        assert retention_months(connection) == 24
    assert [row.name for row in dialog.model.rows] == ["Oud BV"]
    assert "1 archived client" in dialog.summary_label.text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.changes_applied):
        dialog.anonymise_button.click()
    workers_idle(qtbot)
    assert dialog.model.rowCount() == 0
    with database.connect() as connection:
        names = sorted(connection.scalars(select(clients.c.name)))
    assert names == [f"Anonymised client {old}", "Nieuw BV"]


def test_the_clients_past_the_period_are_read_on_a_worker(
    qtbot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from desktop.ui.privacy import retention_dialog

    read_on: list[threading.Thread] = []

    def due(connection: object, months: int) -> list[object]:
        read_on.append(threading.current_thread())
        return []

    monkeypatch.setattr(retention_dialog, "due_for_anonymisation", due)
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        session.commit()
    dialog = RetentionDialog(database)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed):
        dialog.months_spin.setValue(12)
    workers_idle(qtbot)
    assert read_on and all(thread is not threading.main_thread() for thread in read_on)
