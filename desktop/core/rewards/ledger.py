"""The points ledger: append-only entries and the balances that always equal their sum.

Every write goes through ``append_entries``, which inserts the entries and adds their points to
``reward_balances`` in the same transaction; nothing updates or deletes an entry (a trigger
refuses updates). A correction is ``reverse_entry``: a new entry with the opposite points and
a reason. `draagvlak check` compares every balance with its ledger sum (``balance_problems``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, and_, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from desktop.core.common.errors import ConflictError, NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, require_text
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import reward_balances, reward_entries, staff, utcnow
from desktop.core.rewards.vocab import EntrySource

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHUNK_SIZE = 500


class EntryRow(NamedTuple):
    id: int
    at: datetime
    staff_id: int
    points: int
    held_points: int | None
    reason: str
    source: EntrySource
    client_id: int | None
    stage_id: int | None
    reverses_id: int | None
    decides_id: int | None
    by_name: str | None


def append_entries(session: Session, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add entries to the ledger and their points to the balances; returns the new ids.

    Each row needs staff_id, points, reason and source (and may carry any reference column).
    The only function that writes entries: the caller's transaction holds both or neither."""
    if not rows:
        return []
    now = utcnow()
    ids: list[int] = []
    for start in range(0, len(rows), CHUNK_SIZE):
        chunk = [{"at": now, **row} for row in rows[start : start + CHUNK_SIZE]]
        for row in chunk:
            check_length(row["reason"], reward_entries.c.reason, "reason")
        ids.extend(
            session.execute(insert(reward_entries).returning(reward_entries.c.id), chunk).scalars()
        )
    totals: dict[int, int] = defaultdict(int)
    for entry in rows:
        totals[int(entry["staff_id"])] += int(entry["points"])
    _add_to_balances(session, totals)
    return ids


def _add_to_balances(session: Session, totals: Mapping[int, int]) -> None:
    bind: Any = session.get_bind() if hasattr(session, "get_bind") else session
    dialect = bind.dialect.name
    upsert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = [{"staff_id": staff_id, "balance": points} for staff_id, points in totals.items()]
    statement = upsert(reward_balances)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[reward_balances.c.staff_id],
            set_={"balance": reward_balances.c.balance + statement.excluded.balance},
        ),
        values,
    )


def reverse_entry(
    session: Session, entry_id: int, reason: str, by_staff_id: int | None = None
) -> int:
    """Correct an entry by a reversal entry with the opposite points and a reason; its id.

    Refused for a reversal, a redemption or refund (a redemption is declined instead), an entry
    already reversed and an award still awaiting approval (it is declined instead)."""
    reason = require_text(reason, "reason", translate("Rewards", "Reason"))
    begin_write(session)
    entry = session.execute(
        select(reward_entries).where(reward_entries.c.id == entry_id).with_for_update()
    ).one_or_none()
    if entry is None:
        raise NotFoundError(translate("Rewards", "This ledger entry no longer exists."))
    if entry.source in (EntrySource.REVERSAL, EntrySource.REDEMPTION, EntrySource.REFUND):
        raise ConflictError(
            translate(
                "Rewards", "Only points earned can be reversed; decline a redemption instead."
            )
        )
    if entry.held_points is not None and entry.points == 0:
        raise ConflictError(
            translate("Rewards", "This award awaits approval: decline it instead of reversing it.")
        )
    if entry.points == 0:
        raise ConflictError(translate("Rewards", "An entry without points cannot be reversed."))
    if is_reversed(session, entry_id):
        raise ConflictError(translate("Rewards", "This entry has already been reversed."))
    [new_id] = append_entries(session, [reversal_of(entry, reason, by_staff_id)])
    return new_id


def reversal_of(entry: Any, reason: str, by_staff_id: int | None) -> dict[str, Any]:
    """The reversal entry of an entry row (the same references, the opposite points)."""
    refs = ("rule_id", "transition_id", "enrollment_id", "client_id", "stage_id", "project_id")
    return {
        "staff_id": entry.staff_id,
        "points": -entry.points,
        "reason": reason,
        "source": EntrySource.REVERSAL,
        "reverses_id": entry.id,
        "by_staff_id": by_staff_id,
        **{ref: getattr(entry, ref) for ref in (*refs, "measure_id", "round_id")},
    }


def is_reversed(session: Session, entry_id: int) -> bool:
    return (
        session.scalar(select(reward_entries.c.id).where(reward_entries.c.reverses_id == entry_id))
        is not None
    )


def balance(session: Session | Connection, staff_id: int) -> int:
    """A person's balance: every point received or refunded, minus every redemption."""
    value = session.scalar(
        select(reward_balances.c.balance).where(reward_balances.c.staff_id == staff_id)
    )
    return int(value or 0)


def balances(session: Session | Connection) -> dict[int, int]:
    """Every person's balance (people without entries have none)."""
    return dict(
        session.execute(select(reward_balances.c.staff_id, reward_balances.c.balance)).all()
    )


def ledger_sums(session: Session | Connection) -> dict[int, int]:
    """Every person's sum of ledger points, added up by the database."""
    query = select(reward_entries.c.staff_id, func.sum(reward_entries.c.points)).group_by(
        reward_entries.c.staff_id
    )
    return {staff_id: int(total) for staff_id, total in session.execute(query)}


def balance_problems(connection: Session | Connection) -> list[str]:
    """Where a balance differs from its ledger sum (empty: every balance is right)."""
    sums = ledger_sums(connection)
    stored = balances(connection)
    wrong = sorted(
        staff_id
        for staff_id in set(sums) | set(stored)
        if sums.get(staff_id, 0) != stored.get(staff_id, 0)
    )
    if not wrong:
        return []
    names = dict(
        connection.execute(select(staff.c.id, staff.c.name).where(staff.c.id.in_(wrong))).all()
    )
    message = translate(
        "Rewards", "points balance of {name} is {balance} but the ledger adds up to {total}"
    )
    return [
        message.format(
            name=names.get(staff_id, staff_id),
            balance=stored.get(staff_id, 0),
            total=sums.get(staff_id, 0),
        )
        for staff_id in wrong
    ]


def entries_for(session: Session, staff_id: int, limit: int | None = None) -> list[EntryRow]:
    """A person's entries, newest first."""
    by = staff.alias("by_staff")
    e = reward_entries.c
    query = (
        select(
            e.id,
            e.at,
            e.staff_id,
            e.points,
            e.held_points,
            e.reason,
            e.source,
            e.client_id,
            e.stage_id,
            e.reverses_id,
            e.decides_id,
            by.c.name,
        )
        .outerjoin(by, by.c.id == e.by_staff_id)
        .where(e.staff_id == staff_id)
        .order_by(e.at.desc(), e.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [EntryRow._make(row) for row in session.execute(query)]


def earned_between(
    session: Session, start: datetime | None = None, end: datetime | None = None
) -> Any:
    """A select of (staff_id, points earned) in [start, end): rules, recognitions, approvals
    and their reversals; spending (redemptions, refunds) is not earning."""
    e = reward_entries.c
    conditions: list[Any] = [e.source.not_in([EntrySource.REDEMPTION, EntrySource.REFUND])]
    if start is not None:
        conditions.append(e.at >= start)
    if end is not None:
        conditions.append(e.at < end)
    return (
        select(e.staff_id, func.sum(e.points).label("points"))
        .where(and_(*conditions))
        .group_by(e.staff_id)
    )
