"""A leaver's clients go to another champion: to one for all, or spread by free capacity.

Spread rule: only current champions with a capacity take part, not the leaver and nobody who
has an end date of their own (they leave too). Each client in turn goes to the champion with
the most free places left (capacity minus clients held), ties to the one who received fewest,
then by name; so the free capacity evens out. When the free places are fewer than the clients,
nothing is moved: the office raises a capacity or hands over to one champion.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from desktop.core.champions.people import StaffRef, is_current, staff_ref
from desktop.core.champions.reassign import move_clients
from desktop.core.champions.vocab import ChampionChangeReason
from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.search_text import NAME_ORDER
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import clients, staff
from desktop.core.staff.listing import champion_client_counts

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


@dataclass(frozen=True)
class Taker:
    """A champion who can take over clients, and how many they would receive."""

    staff_id: int
    name: str
    initials: str
    capacity: int | None
    clients: int  # held now
    end_date: date | None = None  # a champion with an end date leaves too
    receives: int = 0

    @property
    def free(self) -> int | None:
        return None if self.capacity is None else self.capacity - self.clients

    @property
    def over_capacity_after(self) -> bool:
        return self.capacity is not None and self.clients + self.receives > self.capacity


@dataclass(frozen=True)
class HandoverPlan:
    leaver: StaffRef
    client_count: int
    takers: tuple[Taker, ...]  # those who receive clients, largest share first


def leaver_client_ids(executor: Executor, staff_id: int) -> list[int]:
    """The active (not archived) clients the staff member is champion of, by name."""
    statement = (
        select(clients.c.id)
        .where(clients.c.champion_id == staff_id, clients.c.archived.is_not(true()))
        .order_by(NAME_ORDER, clients.c.id)
    )
    return list(executor.execute(statement).scalars())


def candidate_takers(executor: Executor, leaver_id: int, today: date | None = None) -> list[Taker]:
    """Current champions other than the leaver, by name, with capacity and clients held."""
    today = today or date.today()
    counts = champion_client_counts(executor)
    rows = executor.execute(
        select(staff.c.id, staff.c.name, staff.c.initials, staff.c.capacity, staff.c.end_date)
        .where(staff.c.is_champion, is_current(today), staff.c.id != leaver_id)
        .order_by(staff.c.name, staff.c.id)
    )
    return [
        Taker(sid, name, ini, cap, counts.get(sid, 0), end) for sid, name, ini, cap, end in rows
    ]


def plan_handover(
    executor: Executor,
    leaver_id: int,
    to_staff_id: int | None = None,
    today: date | None = None,
) -> HandoverPlan:
    """Who would receive how many of the leaver's clients (nothing is written).

    ``to_staff_id`` hands all of them to one person; None spreads them (see the module).
    """
    leaver = staff_ref(executor, leaver_id)
    count = len(leaver_client_ids(executor, leaver_id))
    counts = _spread(executor, leaver_id, count, today) if to_staff_id is None else None
    takers = _single(executor, leaver_id, to_staff_id, count, today) if counts is None else counts
    return HandoverPlan(leaver, count, tuple(takers))


def _single(
    executor: Executor, leaver_id: int, to_staff_id: int | None, count: int, today: date | None
) -> list[Taker]:
    assert to_staff_id is not None
    if to_staff_id == leaver_id:
        raise ValidationError(
            translate("Champions", "The clients cannot be handed over to the leaver."), "to"
        )
    target = staff_ref(executor, to_staff_id)
    if target.end_date is not None and target.end_date < (today or date.today()):
        raise ValidationError(
            translate("Champions", "{name} has left the office.").format(name=target.name), "to"
        )
    capacity = executor.execute(
        select(staff.c.capacity).where(staff.c.id == to_staff_id)
    ).scalar_one()
    held = champion_client_counts(executor).get(to_staff_id, 0)
    return [Taker(target.id, target.name, target.initials, capacity, held, target.end_date, count)]


def _spread(executor: Executor, leaver_id: int, count: int, today: date | None) -> list[Taker]:
    takers = [
        t
        for t in candidate_takers(executor, leaver_id, today)
        if t.capacity is not None and t.end_date is None
    ]
    free = sum(max(t.free or 0, 0) for t in takers)
    if count > free:
        raise ValidationError(
            translate(
                "Champions",
                "{count} clients to hand over, but the champions have only {free} free "
                "places: raise a capacity or hand them all to one champion.",
            ).format(count=count, free=free),
            "spread",
        )
    receives = [0] * len(takers)
    heap = [(-(t.free or 0), 0, t.name.casefold(), i) for i, t in enumerate(takers)]
    heapq.heapify(heap)
    for _ in range(count):
        negative_free, received, name, i = heapq.heappop(heap)
        receives[i] += 1
        heapq.heappush(heap, (negative_free + 1, received + 1, name, i))
    chosen = [replace(t, receives=n) for t, n in zip(takers, receives, strict=True) if n]
    return sorted(chosen, key=lambda t: (-t.receives, t.name.casefold()))


def hand_over(
    session: Session,
    leaver_id: int,
    to_staff_id: int | None = None,
    by: int | None = None,
    today: date | None = None,
) -> HandoverPlan:
    """Move the leaver's active clients as ``plan_handover`` plans it and write the hand-over
    into each client's history. All or nothing: the caller commits."""
    begin_write(session)
    ids_query = (
        select(clients.c.id)
        .where(clients.c.champion_id == leaver_id, clients.c.archived.is_not(true()))
        .order_by(NAME_ORDER, clients.c.id)
        .with_for_update()  # PostgreSQL locks the rows; SQLite holds its write lock already
    )
    client_ids = list(session.execute(ids_query).scalars())
    plan = plan_handover(session, leaver_id, to_staff_id, today)
    if not client_ids:
        return plan
    moves: dict[int | None, list[int]] = {}
    position = 0
    for taker in plan.takers:
        moves[taker.staff_id] = client_ids[position : position + taker.receives]
        position += taker.receives
    move_clients(
        session,
        moves,
        dict.fromkeys(client_ids, leaver_id),
        ChampionChangeReason.HANDOVER,
        by=by,
    )
    return plan
