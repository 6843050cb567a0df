"""Backups made before a restore or a migration age out too (the erasure dialog promises that
backups age out by rotation): the newest few of each kind, none older than a year."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.backups.rotation import SPECIAL_MAX_AGE, SPECIAL_NEWEST, special_backups_to_keep
from desktop.core.backups.store import backup_file_name, migration_backups, rotate_backups
from desktop.core.db.files import backup_name

pytestmark = pytest.mark.sqlite_only("backups of a SQLite file")

START = datetime(2026, 1, 1, 12)


def _before_restore(folder: Path) -> list[datetime]:
    return sorted(
        datetime.strptime(path.stem.split("-", 1)[1][:17], "%Y-%m-%d-%H%M%S")
        for path in folder.glob("*-before-restore.sqlite3")
    )


def _simulate(database: Path, folder: Path, days: int, *, occasions: bool) -> datetime:
    """A regular backup a day, rotated each time; while ``occasions``, a restore every 20 days
    and a migration every 45 (each with its backup)."""
    folder.mkdir(exist_ok=True)
    moment = START
    for day in range(days):
        moment = START + timedelta(days=day)
        (folder / backup_file_name(database, moment)).write_bytes(b"")
        if occasions and day % 20 == 0:
            (folder / backup_file_name(database, moment, before_restore=True)).write_bytes(b"")
        if occasions and day % 45 == 0:
            migration = backup_name(database, f"{day:04d}")
            migration.write_bytes(b"")
            os.utime(migration, (moment.timestamp(), moment.timestamp()))
        rotate_backups(folder, database, now=moment)
    return moment


def test_a_simulated_year_keeps_only_the_newest_occasion_backups(tmp_path: Path) -> None:
    database = tmp_path / "draagvlak.sqlite3"
    folder = tmp_path / "backups"
    last = _simulate(database, folder, 365, occasions=True)
    restores = _before_restore(folder)
    assert restores == [START + timedelta(days=day) for day in (320, 340, 360)]
    migrations = sorted(moment for _, moment in migration_backups(database))
    assert migrations == [START + timedelta(days=day) for day in (270, 315, 360)]
    assert all(last - moment <= SPECIAL_MAX_AGE for moment in restores + migrations)
    assert len(list(folder.glob("*.sqlite3"))) == 12 + 10 + 9 + SPECIAL_NEWEST


def test_without_new_occasions_they_are_all_gone_within_a_year(tmp_path: Path) -> None:
    database = tmp_path / "draagvlak.sqlite3"
    folder = tmp_path / "backups"
    _simulate(database, folder, 365, occasions=True)
    rotate_backups(folder, database, now=START + timedelta(days=360) + SPECIAL_MAX_AGE)
    assert _before_restore(folder) == [START + timedelta(days=360)]  # exactly a year old
    rotate_backups(folder, database, now=START + timedelta(days=361) + SPECIAL_MAX_AGE)
    assert _before_restore(folder) == []
    assert migration_backups(database) == []


def test_the_occasion_rule_is_pure() -> None:
    now = datetime(2027, 1, 1)
    moments = [now - timedelta(days=days) for days in (1, 2, 3, 4, 400)]
    assert special_backups_to_keep(moments, now) == set(moments[:3])
    assert special_backups_to_keep(moments[-1:], now) == set()
