"""Bulk assignment of a champion and a segment, with history, and taking it back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.champions.assign import KEEP, assign_clients, undo_assignment
from desktop.core.champions.history import champion_history
from desktop.core.champions.vocab import ChampionChangeReason
from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.db.tables import clients
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from tests.core.champions.office import add_clients, add_staff


def state(session: Session, ids: list[int]) -> list[tuple[int | None, int | None]]:
    rows = session.execute(
        select(clients.c.champion_id, clients.c.segment_id)
        .where(clients.c.id.in_(ids))
        .order_by(clients.c.id)
    )
    return [(champion, segment) for champion, segment in rows]


def test_assign_champion_and_segment_then_undo(session: Session) -> None:
    initialise_office(session, "Kantoor", "en")
    front, willing, *_ = list_segments(session)
    anna = add_staff(session, "Anna Bakker", "AB", champion=True)
    bert = add_staff(session, "Bert Smit", "BS", champion=True)
    mine = add_clients(session, anna, 2, prefix="A", segment_id=front.id)
    free = add_clients(session, None, 2, prefix="F")
    selected = mine + free

    done = assign_clients(session, selected, bert, willing.id, by=anna)
    assert (done.champions_changed, done.segments_changed) == (4, 4)
    assert state(session, selected) == [(bert, willing.id)] * 4
    (change,) = champion_history(session, mine[0])
    assert (change.from_name, change.to_name, change.reason, change.by_name) == (
        "Anna Bakker",
        "Bert Smit",
        ChampionChangeReason.ASSIGNED,
        "Anna Bakker",
    )
    # Someone changes one client meanwhile: the undo leaves that one alone.
    session.execute(clients.update().where(clients.c.id == free[1]).values(champion_id=anna))
    assert undo_assignment(session, done) == 1
    assert state(session, selected) == [
        (anna, front.id),
        (anna, front.id),
        (None, None),
        (anna, willing.id),
    ]
    assert [c.reason for c in champion_history(session, mine[0])] == [
        ChampionChangeReason.ASSIGNED,
        ChampionChangeReason.UNDONE,
    ]


def test_keep_one_field_and_no_history_when_nothing_changes(session: Session) -> None:
    anna = add_staff(session, "Anna Bakker", "AB", champion=True)
    ids = add_clients(session, anna, 3)
    done = assign_clients(session, ids, anna, KEEP)
    assert (done.champions_changed, done.segments_changed) == (0, 0)
    assert champion_history(session, ids[0]) == []
    assign_clients(session, ids, None, KEEP)  # no champion
    assert state(session, ids) == [(None, None)] * 3


def test_refusals(session: Session) -> None:
    gone = add_staff(session, "Gone", "GO", champion=True, end_date=date(2020, 1, 1))
    ids = add_clients(session, None, 2)
    with pytest.raises(ValidationError, match="Choose a champion or a segment"):
        assign_clients(session, ids)
    with pytest.raises(ValidationError, match="No clients"):
        assign_clients(session, [], gone)
    with pytest.raises(ValidationError, match="has left"):
        assign_clients(session, ids, gone)
    with pytest.raises(NotFoundError, match="segment"):
        assign_clients(session, ids, KEEP, 999)
    with pytest.raises(NotFoundError):
        assign_clients(session, [*ids, 999], None)
    assert state(session, ids) == [(None, None)] * 2


def test_ids_of_selected_rows_follow_the_lists_filter_and_order(session: Session) -> None:
    from desktop.core.clients.listing import ClientFilter, client_ids_in_rows, list_clients

    anna = add_staff(session, "Anna Bakker", "AB", champion=True)
    add_clients(session, anna, 5, prefix="A")
    add_clients(session, None, 5, prefix="B")
    mine = ClientFilter(champion_id=anna)
    rows = list_clients(session, mine, "name", True, 0, 10)
    assert client_ids_in_rows(session, mine, "name", True, [(3, 4), (0, 0)]) == [
        rows[0].id,
        rows[3].id,
        rows[4].id,
    ]
