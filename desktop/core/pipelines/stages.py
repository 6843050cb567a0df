"""A project's pipeline stages and their per-segment limits.

Stages are ordered by ``Stage.position``: the active (non-archived) stages of a project always
hold positions 0..n-1, archived ones come after them. A stage that holds history is archived
instead of deleted, so old transitions keep pointing at a real row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.lookup import find_named
from desktop.core.common.validation import check_length, require_text
from desktop.core.common.vocab import StageKind
from desktop.core.db import tables
from desktop.core.db.models import (
    Enrollment,
    Segment,
    Stage,
    StageSegmentLimit,
    StageTransition,
)
from desktop.core.db.records import lock_for_edit as _lock
from desktop.core.db.records import write_changes
from desktop.core.pipelines.projects import UNCHANGED, Unchanged, get_project


@dataclass(frozen=True)
class StageRow:
    """A stage as lists and the board need it."""

    id: int
    project_id: int
    position: int
    name: str
    kind: StageKind
    max_days: int | None
    archived: bool


def list_stages(
    session: Session, project_id: int, include_archived: bool = False
) -> list[StageRow]:
    """The project's stages in pipeline order (archived ones last, when asked for)."""
    query = select(
        Stage.id,
        Stage.project_id,
        Stage.position,
        Stage.name,
        Stage.kind,
        Stage.max_days,
        Stage.archived,
    ).where(Stage.project_id == project_id)
    if not include_archived:
        query = query.where(Stage.archived.is_(False))
    return [StageRow(*row) for row in session.execute(query.order_by(Stage.position, Stage.id))]


def first_stage(session: Session, project_id: int) -> Stage:
    """Where newly enrolled clients start: the active stage with the lowest position."""
    stage = session.scalar(
        select(Stage)
        .where(Stage.project_id == project_id, Stage.archived.is_(False))
        .order_by(Stage.position, Stage.id)
        .limit(1)
    )
    if stage is None:
        raise ConflictError(
            translate("Projects", "This project has no stages yet. Add a stage first.")
        )
    return stage


def get_stage(session: Session, stage_id: int) -> Stage:
    """The stage, or NotFoundError."""
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError(translate("Projects", "This stage no longer exists."))
    return stage


def add_stage(
    session: Session,
    project_id: int,
    name: str,
    kind: StageKind = StageKind.OPEN,
    max_days: int | None = None,
) -> Stage:
    """A new stage at the end of the project's pipeline."""
    get_project(session, project_id)
    last = session.scalar(
        select(func.max(Stage.position)).where(
            Stage.project_id == project_id, Stage.archived.is_(False)
        )
    )
    stage = Stage(
        project_id=project_id,
        position=0 if last is None else last + 1,
        name=_stage_name(session, project_id, name, None),
        kind=StageKind(kind),
        max_days=_max_days(max_days),
    )
    session.add(stage)
    session.flush()
    _renumber(session, project_id)
    return stage


def rename_stage(
    session: Session,
    stage_id: int,
    name: str,
    *,
    read: str | Unchanged = UNCHANGED,
    by: int | None = None,
) -> Stage:
    """A new name, unique among the project's active stages.

    ``read`` is the name as the user saw it: StaleEditError when someone renamed it since.
    """
    stage = _lock_stage(session, stage_id)
    return _set_stage_field(
        session, stage, "name", _stage_name(session, stage.project_id, name, stage_id), read, by
    )


def set_stage_kind(
    session: Session,
    stage_id: int,
    kind: StageKind,
    *,
    read: StageKind | Unchanged = UNCHANGED,
    by: int | None = None,
) -> Stage:
    """Open, won or lost. Clients already in the stage stay; only new moves see the new kind."""
    stage = _lock_stage(session, stage_id)
    return _set_stage_field(session, stage, "kind", StageKind(kind), read, by)


def set_stage_max_days(
    session: Session,
    stage_id: int,
    max_days: int | None,
    *,
    read: int | None | Unchanged = UNCHANGED,
    by: int | None = None,
) -> Stage:
    """The stage's maximum days before a client counts as stalled; None = no limit."""
    stage = _lock_stage(session, stage_id)
    return _set_stage_field(session, stage, "max_days", _max_days(max_days), read, by)


def _lock_stage(session: Session, stage_id: int) -> Stage:
    return _lock(session, Stage, stage_id, translate("Projects", "This stage no longer exists."))


def _set_stage_field(
    session: Session, stage: Stage, field: str, value: object, read: object, by: int | None
) -> Stage:
    seen = getattr(stage, field) if isinstance(read, Unchanged) else read
    labels = {
        "name": translate("Projects", "Stage name"),
        "kind": translate("Projects", "Kind"),
        "max_days": translate("Projects", "Maximum days"),
    }
    write_changes(session, stage, {field: seen}, {field: value}, labels, by)
    return stage


def reorder_stages(session: Session, project_id: int, ordered_stage_ids: list[int]) -> None:
    """Put the project's active stages in this order; the list must name each of them once."""
    active = {row.id for row in list_stages(session, project_id)}
    if len(ordered_stage_ids) != len(active) or set(ordered_stage_ids) != active:
        raise ValidationError(
            translate("Projects", "The new order must list every stage of the project once.")
        )
    stages = {s.id: s for s in session.scalars(select(Stage).where(Stage.id.in_(active)))}
    for position, stage_id in enumerate(ordered_stage_ids):
        stages[stage_id].position = position
    session.flush()
    _renumber(session, project_id)


def delete_stage(session: Session, stage_id: int) -> Literal["deleted", "archived"]:
    """Remove a stage; refused while clients are in it. A stage with history is archived."""
    stage = get_stage(session, stage_id)
    occupied = session.scalar(select(exists().where(Enrollment.stage_id == stage_id)))
    if occupied:
        raise ConflictError(
            translate(
                "Projects",
                "The stage '{name}' still holds clients. Move them to another stage first.",
            ).format(name=stage.name)
        )
    has_history = session.scalar(
        select(
            exists().where(
                or_(
                    StageTransition.to_stage_id == stage_id,
                    StageTransition.from_stage_id == stage_id,
                )
            )
        )
    )
    project_id = stage.project_id
    if has_history:
        stage.archived = True
        result: Literal["deleted", "archived"] = "archived"
    else:
        session.execute(delete(StageSegmentLimit).where(StageSegmentLimit.stage_id == stage_id))
        session.delete(stage)
        result = "deleted"
    session.flush()
    _renumber(session, project_id)
    return result


def _renumber(session: Session, project_id: int) -> None:
    # Keeps positions dense (0..n-1 for active stages, archived after) whatever came before.
    stages = session.scalars(
        select(Stage)
        .where(Stage.project_id == project_id)
        .order_by(Stage.archived, Stage.position, Stage.id)
    ).all()
    for position, stage in enumerate(stages):
        if stage.position != position:
            stage.position = position
    session.flush()


def _stage_name(session: Session, project_id: int, name: str, stage_id: int | None) -> str:
    text = require_text(name, "name", translate("Projects", "Stage name"))
    check_length(text, tables.stages.c.name)
    query = select(Stage.id).where(
        Stage.project_id == project_id,
        Stage.archived.is_(False),
        func.lower(Stage.name) == text.lower(),
    )
    if stage_id is not None:
        query = query.where(Stage.id != stage_id)
    if session.scalar(query) is not None:
        raise ConflictError(
            translate("Projects", "This project already has a stage named '{name}'.").format(
                name=text
            )
        )
    return text


def _max_days(value: int | None) -> int | None:
    if value is not None and value <= 0:
        raise ValidationError(
            translate("Projects", "The maximum number of days must be 1 or more."), "max_days"
        )
    return value


# --- per-segment settings -----------------------------------------------------------------------


def set_segment_limit(
    session: Session, stage_id: int, segment_id: int, max_days: int | None
) -> None:
    """Override a stage's maximum days for one segment; None removes the override."""
    get_stage(session, stage_id)
    _require_segment(session, segment_id)
    max_days = _max_days(max_days)
    limit = session.scalar(
        select(StageSegmentLimit).where(
            StageSegmentLimit.stage_id == stage_id, StageSegmentLimit.segment_id == segment_id
        )
    )
    if max_days is None:
        if limit is not None:
            session.delete(limit)
    elif limit is None:
        session.add(StageSegmentLimit(stage_id=stage_id, segment_id=segment_id, max_days=max_days))
    else:
        limit.max_days = max_days
    session.flush()


def segment_limits(session: Session, project_id: int) -> dict[tuple[int, int], int]:
    """(stage_id, segment_id) -> max days, for every override in the project."""
    rows = session.execute(
        select(StageSegmentLimit.stage_id, StageSegmentLimit.segment_id, StageSegmentLimit.max_days)
        .join(Stage, Stage.id == StageSegmentLimit.stage_id)
        .where(Stage.project_id == project_id)
    )
    return {(stage_id, segment_id): days for stage_id, segment_id, days in rows}


def _require_segment(session: Session, segment_id: int) -> None:
    if session.get(Segment, segment_id) is None:
        raise NotFoundError(translate("Projects", "This segment no longer exists."))


def find_stage(session: Session, project_id: int, name: str) -> StageRow:
    """The project's active stage of this name (case-insensitive); NotFoundError otherwise."""
    message = translate("Projects", "There is no stage named '{name}'. Stages: {names}.")
    return find_named(list_stages(session, project_id), name, lambda row: row.name, message)
