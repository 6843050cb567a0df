"""A leaver's clients handed over: to one champion or spread by capacity, with history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.champions.handover import hand_over, plan_handover
from desktop.core.champions.history import champion_history
from desktop.core.champions.vocab import ChampionChangeReason
from desktop.core.clients.history import add_contact, contact_log
from desktop.core.common.errors import ValidationError
from desktop.core.common.vocab import ContactChannel
from desktop.core.db.tables import champion_changes, clients
from tests.core.champions.office import add_clients, add_staff

TODAY = date(2026, 3, 7)


def champion_of(session: Session, client_ids: list[int]) -> dict[int | None, int]:
    rows = session.execute(
        select(clients.c.champion_id, func.count())
        .where(clients.c.id.in_(client_ids))
        .group_by(clients.c.champion_id)
    )
    return {champion: count for champion, count in rows}


def test_hand_over_to_one_champion_moves_every_active_client_and_keeps_history(
    session: Session,
) -> None:
    leaver = add_staff(session, "Jan Leaver", "JL", champion=True, end_date=date(2026, 3, 31))
    taker = add_staff(session, "Piet Taker", "PT", champion=True, capacity=100)
    moved = add_clients(session, leaver, 5)
    archived = add_clients(session, leaver, 2, prefix="A", archived=True)
    add_contact(
        session, moved[0], ContactChannel.CALL, "Called about the portal", by_staff_id=leaver
    )

    plan = hand_over(session, leaver, taker, by=taker, today=TODAY)

    assert plan.client_count == 5
    assert [(t.staff_id, t.receives) for t in plan.takers] == [(taker, 5)]
    assert champion_of(session, moved) == {taker: 5}
    assert champion_of(session, archived) == {leaver: 2}  # archived clients stay as they were
    history = champion_history(session, moved[0])
    assert [(h.from_name, h.to_name, h.reason, h.by_name) for h in history] == [
        ("Jan Leaver", "Piet Taker", ChampionChangeReason.HANDOVER, "Piet Taker")
    ]
    # The client's log shows the hand-over, newest first; the earlier contact is untouched.
    handover, contact = contact_log(session, moved[0])
    assert (handover.channel, handover.channel_label) == (None, "Hand-over")
    assert handover.note == "Jan Leaver → Piet Taker"
    assert (contact.by_name, contact.note) == ("Jan Leaver", "Called about the portal")


def test_spread_respects_free_capacity_and_evens_it_out(session: Session) -> None:
    leaver = add_staff(session, "Jan Leaver", "JL", champion=True, end_date=date(2026, 3, 31))
    roomy = add_staff(session, "Anna Roomy", "AR", champion=True, capacity=20)
    tight = add_staff(session, "Bert Tight", "BT", champion=True, capacity=10)
    add_staff(session, "Cor Nocap", "CN", champion=True)  # no capacity: not in the spread
    add_staff(session, "Dirk Leaving", "DL", champion=True, capacity=50, end_date=date(2026, 6, 1))
    add_staff(session, "Eva Plain", "EP", capacity=50)  # not a champion
    add_clients(session, roomy, 5, prefix="R")
    add_clients(session, tight, 8, prefix="T")
    moved = add_clients(session, leaver, 14)

    plan = plan_handover(session, leaver, today=TODAY)
    # Free places 15 and 2: Anna takes clients until hers are down to Bert's, then they share.
    assert {t.staff_id: t.receives for t in plan.takers} == {roomy: 13, tight: 1}
    # Free places afterwards: Anna 20-18 = 2, Bert 10-9 = 1; nobody over capacity.
    assert not any(t.over_capacity_after for t in plan.takers)

    hand_over(session, leaver, today=TODAY)
    assert champion_of(session, moved) == {roomy: 13, tight: 1}


def test_spread_refuses_when_free_places_are_too_few_and_moves_nothing(session: Session) -> None:
    leaver = add_staff(session, "Jan Leaver", "JL", champion=True, end_date=date(2026, 3, 31))
    small = add_staff(session, "Anna Small", "AS", champion=True, capacity=3)
    moved = add_clients(session, leaver, 4)

    with pytest.raises(ValidationError, match="only 3 free places"):
        hand_over(session, leaver, today=TODAY)
    assert champion_of(session, moved) == {leaver: 4}
    assert session.scalar(select(func.count()).select_from(champion_changes)) == 0
    assert small


def test_hand_over_is_all_or_nothing_when_a_write_fails(session: Session, monkeypatch) -> None:
    leaver = add_staff(session, "Jan Leaver", "JL", champion=True)
    taker = add_staff(session, "Piet Taker", "PT", champion=True)
    moved = add_clients(session, leaver, 3)
    session.commit()

    from desktop.core.champions import reassign

    def broken_insert(self, rows):  # noqa: ANN001, ANN202
        raise RuntimeError("disk full")

    monkeypatch.setattr(reassign.BulkInserter, "insert", broken_insert)
    with pytest.raises(RuntimeError):
        hand_over(session, leaver, taker, today=TODAY)
    session.rollback()
    assert champion_of(session, moved) == {leaver: 3}


def test_refuses_the_leaver_and_someone_who_has_left(session: Session) -> None:
    leaver = add_staff(session, "Jan Leaver", "JL", champion=True)
    gone = add_staff(session, "Gone Person", "GP", champion=True, end_date=date(2026, 1, 1))
    add_clients(session, leaver, 1)
    with pytest.raises(ValidationError, match="to the leaver"):
        plan_handover(session, leaver, leaver, today=TODAY)
    with pytest.raises(ValidationError, match="has left"):
        plan_handover(session, leaver, gone, today=TODAY)
