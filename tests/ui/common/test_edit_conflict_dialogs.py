"""A dialog whose record someone else changed meanwhile: the conflict shows, Reload refreshes."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.core.clients.editing import get_client, update_client
from desktop.core.staff.editing import get_staff, update_staff
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.shell import settings
from desktop.ui.staff.staff_dialog import StaffDialog
from tests.ui.client_office import make_office


def _change_elsewhere(database, client_id: int, by: int | None = None, **changes) -> None:
    with database.session() as session:
        read = get_client(session, client_id).data
        update_client(session, client_id, replace(read, **changes), read=read, by=by)
        session.commit()


def test_client_dialog_shows_the_conflict_and_reloads(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    client_id = ids["K001"]
    # Kees is the person at this PC (not stored: later tests must not inherit him).
    monkeypatch.setattr(settings, "current_staff_id", lambda: ids["kees"])
    dialog = ClientDialog(database, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _change_elsewhere(database, client_id, by=ids["anna"], email="anna@jansen.nl")

    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "kees@jansen.nl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused, the dialog stays open
    assert dialog.conflict_bar.isVisible()
    assert re.fullmatch(
        r"E-mail was changed by Anna Bakker at \d\d:\d\d; your change was not saved\.",
        dialog.conflict_bar.message_label.text(),
    )
    with database.session() as session:
        assert get_client(session, client_id).data.email == "anna@jansen.nl"

    qtbot.mouseClick(dialog.conflict_bar.reload_button, Qt.MouseButton.LeftButton)
    assert not dialog.conflict_bar.isVisible()
    assert dialog.email_edit.text() == "anna@jansen.nl"  # nothing stale is kept
    # Another edit after the reload is saved, and keeps Anna's e-mail; it records Kees.
    dialog.phone_edit.setText("030 123 4567")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.session() as session:
        data = get_client(session, client_id).data
        assert (data.email, data.phone) == ("anna@jansen.nl", "030 123 4567")


def test_client_dialog_keeps_a_change_of_another_field(qtbot, database) -> None:
    ids = make_office(database)
    client_id = ids["K001"]
    dialog = ClientDialog(database, client_id)
    qtbot.addWidget(dialog)
    _change_elsewhere(database, client_id, email="anna@jansen.nl")
    dialog.phone_edit.setText("0309998877")
    dialog.accept()
    assert not dialog.conflict_bar.isVisible()
    with database.session() as session:
        data = get_client(session, client_id).data
    assert (data.email, data.phone) == ("anna@jansen.nl", "030 999 8877")


def test_staff_dialog_shows_the_conflict_without_a_name(qtbot, database) -> None:
    ids = make_office(database)
    dialog = StaffDialog(database, ids["kees"])
    qtbot.addWidget(dialog)
    with database.session() as session:
        read = get_staff(session, ids["kees"])
        update_staff(session, ids["kees"], replace(read, team="Noord"), read=read)
        session.commit()
    dialog.team_edit.setText("Zuid")
    dialog.accept()
    assert dialog.conflict_bar.isVisibleTo(dialog)
    assert dialog.conflict_bar.message_label.text().startswith("Team was changed at ")
    dialog.conflict_bar.reload_button.click()
    assert dialog.team_edit.text() == "Noord"
