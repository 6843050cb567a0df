"""Who has a SQLite database open on this PC, so a restore never swaps the file under them.

Two windows on one database work safely (WAL, a busy timeout, and edits that refuse a stale
change, as between PCs on PostgreSQL), so a second instance is allowed. What is not safe is
replacing the file while a program has it open: every program holds a *shared* lock on
``<database>.lock`` while it runs, and a restore needs the *exclusive* one. The operating
system releases the locks of a program that ends, even when it crashes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate
from desktop.core.common.paths import PRIVATE_FILE_MODE


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
            raise DatabaseError(in_use_message(database_path))

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
        "Draagvlak has the database {path} open in another window. Close it there first; "
        "nothing was changed.",
    ).format(path=database_path)


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
