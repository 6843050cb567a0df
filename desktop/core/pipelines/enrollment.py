"""Clients entering a project's pipeline: bulk enrollment in the first stage.

Each enrollment starts with a StageTransition "entered the first stage"; moves between stages
and their undo live in moves.py and undo.py, next actions in next_actions.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    cast,
    exists,
    insert,
    literal,
    null,
    select,
)
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from desktop.core.common.errors import (
    OperationCancelled,
)
from desktop.core.common.i18n import translate
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.db.tables import utcnow
from desktop.core.pipelines.projects import get_project
from desktop.core.pipelines.reached import reached_text
from desktop.core.pipelines.stages import first_stage

# SQLite allows 32,766 bound parameters; chunks this size keep statements small and quick.
CHUNK_SIZE = 5_000

Progress = Callable[[int, int], None]


def enroll_clients(
    session: Session,
    project_id: int,
    client_ids: Sequence[int] | None = None,
    *,
    by_staff_id: int | None = None,
    at: datetime | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Put clients in the project's first stage; returns how many were newly enrolled.

    ``client_ids=None`` enrolls every non-archived client. Archived clients and clients already
    in the project are skipped. Bulk SQL in chunks (100,000 clients in a few seconds): run it on
    a worker. Raises OperationCancelled when ``is_cancelled()`` turns true; the caller rolls back.
    ``at`` dates the enrollment (default now; demo data and imports of old history use it).
    """
    get_project(session, project_id)
    stage_id = first_stage(session, project_id).id
    if client_ids is None:
        ids = list(
            session.scalars(select(Client.id).where(Client.archived.is_(False)).order_by(Client.id))
        )
    else:
        ids = sorted(set(client_ids))
    now = at or utcnow()
    already = exists().where(Enrollment.project_id == project_id, Enrollment.client_id == Client.id)
    enrolled = 0
    for start in range(0, len(ids), CHUNK_SIZE):
        if is_cancelled is not None and is_cancelled():
            raise OperationCancelled(translate("Pipelines", "Enrolling was cancelled."))
        chunk = ids[start : start + CHUNK_SIZE]
        source = select(
            literal(project_id),
            Client.id,
            literal(stage_id),
            literal(now, Enrollment.stage_since.type),
            literal(now, Enrollment.created_at.type),
            literal(reached_text([stage_id])),
        ).where(Client.id.in_(chunk), Client.archived.is_(False), ~already)
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            insert(Enrollment).from_select(
                [
                    "project_id",
                    "client_id",
                    "stage_id",
                    "stage_since",
                    "created_at",
                    "reached_stages",
                ],
                source,
            ),
            # SQLAlchemy keeps an INSERT's rowcount only when asked; psycopg then reports -1.
            execution_options={"preserve_rowcount": True},
        )
        enrolled += max(result.rowcount or 0, 0)
        if progress is not None:
            progress(start + len(chunk), len(ids))
    # The first transition of each new enrollment: "entered the first stage".
    no_history = ~exists().where(StageTransition.enrollment_id == Enrollment.id)
    session.execute(
        insert(StageTransition).from_select(
            ["enrollment_id", "from_stage_id", "to_stage_id", "at", "by_staff_id", "note"],
            select(
                Enrollment.id,
                null(),
                Enrollment.stage_id,
                Enrollment.stage_since,
                typed_param(by_staff_id, Integer()),
                literal(""),
            ).where(Enrollment.project_id == project_id, no_history),
        )
    )
    session.flush()
    return enrolled


def typed_param(value: object, type_: TypeEngine[Any]) -> ColumnElement[Any]:
    # A CAST keeps a NULL parameter typed in INSERT ... SELECT (PostgreSQL needs that).
    return cast(literal(value), type_)
