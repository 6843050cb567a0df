"""Enrollment, moves, undo, next actions, the timeline and the contact log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.clients.history import (
    add_contact,
    client_enrollments,
    client_timeline,
    contact_log,
)
from desktop.core.common.errors import (
    ConflictError,
    NotFoundError,
    OperationCancelled,
    ValidationError,
)
from desktop.core.common.vocab import ContactChannel
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import decline_reasons, move_client, move_clients
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import add_stage
from desktop.core.pipelines.undo import undo_move, undo_moves
from tests.core.pipeline_helpers import enrollment_of, make_office, utc


def transitions(session, enrollment_id):
    return session.scalars(
        select(StageTransition)
        .where(StageTransition.enrollment_id == enrollment_id)
        .order_by(StageTransition.id)
    ).all()


def test_enroll_all_active_clients_in_the_first_stage(session):
    office = make_office(session, clients=3)
    session.get(Client, office.clients["Client 3"]).archived = True
    progress = []
    assert (
        enroll_clients(
            session, office.project_id, at=utc(1), progress=lambda *a: progress.append(a)
        )
        == 2
    )
    assert progress[-1] == (2, 2)
    enrollment = enrollment_of(session, office, "Client 1")
    assert enrollment.stage_id == office.stages["Not approached"]
    assert enrollment.stage_since == utc(1)
    [first] = transitions(session, enrollment.id)
    assert (first.from_stage_id, first.to_stage_id, first.at) == (None, enrollment.stage_id, utc(1))
    # Again: nobody is enrolled twice, and nobody gets a second first transition.
    assert enroll_clients(session, office.project_id) == 0
    assert session.scalar(select(func.count()).select_from(StageTransition)) == 2


def test_enroll_a_selection_and_in_several_projects(session):
    office = make_office(session, clients=3)
    other = create_project(session, "Receipts", template="empty")
    add_stage(session, other.id, "Asked")
    ids = [office.clients["Client 1"], office.clients["Client 2"], office.clients["Client 2"]]
    assert enroll_clients(session, office.project_id, ids) == 2
    assert enroll_clients(session, other.id, ids) == 2
    assert enroll_clients(session, office.project_id) == 1  # only Client 3 is new
    assert [r.project_name for r in client_enrollments(session, ids[0])] == [
        "Client portal",
        "Receipts",
    ]


def test_enrolling_needs_a_stage_and_can_be_cancelled(session):
    office = make_office(session, clients=2)
    empty = create_project(session, "Receipts", template="empty")
    with pytest.raises(ConflictError):
        enroll_clients(session, empty.id)
    with pytest.raises(OperationCancelled):
        enroll_clients(session, office.project_id, is_cancelled=lambda: True)


def test_moves_are_recorded_forwards_and_backwards(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id, at=utc(1))
    s, ab = office.stages, office.staff["AB"]
    enrollment = enrollment_of(session, office, "Client 1")
    move_client(session, enrollment.id, s["Informed"], ab, " Called ", at=utc(3))
    move_client(session, enrollment.id, s["Invited"], ab, at=utc(5))
    back = move_client(session, enrollment.id, s["Informed"], ab, "Invitation bounced", at=utc(6))
    assert (back.from_stage_id, back.to_stage_id, back.note) == (
        s["Invited"],
        s["Informed"],
        "Invitation bounced",
    )
    assert (enrollment.stage_id, enrollment.stage_since) == (s["Informed"], utc(6))
    timeline = client_timeline(session, enrollment.id, today=date(2026, 3, 10))
    assert [(r.from_stage, r.to_stage, r.days_in_stage, r.by_name) for r in timeline] == [
        (None, "Not approached", 2, None),
        ("Not approached", "Informed", 2, "Anna Bakker"),
        ("Informed", "Invited", 1, "Anna Bakker"),
        ("Invited", "Informed", 4, "Anna Bakker"),
    ]
    assert timeline[1].note == "Called" and timeline[-1].is_current


def test_moving_to_the_same_stage_or_another_project_is_refused(session):
    office = make_office(session, clients=1)
    other = create_project(session, "Receipts", template="empty")
    foreign = add_stage(session, other.id, "Asked")
    enroll_clients(session, office.project_id)
    enrollment = enrollment_of(session, office, "Client 1")
    with pytest.raises(ConflictError):
        move_client(session, enrollment.id, office.stages["Not approached"], None)
    with pytest.raises(ValidationError):
        move_client(session, enrollment.id, foreign.id, None)
    with pytest.raises(NotFoundError):
        move_client(session, enrollment.id, office.stages["Informed"], 999)
    with pytest.raises(ValidationError):  # dated before the client entered its stage
        move_client(session, enrollment.id, office.stages["Informed"], None, at=utc(1, month=1))
    assert len(transitions(session, enrollment.id)) == 1


def test_moving_into_lost_needs_a_reason(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id)
    enrollment = enrollment_of(session, office, "Client 1")
    declined = office.stages["Declined"]
    with pytest.raises(ValidationError, match="reason"):
        move_client(session, enrollment.id, declined, None, reason="  ")
    with pytest.raises(ValidationError, match="Longer than 500 characters"):
        move_client(session, enrollment.id, declined, None, reason="R" * 501)
    assert enrollment.stage_id == office.stages["Not approached"]
    move = move_client(session, enrollment.id, declined, None, reason=decline_reasons()[0])
    assert (move.reason, enrollment.stage_id) == ("Prefers paper", declined)


def test_bulk_move_skips_clients_already_there(session):
    office = make_office(session, clients=4)
    enroll_clients(session, office.project_id)
    ids = [enrollment_of(session, office, f"Client {n}").id for n in range(1, 5)]
    s = office.stages
    move_client(session, ids[0], s["Invited"], None)
    moved = move_clients(session, ids, s["Invited"], office.staff["CD"], "Mailing")
    assert sorted(t.enrollment_id for t in moved) == ids[1:]
    assert {m.from_stage_id for m in moved} == {s["Not approached"]}
    notes = {session.get(StageTransition, m.transition_id).note for m in moved}
    assert notes == {"Mailing"}
    assert set(session.scalars(select(Enrollment.stage_id))) == {s["Invited"]}
    with pytest.raises(ValidationError):
        move_clients(session, ids, s["Declined"], None)
    with pytest.raises(NotFoundError):
        move_clients(session, [ids[0], 12345], s["Informed"], None)


def test_undo_records_the_move_back_and_keeps_history(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id, at=utc(1))
    s = office.stages
    enrollment = enrollment_of(session, office, "Client 1")
    move_client(session, enrollment.id, s["Informed"], None, at=utc(2))
    accidental = move_client(session, enrollment.id, s["Active"], None, at=utc(4))

    undo = undo_move(session, accidental.id, office.staff["AB"], at=utc(4, 13))
    assert (undo.from_stage_id, undo.to_stage_id, undo.reverts_id) == (
        s["Active"],
        s["Informed"],
        accidental.id,
    )
    assert enrollment.stage_id == s["Informed"]
    assert enrollment.stage_since == utc(2)  # back to when it really entered Informed
    rows = client_timeline(session, enrollment.id, today=date(2026, 3, 10))
    assert [(r.to_stage, r.reverted, r.is_undo) for r in rows] == [
        ("Not approached", False, False),
        ("Informed", False, False),
        ("Active", True, False),
        ("Informed", False, True),
    ]
    with pytest.raises(ConflictError):  # already undone (and no longer the latest)
        undo_move(session, accidental.id, None)
    with pytest.raises(ConflictError):  # an undo is not undone
        undo_move(session, undo.id, None)


def test_undo_only_the_latest_move_and_never_the_enrollment(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id)
    enrollment = enrollment_of(session, office, "Client 1")
    [enrolled] = transitions(session, enrollment.id)
    with pytest.raises(ConflictError):
        undo_move(session, enrolled.id, None)
    first = move_client(session, enrollment.id, office.stages["Informed"], None)
    move_client(session, enrollment.id, office.stages["Invited"], None)
    with pytest.raises(ConflictError, match="latest"):
        undo_move(session, first.id, None)


def test_undo_after_an_earlier_undo_restores_the_original_entry_time(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id, at=utc(1))
    s = office.stages
    enrollment = enrollment_of(session, office, "Client 1")
    move_client(session, enrollment.id, s["Informed"], None, at=utc(2))
    slip = move_client(session, enrollment.id, s["Invited"], None, at=utc(3))
    undo_move(session, slip.id, None, at=utc(3, 13))
    again = move_client(session, enrollment.id, s["Activated"], None, at=utc(5))
    undo_move(session, again.id, None, at=utc(5, 13))
    assert (enrollment.stage_id, enrollment.stage_since) == (s["Informed"], utc(2))


def test_next_action(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id)
    enrollment = enrollment_of(session, office, "Client 1")
    set_next_action(session, enrollment.id, " Call back ", date(2026, 4, 1))
    assert (enrollment.next_action, enrollment.next_action_due) == ("Call back", date(2026, 4, 1))
    set_next_action(session, enrollment.id, "", date(2026, 4, 1))
    assert (enrollment.next_action, enrollment.next_action_due) == (None, None)
    with pytest.raises(ValidationError):
        set_next_action(session, enrollment.id, "x" * 501, None)


def test_contact_log_newest_first(session):
    office = make_office(session, clients=1)
    client_id = office.clients["Client 1"]
    add_contact(session, client_id, ContactChannel.CALL, "Explained the portal", at=utc(2))
    add_contact(session, client_id, "visit", "Showed it", at=utc(5), by_staff_id=office.staff["AB"])
    rows = contact_log(session, client_id)
    assert [(r.channel_label, r.note, r.by_name) for r in rows] == [
        ("Visit", "Showed it", "Anna Bakker"),
        ("Call", "Explained the portal", None),
    ]
    with pytest.raises(ValidationError):
        add_contact(session, client_id, "fax", "")
    with pytest.raises(NotFoundError):
        add_contact(session, 999, ContactChannel.CALL, "")


def test_undo_a_bulk_move_all_or_nothing(session):
    office = make_office(session, clients=3)
    enroll_clients(session, office.project_id, at=utc(1))
    s = office.stages
    ids = [enrollment_of(session, office, f"Client {n}").id for n in range(1, 4)]
    move_client(session, ids[0], s["Informed"], None, at=utc(2))
    bulk = move_clients(session, ids, s["Invited"], None, at=utc(3))
    assert [m.from_stage_id for m in bulk] == [
        s["Informed"],
        s["Not approached"],
        s["Not approached"],
    ]

    move_client(session, ids[2], s["Activated"], None, at=utc(4))  # moved on since
    with pytest.raises(ConflictError, match="latest"):
        undo_moves(session, [m.transition_id for m in bulk], None, at=utc(5))
    assert session.get(Enrollment, ids[0]).stage_id == s["Invited"]  # nothing was taken back

    undone = undo_moves(session, [m.transition_id for m in bulk[:2]], None, at=utc(5))
    assert [(m.enrollment_id, m.to_stage_id) for m in undone] == [
        (ids[0], s["Informed"]),
        (ids[1], s["Not approached"]),
    ]
    first, second = session.get(Enrollment, ids[0]), session.get(Enrollment, ids[1])
    assert (first.stage_id, first.stage_since) == (s["Informed"], utc(2))
    assert (second.stage_id, second.stage_since) == (s["Not approached"], utc(1))
    assert [t.reverts_id for t in transitions(session, ids[0])][-1] == bulk[0].transition_id
