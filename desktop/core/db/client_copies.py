"""Each client's champion and archived flag, copied onto its enrollments and finished stays.

The pipeline numbers group a project's enrollments and stays by the client's *current*
champion and leave archived clients out. Reading those two from ``clients`` costs a lookup per
enrollment and per stay, most of the numbers' time at 100,000 clients; with the copies beside
them, one covering index answers each grouped count.

The copies are kept by the database itself, whatever writes the clients (the client form, an
import, a reassignment, a handover, archiving, a merge): triggers copy the client's values onto
a new enrollment and an enrollment's onto a new stay, and pass every change of a client's
champion or archived flag on to its enrollments and from there to their stays. On PostgreSQL an
enrollment locks its client while it copies (FOR SHARE): a concurrent change of that client
waits for it and then updates the new enrollment too, so two people working at once leave no
stale copy.

The triggers are not in the table definitions (SQLAlchemy does not know them). Migration 0017
creates and fills them, and ``ensure`` puts back triggers lost when a later SQLite migration
rebuilds one of the tables by copy. ``copy_problems`` is `draagvlak check`'s test of them.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, or_, select

from desktop.core.common.i18n import translate
from desktop.core.db.tables import clients, enrollments, stage_stays

log = logging.getLogger(__name__)

# The client's values onto one enrollment (new.id), on SQLite.
_COPY_CLIENT = """UPDATE enrollments SET
                client_champion_id = (SELECT champion_id FROM clients WHERE id = new.client_id),
                client_archived = coalesce(
                    (SELECT archived FROM clients WHERE id = new.client_id), 0)
            WHERE id = new.id;"""

_SQLITE_TRIGGERS = {
    "enrollments_copy_client_insert": f"""
        CREATE TRIGGER enrollments_copy_client_insert AFTER INSERT ON enrollments BEGIN
            {_COPY_CLIENT}
        END""",
    "enrollments_copy_client_update": f"""
        CREATE TRIGGER enrollments_copy_client_update AFTER UPDATE OF client_id ON enrollments
        BEGIN
            {_COPY_CLIENT}
        END""",
    "stage_stays_copy_enrollment_insert": """
        CREATE TRIGGER stage_stays_copy_enrollment_insert AFTER INSERT ON stage_stays BEGIN
            UPDATE stage_stays SET
                client_champion_id =
                    (SELECT client_champion_id FROM enrollments WHERE id = new.enrollment_id),
                client_archived = coalesce(
                    (SELECT client_archived FROM enrollments WHERE id = new.enrollment_id), 0)
            WHERE transition_id = new.transition_id;
        END""",
    "clients_copy_to_enrollments": """
        CREATE TRIGGER clients_copy_to_enrollments AFTER UPDATE OF champion_id, archived ON clients
        WHEN old.champion_id IS NOT new.champion_id OR old.archived IS NOT new.archived BEGIN
            UPDATE enrollments SET client_champion_id = new.champion_id,
                client_archived = new.archived
            WHERE client_id = new.id;
        END""",
    "enrollments_copy_to_stays": """
        CREATE TRIGGER enrollments_copy_to_stays
        AFTER UPDATE OF client_champion_id, client_archived ON enrollments
        WHEN old.client_champion_id IS NOT new.client_champion_id
            OR old.client_archived IS NOT new.client_archived BEGIN
            UPDATE stage_stays SET client_champion_id = new.client_champion_id,
                client_archived = new.client_archived
            WHERE enrollment_id = new.id;
        END""",
}

# PostgreSQL: functions in the current schema, one per copy, and their triggers.
_POSTGRESQL = (
    """CREATE OR REPLACE FUNCTION enrollments_copy_client() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
        SELECT champion_id, archived INTO NEW.client_champion_id, NEW.client_archived
        FROM clients WHERE id = NEW.client_id FOR SHARE;
        NEW.client_archived := coalesce(NEW.client_archived, false);  -- no client: the key fails
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER enrollments_copy_client BEFORE INSERT OR UPDATE OF client_id
    ON enrollments FOR EACH ROW EXECUTE FUNCTION enrollments_copy_client()""",
    """CREATE OR REPLACE FUNCTION stage_stays_copy_enrollment() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
        SELECT client_champion_id, client_archived
        INTO NEW.client_champion_id, NEW.client_archived
        FROM enrollments WHERE id = NEW.enrollment_id FOR SHARE;
        NEW.client_archived := coalesce(NEW.client_archived, false);
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER stage_stays_copy_enrollment BEFORE INSERT OR UPDATE OF enrollment_id
    ON stage_stays FOR EACH ROW EXECUTE FUNCTION stage_stays_copy_enrollment()""",
    """CREATE OR REPLACE FUNCTION clients_copy_to_enrollments() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
        UPDATE enrollments SET client_champion_id = NEW.champion_id,
            client_archived = NEW.archived
        WHERE client_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER clients_copy_to_enrollments AFTER UPDATE OF champion_id, archived
    ON clients FOR EACH ROW WHEN (OLD.champion_id IS DISTINCT FROM NEW.champion_id
        OR OLD.archived IS DISTINCT FROM NEW.archived)
    EXECUTE FUNCTION clients_copy_to_enrollments()""",
    """CREATE OR REPLACE FUNCTION enrollments_copy_to_stays() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN
        UPDATE stage_stays SET client_champion_id = NEW.client_champion_id,
            client_archived = NEW.client_archived
        WHERE enrollment_id = NEW.id;
        RETURN NULL;
    END $$""",
    # Any update, not UPDATE OF: the copies also change when enrollments_copy_client gives an
    # enrollment another client's, and a BEFORE trigger's change fires no UPDATE OF trigger.
    """CREATE TRIGGER enrollments_copy_to_stays AFTER UPDATE ON enrollments FOR EACH ROW
    WHEN (OLD.client_champion_id IS DISTINCT FROM NEW.client_champion_id
        OR OLD.client_archived IS DISTINCT FROM NEW.client_archived)
    EXECUTE FUNCTION enrollments_copy_to_stays()""",
)
_POSTGRESQL_TRIGGERS = (
    ("enrollments_copy_client", "enrollments"),
    ("stage_stays_copy_enrollment", "stage_stays"),
    ("clients_copy_to_enrollments", "clients"),
    ("enrollments_copy_to_stays", "enrollments"),
)

# The fill, in a form both databases accept: enrollments first, their stays from them.
_FILL = (
    """UPDATE enrollments SET (client_champion_id, client_archived) =
        (SELECT champion_id, archived FROM clients WHERE clients.id = enrollments.client_id)""",
    """UPDATE stage_stays SET (client_champion_id, client_archived) =
        (SELECT client_champion_id, client_archived FROM enrollments
         WHERE enrollments.id = stage_stays.enrollment_id)""",
)


def create(connection: Connection) -> None:
    """Fill the copies from the clients and create the triggers that keep them (migration
    0017)."""
    for statement in _FILL:
        connection.exec_driver_sql(statement)
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_TRIGGERS.values():
            connection.exec_driver_sql(statement)
    elif connection.dialect.name == "postgresql":
        for statement in _POSTGRESQL:
            connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for name in _SQLITE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    elif connection.dialect.name == "postgresql":
        for name, table in _POSTGRESQL_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")


def ensure(connection: Connection) -> None:
    """After migrations on SQLite: put back triggers a table rebuilt by copy lost, and copy
    again then (rows written meanwhile may disagree). Before migration 0017 there is nothing
    to keep."""
    if connection.dialect.name != "sqlite" or "client_archived" not in _columns(connection):
        return
    present = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    if present.issuperset(_SQLITE_TRIGGERS):
        return
    log.info("Restoring the copies of clients' champions on their enrollments")
    drop(connection)
    create(connection)


def copy_problems(connection: Connection) -> list[str]:
    """Where an enrollment's copy differs from its client, or a stay's from its enrollment."""
    e, c, s = enrollments.c, clients.c, stage_stays.c
    enrollments_wrong = connection.execute(
        select(func.count())
        .select_from(enrollments)
        .join(clients, c.id == e.client_id)
        .where(_differ((e.client_champion_id, c.champion_id), (e.client_archived, c.archived)))
    ).scalar_one()
    stays_wrong = connection.execute(
        select(func.count())
        .select_from(stage_stays)
        .join(enrollments, e.id == s.enrollment_id)
        .where(
            _differ(
                (s.client_champion_id, e.client_champion_id),
                (s.client_archived, e.client_archived),
            )
        )
    ).scalar_one()
    wrong = enrollments_wrong + stays_wrong
    if not wrong:
        return []
    message = translate(
        "Health",
        "{count} enrollments or stays hold another champion or archived flag than their client",
    )
    return [message.format(count=wrong)]


def _differ(*pairs: tuple[ColumnElement[Any], ColumnElement[Any]]) -> ColumnElement[bool]:
    return or_(*(copy.is_distinct_from(original) for copy, original in pairs))


def _columns(connection: Connection) -> set[str]:
    return {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(enrollments)")}
