"""A next action marked done in the client's window on time earns its doer points."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate

from desktop.core.clients.history import client_enrollments
from desktop.core.rewards.ledger import balance
from desktop.ui.clients.client_detail_dialog import ClientDetailDialog
from desktop.ui.shell import settings
from tests.ui.pipeline_office import make_office


def test_marking_a_next_action_done_on_time_earns_points(qtbot, database) -> None:  # noqa: ANN001
    office = make_office(database)
    settings.set_current_staff_id(office.champion_id)
    dialog = ClientDetailDialog(database, office.client_ids[0])
    qtbot.addWidget(dialog)
    assert not dialog.done_action_button.isEnabled()
    qtbot.keyClicks(dialog.next_action_edit, "Call about the invitation")
    dialog.due_check.setChecked(True)
    dialog.due_date_edit.setDate(QDate(date.today() + timedelta(days=2)))
    dialog.save_action_button.click()
    assert dialog.done_action_button.isEnabled()
    dialog.done_action_button.click()
    with database.session() as session:
        (enrollment,) = client_enrollments(session, office.client_ids[0])
        assert enrollment.next_action is None
        assert balance(session, office.champion_id) == 2
    assert dialog.next_action_edit.text() == ""
    settings.set_current_staff_id(None)
