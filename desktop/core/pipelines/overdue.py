"""An overdue next action: a client in an open stage whose next action's due date has passed.

Core SQL on the enrollments table (no ORM): the dashboard counts these clients and the client
list shows them, by this one condition.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, and_, func

from desktop.core.db.tables import enrollments


def overdue_action(open_stage_ids: Iterable[int], today: date) -> ColumnElement[bool]:
    """SQL true for an enrollment in one of the open stages with a next action due before
    ``today``."""
    e = enrollments.c
    return and_(
        e.stage_id.in_(sorted(open_stage_ids)),
        func.coalesce(func.trim(e.next_action), "") != "",
        e.next_action_due < today,
    )
