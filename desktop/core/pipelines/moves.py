"""Clients in a project's pipeline: enrollment, moves between stages, undo and next actions.

Every move is a StageTransition row (from, to, when, by whom, note, reason). An undo does not
delete anything: it records a new transition back to the previous stage that points at the move
it reverts (``reverts_id``), so the history stays truthful. The client's timeline and contact
log live in client_history.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from itertools import groupby
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    cast,
    exists,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.engine import CursorResult, Row
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.util import identity_key
from sqlalchemy.types import TypeEngine

from desktop.core.common.errors import (
    ConflictError,
    NotFoundError,
    OperationCancelled,
    ValidationError,
)
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, clean_text
from desktop.core.common.vocab import StageKind
from desktop.core.db.engine import begin_write
from desktop.core.db.models import Client, Enrollment, Staff, Stage, StageTransition
from desktop.core.db.records import lock_for_edit, write_changes
from desktop.core.db.tables import enrollments, stage_transitions, utcnow
from desktop.core.pipelines.projects import first_stage, get_project, get_stage

# SQLite allows 32,766 bound parameters; chunks this size keep statements small and quick.
CHUNK_SIZE = 5_000

Progress = Callable[[int, int], None]


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


# --- enrollment -------------------------------------------------------------------------------


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
        ).where(Client.id.in_(chunk), Client.archived.is_(False), ~already)
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            insert(Enrollment).from_select(
                ["project_id", "client_id", "stage_id", "stage_since", "created_at"], source
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
                _typed(by_staff_id, Integer()),
                literal(""),
            ).where(Enrollment.project_id == project_id, no_history),
        )
    )
    session.flush()
    return enrolled


# --- moves ------------------------------------------------------------------------------------


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
    [current] = _lock_enrollments(session, [enrollment_id])
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
    return _only_transition(session, moves)


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
    stage = _target_stage(session, to_stage_id)
    reason = clean_text(reason)
    check_length(reason, stage_transitions.c.reason)
    if stage.kind == StageKind.LOST and reason is None:
        raise ValidationError(
            translate("Pipelines", "Give a reason for moving a client to '{stage}'.").format(
                stage=stage.name
            ),
            "reason",
        )
    _check_staff(session, by_staff_id)
    note = (note or "").strip()
    ids = sorted(set(enrollment_ids))
    current = _lock_enrollments(session, ids)
    _check_movable(session, current, stage.project_id, expected_stage_id)
    now = _after_lock(at, [row.stage_since for row in current])
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
                    _typed(by_staff_id, Integer()),
                    literal(note),
                    _typed(reason, String()),
                ).where(moving),
            )
            .returning(
                StageTransition.id, StageTransition.enrollment_id, StageTransition.from_stage_id
            )
        ).all()
        # After the INSERT, which read each client's stage before the move.
        session.execute(
            update(Enrollment).where(moving).values(stage_id=to_stage_id, stage_since=now)
        )
        moves.extend(Move._make((*row, to_stage_id)) for row in recorded)
    session.flush()
    return sorted(moves, key=lambda move: move.enrollment_id)


def _lock_enrollments(session: Session, ids: Sequence[int]) -> list[Row[Any]]:
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


def _after_lock(at: datetime | None, earlier: Sequence[datetime]) -> datetime:
    """When a move made now happens: the clock read after the lock, and never before what it
    follows (a PC whose clock runs behind the server's still records the moves in order)."""
    if at is not None:
        return at
    return max([utcnow(), *earlier])


def _typed(value: object, type_: TypeEngine[Any]) -> ColumnElement[Any]:
    # A CAST keeps a NULL parameter typed in INSERT ... SELECT (PostgreSQL needs that).
    return cast(literal(value), type_)


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


def undo_move(
    session: Session, transition_id: int, by_staff_id: int | None, *, at: datetime | None = None
) -> StageTransition:
    """Take back the latest move of a client by recording the move back (history is kept)."""
    return _only_transition(session, undo_moves(session, [transition_id], by_staff_id, at=at))


def _only_transition(session: Session, moves: list[Move]) -> StageTransition:
    [move] = moves
    transition = session.get(StageTransition, move.transition_id)
    assert transition is not None
    return transition


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
    _check_staff(session, by_staff_id)
    begin_write(session)  # SQLite: before anything is read, so nothing read can go stale
    note = translate("Pipelines", "Undo of an accidental move")
    ids = sorted(set(transition_ids))
    undone: list[Row[Any]] = []
    for start in range(0, len(ids), CHUNK_SIZE):
        undone.extend(_undoable(session, ids[start : start + CHUNK_SIZE]))
    now = _after_lock(at, [t.at for t in undone])
    if any(now < t.at for t in undone):
        raise ValidationError(
            translate("Pipelines", "An undo cannot be dated before the move it takes back."), "at"
        )
    rows: list[dict[str, object]] = []
    restored: list[dict[str, object]] = []
    for start in range(0, len(undone), CHUNK_SIZE):
        chunk = undone[start : start + CHUNK_SIZE]
        since_before = _stage_since_before_each(session, [t.enrollment_id for t in chunk])
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
        row.id: row.stage_id
        for row in _lock_enrollments(session, [t.enrollment_id for t in undone])
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
        _target_stage(session, stage_id)
    return list(undone)


def _stage_since_before_each(session: Session, enrollment_ids: list[int]) -> dict[int, datetime]:
    """For each transition of these clients: since when the client was in the stage it left."""
    history = session.execute(
        select(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.at,
            StageTransition.reverts_id,
        )
        .where(StageTransition.enrollment_id.in_(enrollment_ids))
        .order_by(StageTransition.enrollment_id, StageTransition.at, StageTransition.id)
    ).all()
    result: dict[int, datetime] = {}
    for _, transitions in groupby(history, key=lambda t: t.enrollment_id):
        result.update(_stage_since_before(list(transitions)))
    return result


def latest_transition_id(session: Session, enrollment_id: int) -> int | None:
    """The id of a client's latest move in a project (what undo would take back)."""
    history = _history(session, enrollment_id)
    return history[-1].id if history else None


def _history(session: Session, enrollment_id: int) -> list[StageTransition]:
    return list(
        session.scalars(
            select(StageTransition)
            .where(StageTransition.enrollment_id == enrollment_id)
            .order_by(StageTransition.at, StageTransition.id)
        )
    )


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


def _get_enrollment(session: Session, enrollment_id: int) -> Enrollment:
    enrollment = session.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise NotFoundError(translate("Pipelines", "A client is no longer in this project."))
    return enrollment


def _target_stage(session: Session, stage_id: int) -> Stage:
    stage = get_stage(session, stage_id)
    if stage.archived:
        raise ConflictError(
            translate("Pipelines", "The stage '{stage}' has been removed.").format(stage=stage.name)
        )
    return stage


def _check_staff(session: Session, staff_id: int | None) -> None:
    if staff_id is not None and session.get(Staff, staff_id) is None:
        raise NotFoundError(translate("Pipelines", "This staff member no longer exists."))


# --- next actions -----------------------------------------------------------------------------


def set_next_action(
    session: Session,
    enrollment_id: int,
    text: str | None,
    due_date: date | None,
    *,
    read: tuple[str | None, date | None] | None = None,
    by: int | None = None,
) -> Enrollment:
    """Set (or, with empty text, clear) what happens next for a client and when.

    ``read`` is (action, due date) as the user saw them: only what differs from it is written,
    and StaleEditError refuses a part that someone else changed since.
    """
    message = translate("Pipelines", "A client is no longer in this project.")
    enrollment = lock_for_edit(session, Enrollment, enrollment_id, message)
    action = clean_text(text)
    check_length(action, enrollments.c.next_action)
    wanted = {"next_action": action, "next_action_due": due_date if action is not None else None}
    seen = (
        dict(zip(wanted, read, strict=True))
        if read is not None
        else {field: getattr(enrollment, field) for field in wanted}
    )
    edits = {field: value for field, value in wanted.items() if value != seen[field]}
    labels = {
        "next_action": translate("Pipelines", "The next action"),
        "next_action_due": translate("Pipelines", "Its due date"),
    }
    stamp = ("next_action_by", "next_action_at")
    write_changes(session, enrollment, seen, edits, labels, by, stamp)
    return enrollment


def enrollment_id_for(session: Session, project_id: int, client_id: int) -> int | None:
    """The enrollment of a client in a project, if it is enrolled."""
    return session.scalar(
        select(Enrollment.id).where(
            Enrollment.project_id == project_id, Enrollment.client_id == client_id
        )
    )
