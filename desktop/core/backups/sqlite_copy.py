"""A consistent copy of a SQLite database through SQLite's online backup API.

Safe while the program (or another) writes: in WAL mode the copy reads one snapshot in one step
and writers carry on. The copy is a single file (journal mode DELETE, no -wal beside it, so it
is fine on a network share or a USB disk), written under a temporary name, checked with
``PRAGMA integrity_check`` and only then renamed into place: a crash, a full disk or a failed
check never leaves a partial file under a backup's name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path, PurePath

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.common.paths import PRIVATE_FILE_MODE, make_private

BUSY_SECONDS = 10.0


def copy_database(source: Path, target: Path, *, verify: bool = True) -> Path:
    """Copy ``source`` to ``target`` (replacing it); DatabaseError when it cannot be written or
    the copy fails its integrity check (then nothing is left behind)."""
    temp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE))
        make_private(temp)
        problems = _copy(source, temp, verify)
        _flush_to_disk(temp)
        if problems:
            raise DatabaseError(
                translate(
                    "Backups", "The backup failed its integrity check ({problem}); it was removed."
                ).format(problem=problems[0])
            )
        temp.replace(target)
    except DatabaseError:
        _remove(temp)
        raise
    except (OSError, sqlite3.Error) as error:
        _remove(temp)
        raise DatabaseError(
            translate("Backups", "The backup could not be written to {path}: {error}").format(
                path=target.parent, error=str(error).strip() or type(error).__name__
            )
        ) from error
    return target


def _copy(source: Path, temp: Path, verify: bool) -> list[str]:
    reader = sqlite3.connect(source, timeout=BUSY_SECONDS)
    try:
        writer = sqlite3.connect(temp)
        try:
            # The copy is a new file that only counts once renamed: no journal and no syncs
            # while it is written (about 2.5 times faster); it is flushed to disk once, after.
            writer.execute("PRAGMA journal_mode=OFF")
            writer.execute("PRAGMA synchronous=OFF")
            reader.backup(writer)  # all pages in one step: one consistent snapshot
            writer.execute("PRAGMA journal_mode=DELETE")
            if not verify:
                return []
            rows = [row[0] for row in writer.execute("PRAGMA integrity_check")]
            return [] if rows == ["ok"] else rows
        finally:
            writer.close()
    finally:
        reader.close()


def _flush_to_disk(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)  # Windows flushes only a file open for writing
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a database file, read-only; [] when it is sound."""
    connection = connect_read_only(path)
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
    return [] if rows == ["ok"] else rows


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing beside the file (no -wal, no -shm): for
    backups, which may sit on a network share or a read-only medium."""
    return sqlite3.connect(f"{file_uri(path.resolve())}?mode=ro&immutable=1", uri=True)


def file_uri(path: PurePath) -> str:
    r"""The SQLite URI of an absolute path. A UNC path (a backup on \\nas\share) needs an
    empty authority and four slashes: SQLite refuses ``file://nas/share/...``."""
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return uri


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
