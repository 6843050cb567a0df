"""Opt-in test runs on PostgreSQL: set DRAAGVLAK_TEST_DATABASE_URL to a database you may fill.

Each run migrates a schema of its own (so runs never see each other's tables) and empties its
tables before every test. Tests marked ``sqlite_only`` (pragmas, file backups, SQLite locking)
are skipped on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from desktop.core.db.engine import open_database
from desktop.core.db.tables import metadata

TEST_URL_ENV = "DRAAGVLAK_TEST_DATABASE_URL"
TEST_URL = os.environ.get(TEST_URL_ENV) or None


def register_marker(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): tests SQLite behaviour; skipped on PostgreSQL"
    )


def skip_sqlite_only(items: list[pytest.Item]) -> None:
    if not TEST_URL:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else "SQLite only"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


def migrated_schema(server_url: str) -> Iterator[str]:
    """Create and migrate a schema of its own; yields a URL that works in it; drops it after."""
    with empty_schema(server_url) as url:
        open_database(url).dispose()
        yield url


@contextlib.contextmanager
def empty_schema(server_url: str) -> Iterator[str]:
    """A new, empty schema of its own (dropped afterwards); yields a URL that works in it."""
    schema = f"draagvlak_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    # Every connection of the URL works in the schema; the name lets empty_tables find them.
    url = (
        make_url(server_url)
        .update_query_dict({"options": f"-csearch_path={schema}", "application_name": schema})
        .render_as_string(hide_password=False)
    )
    try:
        yield url
    finally:
        _end_connections(admin, schema)
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def empty_tables(url: str) -> None:
    """Empty every table and restart the ids, as in a newly migrated database."""
    engine = create_engine(url)
    try:
        # A connection an earlier test left in a transaction would block TRUNCATE for ever.
        _end_connections(engine, make_url(url).query["application_name"])
        names = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
        with engine.begin() as connection:
            connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    finally:
        engine.dispose()


def _end_connections(engine: Engine, application_name: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = :name AND pid <> pg_backend_pid()"
            ),
            {"name": application_name},
        )
