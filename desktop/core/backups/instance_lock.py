"""Who has a SQLite database open on this PC, so a restore never swaps the file under them.

Two windows on one database work safely (WAL, a busy timeout, and edits that refuse a stale
change, as between PCs on PostgreSQL), so a second instance is allowed. What is not safe is
replacing the file while a program has it open: the program (``hold_file`` for as long as it
runs) and every ``draagvlak`` command that uses the database (``shared_lock`` for as long as
it runs; desktop/cli/main.py) hold a *shared* lock on ``<database>.lock``, and a restore
needs the *exclusive* one: it is refused while a window or a command has the database open,
and a command is refused while a restore is under way. The operating system releases the
locks of a program that ends, even when it crashes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.common.paths import PRIVATE_FILE_MODE
from desktop.core.db.engine import Database


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


class InstanceLock:
    """A shared or exclusive lock on the database's lock file; ``release`` (or exit) ends it."""

    def __init__(self, database_path: Path, *, exclusive: bool) -> None:
        self.path = lock_path(database_path)
        self.exclusive = exclusive
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        try:
            locked = _lock(self._fd, exclusive)
        except OSError:
            locked = False
        if not locked:
            os.close(self._fd)
            self._fd = None
            raise DatabaseError(
                in_use_message(database_path) if exclusive else restoring_message(database_path)
            )

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file releases its lock
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def in_use_message(database_path: Path) -> str:
    return translate(
        "Backups",
        "Draagvlak has the database {path} open in another window or command on this PC. "
        "Close it there first (or let the command finish); nothing was changed.",
    ).format(path=database_path)


def restoring_message(database_path: Path) -> str:
    return translate(
        "Backups",
        "A backup is being restored into the database {path}. Try again when that is done; "
        "nothing was changed.",
    ).format(path=database_path)


def shared_lock(path: Path | None) -> InstanceLock | None:
    """The shared lock on this SQLite file (DatabaseError while a restore of it is under
    way); None for another database, for a file whose folder does not exist yet, or for one
    on a read-only medium (no lock file can be made there, and nothing can be restored)."""
    if path is None or not path.resolve().parent.is_dir():
        return None
    try:
        return InstanceLock(path.resolve(), exclusive=False)
    except OSError:
        return None


_held: dict[Path, InstanceLock] = {}


def hold_file(path: Path | None) -> None:
    """Hold the shared lock on this file until ``release`` (the program, while it runs)."""
    if path is not None and path.resolve() not in _held:
        lock = shared_lock(path)
        if lock is not None:
            _held[path.resolve()] = lock


def hold(database: Database) -> None:
    hold_file(database.file_path)


def release(database: Database) -> None:
    """Let go of the lock ``hold`` took (for a restore, which takes the exclusive one)."""
    path = database.file_path
    lock = _held.pop(path.resolve(), None) if path is not None else None
    if lock is not None:
        lock.release()


def _lock(fd: int, exclusive: bool) -> bool:
    if sys.platform == "win32":
        return _lock_windows(fd, exclusive)
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _lock_windows(fd: int, exclusive: bool) -> bool:  # pragma: no cover (Windows)
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class Overlapped(ctypes.Structure):
        _fields_ = [  # noqa: RUF012 (ctypes)
            ("internal", ctypes.c_void_p),
            ("internal_high", ctypes.c_void_p),
            ("offset", wintypes.DWORD),
            ("offset_high", wintypes.DWORD),
            ("event", wintypes.HANDLE),
        ]

    fail_immediately, exclusive_lock = 0x1, 0x2
    flags = fail_immediately | (exclusive_lock if exclusive else 0)
    handle = msvcrt.get_osfhandle(fd)  # type: ignore[attr-defined]
    overlapped = Overlapped()
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))
