"""The kept "stages reached" of each enrollment equal a replay of its history, and the funnel
counts read from them equal the counts a replay of the whole history gives."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from desktop.core.common.errors import ConflictError
from desktop.core.common.vocab import UNASSIGNED, StageKind
from desktop.core.db.engine import create_db_engine, open_database, sqlite_url
from desktop.core.db.migrate import upgrade
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.reached import parse_reached, reached_text
from desktop.core.pipelines.stages import list_stages
from desktop.core.pipelines.stats import pipeline_numbers
from desktop.core.pipelines.undo import undo_moves
from tests.core.pipeline_helpers import make_office, utc


def replayed_paths(session, project_id):
    """Per enrollment: the stages of its real history (undos and what they undid left out)."""
    rows = session.execute(
        select(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.to_stage_id,
            StageTransition.reverts_id,
        )
        .join(Enrollment, Enrollment.id == StageTransition.enrollment_id)
        .where(Enrollment.project_id == project_id)
        .order_by(StageTransition.at, StageTransition.id)
    ).all()
    undone = {row.reverts_id for row in rows if row.reverts_id is not None}
    paths: dict[int, set[int]] = defaultdict(set)
    for row in rows:
        if row.reverts_id is None and row.id not in undone:
            paths[row.enrollment_id].add(row.to_stage_id)
    return paths


def replayed_funnel(session, project_id):
    """(reached, reached_or_beyond) per stage id and per champion, from the replayed paths."""
    stages = list_stages(session, project_id)
    funnel = [s for s in stages if s.kind != StageKind.LOST]
    rank = {s.id: i for i, s in enumerate(funnel)}
    champion_of = dict(
        session.execute(
            select(Enrollment.id, Client.champion_id)
            .join(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.project_id == project_id, Client.archived.is_(False))
        ).all()
    )
    result: dict[object, dict[int, list[int]]] = defaultdict(lambda: {s.id: [0, 0] for s in stages})
    for enrollment_id, path in replayed_paths(session, project_id).items():
        if enrollment_id not in champion_of:
            continue
        champion = champion_of[enrollment_id]
        for key in ("all", UNASSIGNED if champion is None else champion):
            counts = result[key]
            furthest = max((rank[s] for s in path if s in rank), default=-1)
            for stage in stages:
                if stage.id in path:
                    counts[stage.id][0] += 1
                if stage.kind == StageKind.LOST:
                    counts[stage.id][1] += stage.id in path
                elif 0 <= rank[stage.id] <= furthest:
                    counts[stage.id][1] += 1
    return result


def counted(rows):
    return {row.stage_id: [row.reached, row.reached_or_beyond] for row in rows}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_moves_bulk_moves_and_undos_keep_the_same_numbers_as_a_replay(session, seed):
    office = make_office(session, clients=12)
    enroll_clients(session, office.project_id, at=utc(1))
    stage_ids = list(office.stages.values())
    lost = office.stages["Declined"]
    ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
    rng = random.Random(seed)
    latest: dict[int, int] = {}  # enrollment -> its latest real move, undoable
    for step in range(60):
        at = utc(2 + step // 4, 8 + step % 4)
        if latest and rng.random() < 0.3:
            chosen = rng.sample(sorted(latest), min(len(latest), rng.randint(1, 3)))
            undo_moves(session, [latest.pop(e) for e in chosen], None, at=at)
            continue
        target = rng.choice(stage_ids)
        group = rng.sample(ids, rng.randint(1, 4))
        moves = move_clients(
            session, group, target, None, reason="Prefers paper" if target == lost else None, at=at
        )
        for move in moves:
            latest[move.enrollment_id] = move.transition_id
    session.execute(update(Client).where(Client.name == "Client 5").values(archived=True))
    session.flush()

    kept = dict(session.execute(select(Enrollment.id, Enrollment.reached_stages)).all())
    paths = replayed_paths(session, office.project_id)
    assert {e: parse_reached(t) for e, t in kept.items()} == {
        e: frozenset(p) for e, p in paths.items()
    }
    expected = replayed_funnel(session, office.project_id)
    numbers = pipeline_numbers(session, office.project_id, median_days=False)
    assert counted(numbers.stages) == expected["all"]
    assert {k: counted(v) for k, v in numbers.per_champion.items()} == {
        k: v for k, v in expected.items() if k != "all"
    }
    full = pipeline_numbers(session, office.project_id)
    assert [s.median_days for s in numbers.stages] == [None] * len(numbers.stages)
    assert counted(full.stages) == counted(numbers.stages)


def test_an_undo_forgets_a_stage_only_reached_by_the_move_it_takes_back(session):
    office = make_office(session, clients=2)
    enroll_clients(session, office.project_id, at=utc(1))
    s = office.stages
    one, two = session.scalars(select(Enrollment.id).order_by(Enrollment.id)).all()
    move_clients(session, [one, two], s["Invited"], None, at=utc(2))
    move_clients(session, [one], s["Informed"], None, at=utc(3))
    again = move_clients(session, [one, two], s["Active"], None, at=utc(4))
    undo_moves(session, [m.transition_id for m in again], None, at=utc(5))
    session.commit()
    with pytest.raises(ConflictError):  # an undo cannot be undone: the set stays as it is
        undo_moves(session, [again[0].transition_id], None, at=utc(6))
    session.rollback()
    reached = dict(session.execute(select(Enrollment.id, Enrollment.reached_stages)).all())
    assert parse_reached(reached[one]) == {s["Not approached"], s["Invited"], s["Informed"]}
    assert parse_reached(reached[two]) == {s["Not approached"], s["Invited"]}


def test_the_migration_fills_the_stages_reached_from_the_history(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(sqlite_url(path))
    upgrade(engine, "0007")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO clients (id, client_number, name, client_type, notes, archived,"
            " search_text, created_at, updated_at) VALUES (1, 'K1', 'Bakkerij', 'bv', '', 0, '',"
            " '2026-01-02', '2026-01-02')",
            "INSERT INTO projects (id, name, description, phase, created_at)"
            " VALUES (1, 'Portaal', '', '', '2026-01-02')",
            "INSERT INTO stages (id, project_id, position, name, kind, archived) VALUES"
            " (1, 1, 0, 'A', 'open', 0), (2, 1, 1, 'B', 'open', 0), (3, 1, 2, 'C', 'won', 0)",
            "INSERT INTO enrollments (id, project_id, client_id, stage_id, stage_since,"
            " created_at) VALUES (1, 1, 1, 2, '2026-01-05', '2026-01-02')",
            "INSERT INTO stage_transitions (id, enrollment_id, from_stage_id, to_stage_id, at,"
            " note, reverts_id) VALUES (1, 1, NULL, 1, '2026-01-02', '', NULL),"
            " (2, 1, 1, 2, '2026-01-03', '', NULL), (3, 1, 2, 3, '2026-01-04', '', NULL),"
            " (4, 1, 3, 2, '2026-01-05', '', 3)",
        ):
            connection.exec_driver_sql(statement)
    engine.dispose()
    database = open_database(path)
    try:
        with database.connect() as connection:
            stored = connection.execute(text("SELECT reached_stages FROM enrollments")).scalar()
        assert stored == reached_text([1, 2])
    finally:
        database.dispose()
