"""The client detail's Privacy menu: the change history, export, and anonymising after a
confirmation that says backups age out."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.clients.editing import ClientData, create_client, get_client, update_client
from desktop.core.db.engine import Database
from desktop.ui.clients.client_detail_dialog import ClientDetailDialog
from desktop.ui.privacy.audit_dialog import AuditDialog, AuditModel
from tests.ui.waiting import workers_idle


def _client(database: Database) -> int:
    with database.session() as session:
        client_id = create_client(
            session, ClientData(client_number="K7", name="Bakkerij Zwaluw", city="Delft")
        )
        read = get_client(session, client_id).data
        update_client(session, client_id, replace(read, city="Gouda"), read=read)
        session.commit()
    return client_id


def test_change_history_export_and_anonymise(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = _client(database)
    dialog = ClientDetailDialog(database, client_id)
    qtbot.addWidget(dialog)
    history = dialog.privacy.show_history()
    assert isinstance(history, AuditDialog)
    model = history.model
    texts = [
        [model.data(model.index(row, column)) for column in range(5)][2:]
        for row in range(model.rowCount())
    ]
    assert texts == [["City", "Delft", "Gouda"], ["Created", "", ""]]
    history.close()

    target = tmp_path / "k7.json"
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog.privacy.export_to(target)
    workers_idle(qtbot)
    assert json.loads(target.read_text(encoding="utf-8"))["client"]["city"] == "Gouda"

    shown: list[str] = []

    def answer(_parent, _title, text, *_args) -> QMessageBox.StandardButton:  # noqa: ANN001
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    with qtbot.waitSignal(dialog.client_changed):
        dialog.privacy.anonymise_action.trigger()
    workers_idle(qtbot)
    assert "rotation" in shown[0] and "Bakkerij Zwaluw" in shown[0]
    assert dialog.name_label.text() == f"Anonymised client {client_id}"
    assert "Gouda" not in dialog.contact_label.text()
    assert not dialog.privacy.anonymise_action.isEnabled()
    assert AuditModel({}).field_text("(anonymised)") == "Anonymised"


def test_a_staff_members_change_history_from_the_staff_dialog(qtbot, database: Database) -> None:
    from desktop.core.staff.editing import StaffData, create_staff, get_staff, update_staff
    from desktop.ui.staff.staff_dialog import StaffDialog

    with database.session() as session:
        staff_id = create_staff(session, StaffData(name="Kees", initials="KV"))
        read = get_staff(session, staff_id)
        update_staff(session, staff_id, replace(read, team="Audit"), read=read)
        session.commit()
    assert not StaffDialog(database).history_button.isVisibleTo(None)
    dialog = StaffDialog(database, staff_id)
    qtbot.addWidget(dialog)
    history = dialog.show_history()
    assert isinstance(history, AuditDialog)
    model = history.model
    assert [model.data(model.index(0, column)) for column in range(2, 5)] == ["Team", "", "Audit"]
