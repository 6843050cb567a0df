"""Client rewards: clients Active before a date (of a segment) marked once, listed for invoicing."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.pipelines.moves import move_client
from desktop.core.rewards.incentives import list_incentives, mark_incentives, set_invoiced
from tests.core.pipeline_helpers import utc
from tests.core.rewards.office import make_reward_office


def test_clients_active_before_a_date_are_marked_once(session: Session) -> None:
    office = make_reward_office(session)
    active = office.stage("Active")
    move_client(session, office.enrollments["Client 1"], active, None, at=utc(2))
    move_client(session, office.enrollments["Client 2"], active, None, at=utc(20))
    move_client(session, office.enrollments["Client 3"], active, None, at=utc(3))
    move_client(session, office.enrollments["Client 3"], office.stage("Invited"), None, at=utc(4))
    project = office.office.project_id
    fast = office.office.segments["Fast"]  # the odd-numbered clients
    assert mark_incentives(session, project, "10% off", active_before=date(2026, 3, 10)) == 1
    assert mark_incentives(session, project, "10% off", active_before=date(2026, 3, 10)) == 0
    assert mark_incentives(session, project, "5% off", segment_id=fast) == 0  # Client 2 is Slow
    assert mark_incentives(session, project, "5% off") == 1
    rows = list_incentives(session, project)
    assert [(row.client_name, row.incentive) for row in rows] == [
        ("Client 1", "10% off"),
        ("Client 2", "5% off"),
    ]
    set_invoiced(session, [rows[0].id])
    assert [row.invoiced for row in list_incentives(session, project)] == [True, False]
