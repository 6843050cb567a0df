"""`draagvlak check` says what it checked, and on PostgreSQL it checks something."""

from __future__ import annotations

import pytest

from desktop.core.office.health import check_database
from tests import postgres


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
