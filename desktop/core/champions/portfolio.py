"""A champion's portfolio: their clients per stage in each project, conversion to the goal
(the won stage, "Active" in the default portal pipeline), stalled clients and the next actions
that are due. Every number is an SQL aggregate over the champion's clients (the champion_id
index), so the page is quick at 100,000 clients.

- conversion: the champion's enrolled clients now in a won stage, divided by all their enrolled
  clients in that project; the office's figure beside it is the same over every client.
- stalled: as on the board (see desktop/core/pipelines/stalled.py).
- next actions due: in an open stage, due within ``DUE_WITHIN_DAYS`` days or overdue, soonest
  first (at most ``DUE_LIMIT`` listed; ``due_total`` counts them all).
Archived clients are left out everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select, true
from sqlalchemy.orm import Session

from desktop.core.champions.people import staff_ref
from desktop.core.common.search_text import NAME_ORDER
from desktop.core.common.vocab import StageKind
from desktop.core.db.tables import clients, enrollments, projects, staff, stages
from desktop.core.pipelines.stalled import load_stall_rules, local_today

DUE_WITHIN_DAYS = 7
DUE_LIMIT = 200


@dataclass(frozen=True)
class StageCount:
    stage_id: int
    name: str
    kind: StageKind
    clients: int


@dataclass(frozen=True)
class ProjectPortfolio:
    project_id: int
    project_name: str
    stages: list[StageCount]
    enrolled: int
    won: int
    stalled: int
    office_conversion: float | None

    @property
    def conversion(self) -> float | None:
        return self.won / self.enrolled if self.enrolled else None


@dataclass(frozen=True)
class DueAction:
    enrollment_id: int
    client_id: int
    client_name: str
    project_name: str
    stage_name: str
    action: str | None
    due: date
    overdue: bool


@dataclass(frozen=True)
class Portfolio:
    staff_id: int
    name: str
    initials: str
    is_champion: bool
    focus_area: str | None
    capacity: int | None
    clients: int  # active clients with this champion
    not_enrolled: int  # of which in no project
    projects: list[ProjectPortfolio]
    due: list[DueAction]
    due_total: int

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.clients > self.capacity


def _mine(champion_id: int) -> tuple[ColumnElement[bool], ...]:
    """The champion's active (not archived) clients."""
    return (clients.c.champion_id == champion_id, clients.c.archived.is_not(true()))


def champion_portfolio(session: Session, champion_id: int, today: date | None = None) -> Portfolio:
    """The portfolio of one champion (or any staff member who holds clients)."""
    today = today or local_today()
    person = staff_ref(session, champion_id)
    info = session.execute(
        select(staff.c.is_champion, staff.c.focus_area, staff.c.capacity).where(
            staff.c.id == champion_id
        )
    ).one()
    total = session.execute(
        select(func.count()).select_from(clients).where(*_mine(champion_id))
    ).scalar_one()
    enrolled_anywhere = (
        select(enrollments.c.id).where(enrollments.c.client_id == clients.c.id).exists()
    )
    not_enrolled = session.execute(
        select(func.count()).select_from(clients).where(*_mine(champion_id), ~enrolled_anywhere)
    ).scalar_one()
    due, due_total = _due_actions(session, champion_id, today)
    return Portfolio(
        person.id,
        person.name,
        person.initials,
        bool(info.is_champion),
        info.focus_area,
        info.capacity,
        total,
        not_enrolled,
        _projects(session, champion_id, today),
        due,
        due_total,
    )


def _projects(session: Session, champion_id: int, today: date) -> list[ProjectPortfolio]:
    result = []
    for project_id, project_name in session.execute(
        select(projects.c.id, projects.c.name).order_by(projects.c.name, projects.c.id)
    ):
        # One pass over the champion's enrollments in the project: per stage, how many and
        # how many of them are stalled.
        rules = load_stall_rules(session, project_id)
        stalled = func.sum(case((rules.clause(today), 1), else_=0))
        per_stage: dict[int, tuple[int, int]] = {
            stage_id: (count, stalled_count or 0)
            for stage_id, count, stalled_count in session.execute(
                select(enrollments.c.stage_id, func.count(), stalled)
                .join(clients, clients.c.id == enrollments.c.client_id)
                .where(enrollments.c.project_id == project_id, *_mine(champion_id))
                .group_by(enrollments.c.stage_id)
            )
        }
        if not per_stage:
            continue
        stage_rows = session.execute(
            select(stages.c.id, stages.c.name, stages.c.kind, stages.c.archived)
            .where(stages.c.project_id == project_id)
            .order_by(stages.c.archived, stages.c.position, stages.c.id)
        ).all()
        shown = [
            StageCount(sid, name, kind, per_stage.get(sid, (0, 0))[0])
            for sid, name, kind, archived in stage_rows
            if not archived or sid in per_stage
        ]
        result.append(
            ProjectPortfolio(
                project_id,
                project_name,
                shown,
                sum(count for count, _stalled in per_stage.values()),
                sum(stage.clients for stage in shown if stage.kind == StageKind.WON),
                sum(stalled_count for _count, stalled_count in per_stage.values()),
                _office_conversion(session, project_id, stage_rows),
            )
        )
    return result


def _office_conversion(
    session: Session, project_id: int, stage_rows: Sequence[Any]
) -> float | None:
    """The share of the project's active enrolled clients now in a won stage.

    All enrollments per stage come from the (project_id, stage_id) index alone; those of the
    few archived clients are subtracted (filtering on archived would read every client row).
    """

    def per_stage(*conditions: ColumnElement[bool]) -> dict[int, int]:
        statement = (
            select(enrollments.c.stage_id, func.count())
            .where(enrollments.c.project_id == project_id, *conditions)
            .group_by(enrollments.c.stage_id)
        )
        return {stage_id: count for stage_id, count in session.execute(statement)}

    archived_clients = select(clients.c.id).where(clients.c.archived == true())
    archived = per_stage(enrollments.c.client_id.in_(archived_clients))
    counts = {sid: count - archived.get(sid, 0) for sid, count in per_stage().items()}
    won_ids = {row.id for row in stage_rows if row.kind == StageKind.WON}
    total = sum(counts.values())
    return sum(counts.get(sid, 0) for sid in won_ids) / total if total else None


def _due_actions(session: Session, champion_id: int, today: date) -> tuple[list[DueAction], int]:
    horizon = today + timedelta(days=DUE_WITHIN_DAYS)
    conditions = (
        *_mine(champion_id),
        enrollments.c.next_action_due.is_not(None),
        enrollments.c.next_action_due <= horizon,
        stages.c.kind == StageKind.OPEN,
    )
    base = (
        select(
            enrollments.c.id,
            clients.c.id,
            clients.c.name,
            projects.c.name,
            stages.c.name,
            enrollments.c.next_action,
            enrollments.c.next_action_due,
        )
        .join(clients, clients.c.id == enrollments.c.client_id)
        .join(stages, stages.c.id == enrollments.c.stage_id)
        .join(projects, projects.c.id == enrollments.c.project_id)
        .where(*conditions)
    )
    rows = session.execute(
        base.order_by(enrollments.c.next_action_due, NAME_ORDER, enrollments.c.id).limit(DUE_LIMIT)
    ).all()
    total = session.execute(
        select(func.count())
        .select_from(enrollments)
        .join(clients, clients.c.id == enrollments.c.client_id)
        .join(stages, stages.c.id == enrollments.c.stage_id)
        .where(*conditions)
    ).scalar_one()
    due = [DueAction(*row, overdue=row[6] < today) for row in rows]
    return due, total
