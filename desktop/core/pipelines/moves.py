"""Clients moving between a project's stages (backwards too), as one truthful history.

Every move is a StageTransition row (from, to, when, by whom, note, reason), read and written
under a write lock so moves made at the same time on several PCs stay in order. Enrollment is in
enrollment.py, undo in undo.py, next actions in next_actions.py; the client's timeline and
contact log live in clients/history.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    Integer,
    String,
    and_,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from desktop.core.common.errors import (
    ConflictError,
    NotFoundError,
    ValidationError,
)
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, clean_text
from desktop.core.common.vocab import StageKind
from desktop.core.db.engine import begin_write
from desktop.core.db.models import Client, Enrollment, Staff, Stage, StageTransition
from desktop.core.db.tables import stage_transitions, utcnow
from desktop.core.pipelines.enrollment import CHUNK_SIZE, typed_param
from desktop.core.pipelines.reached import with_stage
from desktop.core.pipelines.stages import get_stage
from desktop.core.pipelines.stays import record_stays
from desktop.core.rewards.award_hooks import on_moves


def decline_reasons() -> list[str]:
    """Suggested reasons for a move into a lost stage (the user may also type their own)."""
    return [
        translate("DeclineReasons", "Prefers paper"),
        translate("DeclineReasons", "No time or interest"),
        translate("DeclineReasons", "Not comfortable with computers"),
        translate("DeclineReasons", "Privacy or security concerns"),
        translate("DeclineReasons", "Uses another portal or software"),
        translate("DeclineReasons", "No longer a client"),
    ]


class Move(NamedTuple):
    """One client moved by move_clients (its transition id is what undo_move takes)."""

    transition_id: int
    enrollment_id: int
    from_stage_id: int
    to_stage_id: int


def move_client(
    session: Session,
    enrollment_id: int,
    to_stage_id: int,
    by_staff_id: int | None,
    note: str = "",
    reason: str | None = None,
    *,
    at: datetime | None = None,
    expected_stage_id: int | None = None,
) -> StageTransition:
    """Move one client to another stage (backwards too). A lost stage needs a reason.

    ``expected_stage_id`` is the stage the user saw the client in: see move_clients.
    """
    [current] = lock_enrollments(session, [enrollment_id])
    if current.stage_id == to_stage_id and expected_stage_id in (None, to_stage_id):
        raise ConflictError(translate("Pipelines", "The client is already in this stage."))
    moves = move_clients(
        session,
        [enrollment_id],
        to_stage_id,
        by_staff_id,
        note,
        reason,
        at=at,
        expected_stage_id=expected_stage_id,
    )
    return only_transition(session, moves)


def move_clients(
    session: Session,
    enrollment_ids: Sequence[int],
    to_stage_id: int,
    by_staff_id: int | None,
    note: str = "",
    reason: str | None = None,
    *,
    at: datetime | None = None,
    expected_stage_id: int | None = None,
) -> list[Move]:
    """Move many clients of one project to a stage; those already there are left alone.

    Set-based SQL (thousands of clients in well under a second). The clients' stages are read
    under the write lock and the move is dated after it, so moves made at the same time on
    several PCs keep one truthful history. ``expected_stage_id`` is the stage the user saw the
    clients in: when one of them has been moved meanwhile, nothing moves (ConflictError).
    ``at`` dates the move (default now); it may not lie before a client entered its stage.
    """
    stage = target_stage(session, to_stage_id)
    reason = clean_text(reason)
    check_length(reason, stage_transitions.c.reason)
    if stage.kind == StageKind.LOST and reason is None:
        raise ValidationError(
            translate("Pipelines", "Give a reason for moving a client to '{stage}'.").format(
                stage=stage.name
            ),
            "reason",
        )
    check_staff(session, by_staff_id)
    note = (note or "").strip()
    ids = sorted(set(enrollment_ids))
    current = lock_enrollments(session, ids)
    _check_movable(session, current, stage.project_id, expected_stage_id)
    now = after_lock(at, [row.stage_since for row in current])
    if at is not None and any(at < row.stage_since for row in current):
        raise ValidationError(
            translate("Pipelines", "A move cannot be dated before the client entered its stage."),
            "at",
        )
    moves: list[Move] = []
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = ids[start : start + CHUNK_SIZE]
        moving = and_(Enrollment.id.in_(chunk), Enrollment.stage_id != to_stage_id)
        recorded = session.execute(
            insert(StageTransition)
            .from_select(
                ["enrollment_id", "from_stage_id", "to_stage_id", "at", "by_staff_id", "note"]
                + ["reason"],
                select(
                    Enrollment.id,
                    Enrollment.stage_id,
                    literal(to_stage_id),
                    literal(now, StageTransition.at.type),
                    typed_param(by_staff_id, Integer()),
                    literal(note),
                    typed_param(reason, String()),
                ).where(moving),
            )
            .returning(
                StageTransition.id, StageTransition.enrollment_id, StageTransition.from_stage_id
            )
        ).all()
        # After the INSERT, which read each client's stage before the move.
        session.execute(
            update(Enrollment)
            .where(moving)
            .values(stage_id=to_stage_id, stage_since=now, reached_stages=with_stage(to_stage_id))
        )
        moves.extend(Move._make((*row, to_stage_id)) for row in recorded)
    since = {row.id: row.stage_since for row in current}
    record_stays(session, [move[:3] for move in moves], since, now)  # the stays they ended
    on_moves(session, moves, by_staff_id, now)  # points for the move, in its transaction
    session.flush()
    return sorted(moves, key=lambda move: move.enrollment_id)


def lock_enrollments(session: Session, ids: Sequence[int]) -> list[Row[Any]]:
    """The enrollments' current place, read under the write lock that the move then keeps.

    SQLite: the database's write lock, taken before the read (BEGIN IMMEDIATE). PostgreSQL:
    the rows, locked in id order (two bulk moves never deadlock) with SELECT ... FOR UPDATE.
    Another PC's move of the same clients waits until this transaction ends, and then sees it.
    """
    begin_write(session)
    rows: list[Any] = []  # Row[...] of the columns below
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = ids[start : start + CHUNK_SIZE]
        rows.extend(
            session.execute(
                select(
                    Enrollment.id,
                    Enrollment.project_id,
                    Enrollment.stage_id,
                    Enrollment.stage_since,
                )
                .where(Enrollment.id.in_(chunk))
                .order_by(Enrollment.id)
                .with_for_update()
            ).all()
        )
    if len(rows) != len(ids):
        raise NotFoundError(translate("Pipelines", "A client is no longer in this project."))
    return rows


def after_lock(at: datetime | None, earlier: Sequence[datetime]) -> datetime:
    """When a move made now happens: the clock read after the lock, and never before what it
    follows (a PC whose clock runs behind the server's still records the moves in order)."""
    if at is not None:
        return at
    return max([utcnow(), *earlier])


def _check_movable(
    session: Session, current: list[Row[Any]], project_id: int, expected_stage_id: int | None
) -> None:
    if any(row.project_id != project_id for row in current):
        raise ValidationError(translate("Pipelines", "The stage belongs to another project."))
    if expected_stage_id is None:
        return
    stale = [row.id for row in current if row.stage_id != expected_stage_id]
    if stale:
        raise _moved_meanwhile(session, stale[0])


def _moved_meanwhile(session: Session, enrollment_id: int) -> ConflictError:
    """The refusal of a move whose client someone else has moved since the user saw it."""
    latest = (
        select(StageTransition.by_staff_id, StageTransition.at)
        .where(StageTransition.enrollment_id == enrollment_id)
        .order_by(StageTransition.at.desc(), StageTransition.id.desc())
        .limit(1)
        .subquery()
    )
    client, stage, who, at = session.execute(
        select(
            Client.name,
            Stage.name,
            Staff.name,
            func.coalesce(latest.c.at, Enrollment.stage_since),
        )
        .select_from(Enrollment)
        .join(Client, Client.id == Enrollment.client_id)
        .join(Stage, Stage.id == Enrollment.stage_id)
        .outerjoin(latest, literal(True))
        .outerjoin(Staff, Staff.id == latest.c.by_staff_id)
        .where(Enrollment.id == enrollment_id)
    ).one()
    values = {"client": client, "stage": stage, "who": who, "time": _moment(at)}
    if who is None:
        message = translate(
            "Pipelines",
            "{client} was moved to '{stage}' at {time} meanwhile; your move was not saved.",
        )
    else:
        message = translate(
            "Pipelines",
            "{client} was moved to '{stage}' by {who} at {time} meanwhile; "
            "your move was not saved.",
        )
    return ConflictError(message.format(**values))


def _moment(at: datetime) -> str:
    """A moment in local time: the time of day today, else the date too."""
    local = at.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d-%m-%Y %H:%M")


def only_transition(session: Session, moves: list[Move]) -> StageTransition:
    [move] = moves
    transition = session.get(StageTransition, move.transition_id)
    assert transition is not None
    return transition


def target_stage(session: Session, stage_id: int) -> Stage:
    stage = get_stage(session, stage_id)
    if stage.archived:
        raise ConflictError(
            translate("Pipelines", "The stage '{stage}' has been removed.").format(stage=stage.name)
        )
    return stage


def check_staff(session: Session, staff_id: int | None) -> None:
    if staff_id is not None and session.get(Staff, staff_id) is None:
        raise NotFoundError(translate("Pipelines", "This staff member no longer exists."))
