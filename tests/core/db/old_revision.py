"""Databases at older revisions, for migration tests: revision 0001 (before
clients.search_text) with N clients, or any database taken back to an older revision."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, Engine, MetaData, Table, func, insert, select

from desktop.core.common.vocab import ClientType
from desktop.core.db import migrate as schema
from desktop.core.db.engine import create_db_engine
from desktop.core.db.tables import clients

# The clients table as revision 0001 made it: without search_text.
OLD_CLIENTS = Table(
    "clients",
    MetaData(),
    *(Column(c.name, c.type) for c in clients.c if c.name != "search_text"),
)
CREATED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def personal_name(number: int) -> str:
    return f"Familie Geheimzinnig-{number:05d}"


def make_revision_0001(url: str, count: int) -> None:
    engine = create_db_engine(url)
    try:
        schema.upgrade(engine, "0001")
        rows = [
            {
                "client_number": f"K{number:05d}",
                "name": personal_name(number),
                "client_type": ClientType.BV,
                "city": "Zwolle",
                "email": f"klant{number}@voorbeeld.nl",
                "notes": "",
                "archived": False,
                "created_at": CREATED,
                "updated_at": CREATED,
            }
            for number in range(1, count + 1)
        ]
        with engine.begin() as connection:
            for start in range(0, len(rows), 5_000):
                connection.execute(insert(OLD_CLIENTS), rows[start : start + 5_000])
    finally:
        engine.dispose()


def client_count(url: str) -> int:
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(OLD_CLIENTS)).scalar_one()
    finally:
        engine.dispose()


def downgrade(engine: Engine, revision: str) -> None:
    """Take a database back to an older revision with the migrations' own downgrades."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
