"""Assign a champion and/or a segment to many clients at once (the client list), and take such
an assignment back.

One transaction: the clients are read (and on PostgreSQL locked) first, then changed in bulk;
each change of champion is kept in the client's history. An undo restores the values from
before only where they are still what the assignment set: a client someone changed since is
left as it is (and counted as skipped).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core.champions.people import staff_ref
from desktop.core.champions.reassign import chunks, move_clients
from desktop.core.champions.vocab import ChampionChangeReason
from desktop.core.common.errors import NotFoundError, OperationCancelled, ValidationError
from desktop.core.common.i18n import Context, translate
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import clients, segments, utcnow


class Keep(enum.Enum):
    """Leave this field of the clients as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP

Champions = Context("Champions")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Assignment:
    """What an assignment did, enough to take it back."""

    champion: int | None | Keep
    segment: int | None | Keep
    previous: tuple[tuple[int, int | None, int | None], ...]  # (client, champion, segment)
    champions_changed: int
    segments_changed: int


def assign_clients(
    session: Session,
    client_ids: Sequence[int],
    champion: int | None | Keep = KEEP,
    segment: int | None | Keep = KEEP,
    by: int | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Assignment:
    """Give the clients this champion and/or segment (None: none). All or nothing; the caller
    commits. Runs on a worker for large selections (progress per chunk)."""
    if champion is KEEP and segment is KEEP:
        raise ValidationError(translate("Champions", "Choose a champion or a segment to assign."))
    if not client_ids:
        raise ValidationError(translate("Champions", "No clients are selected."))
    if isinstance(champion, int):
        person = staff_ref(session, champion)
        if person.end_date is not None and person.end_date < (today or date.today()):
            raise ValidationError(
                translate("Champions", "{name} has left the office.").format(name=person.name)
            )
    if (
        isinstance(segment, int)
        and session.execute(select(segments.c.id).where(segments.c.id == segment)).scalar() is None
    ):
        raise NotFoundError(translate("Champions", "This segment no longer exists."))
    begin_write(session)
    ids = sorted(set(client_ids))
    previous = _read(session, ids, progress, is_cancelled)
    if len(previous) != len(ids):
        missing = len(ids) - len(previous)
        raise NotFoundError(
            Champions.tr("%n of the selected clients no longer exist.", "", missing)
        )
    champions_changed = segments_changed = 0
    if champion is not KEEP:
        champions_changed = move_clients(
            session,
            {champion: ids},
            {cid: values[0] for cid, values in previous.items()},
            ChampionChangeReason.ASSIGNED,
            by=by,
        )
    if segment is not KEEP:
        changing = [cid for cid, values in previous.items() if values[1] != segment]
        segments_changed = _set_segment(session, changing, segment, by)
    return Assignment(
        champion,
        segment,
        tuple((cid, *previous[cid]) for cid in ids),
        champions_changed,
        segments_changed,
    )


def _read(
    session: Session,
    ids: Sequence[int],
    progress: Progress | None,
    is_cancelled: Callable[[], bool] | None,
) -> dict[int, tuple[int | None, int | None]]:
    found: dict[int, tuple[int | None, int | None]] = {}
    for chunk in chunks(ids):
        if is_cancelled is not None and is_cancelled():
            raise OperationCancelled(translate("Champions", "The assignment was cancelled."))
        statement = (
            select(clients.c.id, clients.c.champion_id, clients.c.segment_id)
            .where(clients.c.id.in_(chunk))
            .with_for_update()  # PostgreSQL locks the rows; SQLite holds its write lock already
        )
        for cid, champion_id, segment_id in session.execute(statement):
            found[cid] = (champion_id, segment_id)
        if progress is not None:
            progress(len(found), len(ids))
    return found


def _set_segment(session: Session, ids: Sequence[int], segment: int | None, by: int | None) -> int:
    at = utcnow()
    for chunk in chunks(ids):
        session.execute(
            update(clients)
            .where(clients.c.id.in_(chunk))
            .values(segment_id=segment, updated_at=at, updated_by=by)
        )
    return len(ids)


def undo_assignment(session: Session, assignment: Assignment, by: int | None = None) -> int:
    """Put back the champions and segments from before ``assignment`` where they are still
    what it set; returns how many clients were left alone because they changed since."""
    begin_write(session)
    ids = [cid for cid, _champion, _segment in assignment.previous]
    now = _read(session, ids, None, None)
    skipped = 0
    champions: dict[int | None, list[int]] = defaultdict(list)
    segment_back: dict[int | None, list[int]] = defaultdict(list)
    for cid, old_champion, old_segment in assignment.previous:
        if cid not in now:
            skipped += 1
            continue
        champion_now, segment_now = now[cid]
        champion_ok = assignment.champion is KEEP or champion_now == assignment.champion
        segment_ok = assignment.segment is KEEP or segment_now == assignment.segment
        if not (champion_ok and segment_ok):
            skipped += 1
            continue
        if assignment.champion is not KEEP:
            champions[old_champion].append(cid)
        if assignment.segment is not KEEP:
            segment_back[old_segment].append(cid)
    move_clients(
        session,
        champions,
        {cid: values[0] for cid, values in now.items()},
        ChampionChangeReason.UNDONE,
        by=by,
    )
    for old_segment, segment_ids in segment_back.items():
        changing = [cid for cid in segment_ids if now[cid][1] != old_segment]
        _set_segment(session, changing, old_segment, by)
    return skipped
