"""File ▸ Import history…: the list, Undo, and a refused undo that changes nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.core.clients.editing import get_client, update_client
from desktop.core.db.engine import Database
from desktop.core.db.models import Client
from desktop.core.imports.importer import ImportOptions, run_import
from desktop.ui.imports import history_dialog
from desktop.ui.imports.history_dialog import ImportHistoryDialog
from desktop.ui.shell.main_window import MainWindow
from tests.core.imports.samples import write_csv


def _import(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lijst.csv", ["Naam;Plaats", "Een BV;Ede", "Twee BV;Epe"])
    assert run_import(database, path, None, ImportOptions(by_name="Marieke")).created == 2


def _clients(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def test_undo_from_the_history_dialog(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(database, tmp_path)
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.menus.import_history_action in window.menus.file_menu.actions()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = window.file_commands.open_import_history()
    assert isinstance(dialog, ImportHistoryDialog)
    assert dialog.model.rowCount() == 1
    file_index = dialog.model.index(0, 2)
    assert dialog.model.data(file_index, Qt.ItemDataRole.DisplayRole) == "lijst.csv"
    assert dialog.model.data(dialog.model.index(0, 3)) == "Marieke"
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.import_undone), qtbot.waitSignal(window.changes_applied):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _clients(database) == 0
    assert "2 clients removed" in dialog.status_label.text()
    assert dialog.model.data(dialog.model.index(0, 8)) != ""  # shown as undone
    assert not dialog.undo_button.isEnabled()


def test_refused_undo_names_the_changed_client(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(database, tmp_path)
    with database.session() as session:
        client_id = session.scalar(select(Client.id).where(Client.name == "Een BV"))
        read = get_client(session, client_id).data
        update_client(session, client_id, dataclasses.replace(read, city="Zwolle"), read=read)
        session.commit()
    shown: list[str] = []
    monkeypatch.setattr(history_dialog, "show_error", lambda _p, error: shown.append(str(error)))
    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    dialog.undo_selected(confirm=False)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Een BV" in shown[0] and "Twee BV" not in shown[0]
    assert _clients(database) == 2
