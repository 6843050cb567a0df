"""`draagvlak check` says what it checked, and on PostgreSQL it checks something."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from desktop.core.db.models import Enrollment
from desktop.core.db.tables import stage_stays
from desktop.core.office.health import check_database
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from tests import postgres
from tests.core.pipeline_helpers import make_office, utc


def test_the_report_says_what_was_checked(database) -> None:
    report = check_database(database)
    assert report.ok
    assert "every table readable" in report.checked
    on_postgresql = database.engine.dialect.name == "postgresql"
    expected = "every index valid (PostgreSQL)" if on_postgresql else "(SQLite)"
    assert any(expected in item for item in report.checked), report.checked


@pytest.mark.skipif(not postgres.TEST_URL, reason="PostgreSQL only")
def test_an_invalid_index_on_postgresql_is_reported(database) -> None:
    mark = (
        "UPDATE pg_index SET indisvalid = {valid} WHERE indexrelid = "
        "(SELECT oid FROM pg_class WHERE relname = 'ix_clients_city' "
        "AND relnamespace = current_schema()::regnamespace)"
    )
    with database.engine.begin() as connection:
        connection.exec_driver_sql(mark.format(valid="false"))
    try:
        report = check_database(database)
    finally:
        with database.engine.begin() as connection:
            connection.exec_driver_sql(mark.format(valid="true"))
    assert not report.ok
    assert any("ix_clients_city" in problem for problem in report.problems)


def test_kept_stays_that_disagree_with_the_history_are_reported(database) -> None:
    with database.session() as session:
        office = make_office(session, clients=2)
        enroll_clients(session, office.project_id, at=utc(1))
        ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
        move_clients(session, ids, office.stages["Informed"], None, at=utc(3))
        session.commit()
    report = check_database(database)
    assert report.ok
    assert "every kept stay in a stage matches a real move" in report.checked
    with database.session() as session:
        session.execute(update(stage_stays).values(days=-1))
        session.commit()
    report = check_database(database)
    assert report.problems == ["2 kept stays in stages disagree with the history"]
