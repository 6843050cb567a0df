"""The client list's filters that the dashboard sets: the clients a bar of the funnel counts
("reached a stage"), and those with an overdue next action in a project. The list opened from a
bar or a number holds that bar's or number's clients.

A bar counts the clients that really reached its stage or a later one that is not lost (lost
stages: only the clients that reached them), each once, from ``enrollments.reached_stages``
(see pipelines/reached.py); overdue is pipelines/overdue.py's rule. Core selects only: the
client list must not wait for the ORM.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import ColumnElement, false, select

from desktop.core.common.vocab import StageKind
from desktop.core.db.tables import clients, enrollments, projects, stages
from desktop.core.pipelines.overdue import overdue_action
from desktop.core.pipelines.reached import counted_stages, reached_any

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


class ReachedStage(NamedTuple):
    """What the filter shows the user: the stage and its project."""

    stage_id: int
    stage_name: str
    project_name: str


def _active_stages(executor: Executor, project_id: int) -> list[tuple[int, StageKind]]:
    """The project's active stages in pipeline order, as (id, kind)."""
    rows = executor.execute(
        select(stages.c.id, stages.c.kind)
        .where(stages.c.project_id == project_id, stages.c.archived == false())
        .order_by(stages.c.position, stages.c.id)
    )
    return [(row.id, row.kind) for row in rows]


def reached_condition(executor: Executor, stage_id: int) -> ColumnElement[bool]:
    """A WHERE condition on ``clients``: enrolled in the stage's project and counted in its bar."""
    project_id = executor.scalar(select(stages.c.project_id).where(stages.c.id == stage_id))
    if project_id is None:
        return false()
    counted = counted_stages(_active_stages(executor, project_id), stage_id)
    reached = select(enrollments.c.client_id).where(
        enrollments.c.project_id == project_id, reached_any(counted)
    )
    return clients.c.id.in_(reached)


def overdue_condition(executor: Executor, project_id: int) -> ColumnElement[bool]:
    """A WHERE condition on ``clients``: an overdue next action in the project today (local)."""
    open_ids = [i for i, kind in _active_stages(executor, project_id) if kind is StageKind.OPEN]
    today = datetime.now().astimezone().date()  # the local calendar, as stalled.local_today
    overdue = select(enrollments.c.client_id).where(
        enrollments.c.project_id == project_id, overdue_action(open_ids, today)
    )
    return clients.c.id.in_(overdue)


def reached_stage(executor: Executor, stage_id: int) -> ReachedStage | None:
    """The stage's name and its project's (None when the stage is gone)."""
    row = executor.execute(
        select(stages.c.name, projects.c.name)
        .join(projects, projects.c.id == stages.c.project_id)
        .where(stages.c.id == stage_id)
    ).one_or_none()
    return None if row is None else ReachedStage(stage_id, row[0], row[1])


def project_name(executor: Executor, project_id: int) -> str | None:
    """The project's name (None when it is gone)."""
    return executor.scalar(select(projects.c.name).where(projects.c.id == project_id))
