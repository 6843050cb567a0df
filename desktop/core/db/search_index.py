"""The trigram index over ``clients.search_text`` that makes a client search sub-linear.

A search for a piece of text ("jans", "@gmail", "1002") matches anywhere in a client's folded
name, number, city and e-mail (desktop/core/common/search_text.py). A B-tree cannot find that
without reading every row; an index of every three-character piece of the text can:

- SQLite: an FTS5 table with the trigram tokenizer (SQLite 3.34+; Python 3.11+ bundles a newer
  one with FTS5, on Windows too). It is contentless (it holds only the index, keyed by the
  client's id) and case-sensitive, because the text and the typed words are folded already:
  a phrase query then finds exactly the rows whose text contains the words, as LIKE does.
  Triggers on ``clients`` keep it in step with every write, the bulk inserts of imports and
  the demo included.
- PostgreSQL: a GIN index with ``pg_trgm``'s operator class, which the planner uses for the
  same ``LIKE '%...%'`` the search sends anyway. Creating the extension needs the right to;
  without it the index is left out and searches scan, as before.

Neither is in the table definitions (desktop/core/db/tables/): SQLAlchemy knows neither
virtual tables nor operator classes, and either may be missing where the database cannot have
it. Both are created by migration 0015 and checked after every migration (``ensure``): a later
migration that rebuilds ``clients`` by copy (a batch migration) drops its triggers with it.
Searches shorter than three characters have no trigram; they scan (see desktop/core/clients).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, text

from desktop.core.db.engine import dialect_name

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

log = logging.getLogger(__name__)

SQLITE_TABLE = "clients_search"  # the FTS5 table; its shadow tables are clients_search_*
POSTGRESQL_INDEX = "ix_clients_search_text_trgm"
MIN_LENGTH = 3  # the shortest text a trigram index can look up
_TRIGGERS = ("clients_search_insert", "clients_search_delete", "clients_search_update")

_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
        INSERT INTO {SQLITE_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    # A contentless table forgets a row by being told the row's indexed text once more.
    f"""CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN
        INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    f"""CREATE TRIGGER clients_search_update AFTER UPDATE OF id, search_text ON clients
    WHEN old.search_text IS NOT new.search_text OR old.id IS NOT new.id BEGIN
        INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO {SQLITE_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
)

# Whether a database has its index, per engine: asked at every search, answered once.
_present: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


def has_index(executor: Executor) -> bool:
    """True when the database has its trigram index (searches of three characters or more
    then take milliseconds at any size)."""
    bind = executor.engine if isinstance(executor, Connection) else executor.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    present = _present.get(engine)
    if present is None:
        if engine.dialect.name == "sqlite":
            present = _sqlite_table_exists(executor)
        elif engine.dialect.name == "postgresql":
            statement = text(
                "SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = 'clients' AND indexname = :name"
            )
            present = executor.execute(statement, {"name": POSTGRESQL_INDEX}).first() is not None
        else:
            present = False
        _present[engine] = present
    return present


def has_sqlite_index(executor: Executor) -> bool:
    """True when searches look texts up in SQLite's trigram table (PostgreSQL's index serves
    the LIKE itself)."""
    return dialect_name(executor) == "sqlite" and has_index(executor)


def purge_deleted(executor: Executor) -> None:
    """Merge SQLite's trigram index so texts deleted from it leave its pages too (a contentless
    FTS5 table keeps them, marked deleted, until its segments are merged); then a VACUUM
    removes them from the file. Nothing to do without the table or on PostgreSQL."""
    if dialect_name(executor) == "sqlite" and _sqlite_table_exists(executor):
        executor.execute(text(f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}) VALUES ('optimize')"))


def forget(engine: Engine) -> None:
    """Ask again at the next search (after the index was made or dropped)."""
    _present.pop(engine, None)


def _sqlite_table_exists(executor: Executor) -> bool:
    statement = text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name")
    return executor.execute(statement, {"name": SQLITE_TABLE}).first() is not None


def create(connection: Connection) -> bool:
    """Create and fill the index (migration 0015); False where the database cannot have it."""
    if connection.dialect.name == "sqlite":
        return _create_sqlite(connection)
    if connection.dialect.name == "postgresql":
        return _create_postgresql(connection)
    return False


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SQLITE_TABLE}")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {POSTGRESQL_INDEX}")


def ensure(connection: Connection) -> None:
    """After migrations: put back triggers a rebuilt ``clients`` table lost, and refill the
    index then (rows written meanwhile are not in it)."""
    if connection.dialect.name != "sqlite" or not _sqlite_table_exists(connection):
        return
    names = {
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'clients'"
        )
    }
    if names.issuperset(_TRIGGERS):
        return
    log.info("Rebuilding the client search index")
    for trigger in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.exec_driver_sql(f"INSERT INTO {SQLITE_TABLE}({SQLITE_TABLE}) VALUES ('delete-all')")
    _fill_sqlite(connection)


@contextmanager
def indexed_after_bulk_insert(connection: Connection, after_id: int) -> Iterator[None]:
    """Many clients inserted into SQLite at once: the insert trigger is left out while they go
    in, and the clients above ``after_id`` are indexed afterwards in one statement (a third of
    the time of the trigger's row by row). Inside the caller's transaction, so a rollback
    restores the trigger as it was; other connections never see it missing."""
    if connection.dialect.name != "sqlite" or not _has_trigger(connection, _TRIGGERS[0]):
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {_TRIGGERS[0]}")
    try:
        yield
    finally:
        connection.exec_driver_sql(
            f"INSERT INTO {SQLITE_TABLE}(rowid, search_text) "
            "SELECT id, search_text FROM clients WHERE id > ?",
            (after_id,),
        )
        connection.exec_driver_sql(_SQLITE_TRIGGERS[0])


def _has_trigger(connection: Connection, name: str) -> bool:
    statement = text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :name")
    return connection.execute(statement, {"name": name}).first() is not None


def _create_sqlite(connection: Connection) -> bool:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {SQLITE_TABLE} USING fts5("
                "search_text, content='', tokenize='trigram case_sensitive 1')"
            )
    except Exception as error:  # an SQLite without FTS5 or older than 3.34: searches scan
        log.warning("No client search index (SQLite %s): %s", _sqlite_version(connection), error)
        return False
    _fill_sqlite(connection)
    return True


def _fill_sqlite(connection: Connection) -> None:
    connection.exec_driver_sql(
        f"INSERT INTO {SQLITE_TABLE}(rowid, search_text) SELECT id, search_text FROM clients"
    )
    for trigger in _SQLITE_TRIGGERS:
        connection.exec_driver_sql(trigger)


def _sqlite_version(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())


def _create_postgresql(connection: Connection) -> bool:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as error:  # not installed on the server, or no right to create it
        log.warning("No client search index: PostgreSQL's pg_trgm is not available: %s", error)
        return False
    # The operator class lives in the schema the extension was created in (once per database),
    # which need not be on this connection's search path.
    schema = connection.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
    ).scalar()
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {POSTGRESQL_INDEX} ON clients "
                f"USING gin (search_text {schema}.gin_trgm_ops)"
            )
    except Exception as error:
        log.warning("No client search index: %s", error)
        return False
    return True


def is_index_table(name: str | None) -> bool:
    """Whether a table is the search index or one of its shadow tables."""
    return name is not None and (name == SQLITE_TABLE or name.startswith(f"{SQLITE_TABLE}_"))
