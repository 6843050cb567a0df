"""The shared instance lock this program holds on its SQLite database while it runs (see
desktop/core/backups/instance_lock.py): released for a restore, taken again after it."""

from __future__ import annotations

from pathlib import Path

from desktop.core.backups.instance_lock import InstanceLock
from desktop.core.db.engine import Database

_held: dict[Path, InstanceLock] = {}


def hold_file(path: Path | None) -> None:
    """Take the shared lock on this SQLite file (DatabaseError while a restore of it is under
    way); nothing for another database, or for a file whose folder does not exist yet."""
    if path is None:
        return
    key = path.resolve()
    if key not in _held and key.parent.is_dir():
        _held[key] = InstanceLock(key, exclusive=False)


def hold(database: Database) -> None:
    hold_file(database.file_path)


def release(database: Database) -> None:
    path = database.file_path
    lock = _held.pop(path.resolve(), None) if path is not None else None
    if lock is not None:
        lock.release()
