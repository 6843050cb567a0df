"""The copies of each client's champion and archived flag on its enrollments and stays follow
every write of the client, the migration fills them, and `draagvlak check` notices a wrong one."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.orm import Session

from desktop.core.champions.reassign import move_clients as reassign_clients
from desktop.core.champions.vocab import ChampionChangeReason
from desktop.core.clients.editing import archive_client, restore_client
from desktop.core.common.vocab import ClientType
from desktop.core.db import client_copies
from desktop.core.db.engine import Database, create_db_engine, open_database, sqlite_url
from desktop.core.db.migrate import upgrade
from desktop.core.db.models import Client, Enrollment
from desktop.core.db.tables import clients, enrollments, stage_stays
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.stats import pipeline_numbers
from tests import postgres
from tests.core.db.old_revision import downgrade
from tests.core.pipeline_helpers import Office, make_office, utc


def _copies(session: Session) -> dict[int, tuple[int | None, bool]]:
    """client id -> (champion, archived) as each of its enrollments and stays holds them;
    the test fails when two copies of one client disagree."""
    e, s = enrollments.c, stage_stays.c
    rows = session.execute(
        select(e.client_id, e.client_champion_id, e.client_archived).union_all(
            select(e.client_id, s.client_champion_id, s.client_archived).join(
                enrollments, e.id == s.enrollment_id
            )
        )
    ).all()
    copies: dict[int, tuple[int | None, bool]] = {}
    for client_id, champion_id, archived in rows:
        assert copies.setdefault(client_id, (champion_id, bool(archived))) == (
            champion_id,
            bool(archived),
        )
    return copies


def _clients(session: Session) -> dict[int, tuple[int | None, bool]]:
    rows = session.execute(select(clients.c.id, clients.c.champion_id, clients.c.archived))
    return {client_id: (champion_id, bool(archived)) for client_id, champion_id, archived in rows}


def _office_with_history(session: Session) -> Office:
    office = make_office(session, clients=6)
    enroll_clients(session, office.project_id, at=utc(1))
    ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
    move_clients(session, ids, office.stages["Informed"], None, at=utc(3))
    move_clients(session, ids[:3], office.stages["Invited"], None, at=utc(9))
    session.flush()
    return office


def test_copies_follow_enrolling_moves_reassigning_and_archiving(session: Session) -> None:
    office = _office_with_history(session)
    assert session.scalar(select(func.count()).select_from(stage_stays)) == 9
    assert _copies(session) == _clients(session)

    first, second = office.clients["Client 1"], office.clients["Client 2"]
    cees = office.staff["CD"]
    previous = dict(session.execute(select(clients.c.id, clients.c.champion_id)).all())
    reassign_clients(
        session, {cees: [first], None: [second]}, previous, ChampionChangeReason.ASSIGNED
    )
    archive_client(session, office.clients["Client 3"])
    session.flush()
    session.get(Client, office.clients["Client 4"]).champion_id = cees  # the ORM's own update
    session.flush()
    copies = _copies(session)
    assert copies == _clients(session)
    assert copies[first] == (cees, False) and copies[second] == (None, False)
    assert copies[office.clients["Client 3"]][1] is True

    restore_client(session, office.clients["Client 3"])
    session.flush()
    assert _copies(session) == _clients(session)
    assert client_copies.copy_problems(session.connection()) == []


def test_an_enrollment_given_to_another_client_copies_that_client(session: Session) -> None:
    office = _office_with_history(session)
    enrollment = session.scalars(select(Enrollment).order_by(Enrollment.id)).first()
    assert enrollment is not None
    other = Client(
        client_number="C100",
        name="Other",
        client_type=ClientType.BV,
        champion_id=office.staff["CD"],
    )
    session.add(other)
    session.flush()
    session.execute(
        update(enrollments).where(enrollments.c.id == enrollment.id).values(client_id=other.id)
    )
    assert _copies(session)[other.id] == (office.staff["CD"], False)


def test_the_numbers_per_champion_follow_a_reassignment(session: Session) -> None:
    office = _office_with_history(session)
    before = pipeline_numbers(session, office.project_id)
    anna, cees = office.staff["AB"], office.staff["CD"]
    annas = list(session.scalars(select(Client.id).where(Client.champion_id == anna)))
    previous = dict.fromkeys(annas, anna)
    reassign_clients(session, {cees: annas}, previous, ChampionChangeReason.ASSIGNED)
    session.flush()
    after = pipeline_numbers(session, office.project_id)
    assert anna not in after.per_champion
    assert after.stages == before.stages
    stays = {s.stage_id: s.median_days for s in before.stages}
    assert {s.stage_id: s.median_days for s in after.per_champion[cees]} == stays


def test_check_reports_a_copy_that_differs_from_its_client(session: Session) -> None:
    office = _office_with_history(session)
    connection = session.connection()
    assert client_copies.copy_problems(connection) == []
    connection.execute(
        update(enrollments)
        .where(enrollments.c.client_id == office.clients["Client 1"])
        .values(client_champion_id=office.staff["CD"])
    )
    problems = client_copies.copy_problems(connection)
    assert len(problems) == 1 and problems[0].startswith("1 enrollments or stays")


@pytest.mark.sqlite_only("a database file taken back to an older revision")
def test_migration_0017_fills_the_copies_of_a_0016_database(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(path)
    with database.session() as session:
        office = _office_with_history(session)
        session.commit()
    database.dispose()
    engine = create_db_engine(sqlite_url(path))
    downgrade(engine, "0016")
    with engine.begin() as connection:  # written at 0016: no copies, no triggers
        connection.execute(
            update(clients)
            .where(clients.c.id == office.clients["Client 2"])
            .values(champion_id=office.staff["CD"], archived=True)
        )
    upgrade(engine)
    engine.dispose()
    database = open_database(path)
    try:
        with database.session() as session:
            assert _copies(session) == _clients(session)
            assert _copies(session)[office.clients["Client 2"]] == (office.staff["CD"], True)
    finally:
        database.dispose()


@pytest.mark.sqlite_only("SQLite's triggers")
def test_lost_triggers_are_put_back_after_migrating(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER clients_copy_to_enrollments")
        client_copies.ensure(connection)
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        ).scalars()
        assert "clients_copy_to_enrollments" in set(names)


def _wait_until_blocked(connection: Connection, application_name: str) -> None:
    """Until another connection of this test waits for a lock (at most 10 s)."""
    deadline = time.monotonic() + 10
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
        "AND wait_event_type = 'Lock'"
    )
    while time.monotonic() < deadline:
        blocked = connection.execute(waiting, {"name": application_name}).scalar_one()
        connection.rollback()  # the activity view is read once per transaction
        if blocked:
            return
        time.sleep(0.02)
    raise AssertionError("the other connection never waited for the lock")


@pytest.mark.skipif(not postgres.TEST_URL, reason="PostgreSQL only")
@pytest.mark.parametrize("change", ["enroll", "move"])
def test_two_people_at_once_leave_no_stale_copy(database: Database, change: str) -> None:
    """One person enrolls or moves a client while another gives it a new champion: whoever
    commits last, the copies hold the new champion."""
    with database.session() as session:
        office = make_office(session, clients=2)
        if change == "move":
            enroll_clients(session, office.project_id, at=utc(1))
        session.commit()
    client_id, cees = office.clients["Client 1"], office.staff["CD"]
    name = str(database.engine.url.query["application_name"])
    with database.session() as first, database.engine.connect() as watcher:
        if change == "enroll":
            enroll_clients(first, office.project_id, at=utc(2))
        else:
            enrollment_id = first.scalar(
                select(Enrollment.id).where(Enrollment.client_id == client_id)
            )
            move_clients(first, [enrollment_id], office.stages["Informed"], None, at=utc(3))
        first.flush()  # the enrollment or stay written, not committed

        def reassign() -> None:
            with database.engine.begin() as second:
                second.execute(
                    update(clients).where(clients.c.id == client_id).values(champion_id=cees)
                )

        other = threading.Thread(target=reassign)
        other.start()
        _wait_until_blocked(watcher, name)
        first.commit()
        other.join(timeout=20)
        assert not other.is_alive()
    with database.session() as session:
        assert _copies(session)[client_id] == (cees, False)
        assert client_copies.copy_problems(session.connection()) == []
