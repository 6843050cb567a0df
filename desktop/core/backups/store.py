"""The backup folder: making a backup, listing them (date, size, client count) and rotation.

Backups are named ``<database name>-YYYY-MM-DD-HHMMSS.sqlite3`` (local time); the one made
before a restore ends in ``-before-restore``; one not (yet) checked, in ``-unverified``. Other files in the folder (a copy made with
``--out``, someone's own files) are never touched.

A backup is made in two steps on the same worker. First the copy (a consistent snapshot, see
sqlite_copy.py), renamed into place as ``...-unverified.sqlite3``: this is the part that has
to be quick (at most twice a plain file copy of the database). Then ``PRAGMA integrity_check``
reads the copy; passed, it is renamed to its plain name and counts as a verified backup;
failed, it is deleted and the error says so. The check costs several times the copy (about
2.5 s at 100,000 clients), which is why it is not part of the copy: the copy is safe on disk
first, the check only decides whether it is trusted. A backup left unverified (the program
ended during the check) is still listed, marked as not checked, and a restore checks every
file before it uses it. Backups made before a restore are not checked (one is kept even
when the database is damaged: that may be why it is being restored).

Rotation (rotation.py) keeps the regular backups like Anki does, and never deletes the newest
verified one in favour of newer unverified ones. Backups made before a restore and before a
migration (``<name>.before-<revision>.sqlite3`` beside the database) age out too: the newest
few of each kind are kept, none older than the rotation's span (a year), so personal data
erased from the database is gone from every backup within a year.
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

from desktop.core.backups.rotation import backups_to_keep, special_backups_to_keep
from desktop.core.backups.sqlite_copy import (
    connect_read_only,
    copy_database,
    file_uri,
    verify_copy,
)
from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.db.engine import Database
from desktop.core.db.tables import office_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db.engine import Executor

BACKUPS_FOLDER = "backups"
BEFORE_RESTORE = "-before-restore"
UNVERIFIED = "-unverified"
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})"
    r"(?P<kind>-before-restore)?(?P<unverified>-unverified)?$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    moment: datetime
    size: int
    clients: int | None  # None: the file cannot be read as a Draagvlak database
    before_restore: bool
    verified: bool  # passed PRAGMA integrity_check after it was made


@dataclass(frozen=True)
class _Found:
    path: Path
    moment: datetime
    before_restore: bool
    verified: bool


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


def backup_file_name(
    database_path: Path, moment: datetime, *, before_restore: bool = False, verified: bool = True
) -> str:
    kind = (BEFORE_RESTORE if before_restore else "") + ("" if verified else UNVERIFIED)
    return f"{database_path.stem}-{moment.strftime(_STAMP)}{kind}{database_path.suffix}"


def make_backup(
    database_path: Path, folder: Path, *, now: datetime | None = None, rotate: bool = True
) -> BackupInfo:
    """Back up the database into ``folder``: the copy, then its integrity check (see above),
    then thin the folder's backups of this database. Safe while others write; may run on a
    worker. DatabaseError when the copy cannot be written or fails its check (then it is gone)."""
    moment = (now or datetime.now()).replace(microsecond=0)
    copy = folder / backup_file_name(database_path, moment, verified=False)
    started = time.time()
    copy_database(database_path, copy)
    # The file's time is the moment its snapshot began: a change after it needs a new backup.
    with contextlib.suppress(OSError):
        os.utime(copy, (started, started))
    verify_copy(copy)
    target = copy.replace(folder / backup_file_name(database_path, moment))
    if rotate:
        rotate_backups(folder, database_path, now=moment)
    return describe(_Found(target, moment, before_restore=False, verified=True))


def make_restore_backup(database_path: Path, folder: Path) -> Path:
    """A backup of the database as it is before a restore replaces it: not checked (it is kept
    even when damaged), aged out by the rotation of its own kind."""
    moment = datetime.now().replace(microsecond=0)
    target = folder / backup_file_name(database_path, moment, before_restore=True)
    return copy_database(database_path, target)


def _backups(folder: Path, database_path: Path) -> list[_Found]:
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
            before_restore = match["kind"] is not None
            verified = not before_restore and match["unverified"] is None
            found.append(_Found(path, moment, before_restore, verified))
    return found


def migration_backups(database_path: Path) -> list[tuple[Path, datetime]]:
    """The copies made before a migration, beside the database, with the time each was made."""
    from desktop.core.db.files import migration_backup_files

    found = []
    for path in migration_backup_files(database_path):
        with contextlib.suppress(OSError):
            found.append((path, datetime.fromtimestamp(path.stat().st_mtime)))
    return found


def rotate_backups(folder: Path, database_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps (regular ones, those before a restore
    in ``folder``, those before a migration beside the database); returns them."""
    found = _backups(folder, database_path)
    regular = [item for item in found if not item.before_restore]
    keep = backups_to_keep(item.moment for item in regular)
    verified = [item for item in regular if item.verified]
    newest_verified = max(verified, key=lambda item: item.moment).path if verified else None
    doomed = [
        item.path for item in regular if item.moment not in keep and item.path != newest_verified
    ]
    moment = now or datetime.now()
    for special in (
        [(item.path, item.moment) for item in found if item.before_restore],
        migration_backups(database_path),
    ):
        keep = special_backups_to_keep((when for _, when in special), moment)
        doomed += [path for path, when in special if when not in keep]
    removed = []
    for path in doomed:
        with contextlib.suppress(OSError):  # open elsewhere (Windows): next time
            path.unlink()
            removed.append(path)
    return removed


def list_backups(folder: Path, database_path: Path) -> list[BackupInfo]:
    """This database's backups in ``folder``, newest first, with size and client count."""
    found = sorted(_backups(folder, database_path), key=lambda item: item.moment, reverse=True)
    return [describe(item) for item in found]


def describe(found: _Found) -> BackupInfo:
    path = found.path
    return BackupInfo(
        path,
        found.moment,
        path.stat().st_size,
        client_count(path),
        found.before_restore,
        found.verified,
    )


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
    regular = [item for item in _backups(folder, database_path) if not item.before_restore]
    if not regular:
        return True
    try:
        snapshot = max(regular, key=lambda item: item.moment).path.stat().st_mtime
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
