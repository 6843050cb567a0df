"""The SQLite file behind a database: look before touching it, backups, and driver errors that
deserve their own message (busy, read-only, damaged, disk full)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.common.paths import PRIVATE_FILE_MODE

SIDE_FILES = ("-wal", "-shm")

# SQLite primary result codes (extended codes carry them in the low byte).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_CORRUPT, _SQLITE_FULL = 5, 6, 8, 11, 13
# PostgreSQL: lock_not_available (lock_timeout), disk_full, read_only_sql_transaction.
_PG_LOCK_TIMEOUT, _PG_DISK_FULL, _PG_READ_ONLY = "55P03", "53100", "25006"


def side_files(path: Path) -> list[Path]:
    """The database file with its WAL and shared-memory files."""
    return [path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)]


def prepare_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a file that is not ours (or not writable) before anything opens it for writing;
    create a missing one (private) only when ``create``.

    The engine's connect pragmas switch a file to WAL at once, so the look comes first, through
    a read-only connection.
    """
    if not path.exists():
        if not create:
            raise DatabaseError(
                translate("Database", "There is no database at {path}.").format(path=path)
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        # An empty file is a new SQLite database; its WAL and shm files inherit its mode.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
        return
    if not path.is_file():
        raise DatabaseError(
            translate("Database", "{path} is not a database file.").format(path=path)
        )
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise DatabaseError(read_only_message(path))
    if path.stat().st_size == 0:
        return
    existed = [side.exists() for side in side_files(path)]
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        for side, was_there in zip(side_files(path), existed, strict=True):
            if not was_there:  # a read-only look at a WAL file leaves empty -wal/-shm files
                with contextlib.suppress(OSError):
                    side.unlink()
        raise DatabaseError(
            translate("Schema", "This file is not a Draagvlak database; it was left unchanged.")
        )


def read_only_message(path: Path) -> str:
    return translate(
        "Database",
        "The database {path} is read-only. Make it writable (file permissions, or the "
        "read-only attribute on Windows) and try again.",
    ).format(path=path)


def backup_name(path: Path, revision: str) -> Path:
    """One backup per source revision: a later attempt from the same revision replaces it."""
    return path.with_name(f"{path.stem}.before-{revision}{path.suffix}")


def write_backup(path: Path, revision: str) -> Path:
    """A consistent copy (a snapshot, safe with WAL: see backups/sqlite_copy.py), written under a temporary name and
    renamed when complete: a crash never leaves a partial file named like a backup."""
    from desktop.core.backups.sqlite_copy import copy_database

    return copy_database(path, backup_name(path, revision))


def migration_backup_files(path: Path) -> list[Path]:
    """The backups made before a migration, beside the database file (the rotation in
    desktop/core/backups/store.py ages them out)."""
    return [
        candidate
        for candidate in path.parent.glob(f"{path.stem}.before-*{path.suffix}")
        if candidate.is_file()
    ]


def latest_backup(path: Path) -> Path | None:
    """The newest complete backup beside the database file, if any."""
    return max(
        migration_backup_files(path), key=lambda candidate: candidate.stat().st_mtime, default=None
    )


def with_backup_hint(message: str, path: Path | None) -> str:
    """The message, plus where the latest backup is when there is one."""
    backup = latest_backup(path) if path is not None else None
    if backup is None:
        return message
    return message + " " + translate("Database", "The latest backup is {path}.").format(path=backup)


def known_database_error(
    error: BaseException, path: Path | None, busy_seconds: float
) -> DatabaseError | None:
    """A designed message for a driver error a user can act on; None for anything else."""
    cause = getattr(error, "orig", None) or error
    sqlite_code = getattr(cause, "sqlite_errorcode", None)
    code = sqlite_code & 0xFF if isinstance(sqlite_code, int) else None
    state = getattr(cause, "sqlstate", None)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or state == _PG_LOCK_TIMEOUT:
        message = translate(
            "Database",
            "The database is busy: another program or PC has kept it locked for more than "
            "{seconds} seconds. Try again later; nothing was changed.",
        ).format(seconds=f"{busy_seconds:g}")
    elif code == _SQLITE_READONLY or state == _PG_READ_ONLY:
        message = read_only_message(path) if path is not None else str(cause)
    elif code == _SQLITE_CORRUPT:
        message = with_backup_hint(
            translate("Database", "The database is damaged: {error}.").format(
                error=str(cause).strip()
            ),
            path,
        )
    elif code == _SQLITE_FULL or state == _PG_DISK_FULL:
        message = translate(
            "Database", "The disk is full; nothing was changed. Free some space and try again."
        )
    else:
        return None
    return DatabaseError(message)
