"""The backup folder: making a backup, listing them (date, size, client count) and rotation.

Backups are named ``<database name>-YYYY-MM-DD-HHMMSS.sqlite3`` (local time); the one made
before a restore ends in ``-before-restore`` and is left out of the rotation. Other files in
the folder (a copy made with ``--out``, someone's own files) are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from desktop.core.backups.rotation import backups_to_keep
from desktop.core.backups.sqlite_copy import connect_read_only, copy_database, file_uri
from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.db.engine import Database
from desktop.core.db.tables import office_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db.engine import Executor

BACKUPS_FOLDER = "backups"
BEFORE_RESTORE = "-before-restore"
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})(?P<kind>-before-restore)?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    moment: datetime
    size: int
    clients: int | None  # None: the file cannot be read as a Draagvlak database
    before_restore: bool


def configured_folder(executor: Executor) -> str | None:
    """The backup folder the office chose (office settings), or None for the default."""
    return executor.scalar(
        select(office_settings.c.backup_folder).order_by(office_settings.c.id).limit(1)
    )


def backup_folder(database: Database) -> Path:
    """Where this database's backups go: the office's folder, else ``<its folder>/backups``."""
    path = _sqlite_file(database)
    with database.connect() as connection:
        chosen = configured_folder(connection)
    return Path(chosen).expanduser() if chosen else path.parent / BACKUPS_FOLDER


def folder_of_file(database_path: Path) -> Path:
    """The backup folder, read from the file itself (for a restore, when the database may be
    damaged or not open): the office's folder, else ``<its folder>/backups``."""
    chosen = None
    try:
        uri = file_uri(database_path.resolve())
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT backup_folder FROM office_settings ORDER BY id LIMIT 1"
            ).fetchone()
            chosen = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.Error:
        pass
    return Path(chosen).expanduser() if chosen else database_path.parent / BACKUPS_FOLDER


def backup_file_name(database_path: Path, moment: datetime, *, before_restore: bool = False) -> str:
    kind = BEFORE_RESTORE if before_restore else ""
    return f"{database_path.stem}-{moment.strftime(_STAMP)}{kind}{database_path.suffix}"


def make_backup(
    database_path: Path, folder: Path, *, now: datetime | None = None, rotate: bool = True
) -> BackupInfo:
    """Back up the database into ``folder`` (verified, renamed into place), then thin the
    folder's backups of this database (see rotation). Safe while others write; may run on a
    worker."""
    moment = (now or datetime.now()).replace(microsecond=0)
    target = folder / backup_file_name(database_path, moment)
    started = time.time()
    copy_database(database_path, target)
    # The file's time is the moment its snapshot began: a change after it needs a new backup.
    with contextlib.suppress(OSError):
        os.utime(target, (started, started))
    if rotate:
        rotate_backups(folder, database_path)
    return describe(target, moment, before_restore=False)


def make_restore_backup(database_path: Path, folder: Path) -> Path:
    """A backup of the database as it is before a restore replaces it (kept out of rotation)."""
    moment = datetime.now().replace(microsecond=0)
    target = folder / backup_file_name(database_path, moment, before_restore=True)
    return copy_database(database_path, target, verify=False)  # kept even when damaged


def _backups(folder: Path, database_path: Path) -> list[tuple[Path, datetime, bool]]:
    found = []
    with contextlib.suppress(OSError):  # a folder not made yet, or a share not reachable
        for path in folder.iterdir():
            match = _NAME.match(path.stem)
            if (
                match is None
                or path.suffix != database_path.suffix
                or match["stem"] != database_path.stem
                or not path.is_file()
            ):
                continue
            moment = datetime.strptime(match["stamp"], _STAMP)
            found.append((path, moment, match["kind"] is not None))
    return found


def rotate_backups(folder: Path, database_path: Path) -> list[Path]:
    """Delete the regular backups the rotation no longer keeps; returns them."""
    regular = [
        (path, moment) for path, moment, before in _backups(folder, database_path) if not before
    ]
    keep = backups_to_keep(moment for _, moment in regular)
    removed = []
    for path, moment in regular:
        if moment not in keep:
            with contextlib.suppress(OSError):  # open elsewhere (Windows): next time
                path.unlink()
                removed.append(path)
    return removed


def list_backups(folder: Path, database_path: Path) -> list[BackupInfo]:
    """This database's backups in ``folder``, newest first, with size and client count."""
    found = _backups(folder, database_path)
    found.sort(key=lambda item: item[1], reverse=True)
    return [describe(path, moment, before_restore=before) for path, moment, before in found]


def describe(path: Path, moment: datetime, *, before_restore: bool) -> BackupInfo:
    return BackupInfo(path, moment, path.stat().st_size, client_count(path), before_restore)


def client_count(path: Path) -> int | None:
    """How many clients a backup holds; None when it is not readable as ours."""
    try:
        connection = connect_read_only(path)
        try:
            return int(connection.execute("SELECT count(*) FROM clients").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _sqlite_file(database: Database) -> Path:
    path = database.file_path
    if path is None:
        raise DatabaseError(
            translate("Backups", "Only a SQLite database file has backups in a folder.")
        )
    return path


def size_text(size: int) -> str:
    """A file size as people read it: 812 kB, 48.3 MB (Dutch: 48,3 MB)."""
    from desktop.core.common import i18n

    value, unit = size / 1000, "kB"
    if value >= 1000:
        value, unit = value / 1000, "MB"
    if value >= 1000:
        value, unit = value / 1000, "GB"
    text = f"{value:.1f}" if value < 100 else f"{value:.0f}"
    if i18n.current_language() == "nl":
        text = text.replace(".", ",")
    return f"{text} {unit}"


def needs_backup(database_path: Path, folder: Path) -> bool:
    """True when the database (or its WAL) changed after the newest regular backup was made,
    or there is none: automatic backups are made only when something changed, by anyone."""
    regular = [
        (moment, path) for path, moment, before in _backups(folder, database_path) if not before
    ]
    if not regular:
        return True
    try:
        snapshot = max(regular)[1].stat().st_mtime
    except OSError:
        return True
    changed = max(
        side.stat().st_mtime
        for side in (database_path, database_path.with_name(database_path.name + "-wal"))
        if side.exists()
    )
    return changed > snapshot


def set_backup_folder(session: Session, folder: str | None) -> None:
    """The office's backup folder (None or "": the default beside the database); it must be
    a folder that exists or can be made (a USB disk or a network share will do)."""
    from desktop.core.common.errors import ValidationError
    from desktop.core.common.validation import column_text

    value = column_text(folder, office_settings.c.backup_folder)
    if value:
        try:
            Path(value).expanduser().mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ValidationError(
                translate("Backups", "The folder {path} cannot be used: {error}").format(
                    path=value, error=error.strerror or error
                ),
                "backup_folder",
            ) from error
    session.execute(update(office_settings).values(backup_folder=value))
