"""The client list's "reached stage" filter: the clients that a bar of the dashboard's funnel
counts, so that the list opened from a bar holds the bar's number.

A bar counts the clients that really reached its stage or a later one that is not lost (lost
stages: only the clients that reached them), each once, from ``enrollments.reached_stages``
(see pipelines/reached.py). Core selects only: the client list must not wait for the ORM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import ColumnElement, false, select

from desktop.core.db.tables import clients, enrollments, projects, stages
from desktop.core.pipelines.reached import counted_stages, reached_any

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


class ReachedStage(NamedTuple):
    """What the filter shows the user: the stage and its project."""

    stage_id: int
    stage_name: str
    project_name: str


def reached_condition(executor: Executor, stage_id: int) -> ColumnElement[bool]:
    """A WHERE condition on ``clients``: enrolled in the stage's project and counted in its bar."""
    project_id = executor.scalar(select(stages.c.project_id).where(stages.c.id == stage_id))
    if project_id is None:
        return false()
    in_order = executor.execute(
        select(stages.c.id, stages.c.kind)
        .where(stages.c.project_id == project_id, stages.c.archived == false())
        .order_by(stages.c.position, stages.c.id)
    )
    counted = counted_stages([(row.id, row.kind) for row in in_order], stage_id)
    reached = select(enrollments.c.client_id).where(
        enrollments.c.project_id == project_id, reached_any(counted)
    )
    return clients.c.id.in_(reached)


def reached_stage(executor: Executor, stage_id: int) -> ReachedStage | None:
    """The stage's name and its project's (None when the stage is gone)."""
    row = executor.execute(
        select(stages.c.name, projects.c.name)
        .join(projects, projects.c.id == stages.c.project_id)
        .where(stages.c.id == stage_id)
    ).one_or_none()
    return None if row is None else ReachedStage(stage_id, row[0], row[1])
