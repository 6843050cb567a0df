"""Restoring a backup: look at the file first, back up the current database, then swap.

The swap is atomic (``os.replace``): the database is either the old one or the restored one.
Every connection to the database must be closed first (on Windows an open file cannot be
replaced; on any system a connection left open would keep writing into the old file), so the
caller disposes its engine; the instance lock keeps a running program from being overrun.
A restored older revision is migrated as at any start.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core.backups.instance_lock import InstanceLock
from desktop.core.backups.sqlite_copy import connect_read_only, copy_database, integrity_check
from desktop.core.backups.store import make_restore_backup
from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.db.files import side_files
from desktop.core.db.migrate import head_revision, known_revisions


@dataclass(frozen=True)
class RestoreResult:
    revision: str  # the backup's schema revision (migrated to the current one when older)
    clients: int
    safety_backup: Path | None  # the current database, as it was before the restore


def check_backup_file(path: Path) -> tuple[str, int]:
    """The backup's schema revision and client count; DatabaseError when the file is missing,
    damaged, not a Draagvlak database or made by a newer version."""
    if not path.is_file():
        raise DatabaseError(translate("Backups", "There is no file {path}.").format(path=path))
    try:
        connection = connect_read_only(path)
        try:
            problems = integrity_check(connection)
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables and "clients" in tables:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[
                    0
                ]
                clients = connection.execute("SELECT count(*) FROM clients").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            translate(
                "Backups", "{path} is not a readable database ({error}); nothing was changed."
            ).format(path=path.name, error=str(error).strip())
        ) from error
    if problems:
        raise DatabaseError(
            translate("Backups", "{path} is damaged ({problem}); nothing was changed.").format(
                path=path.name, problem=problems[0]
            )
        )
    if revision is None:
        raise DatabaseError(
            translate("Backups", "{path} is not a Draagvlak database; nothing was changed.").format(
                path=path.name
            )
        )
    if revision not in known_revisions():
        raise DatabaseError(
            translate(
                "Backups",
                "{path} was made by a newer version of Draagvlak; install the latest version "
                "to restore it. Nothing was changed.",
            ).format(path=path.name)
        )
    return str(revision), int(clients)


def restore_backup(database_path: Path, backup: Path, safety_folder: Path) -> RestoreResult:
    """Replace the database file by ``backup`` (checked first), after backing the current one
    up into ``safety_folder``; then migrate it when it is older. No connection to the database
    may be open. Nothing changes when the backup is refused."""
    revision, clients = check_backup_file(backup)
    if backup.resolve() == database_path.resolve():
        raise DatabaseError(translate("Backups", "That file is the database itself."))
    with InstanceLock(database_path, exclusive=True):
        return _restore(database_path, backup, safety_folder, revision, clients)


def _restore(
    database_path: Path, backup: Path, safety_folder: Path, revision: str, clients: int
) -> RestoreResult:
    safety = None
    if database_path.exists() and database_path.stat().st_size:
        _checkpoint(database_path)
        safety = make_restore_backup(database_path, safety_folder)
    incoming = database_path.with_name(database_path.name + ".restoring")
    copy_database(backup, incoming)  # checked above; the copy is a plain file
    try:
        # The old WAL must not be replayed onto the restored file: checkpointed above, it holds
        # nothing the safety backup lacks.
        for side in side_files(database_path)[1:]:
            if side.exists():
                side.unlink()
        incoming.replace(database_path)
    except OSError as error:
        with contextlib.suppress(OSError):
            incoming.unlink()
        raise DatabaseError(
            translate(
                "Backups",
                "The database is in use ({error}). Close Draagvlak on this PC and try again; "
                "nothing was changed.",
            ).format(error=str(error).strip())
        ) from error
    if revision != head_revision():
        from desktop.core.db.engine import open_database

        open_database(database_path).dispose()  # migrates, after its own before-REV backup
    return RestoreResult(revision, clients, safety)


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path, timeout=10)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
