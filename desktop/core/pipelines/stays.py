"""How long clients stay in each stage, kept as finished stays beside the history.

A finished stay runs from entering a stage to the real move that ended it, in whole local
calendar days (see stalled.py); each is a ``stage_stays`` row keyed by that move's transition.
A move adds one for every client it moves, in its transaction; an undo deletes the one its move
added, because an undone move means the client never left its stage (the undo restores the
client's ``stage_since`` to when it first entered, so the ongoing stay runs on from there).
The ongoing stay of each client comes from its enrollment: ``stage_since`` to today.

The median days of the pipeline numbers then come from grouped counts (stage, champion, days),
whatever the length of the history. ``stay_problems`` checks the rows against the history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    and_,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from desktop.core.common.i18n import translate
from desktop.core.db.engine import dialect_name
from desktop.core.db.tables import stage_stays, stage_transitions, stages
from desktop.core.pipelines.enrollment import CHUNK_SIZE
from desktop.core.pipelines.stalled import LocalDays

# (stage id, champion id or None, days) -> clients: the finished stays of a project.
StayCounts = dict[tuple[int, int | None, int], int]


def record_stays(
    session: Session,
    ended: Sequence[tuple[int, int, int]],
    since: Mapping[int, datetime],
    at: datetime,
) -> None:
    """The stays ended by moves made at ``at``: ``ended`` holds (transition id, enrollment id,
    stage left) per move, ``since`` when each enrollment had entered that stage."""
    days = LocalDays(at.date())
    end = days.ordinal(at)
    rows = [
        {
            "transition_id": transition_id,
            "enrollment_id": enrollment_id,
            "stage_id": stage_id,
            "days": end - days.ordinal(since[enrollment_id]),
        }
        for transition_id, enrollment_id, stage_id in ended
    ]
    for start in range(0, len(rows), CHUNK_SIZE):
        session.execute(insert(stage_stays), rows[start : start + CHUNK_SIZE])


def forget_stays(session: Session, transition_ids: Sequence[int]) -> None:
    """Undone moves ended no stay: their rows go."""
    ids = sorted(transition_ids)
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = ids[start : start + CHUNK_SIZE]
        session.execute(delete(stage_stays).where(stage_stays.c.transition_id.in_(chunk)))


def finished_stay_counts(session: Session, project_id: int) -> StayCounts:
    """The project's finished stays of non-archived clients, counted per stage, current
    champion and days (one grouped query, read from a covering index: the stays carry copies
    of their client's champion and archived flag, see desktop/core/db/client_copies.py)."""
    s = stage_stays.c
    project_stages = select(stages.c.id).where(stages.c.project_id == project_id)
    query = (
        select(s.stage_id, s.client_champion_id, s.days, func.count())
        .where(s.client_archived == false(), s.stage_id.in_(project_stages))
        .group_by(s.stage_id, s.client_champion_id, s.days)
    )
    return {(stage, champion, days): n for stage, champion, days, n in session.execute(query)}


def utc_text(session: Session, moment: ColumnElement[Any], minutes: bool) -> ColumnElement[str]:
    """A stored UTC moment as 'YYYY-MM-DD HH' (or 'YYYY-MM-DD HH:MM'), the text LocalDays reads
    without parsing: grouping by it converts each distinct hour once instead of every row."""
    if dialect_name(session) == "sqlite":
        return func.substr(type_coerce(moment, String), 1, 16 if minutes else 13)
    return func.to_char(moment, "YYYY-MM-DD HH24:MI" if minutes else "YYYY-MM-DD HH24")


def stay_problems(connection: Connection) -> list[str]:
    """Where the kept stays disagree with the history: a stay for a move that is an undo, was
    undone, enrolled the client or belongs to another client or stage; a real move without
    its stay; a stay of negative days. Empty when they agree."""
    s, t = stage_stays.c, stage_transitions.c
    undo = aliased(stage_transitions)
    taken_back = select(undo.c.id).where(undo.c.reverts_id == t.id).exists()
    wrong = connection.execute(
        select(func.count())
        .select_from(stage_stays)
        .outerjoin(stage_transitions, t.id == s.transition_id)
        .where(
            or_(
                t.id.is_(None),
                t.reverts_id.is_not(None),
                t.from_stage_id.is_(None),
                t.from_stage_id != s.stage_id,
                t.enrollment_id != s.enrollment_id,
                s.days < 0,
                taken_back,
            )
        )
    ).scalar_one()
    missing = connection.execute(
        select(func.count())
        .select_from(stage_transitions)
        .outerjoin(stage_stays, s.transition_id == t.id)
        .where(
            and_(
                s.transition_id.is_(None),
                t.from_stage_id.is_not(None),
                t.reverts_id.is_(None),
                ~taken_back,
            )
        )
    ).scalar_one()
    problems = []
    if wrong:
        problems.append(
            translate("Health", "{count} kept stays in stages disagree with the history").format(
                count=wrong
            )
        )
    if missing:
        problems.append(
            translate("Health", "{count} moves have no kept stay in a stage").format(count=missing)
        )
    return problems
