"""Shared fixtures. Qt runs offscreen; the data folder is a temporary one, never the user's."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Must happen before anything imports Qt (pytest-qt has no ini option for it).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DRAAGVLAK_DB", None)

import pytest  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from desktop.core.common import i18n  # noqa: E402
from desktop.core.common.paths import DATA_DIR_ENV  # noqa: E402
from desktop.core.db.engine import Database, open_database  # noqa: E402
from tests import postgres  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    postgres.register_marker(config)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    postgres.skip_sqlite_only(items)


@pytest.fixture(scope="session", autouse=True)
def _throw_away_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The data folder and QSettings (UI state) are this run's, inside pytest's temporary
    folder (which pytest cleans up), never the user's; programs the tests start inherit them."""
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("data")))
        environment.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        yield


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path | str]:
    if postgres.TEST_URL:  # one migrated schema per run, emptied before each test
        yield from postgres.migrated_schema(postgres.TEST_URL)
        return
    # Migrating once and copying the file keeps a fresh database per test cheap.
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(path)
    database.dispose()
    yield path


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path | str) -> Path | str:
    """A fresh, migrated database: a SQLite file, or a PostgreSQL URL when testing on one."""
    if isinstance(_template_db, str):
        postgres.empty_tables(_template_db)
        return _template_db
    path = tmp_path / "draagvlak.sqlite3"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture
def database(db_path: Path | str) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as session:
        yield session


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")
