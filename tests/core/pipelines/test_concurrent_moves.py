"""Moves made at the same time: stale expectations are refused, the history stays one chain."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from benchmarks.concurrent_moves import history_breaks, prepare, run
from desktop.core.common.errors import ConflictError
from desktop.core.db.models import Enrollment, StageTransition
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client, move_clients
from desktop.core.pipelines.undo import undo_move, undo_moves
from tests.core.pipeline_helpers import enrollment_of, make_office


def test_two_processes_moving_and_undoing_the_same_clients_keep_one_chain(database):
    # Each process does a fixed number of moves and undos, both started by one gate, on six
    # clients: they get in each other's way all the time. (The code before the write lock
    # broke 15-19 chains here on SQLite, 12 on PostgreSQL.)
    prepare(database)
    tally = run(database.url, processes=2, operations=40)
    assert tally.failed == 0
    assert tally.moves > 0 and tally.undos > 0
    with database.session() as session:
        assert history_breaks(session) == 0


def _count(session, table) -> int:
    return session.scalar(select(func.count()).select_from(table))


def _enrolled(database, clients: int):
    """An office with all its clients enrolled, and their enrollment ids."""
    with database.session() as session:
        office = make_office(session, clients=clients)
        enroll_clients(session, office.project_id)
        session.commit()
        names = [f"Client {number}" for number in range(1, clients + 1)]
        return office, [enrollment_of(session, office, name).id for name in names]


def test_a_move_of_a_card_someone_else_moved_is_refused_and_leaves_nothing(database):
    office, (first, second) = _enrolled(database, clients=2)
    seen = office.stages["Not approached"]
    # Cees, at another PC, moves Client 2 on while Anna's board still shows it unmoved.
    with database.session() as other:
        move_client(other, second, office.stages["Informed"], office.staff["CD"])
        other.commit()
    with database.session() as session:
        before = _count(session, StageTransition)
        with pytest.raises(ConflictError) as refused:
            move_clients(
                session,
                [first, second],
                office.stages["Invited"],
                office.staff["AB"],
                expected_stage_id=seen,
            )
        session.rollback()
        message = str(refused.value)
        assert "Client 2" in message and "'Informed'" in message and "Cees Dijk" in message
        assert "not saved" in message
        # All or nothing: Client 1, still where Anna saw it, did not move either.
        assert _count(session, StageTransition) == before
        stages = dict(session.execute(select(Enrollment.id, Enrollment.stage_id)).all())
        assert stages == {first: seen, second: office.stages["Informed"]}
        # A card already moved to where Anna drops it is refused too (not silently "done").
        with pytest.raises(ConflictError, match="meanwhile"):
            move_client(session, second, office.stages["Informed"], None, expected_stage_id=seen)
        # What she sees now moves.
        move_client(
            session,
            second,
            office.stages["Invited"],
            office.staff["AB"],
            expected_stage_id=office.stages["Informed"],
        )
        session.commit()


def test_undo_never_takes_back_someone_elses_later_move(database):
    office, [enrollment] = _enrolled(database, clients=1)
    with database.session() as session:
        mine = move_client(session, enrollment, office.stages["Informed"], office.staff["AB"])
        session.commit()
    with database.session() as other:
        move_client(other, enrollment, office.stages["Invited"], office.staff["CD"])
        other.commit()
    with database.session() as session:
        with pytest.raises(ConflictError, match="latest move"):
            undo_move(session, mine.id, office.staff["AB"])
        session.rollback()
        assert session.get(Enrollment, enrollment).stage_id == office.stages["Invited"]
        assert history_breaks(session) == 0


def test_a_pc_whose_clock_runs_behind_still_records_moves_in_order(database, monkeypatch):
    office, [enrollment] = _enrolled(database, clients=1)
    with database.session() as session:
        moved = move_client(session, enrollment, office.stages["Informed"], None)
        session.commit()
    behind = moved.at - timedelta(minutes=5)
    monkeypatch.setattr("desktop.core.pipelines.moves.utcnow", lambda: behind)
    with database.session() as session:
        again = move_client(session, enrollment, office.stages["Invited"], None)
        [undone] = undo_moves(session, [again.id], None)
        session.commit()
        assert again.at >= moved.at
        assert session.get(StageTransition, undone.transition_id).at >= again.at
        assert history_breaks(session) == 0
