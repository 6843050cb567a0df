from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from desktop.core.clients.history import client_enrollments, contact_log
from desktop.core.common.vocab import ContactChannel
from desktop.core.pipelines.approaches import set_segment_approach
from desktop.ui.clients.client_detail_dialog import ClientDetailDialog
from desktop.ui.clients.client_history_models import TimelineModel
from desktop.ui.shell import settings
from tests.ui.pipeline_office import make_office


@pytest.fixture
def office(database):
    return make_office(database)


@pytest.fixture
def dialog(qtbot, database, office):
    widget = ClientDetailDialog(database, office.client_ids[0])
    qtbot.addWidget(widget)
    return widget


def test_shows_fields_stage_per_project_and_the_timeline(dialog) -> None:
    assert dialog.name_label.text() == "Bakkerij De Vries"
    assert "champion Anna de Wit" in dialog.facts_label.text()
    assert dialog.enrollments_model.index(0, 1).data() == "Invited  (stalled)"  # no next action
    model = dialog.timeline_model
    moves = [model.index(row, TimelineModel.MOVE).data() for row in range(model.rowCount())]
    assert moves == [
        "Informed → Invited",
        "Not approached → Informed",
        "Enrolled in Not approached",
    ]
    assert model.index(0, TimelineModel.DAYS).data() == "0 (so far)"
    assert model.index(0, TimelineModel.BY).data() == "Anna de Wit"
    assert model.index(1, TimelineModel.NOTE).data() == "Explained at the desk"


def test_adding_a_contact_shows_it_in_the_log(qtbot, dialog, database, office) -> None:
    settings.set_current_staff_id(office.champion_id)
    panel = dialog.contact_panel
    panel.channel_combo.setCurrentIndex(panel.channel_combo.findData(ContactChannel.VISIT.value))
    yesterday = QDate.currentDate().addDays(-1)
    panel.date_edit.setDate(yesterday)
    qtbot.keyClicks(panel.note_edit, "Showed the portal at the kitchen table")
    with qtbot.waitSignal(dialog.client_changed):
        panel.add_button.click()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "Visit"
    assert panel.model.index(0, 2).data() == "Anna de Wit"
    assert panel.model.index(0, 3).data() == "Showed the portal at the kitchen table"
    assert panel.note_edit.text() == ""
    with database.session() as session:
        (entry,) = contact_log(session, office.client_ids[0])
    assert entry.channel == ContactChannel.VISIT
    assert entry.at.astimezone().date() == yesterday.toPython()
    settings.set_current_staff_id(None)


def test_next_action_is_saved_and_clears_stalled(qtbot, dialog, database, office) -> None:
    due = date.today() + timedelta(days=3)
    qtbot.keyClicks(dialog.next_action_edit, "Call about the invitation")
    dialog.due_check.setChecked(True)
    dialog.due_date_edit.setDate(QDate(due))
    dialog.save_action_button.click()
    with database.session() as session:
        (enrollment,) = client_enrollments(session, office.client_ids[0])
    assert (enrollment.next_action, enrollment.next_action_due) == (
        "Call about the invitation",
        due,
    )
    assert dialog.enrollments_model.index(0, 1).data() == "Invited"  # no longer stalled
    assert dialog.enrollments_model.index(0, 3).data() == "Call about the invitation"


def test_too_long_next_action_is_refused_next_to_the_field(dialog, database, office) -> None:
    dialog.next_action_edit.setMaxLength(1000)
    dialog.next_action_edit.setText("x" * 501)
    dialog.save_action_button.click()
    assert "Longer than 500 characters" in dialog.action_errors.message("next_action")
    with database.session() as session:
        assert client_enrollments(session, office.client_ids[0])[0].next_action is None


def test_shows_the_approach_for_the_clients_segment(qtbot, database, office) -> None:
    with database.session() as session:
        set_segment_approach(
            session,
            office.project_id,
            office.segment_ids[0],
            "Invite straight away",
            ["webinar", "phone"],
            "Early-bird discount",
        )
        session.commit()
    dialog = ClientDetailDialog(database, office.client_ids[0])
    qtbot.addWidget(dialog)
    text = dialog.approach_label.text()
    assert dialog.approach_box.title() == "Approach for Front-runner"
    assert "Invite straight away" in text
    assert "Phone, Webinar" in text
    assert "Early-bird discount" in text


def test_client_outside_any_project(qtbot, database, office) -> None:
    dialog = ClientDetailDialog(database, office.archived_client_id)
    qtbot.addWidget(dialog)
    assert dialog.not_enrolled_label.isVisibleTo(dialog)
    assert not dialog.next_action_box.isEnabled()
    assert "archived" in dialog.facts_label.text()


def test_first_contact_asks_who_is_logging_it(qtbot, monkeypatch, dialog, database, office):
    from desktop.ui.board import identity

    settings.set_current_staff_id(None)
    asked = []
    monkeypatch.setattr(
        identity, "ask_identity", lambda parent, staff, current: asked.append(1) or staff[0].id
    )
    qtbot.keyClicks(dialog.contact_panel.note_edit, "Phoned")
    dialog.contact_panel.add_button.click()
    assert asked == [1]
    assert dialog.contact_panel.model.index(0, 2).data() == "Anna de Wit"
    assert settings.current_staff_id() == office.champion_id
    settings.set_current_staff_id(None)


def test_edit_client_opens_the_client_form_and_shows_the_change(monkeypatch, dialog) -> None:
    from desktop.ui.clients.client_dialog import ClientDialog

    def rename(form) -> int:
        form.name_edit.setText("Bakkerij De Vries & Zn")
        form.accept()
        return form.result()

    monkeypatch.setattr(ClientDialog, "exec", rename)
    dialog.edit_button.click()
    assert dialog.name_label.text() == "Bakkerij De Vries & Zn"
