"""Bring a database to the current schema at start-up.

The fast path (schema already current) reads one row and imports no Alembic. Revisions are
numbered "0001", "0002", ... after their file names, so the head is known without Alembic too.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.db import client_copies, search_index
from desktop.core.db.engine import create_sqlite_migration_engine, sqlite_path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    return sorted(m.group(1) for p in VERSIONS_DIR.iterdir() if (m := _REVISION_FILE.match(p.name)))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # no alembic_version table: a new, empty database (or not ours)
            connection.rollback()
            return None


def ensure_schema(engine: Engine) -> str | None:
    """Migrate to head if needed; returns the backup file made before migrating, if any."""
    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        return None
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            translate(
                "Schema",
                "This database was made by a newer version of Draagvlak. "
                "Install the latest version to open it.",
            )
        )
    if revision is None and inspect(engine).get_table_names():
        raise DatabaseError(translate("Schema", "This file is not a Draagvlak database."))
    backup = backup_before_migration(engine, revision) if revision is not None else None
    upgrade(engine)
    return str(backup) if backup else None


def backup_before_migration(engine: Engine, revision: str) -> Path | None:
    """A copy of the SQLite file as it is at ``revision``; one per revision (a repeated attempt
    replaces it), never half-written under the backup's name."""
    from desktop.core.db.files import write_backup

    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    return write_backup(path, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations to head (or to ``revision``: tests of a migration) in one
    transaction: an interrupted or failed run leaves the database at its old revision.

    PostgreSQL's DDL is transactional as it is. SQLite's is too, once pysqlite's implicit
    transaction handling is off: the migrations run on a connection of their own
    (``create_sqlite_migration_engine``) with an explicit BEGIN and foreign keys off, because a
    batch migration rebuilds a table by copy, drop and rename. Before COMMIT the foreign keys
    are checked, and a violation undoes the whole migration.
    """
    sqlite = engine.dialect.name == "sqlite"
    search_index.forget(engine)
    if not sqlite:
        _run_migrations(engine, revision, sqlite=False)
        return
    migration_engine = create_sqlite_migration_engine(str(engine.url))
    try:
        _run_migrations(migration_engine, revision, sqlite=True)
    finally:
        migration_engine.dispose()


def _run_migrations(engine: Engine, revision: str, *, sqlite: bool) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(VERSIONS_DIR.parent))
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        # A migration that rebuilt a table by copy dropped its triggers: put them back.
        search_index.ensure(connection)
        client_copies.ensure(connection)
        if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
            raise DatabaseError(
                translate(
                    "Schema",
                    "Updating the database would break links between its records; "
                    "nothing was changed.",
                )
            )
