"""Each badge rule: earned exactly at its threshold, dated by the event that reached it, not
before, and gone (or re-dated) when the event that earned it is reversed or undone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.assessments.rounds import create_round, set_scores
from desktop.core.common.errors import DraagvlakError
from desktop.core.db.engine import Database
from desktop.core.db.tables import stage_transitions
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.undo import undo_move
from desktop.core.rewards.badges import ACTIVE_FOR_BADGE, ROUNDS_FOR_BADGE, BadgeKind, badges
from desktop.core.rewards.ledger import entries_for, reverse_entry
from desktop.core.rewards.vocab import EntrySource
from tests.core.pipeline_helpers import utc
from tests.core.rewards.office import (
    RewardOffice,
    latest_transition,
    make_reward_office,
    property_settings,
)


def _earned(session: Session, staff_id: int) -> dict[BadgeKind, date]:
    return {badge.kind: badge.earned_on for badge in badges(session, [staff_id]).get(staff_id, [])}


def _activate(session: Session, office: RewardOffice, number: int, day: int) -> int:
    """Move Client <number> to Active on March <day>; the transition's id."""
    client = office.enrollments[f"Client {number}"]
    return move_client(session, client, office.stage("Active"), office.cees, at=utc(day)).id


def _rule_entry(session: Session, staff_id: int, client_id: int) -> int:
    return next(
        entry.id
        for entry in entries_for(session, staff_id)
        if entry.source == EntrySource.RULE and entry.client_id == client_id
    )


def test_first_client_active_is_dated_by_the_first_and_follows_its_reversal(
    session: Session,
) -> None:
    office = make_reward_office(session)  # Anna champions Client 1 and 2
    assert BadgeKind.FIRST_ACTIVE not in _earned(session, office.anna)
    _activate(session, office, 1, day=5)
    _activate(session, office, 2, day=9)
    assert _earned(session, office.anna)[BadgeKind.FIRST_ACTIVE] == date(2026, 3, 5)
    assert BadgeKind.FIRST_ACTIVE not in _earned(session, office.cees)  # the mover is not paid
    # Correcting the first award leaves the second client as the first one Active.
    first = _rule_entry(session, office.anna, office.office.clients["Client 1"])
    reverse_entry(session, first, "Moved by mistake", office.manager)
    assert _earned(session, office.anna)[BadgeKind.FIRST_ACTIVE] == date(2026, 3, 9)
    second = _rule_entry(session, office.anna, office.office.clients["Client 2"])
    reverse_entry(session, second, "Moved by mistake", office.manager)
    assert BadgeKind.FIRST_ACTIVE not in _earned(session, office.anna)


def test_ten_clients_active_comes_with_the_tenth_and_goes_with_its_undo(
    session: Session,
) -> None:
    office = make_reward_office(session, clients=2 * (ACTIVE_FOR_BADGE + 1))  # 11 for Anna
    for number in range(1, ACTIVE_FOR_BADGE):
        _activate(session, office, number, day=number)
    assert BadgeKind.TEN_ACTIVE not in _earned(session, office.anna)  # nine is not ten
    tenth = _activate(session, office, ACTIVE_FOR_BADGE, day=20)
    assert _earned(session, office.anna)[BadgeKind.TEN_ACTIVE] == date(2026, 3, 20)
    undo_move(session, tenth, office.cees, at=utc(21))
    earned = _earned(session, office.anna)
    assert BadgeKind.TEN_ACTIVE not in earned
    assert earned[BadgeKind.FIRST_ACTIVE] == date(2026, 3, 1)
    # Another client reaching Active earns it again, on its own day.
    _activate(session, office, ACTIVE_FOR_BADGE + 1, day=25)
    assert _earned(session, office.anna)[BadgeKind.TEN_ACTIVE] == date(2026, 3, 25)


def test_the_whole_portfolio_approached_is_dated_by_the_last_client_reached(
    session: Session,
) -> None:
    office = make_reward_office(session)  # Anna: Client 1 and 2; Cees: Client 3 and 4
    invited = office.stage("Invited")
    move_client(session, office.enrollments["Client 1"], invited, office.anna, at=utc(3))
    assert BadgeKind.PORTFOLIO_APPROACHED not in _earned(session, office.anna)
    last = move_client(session, office.enrollments["Client 2"], invited, office.anna, at=utc(7))
    assert _earned(session, office.anna)[BadgeKind.PORTFOLIO_APPROACHED] == date(2026, 3, 7)
    assert BadgeKind.PORTFOLIO_APPROACHED not in _earned(session, office.cees)
    undo_move(session, last.id, office.anna, at=utc(8))
    assert BadgeKind.PORTFOLIO_APPROACHED not in _earned(session, office.anna)


def test_four_complete_rounds_earn_the_badge_on_the_fourth_rounds_date(
    session: Session,
) -> None:
    office = make_reward_office(session)
    full = dict.fromkeys(ELEMENTS, 4)
    rounds = [
        create_round(session, f"Round {n}", date(2026, n, 15))
        for n in range(1, ROUNDS_FOR_BADGE + 2)
    ]
    for round_id in rounds[: ROUNDS_FOR_BADGE - 1]:
        set_scores(session, round_id, office.anna, full)
    set_scores(session, rounds[-2], office.anna, {**full, ELEMENTS[-1]: None})  # incomplete
    assert BadgeKind.FOUR_ROUNDS not in _earned(session, office.anna)
    set_scores(session, rounds[-2], office.anna, full)
    assert _earned(session, office.anna)[BadgeKind.FOUR_ROUNDS] == date(2026, 4, 15)
    assert BadgeKind.FOUR_ROUNDS not in _earned(session, office.cees)
    # Clearing a score un-completes that round: the badge waits for the fifth.
    set_scores(session, rounds[1], office.anna, {ELEMENTS[0]: None})
    assert BadgeKind.FOUR_ROUNDS not in _earned(session, office.anna)
    set_scores(session, rounds[-1], office.anna, full)
    assert _earned(session, office.anna)[BadgeKind.FOUR_ROUNDS] == date(2026, 5, 15)


@pytest.mark.parametrize("kind", list(BadgeKind))
def test_every_badge_has_a_label(kind: BadgeKind) -> None:
    from desktop.core.rewards.badges import badge_label

    assert badge_label(kind)


def test_the_whole_portfolio_is_dated_by_each_clients_first_real_move(session: Session) -> None:
    """Later moves do not re-date the badge, an undone first move does, and an archived client
    of the portfolio is not waited for."""
    from desktop.core.clients.editing import archive_client

    office = make_reward_office(session, clients=6)  # Anna: Client 1, 2 and 3
    invited, registered = office.stage("Invited"), office.stage("Activated")
    archive_client(session, office.office.clients["Client 3"], by=office.manager)
    move_client(session, office.enrollments["Client 1"], invited, office.anna, at=utc(3))
    first = move_client(session, office.enrollments["Client 2"], invited, office.anna, at=utc(7))
    assert _earned(session, office.anna)[BadgeKind.PORTFOLIO_APPROACHED] == date(2026, 3, 7)
    move_client(session, office.enrollments["Client 1"], registered, None, at=utc(10))
    assert _earned(session, office.anna)[BadgeKind.PORTFOLIO_APPROACHED] == date(2026, 3, 7)
    undo_move(session, first.id, office.anna, at=utc(13))
    assert BadgeKind.PORTFOLIO_APPROACHED not in _earned(session, office.anna)
    move_client(session, office.enrollments["Client 2"], registered, office.anna, at=utc(15))
    assert _earned(session, office.anna)[BadgeKind.PORTFOLIO_APPROACHED] == date(2026, 3, 15)
    later = move_client(session, office.enrollments["Client 2"], invited, None, at=utc(16))
    undo_move(session, later.id, office.anna, at=utc(17))
    assert _earned(session, office.anna)[BadgeKind.PORTFOLIO_APPROACHED] == date(2026, 3, 15)
    # Everyone at once gives the same answer as asking for Anna alone.
    assert badges(session)[office.anna] == badges(session, [office.anna])[office.anna]


portfolio_steps = st.lists(
    st.tuples(
        st.sampled_from(["move", "move", "undo"]),
        st.sampled_from(["Client 1", "Client 2"]),
        st.sampled_from(["Not approached", "Informed", "Invited", "Active"]),
    ),
    max_size=12,
)


@property_settings
@given(steps=portfolio_steps)
def test_the_whole_portfolio_date_follows_any_moves_and_undos(
    database: Database, steps: list[tuple[str, str, str]]
) -> None:
    """Against the rule read off the history itself: the badge comes when every client of
    the portfolio has a move that was not undone, on the day the last of them first had one."""
    with database.session() as session:
        try:
            office = make_reward_office(session)  # Anna: Client 1 and 2
            for day, (kind, client, stage) in enumerate(steps, start=2):
                enrollment = office.enrollments[client]
                try:
                    with session.begin_nested():
                        if kind == "move":
                            move_client(session, enrollment, office.stage(stage), None, at=utc(day))
                        else:
                            latest = latest_transition(session, enrollment)
                            undo_move(session, latest, None, at=utc(day))
                except DraagvlakError:
                    pass  # refused (already there, nothing to undo): nothing changed
                expected = _portfolio_day(
                    session, [office.enrollments[f"Client {n}"] for n in (1, 2)]
                )
                assert _earned(session, office.anna).get(BadgeKind.PORTFOLIO_APPROACHED) == expected
        finally:
            session.rollback()


def _portfolio_day(session: Session, enrollment_ids: list[int]) -> date | None:
    t = stage_transitions.c
    rows = session.execute(
        select(t.id, t.enrollment_id, t.from_stage_id, t.at, t.reverts_id).where(
            t.enrollment_id.in_(enrollment_ids)
        )
    ).all()
    undone = {row.reverts_id for row in rows if row.reverts_id is not None}
    firsts = []
    for enrollment_id in enrollment_ids:
        real = [
            row.at
            for row in rows
            if row.enrollment_id == enrollment_id
            and row.from_stage_id is not None
            and row.reverts_id is None
            and row.id not in undone
        ]
        if not real:
            return None
        firsts.append(min(real))
    return max(firsts).date()
