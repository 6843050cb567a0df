"""Engine and session factory, SQLite pragmas and database URL handling."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from desktop.core.common.paths import default_db_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    # What read-only services accept: a Session, or a plain Connection (no ORM needed).
    Executor = Session | Connection

DB_ENV = "DRAAGVLAK_DB"
BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from --db (path or URL), else $DRAAGVLAK_DB, else the data-folder file."""
    value = os.fspath(db) if db is not None else os.environ.get(DB_ENV) or None
    if value is None:
        return sqlite_url(default_db_path())
    if "://" in value:
        return value
    return sqlite_url(Path(value))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve().as_posix()}"


def sqlite_path(url: str) -> Path | None:
    """The database file behind a SQLite URL; None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_db_engine(url: str) -> Engine:
    """An engine for the URL; for SQLite the parent folder is created and the pragmas applied.

    Statement parameters (client names, e-mail addresses) never appear in error messages, so
    they cannot reach the log file or a terminal.
    """
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, hide_parameters=True, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _apply_postgresql_settings)
    return engine


def create_sqlite_migration_engine(url: str) -> Engine:
    """An engine whose one connection runs SQLite migrations in one real transaction.

    pysqlite's legacy transaction handling begins transactions only before INSERT/UPDATE/DELETE,
    so an ``ALTER TABLE`` runs in autocommit and survives a failure later in the migration.
    SQLAlchemy's documented recipe switches that off (``isolation_level = None``) and emits the
    BEGIN itself; IMMEDIATE takes the write lock up front, so two starts do not migrate at once.
    Foreign keys are off for the run (a batch migration drops and renames tables; the PRAGMA is
    ignored inside a transaction, hence here, at connect).
    """
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        url,
        hide_parameters=True,
        poolclass=NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: object, record: object) -> None:
        dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
        _apply_sqlite_pragmas(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[attr-defined]

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _apply_sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _apply_postgresql_settings(dbapi_connection: object, _record: object) -> None:
    # Like SQLite's busy timeout: waiting for a row another PC has locked (a long import)
    # ends in an error after a while instead of freezing the program for ever.
    # Autocommit, so the pool's rollback on check-in does not undo the setting.
    dbapi_connection.autocommit = True  # type: ignore[attr-defined]
    try:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        try:
            cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()
    finally:
        dbapi_connection.autocommit = False  # type: ignore[attr-defined]


def dialect_name(executor: Executor) -> str:
    """'sqlite', 'postgresql', ... for a Session or a Connection."""
    if isinstance(executor, Connection):
        return executor.dialect.name
    return executor.get_bind().dialect.name


def begin_write(session: Session) -> None:
    """Take SQLite's write lock now, for a job that reads and then writes (an import).

    A deferred SQLite transaction that has read can be refused at its first write when another
    connection wrote meanwhile; BEGIN IMMEDIATE waits for the lock (busy timeout) up front
    instead, so a long import cannot fail halfway. Other databases need nothing.
    """
    connection = session.connection()
    dbapi = connection.connection.dbapi_connection
    if connection.dialect.name == "sqlite" and dbapi is not None and not dbapi.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


class Database:
    """An opened, migrated database: its URL, engine and session factory.

    Reads that need no ORM (lists, start-up checks) use ``connect()``; the ORM, and with it
    ``session()``, is loaded on first use, which keeps it out of the application's start-up.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self.backup_path: str | None = None
        self.location_warning: str | None = None  # e.g. a database in a synced folder

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            self._sessions = make_session_factory(self.engine)
        return self._sessions

    @property
    def file_path(self) -> Path | None:
        return sqlite_path(self.url)

    def session(self) -> Session:
        return self.sessions()

    def connect(self) -> Connection:
        return self.engine.connect()

    def dispose(self) -> None:
        self.engine.dispose()

    def replace_engine(self, engine: Engine) -> None:
        """Point this database at a new engine (after a restore swapped the file)."""
        self.engine.dispose()
        self.engine = engine
        self._sessions = None


def open_database(
    db: str | os.PathLike[str] | None = None, *, migrate: bool = True, create: bool = True
) -> Database:
    """Open the database (creating a missing SQLite file only if ``create``) and bring its
    schema up to date. A file that is not ours is refused before anything changes it; when
    opening fails, the message says where the latest backup is."""
    from desktop.core.backups.location import database_location_check
    from desktop.core.common.errors import DatabaseError
    from desktop.core.common.i18n import translate
    from desktop.core.common.paths import make_private
    from desktop.core.db.files import (
        known_database_error,
        prepare_sqlite_file,
        side_files,
        with_backup_hint,
    )
    from desktop.core.db.migrate import ensure_schema

    url = resolve_url(db)
    path = sqlite_path(url)
    warning = None
    try:
        if path is not None:
            warning = database_location_check(path)
            prepare_sqlite_file(path, create=create)
        engine = create_db_engine(url)
        database = Database(url, engine)
        database.location_warning = warning
        if migrate:
            database.backup_path = ensure_schema(engine)
        if path is not None:
            make_private(*side_files(path))
    except DatabaseError as error:
        raise DatabaseError(with_backup_hint(str(error), path)) from error
    except Exception as error:  # driver errors: unreadable file, server down, bad URL
        known = known_database_error(error, path, BUSY_TIMEOUT_MS / 1000)
        if known is not None:
            raise known from error
        message = translate("Database", "The database cannot be opened: {error}").format(
            error=_first_line(error)
        )
        raise DatabaseError(with_backup_hint(message, path)) from error
    return database


def _first_line(error: Exception) -> str:
    # SQLAlchemy wraps driver errors as "(sqlite3.DatabaseError) ..."; the driver's text is enough.
    error = getattr(error, "orig", None) or error
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
