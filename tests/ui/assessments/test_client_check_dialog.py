"""The client readiness check dialog: the suggestion follows the answers; the choice is set."""

from __future__ import annotations

from desktop.core.assessments.client_check import get_check
from desktop.core.clients.editing import ClientData, create_client, get_client
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from desktop.ui.assessments.client_check_dialog import ClientCheckDialog


def test_the_suggestion_follows_the_answers_and_the_champion_overrides(qtbot, database) -> None:
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        client = create_client(session, ClientData(client_number="1", name="Bakkerij Jansen"))
        segments = list_segments(session)
        session.commit()
    dialog = ClientCheckDialog(database, client, "Bakkerij Jansen")
    qtbot.addWidget(dialog)
    assert dialog.suggestion_label.text() == f"{segments[-1].name} (0 of 5 yes)"
    for field in ("uses_email", "uses_online_banking", "wants_digital", "shares_documents"):
        dialog.boxes[field].setChecked(True)
    assert dialog.suggestion_label.text() == f"{segments[1].name} (4 of 5 yes)"
    assert dialog.segment_combo.currentText() == f"As suggested: {segments[1].name}"
    dialog.accept()
    with database.session() as session:
        assert get_client(session, client).data.segment_id == segments[1].id

    again = ClientCheckDialog(database, client, "Bakkerij Jansen")
    qtbot.addWidget(again)
    assert again.boxes["wants_digital"].isChecked() and "Last checked on" in again.last_label.text()
    again.segment_combo.setCurrentIndex(again.segment_combo.findData(segments[0].id))
    again.boxes["logs_in_alone"].setChecked(True)  # the champion's choice stays
    assert again.segment_combo.currentData() == segments[0].id
    again.accept()
    with database.session() as session:
        check = get_check(session, client)
        assert check is not None
        assert (check.suggested_segment_id, check.chosen_segment_id) == (
            segments[0].id,
            segments[0].id,
        )
        assert get_client(session, client).data.segment_id == segments[0].id
