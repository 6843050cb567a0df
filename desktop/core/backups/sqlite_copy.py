"""A consistent copy of a SQLite database, and its check.

Safe while the program (or another) writes: the copy is one snapshot of the database, and
writers carry on. The copy is a single file (journal mode DELETE, no -wal beside it, so it
is fine on a network share or a USB disk), written under a unique temporary name in the target
folder, flushed to disk and only then renamed into place: a crash or a full disk never leaves a
partial file under a backup's name, and two copies at the same moment never share a temporary
file. A temporary file left by a crash is removed by the next copy into that folder.

How it copies: while the copy holds a read transaction on the live database, its snapshot
cannot change. When a checkpoint (by a second connection, after the snapshot is taken) has
written every WAL frame into the main file, the main file *is* that snapshot, and it stays so
while the read transaction lasts: SQLite never writes frames newer than a reader's snapshot into
the main file. The file is then copied as a file, in large blocks, and its header is marked as
not-WAL. When that cannot be shown (another reader holds an older snapshot, a writer is between
the two steps, the file lies past SQLite's 1 GiB lock page, which Windows may lock against
reading, or the database is not in WAL mode), the copy goes through SQLite's online backup API
instead, which is as safe but writes one page per system call (≈ 3× a file copy at 100,000
clients, where the file copy stays within the ≤ 2× target: ``bench_backup``). The new file has
no journal and no syncs while it is written (it counts only once renamed) and is flushed once.

``PRAGMA integrity_check`` reads the whole copy once more and costs several times the copy
itself, so it is a separate step (``verify_copy``, on the same worker, after the rename): see
desktop/core/backups/store.py for how a backup counts as verified.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path, PurePath

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.common.paths import make_private

BUSY_SECONDS = 10.0
PARTIAL_SUFFIX = ".backup-partial"
STALE_PARTIAL_SECONDS = 6 * 60 * 60  # a copy being written touches its file all the time
_DESTINATION_CACHE_PAGES = 64
_CHECK_CACHE_KIB = 64 * 1024
_MAX_MAP_BYTES = 1 << 40  # SQLite caps it at its compile-time maximum
_LOCK_PAGE_OFFSET = 1 << 30  # SQLite's lock bytes: Windows may refuse to read them
_FORMAT_VERSION_OFFSET = 18  # two bytes: 2 = WAL, 1 = rollback journal


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (replacing it), flushed to disk; DatabaseError when it
    cannot be written (then nothing is left behind)."""
    temp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = partial_file(target)
        _copy(source, temp)
        _flush_to_disk(temp)
        temp.replace(target)
    except (OSError, sqlite3.Error) as error:
        if temp is not None:
            _remove(temp)
        raise DatabaseError(
            translate("Backups", "The backup could not be written to {path}: {error}").format(
                path=target.parent, error=str(error).strip() or type(error).__name__
            )
        ) from error
    return target


def partial_file(target: Path) -> Path:
    """A new, empty, private temporary file beside ``target`` under a unique name (so two
    copies at the same moment never share one); stale ones a crash left there are removed."""
    remove_stale_partials(target.parent)
    descriptor, name = tempfile.mkstemp(
        dir=target.parent, prefix=target.name + ".", suffix=PARTIAL_SUFFIX
    )
    os.close(descriptor)
    make_private(Path(name))
    return Path(name)


def verify_copy(path: Path) -> None:
    """``PRAGMA integrity_check`` of a copy; a copy that fails it is deleted and DatabaseError
    says so."""
    try:
        problems = integrity_problems(path)
    except sqlite3.Error as error:
        problems = [str(error).strip() or type(error).__name__]
    if problems:
        _remove(path)
        raise DatabaseError(
            translate(
                "Backups", "The backup failed its integrity check ({problem}); it was removed."
            ).format(problem=problems[0])
        )


def remove_stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete temporary copies a crash left in ``folder`` (untouched for hours); returns them."""
    limit = (time.time() if now is None else now) - STALE_PARTIAL_SECONDS
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"*{PARTIAL_SUFFIX}"):
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_mtime < limit:
                    path.unlink()
                    removed.append(path)
    return removed


def _copy(source: Path, temp: Path) -> None:
    reader = sqlite3.connect(source, timeout=BUSY_SECONDS, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # takes the snapshot
        if not _copy_snapshot_file(source, temp):
            _copy_by_pages(reader, temp)
        reader.execute("COMMIT")
    finally:
        reader.close()


def _copy_snapshot_file(source: Path, temp: Path) -> bool:
    """Copy the main file as a file when it holds exactly the open snapshot; False when that
    cannot be shown (see the module docstring)."""
    if source.stat().st_size > _LOCK_PAGE_OFFSET:
        return False
    try:
        checkpointer = sqlite3.connect(source, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            busy, wal_frames, written = checkpointer.execute(
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).fetchone()
        finally:
            checkpointer.close()
    except sqlite3.Error:  # a read-only file or folder: the backup API needs no writing
        return False
    if busy or wal_frames < 0 or written != wal_frames:
        return False
    shutil.copyfile(source, temp)
    with temp.open("r+b") as copy:  # file format write/read version 1: a rollback journal
        copy.seek(_FORMAT_VERSION_OFFSET)
        copy.write(b"\x01\x01")
    return True


def _copy_by_pages(reader: sqlite3.Connection, temp: Path) -> None:
    reader.execute(f"PRAGMA mmap_size={_MAX_MAP_BYTES}")
    writer = sqlite3.connect(temp)
    try:
        # The copy is a new file that only counts once renamed: no journal and no syncs
        # while it is written; it is flushed to disk once, after.
        writer.execute("PRAGMA journal_mode=OFF")
        writer.execute("PRAGMA synchronous=OFF")
        writer.execute("PRAGMA locking_mode=EXCLUSIVE")
        writer.execute(f"PRAGMA cache_size={_DESTINATION_CACHE_PAGES}")
        reader.backup(writer)  # all pages in one step, within the reader's snapshot
        writer.execute("PRAGMA journal_mode=DELETE")
    finally:
        writer.close()


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
        return integrity_check(connection)
    finally:
        connection.close()


def integrity_check(connection: sqlite3.Connection) -> list[str]:
    """``PRAGMA integrity_check`` on an open connection; [] when sound. It reads every page
    several times: through memory mapping and a larger cache it takes a quarter less time."""
    connection.execute(f"PRAGMA mmap_size={_MAX_MAP_BYTES}")
    connection.execute(f"PRAGMA cache_size=-{_CHECK_CACHE_KIB}")
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
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
