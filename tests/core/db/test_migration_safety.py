"""A migration that fails halfway leaves the database at its old revision, intact; backups are
complete files, one per revision, and a database that cannot be opened points to the latest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from desktop.core.common import search_text
from desktop.core.common.errors import DatabaseError
from desktop.core.db.engine import create_db_engine, open_database, sqlite_url
from desktop.core.db.migrate import current_revision, head_revision
from tests import postgres
from tests.core.db.old_revision import client_count, make_revision_0001

CLIENTS = 120


def _fail_halfway(monkeypatch: pytest.MonkeyPatch) -> None:
    # 0002 adds its column (DDL), then backfills it calling search_key: fail in the backfill.
    real = search_text.search_key
    calls = iter(range(10**9))

    def failing(*parts: object) -> str:
        if next(calls) == CLIENTS // 2:
            raise OSError(28, "No space left on device")
        return real(*parts)  # type: ignore[arg-type]

    monkeypatch.setattr(search_text, "search_key", failing)


def _columns(url: str) -> set[str]:
    engine = create_db_engine(url)
    try:
        return {column["name"] for column in inspect(engine).get_columns("clients")}
    finally:
        engine.dispose()


def _revision(url: str) -> str | None:
    engine = create_db_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


@pytest.mark.sqlite_only("a file of its own at revision 0001")
def test_failure_after_the_ddl_leaves_the_old_revision_and_the_next_start_migrates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    url = sqlite_url(path)
    make_revision_0001(url, CLIENTS)
    _fail_halfway(monkeypatch)
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    backup = path.with_name("office.before-0001.sqlite3")
    assert f"The latest backup is {backup}." in str(raised.value)
    assert _revision(url) == "0001"
    assert "search_text" not in _columns(url)  # the ALTER TABLE was undone too
    assert client_count(url) == CLIENTS
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    monkeypatch.undo()
    database = open_database(path)
    try:
        assert current_revision(database.engine) == head_revision()
        assert database.backup_path == str(backup)
    finally:
        database.dispose()
    assert client_count(url) == CLIENTS


@pytest.mark.sqlite_only("backup files")
def test_repeated_failed_starts_keep_one_complete_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    make_revision_0001(sqlite_url(path), CLIENTS)
    for _ in range(3):
        _fail_halfway(monkeypatch)
        with pytest.raises(DatabaseError):
            open_database(path)
        monkeypatch.undo()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".before-" in p.name)
    assert backups == ["office.before-0001.sqlite3"]  # no pile-up, no temporary leftovers
    assert client_count(sqlite_url(tmp_path / backups[0])) == CLIENTS


@pytest.mark.sqlite_only("backup files")
def test_unopenable_database_names_the_latest_backup(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    make_revision_0001(sqlite_url(path), 3)
    open_database(path).dispose()  # migrates, leaving office.before-0001.sqlite3
    path.write_bytes(b"\0" * 4096)  # then the file is destroyed
    with pytest.raises(DatabaseError) as raised:
        open_database(path)
    assert str(raised.value).endswith(
        f"The latest backup is {tmp_path / 'office.before-0001.sqlite3'}."
    )


@pytest.mark.skipif(not postgres.TEST_URL, reason="PostgreSQL only")
def test_postgresql_failure_after_the_ddl_leaves_the_old_revision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert postgres.TEST_URL
    with postgres.empty_schema(postgres.TEST_URL) as url:
        make_revision_0001(url, CLIENTS)
        _fail_halfway(monkeypatch)
        with pytest.raises(DatabaseError):
            open_database(url)
        assert _revision(url) == "0001"
        assert "search_text" not in _columns(url)
        assert client_count(url) == CLIENTS
        monkeypatch.undo()
        database = open_database(url)
        try:
            assert current_revision(database.engine) == head_revision()
        finally:
            database.dispose()
        assert client_count(url) == CLIENTS
