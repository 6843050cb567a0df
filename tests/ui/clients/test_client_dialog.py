"""The client dialog shows and edits the street address, country, client since and mobile."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt

from desktop.core.clients.editing import get_client, update_client
from desktop.ui.clients.client_detail_dialog import ClientDetailDialog
from desktop.ui.clients.client_dialog import ClientDialog
from tests.ui.client_office import make_office


def _stored(database, client_id: int):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return get_client(session, client_id).data


def test_adding_a_client_with_the_new_fields(qtbot, database) -> None:
    make_office(database)
    dialog = ClientDialog(database)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.client_number_edit, "K100")
    qtbot.keyClicks(dialog.name_edit, "Van Dijk Installaties")
    qtbot.keyClicks(dialog.mobile_edit, "0612345678")
    qtbot.keyClicks(dialog.address_edit, "Dorpsstraat 1")
    qtbot.keyClicks(dialog.country_edit, "Nederland")
    assert not dialog.since_edit.isEnabled()  # unknown until ticked
    dialog.since_check.setChecked(True)
    dialog.since_edit.setDate(QDate(2015, 3, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    data = _stored(database, dialog.client_id)
    assert (data.mobile, data.address, data.country, data.client_since) == (
        "06 12345678",
        "Dorpsstraat 1",
        "Nederland",
        date(2015, 3, 1),
    )

    detail = ClientDetailDialog(database, dialog.client_id)
    qtbot.addWidget(detail)
    assert "mobile 06 12345678" in detail.contact_label.text()
    assert "Dorpsstraat 1" in detail.contact_label.text()
    assert "Nederland" in detail.contact_label.text()
    assert "client since " in detail.facts_label.text()


def test_editing_loads_and_clears_the_new_fields(qtbot, database) -> None:
    ids = make_office(database)
    with database.session() as session:
        read = get_client(session, ids["K001"]).data
        wanted = replace(read, mobile="0687654321", country="België", client_since=date(2020, 1, 2))
        update_client(session, ids["K001"], wanted, read=read)
        session.commit()
    dialog = ClientDialog(database, ids["K001"])
    qtbot.addWidget(dialog)
    assert dialog.mobile_edit.text() == "06 87654321"
    assert dialog.country_edit.text() == "België"
    assert dialog.since_check.isChecked()
    assert dialog.since_edit.date() == QDate(2020, 1, 2)
    dialog.since_check.setChecked(False)
    dialog.accept()
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    assert _stored(database, ids["K001"]).client_since is None


def test_an_unreadable_mobile_is_refused_at_its_field(qtbot, database) -> None:
    ids = make_office(database)
    dialog = ClientDialog(database, ids["K001"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mobile_edit.setText("06 123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.errors.message("mobile")
    assert message == "'06 123' is not a valid phone number."
    assert _stored(database, ids["K001"]).mobile is None


def test_a_stale_edit_of_the_mobile_is_refused(qtbot, database) -> None:
    ids = make_office(database)
    dialog = ClientDialog(database, ids["K001"])
    qtbot.addWidget(dialog)
    dialog.show()
    with database.session() as session:
        read = get_client(session, ids["K001"]).data
        update_client(session, ids["K001"], replace(read, mobile="0612345678"), read=read)
        session.commit()
    dialog.mobile_edit.setText("0687654321")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.conflict_bar.isVisible()
    assert dialog.conflict_bar.message_label.text().startswith("Mobile was changed")
    assert _stored(database, ids["K001"]).mobile == "06 12345678"
