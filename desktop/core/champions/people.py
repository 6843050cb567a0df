"""Who counts as a current staff member and a current champion, and finding staff by name."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import ColumnElement, and_, func, or_, select

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.tables import staff

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


def is_current(today: date) -> ColumnElement[bool]:
    """Staff who have not left: no end date, or one today or later (their last day counts)."""
    return or_(staff.c.end_date.is_(None), staff.c.end_date >= today)


def is_current_champion(today: date) -> ColumnElement[bool]:
    return and_(staff.c.is_champion, is_current(today))


class StaffRef(NamedTuple):
    id: int
    name: str
    initials: str
    end_date: date | None


def find_staff(executor: Executor, name: str) -> StaffRef:
    """The staff member called ``name``, or with those initials or e-mail (case-insensitive)."""
    wanted = name.strip().casefold()
    statement = select(staff.c.id, staff.c.name, staff.c.initials, staff.c.end_date).where(
        or_(
            func.lower(staff.c.name) == wanted,
            func.lower(staff.c.initials) == wanted,
            func.lower(staff.c.email) == wanted,
        )
    )
    rows = [StaffRef(*row) for row in executor.execute(statement)]
    if not rows:
        raise NotFoundError(
            translate("Champions", "There is no staff member called '{name}'.").format(name=name)
        )
    if len(rows) > 1:
        raise ValidationError(
            translate(
                "Champions", "'{name}' matches more than one staff member: use the initials."
            ).format(name=name)
        )
    return rows[0]


def staff_ref(executor: Executor, staff_id: int) -> StaffRef:
    row = executor.execute(
        select(staff.c.id, staff.c.name, staff.c.initials, staff.c.end_date).where(
            staff.c.id == staff_id
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError(
            translate("Staff", "Staff member {id} no longer exists.").format(id=staff_id)
        )
    return StaffRef(*row)
