"""A big import into SQLite drops the clients' secondary indexes and builds them again after
the inserts, inside its transaction: they are all there afterwards, also after a Cancel."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.search_text import matches
from desktop.core.db import tables as t
from desktop.core.db.engine import Database
from desktop.core.imports import importer
from desktop.core.imports.importer import ImportOptions, run_import
from tests.core.imports.samples import EXACT_CSV


def _schema(database: Database, kind: str) -> list[tuple[str, str]]:
    """The clients table's indexes or triggers (``kind``), with their SQL."""
    with database.connect() as connection:
        statement = text(
            "SELECT name, sql FROM sqlite_master WHERE type = :kind "
            "AND tbl_name = 'clients' ORDER BY name"
        )
        return [tuple(row) for row in connection.execute(statement, {"kind": kind})]


def _indexes(database: Database) -> list[tuple[str, str]]:
    return _schema(database, "index")


def _search_triggers(database: Database) -> list[tuple[str, str]]:
    return [row for row in _schema(database, "trigger") if row[0].startswith("clients_search")]


@pytest.fixture
def sqlite_database(database: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite only: PostgreSQL keeps its indexes (COPY is fast enough)")
    monkeypatch.setattr(importer, "REBUILD_INDEXES_FROM", 1)  # the small file counts as big
    return database


def test_the_indexes_are_built_again_after_the_inserts(
    sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _indexes(sqlite_database)
    assert len(before) >= 10
    rebuilt: list[str] = []
    choose = importer._indexes_to_rebuild

    def spy(*args: object) -> list:  # type: ignore[type-arg]
        chosen = choose(*args)  # type: ignore[arg-type]
        rebuilt.extend(index.name for index in chosen)
        return chosen

    monkeypatch.setattr(importer, "_indexes_to_rebuild", spy)
    report = run_import(sqlite_database, EXACT_CSV, None, ImportOptions())
    assert report.created == 4 and report.written
    assert "ix_clients_search_text" in rebuilt and len(rebuilt) == len(before) - 1  # not unique
    assert _indexes(sqlite_database) == before
    with sqlite_database.connect() as connection:
        found = connection.scalar(
            select(func.count()).select_from(t.clients).where(matches("jansen"))
        )
        assert found == 1
        assert connection.scalar(text("PRAGMA integrity_check")) == "ok"


def test_the_search_index_is_filled_after_the_inserts(sqlite_database: Database) -> None:
    before = _search_triggers(sqlite_database)
    assert len(before) == 3
    report = run_import(sqlite_database, EXACT_CSV, None, ImportOptions())
    assert report.created == 4 and report.written
    assert _search_triggers(sqlite_database) == before
    with sqlite_database.connect() as connection:
        indexed = connection.scalar(
            select(func.count()).select_from(t.clients).where(matches("jansen", connection))
        )
        assert indexed == 1
        assert connection.scalar(text("SELECT count(*) FROM clients_search")) == 4
        # Later writes reach the index through the triggers, as before.
        connection.execute(text("UPDATE clients SET search_text = 'zzqq' WHERE id = 1"))
        assert connection.scalar(
            select(func.count()).select_from(t.clients).where(matches("zzqq", connection))
        )


def test_a_cancel_between_drop_and_build_leaves_the_indexes(sqlite_database: Database) -> None:
    before = _indexes(sqlite_database)
    asked: list[int] = []

    def cancelled() -> bool:  # first asked before the first chunk of inserts
        asked.append(1)
        return True

    with pytest.raises(OperationCancelled):
        run_import(sqlite_database, EXACT_CSV, None, ImportOptions(), is_cancelled=cancelled)
    assert asked and _indexes(sqlite_database) == before
    assert len(_search_triggers(sqlite_database)) == 3
    with sqlite_database.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(t.clients)) == 0


def test_the_larger_page_cache_is_given_back(sqlite_database: Database) -> None:
    run_import(sqlite_database, EXACT_CSV, None, ImportOptions())
    # Every pooled connection (the import's among them) has SQLite's default cache again.
    connections = [sqlite_database.engine.connect() for _ in range(3)]
    try:
        sizes = {c.exec_driver_sql("PRAGMA cache_size").scalar() for c in connections}
    finally:
        for connection in connections:
            connection.close()
    assert sizes == {-2000}
