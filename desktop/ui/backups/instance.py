"""The shared instance lock this program holds on its SQLite database while it runs (see
desktop/core/backups/instance_lock.py): released for a restore, taken again after it."""

from __future__ import annotations

from pathlib import Path

from desktop.core.backups.instance_lock import InstanceLock
from desktop.core.db.engine import Database

_held: dict[Path, InstanceLock] = {}


def hold(database: Database) -> None:
    """Take the shared lock (DatabaseError while a restore of this database is under way)."""
    path = database.file_path
    if path is not None and path not in _held:
        _held[path] = InstanceLock(path, exclusive=False)


def release(database: Database) -> None:
    path = database.file_path
    lock = _held.pop(path, None) if path is not None else None
    if lock is not None:
        lock.release()
