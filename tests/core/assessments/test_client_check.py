"""The client readiness check: five answers suggest a segment; the chosen one is set."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desktop.core.assessments.client_check import (
    CheckAnswers,
    get_check,
    save_check,
    suggest_position,
)
from desktop.core.clients.editing import ClientData, create_client, get_client
from desktop.core.common.errors import NotFoundError
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (CheckAnswers(True, True, True, True, True), 0),
        (CheckAnswers(True, True, True, True, False), 1),
        (CheckAnswers(True, False, True, False, False), 2),
        (CheckAnswers(), 3),
        (CheckAnswers(True, True, False, True, True), 2),  # does not want to: not the better half
    ],
)
def test_the_suggestion_places_the_yes_count_on_the_segments(answers, expected) -> None:
    assert suggest_position(answers, 4) == expected
    assert suggest_position(answers, 0) is None


def test_a_check_is_stored_and_sets_the_chosen_segment(session: Session) -> None:
    initialise_office(session, "Kantoor", "nl")
    segments = list_segments(session)
    client = create_client(session, ClientData(client_number="1001", name="Bakkerij Jansen"))
    answers = CheckAnswers(uses_email=True, uses_online_banking=True, wants_digital=True)
    assert save_check(session, client, answers, None, today=None) == segments[1].id
    check = get_check(session, client)
    assert check is not None and check.answers == answers
    assert check.suggested_segment_id == check.chosen_segment_id == segments[1].id
    assert get_client(session, client).data.segment_id == segments[1].id
    # The champion knows better: overridden, the suggestion is kept beside it.
    save_check(session, client, answers, segments[3].id)
    check = get_check(session, client)
    assert (check.suggested_segment_id, check.chosen_segment_id) == (segments[1].id, segments[3].id)
    assert get_client(session, client).data.segment_id == segments[3].id
    with pytest.raises(NotFoundError):
        save_check(session, 9999, answers, None)
    with pytest.raises(NotFoundError):
        save_check(session, client, answers, 9999)
