"""Migration 0016 fills the kept stays in stages from the recorded history: a database at 0015
gives the same numbers after the upgrade as one whose stays were kept by every move and undo."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select, text

from desktop.core.db.engine import create_db_engine, open_database, sqlite_url
from desktop.core.db.migrate import current_revision, head_revision, upgrade
from desktop.core.db.models import Client, Enrollment
from desktop.core.db.tables import stage_stays
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.stalled import local_date
from desktop.core.pipelines.stats import pipeline_numbers
from desktop.core.pipelines.undo import undo_moves
from tests.core.db.old_revision import downgrade
from tests.core.pipeline_helpers import make_office, utc

TODAY = date(2026, 4, 20)


def test_a_database_at_0015_with_history_gets_the_stays_its_moves_would_have_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(path)
    with database.session() as session:
        project_id = _history(session)
        session.commit()
        kept = set(session.execute(select(stage_stays)).all())
        numbers = pipeline_numbers(session, project_id, TODAY)
    database.dispose()
    assert len(kept) > 30
    engine = create_db_engine(sqlite_url(path))
    downgrade(engine, "0016")
    with engine.begin() as connection:  # the database as 0015 left it: the same history
        connection.exec_driver_sql("DROP TABLE stage_stays")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0015'")
    engine.dispose()

    database = open_database(path)  # migrates, as a start of the program does
    try:
        assert current_revision(database.engine) == head_revision()
        with database.session() as session:
            assert set(session.execute(select(stage_stays)).all()) == kept
            assert pipeline_numbers(session, project_id, TODAY) == numbers
    finally:
        database.dispose()


def _history(session) -> int:  # noqa: ANN001
    """Moves, bulk moves and undos of twelve clients over a few weeks; one client archived."""
    office = make_office(session, clients=12)
    enroll_clients(session, office.project_id, at=utc(1, 9))
    stage_ids = list(office.stages.values())
    lost = office.stages["Declined"]
    ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
    rng = random.Random(16)
    latest: dict[int, int] = {}
    for step in range(80):
        at = utc(2 + step // 4, 6 + 4 * (step % 4))
        if latest and rng.random() < 0.3:
            chosen = rng.sample(sorted(latest), min(len(latest), rng.randint(1, 3)))
            undo_moves(session, [latest.pop(e) for e in chosen], None, at=at)
            continue
        target = rng.choice(stage_ids)
        group = rng.sample(ids, rng.randint(1, 4))
        reason = "Prefers paper" if target == lost else None
        for move in move_clients(session, group, target, None, reason=reason, at=at):
            latest[move.enrollment_id] = move.transition_id
    session.query(Client).filter(Client.name == "Client 5").update({"archived": True})
    return office.project_id


def test_the_migration_counts_local_days_of_the_real_moves_only(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(sqlite_url(path))
    upgrade(engine, "0015")
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
            " created_at, reached_stages) VALUES (1, 1, 1, 2, '2026-01-03 23:30:00.000000',"
            " '2026-01-02', ',1,2,')",
            # Entered A, moved to B a day later, slipped into C and back (an undo), then the
            # undo's own move and the slip count for nothing: B's stay runs on.
            "INSERT INTO stage_transitions (id, enrollment_id, from_stage_id, to_stage_id, at,"
            " note, reverts_id) VALUES"
            " (1, 1, NULL, 1, '2026-01-02 08:00:00.000000', '', NULL),"
            " (2, 1, 1, 2, '2026-01-03 23:30:00.000000', '', NULL),"
            " (3, 1, 2, 3, '2026-01-04 10:00:00.000000', '', NULL),"
            " (4, 1, 3, 2, '2026-01-04 10:05:00.000000', '', 3)",
        ):
            connection.exec_driver_sql(statement)
    engine.dispose()
    database = open_database(path)
    try:
        with database.connect() as connection:
            stored = connection.execute(
                text("SELECT transition_id, enrollment_id, stage_id, days FROM stage_stays")
            ).all()
        entered, left = (
            datetime(2026, 1, 2, 8, tzinfo=UTC),
            datetime(2026, 1, 3, 23, 30, tzinfo=UTC),
        )
        days = (local_date(left) - local_date(entered)).days  # 1 in UTC, 2 in Amsterdam
        assert [tuple(row) for row in stored] == [(2, 1, 1, days)]
    finally:
        database.dispose()
