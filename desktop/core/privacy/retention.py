"""Retention: archived clients kept longer than the office's period are offered for
anonymisation (the office decides; nothing is erased by itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.tables import clients, office_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db.engine import Executor

MAX_MONTHS = 1200


@dataclass(frozen=True)
class DueClient:
    id: int
    client_number: str
    name: str
    archived_since: datetime


def retention_months(executor: Executor) -> int | None:
    """The office's retention period in months; None: archived clients are kept."""
    return executor.scalar(
        select(office_settings.c.retention_months).order_by(office_settings.c.id).limit(1)
    )


def set_retention_months(session: Session, months: int | None) -> None:
    """Set (or clear, with None) the retention period; ValidationError outside 1-1200."""
    if months is not None and not 1 <= months <= MAX_MONTHS:
        raise ValidationError(
            translate("Privacy", "The retention period is 1 to {max} months.").format(
                max=MAX_MONTHS
            ),
            "retention_months",
        )
    session.execute(update(office_settings).values(retention_months=months))


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_for_anonymisation(
    executor: Executor, months: int, today: date | None = None
) -> list[DueClient]:
    """Archived, not yet anonymised clients archived (or, archived before this was recorded,
    last changed) more than ``months`` ago; oldest first."""
    cutoff = months_before(today or date.today(), months)
    since = func.coalesce(clients.c.archived_at, clients.c.updated_at)
    rows = executor.execute(
        select(clients.c.id, clients.c.client_number, clients.c.name, since)
        .where(
            clients.c.archived.is_(True),
            clients.c.anonymised_at.is_(None),
            since < datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC),
        )
        .order_by(since, clients.c.id)
    )
    return [DueClient(*row) for row in rows]
