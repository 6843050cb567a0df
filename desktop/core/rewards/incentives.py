"""Client rewards: mark the clients of a project (and a segment) that went digital early for an
incentive, for example a fee discount for clients Active before a date, and list them for
invoicing. Marking is set-based and marks each client once per project."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Integer, String, func, insert, literal, select, update

from desktop.core.common.errors import NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, require_text
from desktop.core.common.vocab import StageKind
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import (
    client_incentives,
    clients,
    enrollments,
    projects,
    stage_transitions,
    stages,
    utcnow,
)
from desktop.core.pipelines.enrollment import typed_param

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class IncentiveRow(NamedTuple):
    id: int
    client_number: str
    client_name: str
    incentive: str
    marked_at: datetime
    invoiced: bool


def mark_incentives(
    session: Session,
    project_id: int,
    incentive: str,
    *,
    active_before: date | None = None,
    segment_id: int | None = None,
    by_staff_id: int | None = None,
) -> int:
    """Mark for ``incentive`` the project's clients that reached an Active (won) stage before
    ``active_before`` (any time when None) and are in it now, of one segment if given; clients
    marked already are left alone. Returns how many were newly marked."""
    incentive = require_text(incentive, "incentive", translate("Rewards", "Incentive"))
    check_length(incentive, client_incentives.c.incentive, "incentive")
    begin_write(session)
    if session.scalar(select(projects.c.id).where(projects.c.id == project_id)) is None:
        raise NotFoundError(translate("Rewards", "This project no longer exists."))
    won = select(stages.c.id).where(
        stages.c.project_id == project_id, stages.c.kind == StageKind.WON
    )
    reached = (
        select(stage_transitions.c.enrollment_id, func.min(stage_transitions.c.at).label("at"))
        .where(stage_transitions.c.to_stage_id.in_(won))
        .group_by(stage_transitions.c.enrollment_id)
        .subquery()
    )
    already = select(client_incentives.c.client_id).where(
        client_incentives.c.project_id == project_id
    )
    query = (
        select(
            typed_param(project_id, Integer()),
            enrollments.c.client_id,
            typed_param(incentive, String()),
            literal(utcnow(), client_incentives.c.marked_at.type),
            typed_param(by_staff_id, Integer()),
        )
        .join(reached, reached.c.enrollment_id == enrollments.c.id)
        .join(clients, clients.c.id == enrollments.c.client_id)
        .where(
            enrollments.c.project_id == project_id,
            enrollments.c.stage_id.in_(won),
            enrollments.c.client_id.not_in(already),
            clients.c.archived.is_(False),
        )
    )
    if active_before is not None:
        limit = datetime(active_before.year, active_before.month, active_before.day, tzinfo=UTC)
        query = query.where(reached.c.at < limit)
    if segment_id is not None:
        query = query.where(clients.c.segment_id == segment_id)
    marked = session.execute(
        insert(client_incentives)
        .from_select(["project_id", "client_id", "incentive", "marked_at", "marked_by"], query)
        .returning(client_incentives.c.id)
    ).all()
    return len(marked)


def list_incentives(session: Session, project_id: int) -> list[IncentiveRow]:
    """The project's marked clients by client number, for invoicing."""
    i = client_incentives.c
    rows = session.execute(
        select(i.id, clients.c.client_number, clients.c.name, i.incentive, i.marked_at, i.invoiced)
        .join(clients, clients.c.id == i.client_id)
        .where(i.project_id == project_id)
        .order_by(clients.c.client_number)
    )
    return [IncentiveRow._make(row) for row in rows]


def set_invoiced(session: Session, incentive_ids: list[int], invoiced: bool = True) -> None:
    """Tick (or untick) marked clients as invoiced."""
    session.execute(
        update(client_incentives)
        .where(client_incentives.c.id.in_(incentive_ids))
        .values(invoiced=invoiced)
    )
