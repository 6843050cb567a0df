"""Taking back moves: an undo records the move back instead of deleting anything.

The undo is a new transition to the previous stage that points at the move it reverts
(``reverts_id``), so the history stays truthful; it is checked under the same lock as a move.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import (
    and_,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.util import identity_key

from desktop.core.common.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
)
from desktop.core.common.i18n import translate
from desktop.core.db.engine import begin_write
from desktop.core.db.models import Enrollment, StageTransition
from desktop.core.pipelines.enrollment import CHUNK_SIZE
from desktop.core.pipelines.moves import (
    Move,
    after_lock,
    check_staff,
    lock_enrollments,
    only_transition,
    target_stage,
)
from desktop.core.pipelines.reached import replay_reached
from desktop.core.pipelines.stays import forget_stays
from desktop.core.rewards.award_hooks import on_undone_moves


def undo_move(
    session: Session, transition_id: int, by_staff_id: int | None, *, at: datetime | None = None
) -> StageTransition:
    """Take back the latest move of a client by recording the move back (history is kept)."""
    return only_transition(session, undo_moves(session, [transition_id], by_staff_id, at=at))


def undo_moves(
    session: Session,
    transition_ids: Sequence[int],
    by_staff_id: int | None,
    *,
    at: datetime | None = None,
) -> list[Move]:
    """Take back moves (say, a bulk move), all or none: each must be its client's latest.

    Each undo is a new transition back to the stage the client came from, pointing at the
    move it reverts; the client's time in that stage counts again from when it first entered.
    """
    check_staff(session, by_staff_id)
    begin_write(session)  # SQLite: before anything is read, so nothing read can go stale
    note = translate("Pipelines", "Undo of an accidental move")
    ids = sorted(set(transition_ids))
    undone: list[Row[Any]] = []
    for start in range(0, len(ids), CHUNK_SIZE):
        undone.extend(_undoable(session, ids[start : start + CHUNK_SIZE]))
    now = after_lock(at, [t.at for t in undone])
    if any(now < t.at for t in undone):
        raise ValidationError(
            translate("Pipelines", "An undo cannot be dated before the move it takes back."), "at"
        )
    rows: list[dict[str, object]] = []
    restored: list[dict[str, object]] = []
    for start in range(0, len(undone), CHUNK_SIZE):
        chunk = undone[start : start + CHUNK_SIZE]
        since_before, reached = _history_before_each(session, chunk)
        for t in chunk:
            rows.append(
                {
                    "enrollment_id": t.enrollment_id,
                    "from_stage_id": t.to_stage_id,
                    "to_stage_id": t.from_stage_id,
                    "at": now,
                    "by_staff_id": by_staff_id,
                    "note": note,
                    "reverts_id": t.id,
                }
            )
            restored.append(
                {
                    "id": t.enrollment_id,
                    "stage_id": t.from_stage_id,
                    "stage_since": since_before[t.id],
                    "reached_stages": reached[t.enrollment_id],
                }
            )
    if not rows:
        return []
    recorded = session.execute(
        insert(StageTransition).returning(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.from_stage_id,
            StageTransition.to_stage_id,
        ),
        rows,
    ).all()
    session.execute(update(Enrollment), restored)  # by primary key, one statement per chunk
    forget_stays(session, [t.id for t in undone])  # the client never left: its stay runs on
    on_undone_moves(session, [t.id for t in undone], by_staff_id)  # the move's points back
    for values in restored:  # objects already loaded in the session must not show old stages
        loaded = session.identity_map.get(identity_key(Enrollment, values["id"]))
        if loaded is not None:
            session.expire(loaded)
    session.flush()
    return sorted((Move._make(row) for row in recorded), key=lambda move: move.enrollment_id)


def _undoable(session: Session, chunk: list[int]) -> list[Row[Any]]:
    """The transitions, checked under the lock: each exists, is a real move, is its client's
    latest and the client is still where that move put it (so no one else's move is undone)."""
    undone: Sequence[Any] = session.execute(
        select(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.from_stage_id,
            StageTransition.to_stage_id,
            StageTransition.at,
            StageTransition.reverts_id,
        ).where(StageTransition.id.in_(chunk))
    ).all()
    if len(undone) != len(chunk):
        raise NotFoundError(translate("Pipelines", "This move no longer exists."))
    if any(t.from_stage_id is None for t in undone):
        raise ConflictError(translate("Pipelines", "Enrolling a client cannot be undone."))
    if any(t.reverts_id is not None for t in undone):
        raise ConflictError(translate("Pipelines", "An undo cannot itself be undone."))
    current = {
        row.id: row.stage_id for row in lock_enrollments(session, [t.enrollment_id for t in undone])
    }
    later = aliased(StageTransition)
    superseded = session.scalar(
        select(func.count())
        .select_from(StageTransition)
        .join(later, later.enrollment_id == StageTransition.enrollment_id)
        .where(
            StageTransition.id.in_(chunk),
            or_(
                later.at > StageTransition.at,
                and_(later.at == StageTransition.at, later.id > StageTransition.id),
            ),
        )
    )
    if superseded or any(current[t.enrollment_id] != t.to_stage_id for t in undone):
        raise ConflictError(
            translate("Pipelines", "Only the latest move of a client can be undone.")
        )
    for stage_id in {t.from_stage_id for t in undone}:
        target_stage(session, stage_id)
    return list(undone)


def _history_before_each(
    session: Session, undone: Sequence[Any]
) -> tuple[dict[int, datetime], dict[int, str]]:
    """From these clients' histories: for each transition, since when the client was in the
    stage it left; per client, the stages it really reached once ``undone`` are taken back."""
    history = session.execute(
        select(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.to_stage_id,
            StageTransition.at,
            StageTransition.reverts_id,
        )
        .where(StageTransition.enrollment_id.in_([t.enrollment_id for t in undone]))
        .order_by(StageTransition.enrollment_id, StageTransition.at, StageTransition.id)
    ).all()
    taken_back = {t.id for t in undone}
    since: dict[int, datetime] = {}
    reached: dict[int, str] = {}
    for enrollment_id, transitions in groupby(history, key=lambda t: t.enrollment_id):
        rows = list(transitions)
        since.update(_stage_since_before(rows))
        reached[enrollment_id] = replay_reached(rows, taken_back)
    return since, reached


def _stage_since_before(history: Sequence[Any]) -> dict[int, datetime]:
    """For each transition: when the client had entered the stage it left by that move."""
    result: dict[int, datetime] = {}
    since: datetime | None = None
    for transition in history:
        result[transition.id] = since if since is not None else transition.at
        if transition.reverts_id is not None and transition.reverts_id in result:
            since = result[transition.reverts_id]
        else:
            since = transition.at
    return result
