"""A backup is copied first and checked after: verified ones are named so, a failed check
removes the copy, rotation keeps the newest verified one, temporary names never collide."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.backups import sqlite_copy
from desktop.core.backups.sqlite_copy import (
    PARTIAL_SUFFIX,
    STALE_PARTIAL_SECONDS,
    copy_database,
    partial_file,
    remove_stale_partials,
)
from desktop.core.backups.store import (
    backup_file_name,
    list_backups,
    make_backup,
    rotate_backups,
)
from desktop.core.common.errors import DatabaseError

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")


def test_a_backup_is_verified_and_listed_as_such(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    info = make_backup(db_path, folder, now=datetime(2026, 3, 1, 9, 30))
    assert info.verified and info.path.name == "draagvlak-2026-03-01-093000.sqlite3"
    assert [item.verified for item in list_backups(folder, db_path)] == [True]
    assert sorted(path.name for path in folder.iterdir()) == [info.path.name]


def test_a_backup_that_fails_its_check_is_removed_and_says_so(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    monkeypatch.setattr(sqlite_copy, "integrity_problems", lambda path: ["page 7: damaged"])
    with pytest.raises(DatabaseError, match="failed its integrity check.*page 7.*removed"):
        make_backup(db_path, folder, now=datetime(2026, 3, 1, 9, 30))
    assert list(folder.iterdir()) == []


def test_an_interrupted_check_leaves_an_unverified_backup_listed_as_not_checked(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    copy = folder / backup_file_name(db_path, datetime(2026, 3, 1, 9, 30), verified=False)
    copy_database(db_path, copy)
    (listed,) = list_backups(folder, db_path)
    assert listed.path == copy and not listed.verified and listed.clients == 0


def test_rotation_never_gives_up_the_newest_verified_backup_for_unverified_ones(
    db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 12)
    verified = folder / backup_file_name(db_path, start)
    verified.write_bytes(b"")
    for day in range(1, 40):  # a check interrupted every day since
        moment = start + timedelta(days=day)
        (folder / backup_file_name(db_path, moment, verified=False)).write_bytes(b"")
    rotate_backups(folder, db_path, now=start + timedelta(days=40))
    listed = list_backups(folder, db_path)
    assert verified in [item.path for item in listed]
    assert sum(not item.verified for item in listed) <= 12 + 10 + 9


def test_temporary_names_are_unique_and_stale_ones_are_cleaned(tmp_path: Path) -> None:
    target = tmp_path / "draagvlak-2026-03-01-093000.sqlite3"
    first, second = partial_file(target), partial_file(target)
    assert first != second and first.name.endswith(PARTIAL_SUFFIX) and second.exists()
    old = time.time() - STALE_PARTIAL_SECONDS - 60
    os.utime(first, (old, old))
    unrelated = tmp_path / "download.partial"
    unrelated.write_bytes(b"")
    os.utime(unrelated, (old, old))
    assert remove_stale_partials(tmp_path) == [first]
    assert second.exists() and unrelated.exists()


def test_two_copies_to_one_name_at_the_same_moment_do_not_collide(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "backups" / "draagvlak-2026-03-01-093000.sqlite3"
    copy = sqlite_copy._copy
    seen: list[Path] = []

    def copy_while_another_copies(source: Path, temp: Path) -> None:
        seen.append(temp)
        if len(seen) == 1:  # a second backup of the same second starts in the middle
            copy_database(source, target)
        copy(source, temp)

    monkeypatch.setattr(sqlite_copy, "_copy", copy_while_another_copies)
    copy_database(db_path, target)
    assert len(set(seen)) == 2
    assert [path.name for path in target.parent.iterdir()] == [target.name]
