from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.common.errors import DatabaseError
from desktop.core.db.engine import open_database, resolve_url
from desktop.core.db.migrate import current_revision, head_revision
from tests import postgres


def test_new_path_becomes_migrated_database(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    database = open_database(path)
    assert path.exists()
    assert current_revision(database.engine) == head_revision()
    database.dispose()


@pytest.mark.sqlite_only("connection pragmas")
def test_pragmas_on_every_connection(database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


@pytest.mark.sqlite_only("edits the file with sqlite3")
def test_database_from_newer_version_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(db_path)


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE something (x)")
    with pytest.raises(DatabaseError, match="not a Draagvlak database"):
        open_database(path)


def test_garbage_file_gives_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="cannot be opened"):
        open_database(path)


@pytest.mark.sqlite_only("backup copy of the database file")
def test_old_revision_is_backed_up_then_migrated(db_path: Path, monkeypatch) -> None:
    from desktop.core.db import migrate as schema

    # Pretend the file is one revision behind a newer head that changes nothing.
    head = head_revision()
    monkeypatch.setattr(schema, "known_revisions", lambda: ["0000", head])
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    monkeypatch.setattr(schema, "upgrade", lambda engine: None)
    database = open_database(db_path)
    assert database.backup_path is not None
    assert Path(database.backup_path).exists()
    database.dispose()


def test_resolve_url_accepts_env_and_urls(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DRAAGVLAK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.skipif(not postgres.TEST_URL, reason="PostgreSQL only")
def test_postgresql_waits_for_a_locked_row_only_so_long(database) -> None:
    # The counterpart of SQLite's busy timeout; it must outlive the pool's rollbacks.
    for _ in range(2):
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW lock_timeout").scalar() == "10s"
            connection.rollback()


@pytest.mark.sqlite_only("SQLite's write lock")
def test_begin_write_takes_the_write_lock_up_front(database, db_path: Path) -> None:
    from desktop.core.db.engine import begin_write

    with database.session() as session:
        begin_write(session)
        other = sqlite3.connect(db_path, timeout=0.05)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute(
                    "INSERT INTO segments (name, description, position) VALUES ('x', '', 9)"
                )
        finally:
            other.close()
        session.rollback()
    other = sqlite3.connect(db_path, timeout=0.05)
    with other:
        other.execute("INSERT INTO segments (name, description, position) VALUES ('x', '', 9)")
    other.close()


def test_migrations_run_with_foreign_keys_off_then_checked(tmp_path: Path, monkeypatch) -> None:
    # Batch migrations rebuild tables (copy, drop, rename); with foreign keys on, dropping a
    # referenced table fails. They run with them off, and back on afterwards.
    from alembic import command

    seen: list[int] = []
    original = command.upgrade

    def spy(config, revision):
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        original(config, revision)

    monkeypatch.setattr(command, "upgrade", spy)
    database = open_database(tmp_path / "fresh.sqlite3")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.dispose()
    assert seen == [0]


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_file_is_refused_before_anything_changes(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA journal_mode={journal_mode}")
        connection.execute("CREATE TABLE photos (name)")
        connection.execute("INSERT INTO photos VALUES ('holiday.jpg')")
    connection.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(DatabaseError, match="not a Draagvlak database; it was left unchanged"):
        open_database(path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # not even to WAL


def test_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "typo.sqlite3"
    with pytest.raises(DatabaseError, match="There is no database at"):
        open_database(path, create=False)
    assert not path.exists()


@pytest.mark.sqlite_only("file permissions")
def test_read_only_file_is_refused_with_its_own_message(db_path: Path) -> None:
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseError, match="is read-only"):
            open_database(db_path)
    finally:
        db_path.chmod(0o600)
