"""Recognitions out of a monthly allowance, the catalogue and redemptions, and leaderboards."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.rewards.catalogue import (
    add_reward,
    decide_redemption,
    list_catalogue,
    list_redemptions,
    mark_fulfilled,
    redeem,
)
from desktop.core.rewards.leaderboard import leaderboard, set_opt_out
from desktop.core.rewards.ledger import balance, balance_problems
from desktop.core.rewards.recognitions import (
    add_tag,
    allowance_left,
    archive_tag,
    ensure_default_tags,
    give_recognition,
    list_tags,
    set_reward_settings,
)
from desktop.core.rewards.vocab import BoardMode, BoardPeriod, RedemptionStatus
from desktop.core.staff.editing import StaffData, create_staff
from tests.core.rewards.office import RewardOffice, make_reward_office

MARCH = datetime(2026, 3, 10, 12, tzinfo=UTC)


@pytest.fixture
def office(session: Session) -> RewardOffice:
    office = make_reward_office(session)
    ensure_default_tags(session)
    return office


def _tag(session: Session) -> int:
    return list_tags(session)[0].id


def test_a_recognition_gives_points_with_a_tag_and_a_message(
    session: Session, office: RewardOffice
) -> None:
    give_recognition(session, office.anna, office.cees, 20, _tag(session), "Thanks!", at=MARCH)
    assert balance(session, office.cees) == 20
    assert allowance_left(session, office.anna, MARCH.date()) == 80
    assert allowance_left(session, office.anna, date(2026, 4, 1)) == 100  # a new month


@pytest.mark.parametrize(
    ("points", "message", "field"),
    [(15, "Thanks", "points"), (10, "   ", "message")],
)
def test_a_recognition_needs_a_tier_and_a_message(
    session: Session, office: RewardOffice, points: int, message: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        give_recognition(session, office.anna, office.cees, points, _tag(session), message)
    assert refused.value.field == field


def test_no_one_recognises_themselves_or_beyond_the_allowance(
    session: Session, office: RewardOffice
) -> None:
    with pytest.raises(ValidationError, match="yourself"):
        give_recognition(session, office.anna, office.anna, 5, _tag(session), "Me!")
    give_recognition(session, office.anna, office.cees, 50, _tag(session), "One", at=MARCH)
    give_recognition(session, office.anna, office.cees, 50, _tag(session), "Two", at=MARCH)
    with pytest.raises(ValidationError, match="0 points left"):
        give_recognition(session, office.anna, office.cees, 5, _tag(session), "Three", at=MARCH)
    assert balance(session, office.cees) == 100


def test_an_archived_tag_cannot_be_given_and_tags_are_unique(
    session: Session, office: RewardOffice
) -> None:
    tag = add_tag(session, "Knows the portal")
    with pytest.raises(ConflictError):
        add_tag(session, "Knows the portal")
    archive_tag(session, tag)
    with pytest.raises(ValidationError):
        give_recognition(session, office.anna, office.cees, 5, tag, "Thanks")


def test_redeem_approve_fulfil_and_decline_with_a_refund(
    session: Session, office: RewardOffice
) -> None:
    give_recognition(session, office.anna, office.cees, 50, _tag(session), "Great", at=MARCH)
    lunch = add_reward(session, "Lunch", 30, stock=1)
    with pytest.raises(ValidationError, match="balance is 0"):
        redeem(session, office.anna, lunch)
    first = redeem(session, office.cees, lunch)
    assert balance(session, office.cees) == 20
    with pytest.raises(ConflictError, match="out of stock"):
        redeem(session, office.cees, lunch)
    with pytest.raises(ValidationError):
        decide_redemption(session, first, True, office.anna)  # not a manager
    decide_redemption(session, first, True, office.manager)
    mark_fulfilled(session, first)
    with pytest.raises(ConflictError):
        mark_fulfilled(session, first)
    book = add_reward(session, "Book", 20)
    second = redeem(session, office.cees, book)
    decide_redemption(session, second, False, office.manager)
    assert balance(session, office.cees) == 20
    with pytest.raises(ConflictError):
        decide_redemption(session, second, True, office.manager)
    states = {row.id: row.status for row in list_redemptions(session)}
    assert states == {first: RedemptionStatus.APPROVED, second: RedemptionStatus.DECLINED}
    assert [item.stock for item in list_catalogue(session)] == [None, 0]
    assert balance_problems(session) == []


def test_a_reward_needs_a_price_and_an_unknown_one_is_not_found(
    session: Session, office: RewardOffice
) -> None:
    with pytest.raises(ValidationError):
        add_reward(session, "Free", 0)
    with pytest.raises(NotFoundError):
        redeem(session, office.anna, 999)


def _staff(session: Session, count: int) -> list[int]:
    return [
        create_staff(session, StaffData(name=f"Person {i:02d}", initials=f"P{i:02d}", team="Tax"))
        for i in range(count)
    ]


def test_the_relative_board_shows_five_above_and_five_below_me(
    session: Session, office: RewardOffice
) -> None:
    people = _staff(session, 20)
    set_reward_settings(session, BoardMode.RELATIVE, 10_000)
    for rank, person in enumerate(people):  # Person 00 gets the most
        for _ in range(20 - rank):
            give_recognition(
                session, office.manager, person, 5, _tag(session), "Well done", at=MARCH
            )
    board = leaderboard(session, people[10], BoardPeriod.MONTH, today=MARCH.date())
    assert [place.name for place in board.places] == [f"Person {i:02d}" for i in range(5, 16)]
    assert [place.is_me for place in board.places].index(True) == 5
    assert board.places[0].rank == 6
    full = leaderboard(session, people[10], today=MARCH.date(), mode=BoardMode.FULL)
    assert len(full.places) == len(people) + 3  # everyone, at zero too
    assert full.places[0].name == "Person 00"
    april = leaderboard(session, people[10], today=date(2026, 4, 2), mode=BoardMode.FULL)
    assert {place.points for place in april.places} == {0}


def test_opting_out_leaves_the_ranking_but_keeps_my_points(
    session: Session, office: RewardOffice
) -> None:
    give_recognition(session, office.anna, office.cees, 10, _tag(session), "Thanks", at=MARCH)
    set_opt_out(session, office.cees, True)
    board = leaderboard(session, office.cees, today=MARCH.date(), mode=BoardMode.FULL)
    assert office.cees not in [place.staff_id for place in board.places]
    assert board.my_points == 10
    set_opt_out(session, office.cees, False)
    board = leaderboard(session, office.cees, today=MARCH.date(), mode=BoardMode.FULL)
    assert board.places[0].staff_id == office.cees


def test_team_totals_and_off(session: Session, office: RewardOffice) -> None:
    people = _staff(session, 2)
    give_recognition(session, office.anna, people[0], 10, _tag(session), "Thanks", at=MARCH)
    give_recognition(session, office.anna, people[1], 5, _tag(session), "Thanks", at=MARCH)
    give_recognition(session, office.anna, office.manager, 50, _tag(session), "Thanks", at=MARCH)
    set_reward_settings(session, BoardMode.TEAMS, 100)
    board = leaderboard(session, people[0], today=MARCH.date())
    assert [(place.name, place.points, place.is_me) for place in board.places] == [
        ("Board", 50, False),
        ("Tax", 15, True),
    ]
    set_reward_settings(session, BoardMode.OFF, 100)
    assert leaderboard(session, people[0], today=MARCH.date()).places == []
