"""The demo office's rewards: the rules paid over its months of moves and its assessment
rounds, a few recognitions, a small catalogue and redemptions in every state."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.core.common.errors import DraagvlakError
from desktop.core.common.i18n import translate
from desktop.core.common.vocab import StaffRole
from desktop.core.db.tables import assessment_scores, reward_balances, staff
from desktop.core.rewards.award_hooks import on_scores
from desktop.core.rewards.catalogue import add_reward, decide_redemption, mark_fulfilled, redeem
from desktop.core.rewards.history import award_past_moves
from desktop.core.rewards.recognitions import ensure_default_tags, give_recognition, list_tags

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RECOGNITIONS = 24


def create_demo_rewards(session: Session, rng: random.Random, today: date) -> int:
    """Fill the rewards history; returns the number of ledger entries the rules wrote."""
    written = award_past_moves(session)
    for round_id, staff_id in session.execute(
        select(assessment_scores.c.round_id, assessment_scores.c.staff_id).distinct()
    ).all():
        on_scores(session, round_id, staff_id)
    ensure_default_tags(session)
    people = list(session.scalars(select(staff.c.id).where(staff.c.end_date.is_(None))))
    if len(people) < 2:
        return written
    _recognitions(session, rng, people, today)
    _redemptions(session, rng, today)
    return written


def _recognitions(session: Session, rng: random.Random, people: list[int], today: date) -> None:
    tags = [tag.id for tag in list_tags(session)]
    messages = [
        translate("Demo", "Thanks for taking over my portal calls this week."),
        translate("Demo", "Great explanation of the portal at the client evening."),
        translate("Demo", "You got the Jansen family to upload their papers themselves!"),
        translate("Demo", "Helped me set up two-factor sign-in for a nervous client."),
        translate("Demo", "Finished the invitations well before the deadline."),
    ]
    for number in range(RECOGNITIONS):
        giver, receiver = rng.sample(people, 2)
        day = today - timedelta(days=rng.randrange(1, 240))
        at = datetime.combine(day, time(9 + number % 8), tzinfo=UTC)
        try:
            give_recognition(
                session,
                giver,
                receiver,
                rng.choice((5, 10, 10, 20, 50)),
                rng.choice(tags),
                rng.choice(messages),
                at=at,
            )
        except DraagvlakError:  # that giver's allowance for the month is spent
            continue


def _redemptions(session: Session, rng: random.Random, today: date) -> None:
    manager = session.scalar(
        select(staff.c.id).where(staff.c.role == StaffRole.PARTNER).order_by(staff.c.id).limit(1)
    )
    rewards = [
        add_reward(session, translate("Demo", "Lunch voucher"), 40),
        add_reward(session, translate("Demo", "Cinema tickets for two"), 60, stock=5),
        add_reward(session, translate("Demo", "Extra half day off"), 150),
        add_reward(session, translate("Demo", "Donation to a charity of choice"), 25),
    ]
    richest = list(
        session.scalars(
            select(reward_balances.c.staff_id)
            .where(reward_balances.c.balance >= 60)
            .order_by(reward_balances.c.balance.desc(), reward_balances.c.staff_id)
            .limit(6)
        )
    )
    if manager is None:
        return
    outcomes = ["fulfilled", "approved", "declined", "pending", "fulfilled", "pending"]
    for person, outcome in zip(richest, outcomes, strict=False):
        asked = datetime.combine(today - timedelta(days=rng.randrange(2, 40)), time(10), UTC)
        if outcome == "pending":
            asked = datetime.combine(today - timedelta(days=1), time(15), UTC)
        try:
            redemption = redeem(session, person, rng.choice(rewards[:2] + rewards[3:]), at=asked)
            if outcome != "pending":
                decided = asked + timedelta(days=1)
                approve = outcome != "declined"
                decide_redemption(session, redemption, approve, manager, at=decided)
            if outcome == "fulfilled":
                mark_fulfilled(session, redemption, manager, at=asked + timedelta(days=3))
        except DraagvlakError:
            continue
