"""The demo office: deterministic, complete, internally consistent and believable."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, create_client
from desktop.core.clients.history import add_contact
from desktop.core.common.errors import ConflictError, OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.common.validation import normalise_email, normalise_kvk, normalise_postcode
from desktop.core.common.vocab import ContactChannel, StaffRole, StageKind
from desktop.core.db.engine import open_database
from desktop.core.db.models import (
    Client,
    ContactLogEntry,
    Enrollment,
    Project,
    Segment,
    Staff,
    Stage,
    StageTransition,
)
from desktop.core.demo.names import CITIES
from desktop.core.demo.office import DemoOptions, DemoSummary, create_demo_office
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.stages import list_stages
from desktop.core.pipelines.stats import pipeline_numbers
from desktop.core.pipelines.stays import stay_problems
from desktop.core.staff.editing import StaffData, create_staff
from tests.core.pipelines.stay_walk import WHOLE, walked_medians

TODAY = date(2026, 3, 16)  # a Monday; fixed so runs on different days compare equal
SMALL = DemoOptions(clients=300, staff=18, seed=7, today=TODAY)


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _snapshot(session: Session) -> tuple[list[tuple], list[tuple], list[tuple]]:
    clients = session.execute(
        select(
            Client.client_number,
            Client.name,
            Client.postcode,
            Client.city,
            Client.email,
            Client.kvk_number,
            Client.segment_id,
            Client.champion_id,
        ).order_by(Client.id)
    ).all()
    moves = session.execute(
        select(
            StageTransition.enrollment_id,
            StageTransition.to_stage_id,
            StageTransition.at,
            StageTransition.by_staff_id,
        ).order_by(StageTransition.id)
    ).all()
    staff = session.execute(select(Staff.name, Staff.initials, Staff.role).order_by(Staff.id)).all()
    return clients, moves, staff


@pytest.fixture
def demo(session: Session) -> tuple[Session, DemoSummary]:
    summary = create_demo_office(session, SMALL)
    session.commit()
    return session, summary


def test_summary_matches_what_was_written(demo: tuple[Session, DemoSummary]) -> None:
    session, summary = demo
    assert summary.staff == _count(session, Staff) == 18
    assert summary.clients == _count(session, Client) == 300
    assert summary.projects == _count(session, Project) == 1
    assert summary.transitions == _count(session, StageTransition)
    assert summary.contacts == _count(session, ContactLogEntry) > 100
    champions = session.scalar(select(func.count()).where(Staff.is_champion.is_(True)))
    assert summary.champions == champions
    assert 3 <= champions <= 4


def test_same_seed_same_office_other_seed_other_office(
    demo: tuple[Session, DemoSummary], tmp_path: Path
) -> None:
    session, _ = demo
    first = _snapshot(session)
    for seed, expect_equal in ((SMALL.seed, True), (SMALL.seed + 1, False)):
        other = open_database(tmp_path / f"seed-{seed}.sqlite3")
        try:
            with other.session() as other_session:
                options = DemoOptions(clients=300, staff=18, seed=seed, today=TODAY)
                create_demo_office(other_session, options)
                other_session.commit()
                assert (_snapshot(other_session) == first) is expect_equal
        finally:
            other.dispose()


def test_refuses_an_office_with_data_unless_forced(session: Session) -> None:
    session.add(Staff(name="Anna de Boer", initials="AB", role=StaffRole.PARTNER))
    session.commit()
    with pytest.raises(ConflictError):
        create_demo_office(session, SMALL)
    assert _count(session, Client) == 0
    assert session.scalars(select(Staff.name)).all() == ["Anna de Boer"]


def test_force_replaces_the_office_entirely(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    old_names = set(session.scalars(select(Client.name)))
    # An undo points at the move it reverts; replacing the office must cope with that too.
    move = session.scalars(
        select(StageTransition).where(StageTransition.from_stage_id.is_not(None))
    ).first()
    assert move is not None
    session.add(
        StageTransition(
            enrollment_id=move.enrollment_id,
            from_stage_id=move.to_stage_id,
            to_stage_id=move.from_stage_id,
            reverts_id=move.id,
        )
    )
    session.commit()
    options = DemoOptions(clients=80, staff=10, seed=99, today=TODAY)
    summary = create_demo_office(session, options, force=True)
    session.commit()
    assert (_count(session, Client), _count(session, Staff)) == (80, 10)
    assert _count(session, Project) == 1
    assert _count(session, Segment) == 4
    assert summary.transitions == _count(session, StageTransition)
    assert set(session.scalars(select(Client.name))) != old_names
    # Every transition belongs to an enrollment of the new office.
    orphans = select(func.count()).where(~StageTransition.enrollment_id.in_(select(Enrollment.id)))
    assert session.scalar(orphans) == 0


def test_the_demo_office_takes_new_records(demo: tuple[Session, DemoSummary]) -> None:
    # The demo writes explicit ids; on PostgreSQL the id sequences must be moved past them.
    session, _ = demo
    staff_id = create_staff(session, StaffData(name="Nieuwe Collega", initials="NC-1"))
    client_id = create_client(session, ClientData(client_number="NIEUW-1", name="Nieuw B.V."))
    project_id = session.scalars(select(Project.id)).one()
    assert enroll_clients(session, project_id, [client_id]) == 1
    enrollment_id = session.scalars(
        select(Enrollment.id).where(Enrollment.client_id == client_id)
    ).one()
    stages = list_stages(session, project_id)
    move_client(session, enrollment_id, stages[1].id, staff_id)
    add_contact(session, client_id, ContactChannel.CALL, "Gebeld", by_staff_id=staff_id)
    session.commit()
    assert max(session.scalars(select(Staff.id))) == staff_id
    assert max(session.scalars(select(Client.id))) == client_id


def test_every_enrollment_is_where_its_history_ends(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    history: dict[int, list] = {}
    for row in session.execute(select(StageTransition).order_by(StageTransition.at)).scalars():
        history.setdefault(row.enrollment_id, []).append(row)
    enrollments = session.scalars(select(Enrollment)).all()
    assert {e.id for e in enrollments} == set(history)
    midnight = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    for enrollment in enrollments:
        moves = history[enrollment.id]
        assert moves[0].from_stage_id is None
        for before, after in zip(moves, moves[1:], strict=False):
            assert after.from_stage_id == before.to_stage_id
            assert after.at > before.at
        assert enrollment.stage_id == moves[-1].to_stage_id
        assert enrollment.stage_since == moves[-1].at
        assert moves[-1].at < midnight
        assert all(move.by_staff_id is not None for move in moves)


def test_the_demo_keeps_the_stays_its_history_shows(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    assert stay_problems(session.connection()) == []
    project_id = session.scalar(select(Project.id))
    numbers = pipeline_numbers(session, project_id, TODAY)
    assert {s.stage_id: s.median_days for s in numbers.stages} == walked_medians(
        session, project_id, TODAY
    )[WHOLE]


def test_only_active_clients_are_enrolled(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    archived = set(session.scalars(select(Client.id).where(Client.archived.is_(True))))
    enrolled = set(session.scalars(select(Enrollment.client_id)))
    all_clients = set(session.scalars(select(Client.id)))
    assert archived, "a few clients are archived"
    assert enrolled == all_clients - archived
    joined_too_late = select(func.count()).where(
        Enrollment.client_id == Client.id, Enrollment.created_at <= Client.created_at
    )
    assert session.scalar(joined_too_late) == 0


def test_history_shows_progress_setbacks_and_declines(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    position = {s.id: s.position for s in session.scalars(select(Stage))}
    kind = {s.id: s.kind for s in session.scalars(select(Stage))}
    now_in = Counter(position[i] for i in session.scalars(select(Enrollment.stage_id)))
    enrolled = sum(now_in.values())
    assert 0.3 * enrolled < now_in[5] < 0.75 * enrolled  # Active: progress, not done
    assert now_in[0] > 0 and now_in[6] > 0  # some not approached yet, some declined
    assert all(now_in[p] > 0 for p in range(1, 5))
    moves = session.execute(
        select(StageTransition.from_stage_id, StageTransition.to_stage_id, StageTransition.reason)
    ).all()
    backwards = [
        m
        for m in moves
        if m.from_stage_id and kind[m.from_stage_id] is StageKind.OPEN
        if position[m.to_stage_id] < position[m.from_stage_id]
    ]
    assert backwards
    declines = [m for m in moves if kind[m.to_stage_id] is StageKind.LOST]
    assert declines and all(m.reason for m in declines)
    assert all(m.reason is None for m in moves if kind[m.to_stage_id] is not StageKind.LOST)


def test_stalled_and_overdue_clients_exist(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    open_rows = session.execute(
        select(Enrollment.next_action, Enrollment.next_action_due, Enrollment.stage_since, Stage)
        .join(Stage, Stage.id == Enrollment.stage_id)
        .where(Stage.kind == StageKind.OPEN)
    ).all()
    dues = [row.next_action_due for row in open_rows if row.next_action]
    assert any(due < TODAY for due in dues)
    assert any(due == TODAY for due in dues)
    assert any(due > TODAY for due in dues)
    assert any(row.next_action is None for row in open_rows)
    planned_before_the_move = [
        row
        for row in open_rows
        if row.next_action_due and row.next_action_due <= row.stage_since.date()
    ]
    assert not planned_before_the_move
    too_long = [
        row
        for row in open_rows
        if (TODAY - row.stage_since.date()).days > (row.Stage.max_days or 10**6)
    ]
    assert too_long


def test_client_fields_are_valid_and_dutch(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    clients = session.scalars(select(Client)).all()
    ranges = {c.name: (c.first_postcode, c.last_postcode) for c in CITIES}
    numbers = [c.client_number for c in clients]
    assert len(set(numbers)) == len(numbers)
    assert all(len(n) == 6 and n.isdigit() for n in numbers)
    assert any(n.startswith("000") for n in numbers)
    for client in clients:
        assert normalise_postcode(client.postcode) == client.postcode
        low, high = ranges[client.city]
        assert low <= int(client.postcode[:4]) <= high
        if client.email:
            assert normalise_email(client.email) == client.email
        if client.kvk_number:
            assert normalise_kvk(client.kvk_number) == client.kvk_number
    with_email = sum(1 for c in clients if c.email)
    assert with_email > 0.7 * len(clients)
    types = Counter(c.client_type for c in clients)
    assert len(types) >= 5
    names = " ".join(c.name for c in clients)
    assert " B.V." in names and "Dhr. " in names and "Mw. " in names
    assert "Stichting " in names or "vereniging " in names


def test_segments_lean_to_the_middle(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    spread = dict(
        session.execute(
            select(Segment.position, func.count(Client.id))
            .join(Client, Client.segment_id == Segment.id)
            .group_by(Segment.position)
        ).all()
    )
    # Expected about 70% in the middle two; a small office still shows it clearly.
    assert spread[1] + spread[2] > 1.5 * (spread[0] + spread[3])
    assert min(spread.values()) > 0


def test_staff_has_every_role_champions_and_leavers(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    staff = session.scalars(select(Staff)).all()
    assert {s.role for s in staff} == set(StaffRole)
    assert len({s.initials for s in staff}) == len(staff)
    assert all(s.email and normalise_email(s.email) == s.email for s in staff)
    champions = [s for s in staff if s.is_champion]
    assert all(c.champion_since and c.focus_area and c.capacity for c in champions)
    assert any(s.end_date and s.end_date < TODAY for s in staff)
    assert any(s.end_date and s.end_date > TODAY for s in staff)
    # Most clients are looked after by a champion.
    champion_ids = {c.id for c in champions}
    owners = list(session.scalars(select(Client.champion_id)))
    assert sum(1 for owner in owners if owner in champion_ids) > 0.5 * len(owners)


def test_project_follows_the_language_and_template(demo: tuple[Session, DemoSummary]) -> None:
    session, _ = demo
    project = session.scalars(select(Project)).one()
    assert project.name == translate("Demo", "Client portal")
    assert project.goal_percent == 80 and project.target_date > TODAY
    stages = session.scalars(select(Stage).order_by(Stage.position)).all()
    assert [s.kind for s in stages][-2:] == [StageKind.WON, StageKind.LOST]
    assert len(stages) == 7


@pytest.mark.parametrize("staff", [0, 1, 3, 40])
def test_any_staff_size_works(session: Session, staff: int) -> None:
    summary = create_demo_office(session, DemoOptions(clients=40, staff=staff, today=TODAY))
    assert summary.staff == _count(session, Staff) == staff
    assert summary.clients == 40
    if staff >= 40:
        assert 6 <= summary.champions <= 8


def test_progress_is_reported_and_cancel_stops(session: Session) -> None:
    calls: list[tuple[int, int]] = []
    create_demo_office(session, SMALL, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 300) and calls[-1] == (300, 300)
    session.rollback()

    with pytest.raises(OperationCancelled):
        create_demo_office(
            session, DemoOptions(clients=5000, today=TODAY), is_cancelled=lambda: True
        )
    session.rollback()
    assert _count(session, Client) == 0
