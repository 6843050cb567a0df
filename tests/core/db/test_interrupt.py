"""A read under way stops once it is no longer wanted (SQLite); others run to the end."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled
from desktop.core.db.engine import dialect_name
from desktop.core.db.interrupt import interruptible

ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT max(x) FROM n"


def test_a_cancelled_read_stops(session: Session) -> None:
    if dialect_name(session) != "sqlite":
        pytest.skip("only SQLite's reads are interrupted")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 3  # a few checks in: the next keystroke's search has started

    with pytest.raises(OperationCancelled), interruptible(session, cancelled):
        session.execute(text(ENDLESS)).scalar()
    # The connection reads as before afterwards, no longer asking.
    before = len(asked)
    assert session.execute(text("SELECT 1")).scalar() == 1
    assert len(asked) == before


def test_a_read_nobody_cancels_runs_to_the_end(session: Session) -> None:
    with interruptible(session, lambda: False):
        assert session.execute(text("SELECT 41 + 1")).scalar() == 42
