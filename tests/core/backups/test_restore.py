"""Restore: a corrupt, foreign or newer file is refused with nothing changed; an older revision
is migrated; the current database is backed up first."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.core.backups.restore import check_backup_file, restore_backup
from desktop.core.backups.store import make_backup
from desktop.core.common.errors import DatabaseError
from desktop.core.db.engine import create_db_engine, open_database, sqlite_url
from desktop.core.db.migrate import current_revision, head_revision, known_revisions, upgrade

pytestmark = pytest.mark.sqlite_only("restores a SQLite file")

INSERT_CLIENT = (
    "INSERT INTO clients (client_number, name, client_type, notes, archived, search_text, "
    "created_at, updated_at) VALUES (?, ?, 'other', '', 0, '', '2026-01-01', '2026-01-01')"
)


def _add_client(path: Path, number: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(INSERT_CLIENT, (number, f"Client {number}"))
    connection.close()


def _numbers(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT client_number FROM clients")]
    finally:
        connection.close()


def _state(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_restore_brings_back_the_backup_after_backing_up_the_current_database(
    db_path: Path, tmp_path: Path
) -> None:
    _add_client(db_path, "K1")
    backup = make_backup(db_path, tmp_path / "backups").path
    _add_client(db_path, "K2")
    result = restore_backup(db_path, backup, tmp_path / "backups")
    assert _numbers(db_path) == ["K1"]
    assert result.clients == 1 and result.revision == head_revision()
    assert result.safety_backup is not None and result.safety_backup.name.endswith(
        "-before-restore.sqlite3"
    )
    assert sorted(_numbers(result.safety_backup)) == ["K1", "K2"]
    open_database(db_path).dispose()  # opens as usual


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 200] = b"\xff" * 200  # a b-tree page's header
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_corrupt, "damaged|not a readable database"),
        (_foreign, "not a Draagvlak database"),
        (_newer, "newer version"),
        (lambda path: path.write_text("name;city\nBakkerij;Delft\n"), "not a readable database"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    db_path: Path, tmp_path: Path, spoil, message: str
) -> None:
    _add_client(db_path, "K1")
    candidate = tmp_path / "incoming" / "candidate.sqlite3"
    if spoil is _foreign:
        candidate.parent.mkdir()
    else:
        make_backup(db_path, tmp_path / "made", rotate=False)
        candidate.parent.mkdir()
        next((tmp_path / "made").iterdir()).rename(candidate)
    spoil(candidate)
    before = _state(db_path.parent)
    with pytest.raises(DatabaseError, match=message):
        restore_backup(db_path, candidate, db_path.parent / "backups")
    assert _state(db_path.parent) == before
    assert not (db_path.parent / "backups").exists()


def test_a_backup_of_an_older_revision_is_migrated(db_path: Path, tmp_path: Path) -> None:
    older = known_revisions()[-2]
    old_file = tmp_path / "old.sqlite3"
    engine = create_db_engine(sqlite_url(old_file))
    upgrade(engine, older)
    engine.dispose()
    _add_client(old_file, "OLD1")
    assert check_backup_file(old_file) == (older, 1)
    result = restore_backup(db_path, old_file, tmp_path / "backups")
    assert result.revision == older
    engine = create_db_engine(sqlite_url(db_path))
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert _numbers(db_path) == ["OLD1"]
