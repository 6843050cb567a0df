"""Stopping a read under way once nobody waits for it (a search the next keystroke replaced)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled
from desktop.core.db.engine import dialect_name

# SQLite asks the handler every this many virtual-machine steps: well under a millisecond.
STEPS = 20_000


@contextmanager
def interruptible(session: Session, is_cancelled: Callable[[], bool]) -> Iterator[None]:
    """Statements of ``session`` inside the block stop soon after ``is_cancelled()`` turns
    true, and the block raises OperationCancelled. On SQLite, whose scans of 100,000 clients
    for a short search take a while, a progress handler asks; other databases run to the end.
    Runs on a worker; for reads (an interrupted statement rolls back)."""
    if dialect_name(session) != "sqlite":
        yield
        return
    raw = session.connection().connection.driver_connection
    assert raw is not None  # an open connection's
    raw.set_progress_handler(lambda: 1 if is_cancelled() else 0, STEPS)
    try:
        yield
    except OperationalError as error:
        if is_cancelled():
            raise OperationCancelled(str(error.orig)) from error
        raise
    finally:
        raw.set_progress_handler(None, 0)
