"""Backups of a SQLite file: consistent while another process writes, verified,
named, listed and thinned."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.backups import sqlite_copy
from desktop.core.backups.sqlite_copy import integrity_problems
from desktop.core.backups.store import (
    backup_file_name,
    list_backups,
    make_backup,
    make_restore_backup,
)
from desktop.core.common.errors import DatabaseError

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")

BATCH = 50
WRITER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    batch = 0
    while True:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO clients (client_number, name, client_type, notes, archived, "
            "search_text, created_at, updated_at) VALUES (?, ?, 'other', '', 0, '', "
            "'2026-01-01', '2026-01-01')",
            [(f"{batch}-{row}", f"Batch {batch}") for row in range(BATCH)],
        )
        connection.execute("COMMIT")
        batch += 1
        print(batch, flush=True)
    """
).replace("BATCH", str(BATCH))


def _clients(path: Path) -> list[tuple[str, int]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT name, count(*) FROM clients GROUP BY name").fetchall()
    finally:
        connection.close()


def test_a_backup_while_another_process_writes_is_sound_and_consistent(
    db_path: Path, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        while int(writer.stdout.readline()) < 3:  # it is writing
            pass
        counts = []
        for index in range(3):
            info = make_backup(db_path, tmp_path / "backups", now=datetime(2026, 1, 1 + index))
            assert integrity_problems(info.path) == []
            batches = _clients(info.path)
            # Whole transactions only: every batch complete.
            assert batches and all(count == BATCH for _, count in batches)
            assert info.clients == BATCH * len(batches)
            counts.append(info.clients)
            writer.stdout.readline()  # at least one more transaction before the next one
    finally:
        writer.kill()
        writer.wait()
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_backups_are_single_files_named_by_date_and_listed_newest_first(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    first = make_backup(db_path, folder, now=datetime(2026, 3, 1, 9, 30))
    second = make_backup(db_path, folder, now=datetime(2026, 3, 2, 17, 0, 5))
    before = make_restore_backup(db_path, folder)
    (folder / "notes.txt").write_text("not a backup")
    assert first.path.name == "draagvlak-2026-03-01-093000.sqlite3"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [first.path.name, second.path.name, before.name, "notes.txt"]
    )  # no -wal, -shm or .partial files
    listed = list_backups(folder, db_path)
    assert [item.path for item in listed] == [before, second.path, first.path]
    assert listed[0].before_restore and not listed[1].before_restore
    assert all(item.clients == 0 and item.size > 0 for item in listed)


def test_rotation_thins_regular_backups_only(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 12)
    for day in range(60):
        name = backup_file_name(db_path, start + timedelta(days=day))
        (folder / name).write_bytes(b"")
    other = folder / "draagvlak-copy.sqlite3"
    other.write_bytes(b"")
    make_backup(db_path, folder, now=start + timedelta(days=60))
    regular = [item for item in list_backups(folder, db_path) if not item.before_restore]
    assert len(regular) == 12 + 7  # the last 12 days, then ISO weeks 1-7 of 2026
    assert other.exists()


def test_an_unwritable_folder_is_a_clear_error_and_leaves_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DatabaseError, match="could not be written"):
        make_backup(db_path, blocker / "backups")


def _spy_on_page_copies(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    by_pages = sqlite_copy._copy_by_pages

    def spy(reader: sqlite3.Connection, temp: Path) -> None:
        calls.append(temp)
        by_pages(reader, temp)

    monkeypatch.setattr(sqlite_copy, "_copy_by_pages", spy)
    return calls


def _add_clients(path: Path, batch: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.executemany(
            "INSERT INTO clients (client_number, name, client_type, notes, archived, "
            "search_text, created_at, updated_at) VALUES (?, ?, 'other', '', 0, '', "
            "'2026-01-01', '2026-01-01')",
            [(f"{batch}-{row}", f"Batch {batch}") for row in range(BATCH)],
        )
    finally:
        connection.close()


def test_a_backup_copies_the_checkpointed_file_as_a_file_and_leaves_wal_mode(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page_copies = _spy_on_page_copies(monkeypatch)
    _add_clients(db_path, "a")  # in the WAL, not yet in the main file
    info = make_backup(db_path, tmp_path / "backups", now=datetime(2026, 5, 1))
    assert page_copies == []
    assert _clients(info.path) == [("Batch a", BATCH)]
    copy = sqlite3.connect(info.path)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        copy.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_a_reader_on_an_older_snapshot_makes_the_backup_copy_page_by_page(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page_copies = _spy_on_page_copies(monkeypatch)
    _add_clients(db_path, "a")
    old_reader = sqlite3.connect(db_path, isolation_level=None)
    try:
        old_reader.execute("BEGIN")
        old_reader.execute("SELECT count(*) FROM clients").fetchone()
        _add_clients(db_path, "b")  # frames the main file may not take while it reads
        info = make_backup(db_path, tmp_path / "backups", now=datetime(2026, 5, 1))
    finally:
        old_reader.close()
    assert len(page_copies) == 1
    assert integrity_problems(info.path) == []
    assert sorted(_clients(info.path)) == [("Batch a", BATCH), ("Batch b", BATCH)]
