"""The rewards in a few office-wide totals, for the rollout plan: no person is named or ranked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.core.db.tables import reward_entries, reward_recognitions, reward_redemptions
from desktop.core.rewards.badges import badges
from desktop.core.rewards.vocab import EntrySource, RedemptionStatus

SPENDING = (EntrySource.REDEMPTION, EntrySource.REFUND)


@dataclass(frozen=True)
class RewardSummary:
    points_in_project: int  # earned on the project's clients (corrections included)
    points_total: int  # earned in the whole office, all projects and recognitions
    earners: int  # people with points earned
    recognitions: int
    recognition_points: int
    redemptions: int  # approved
    redemptions_pending: int
    points_spent: int  # the price of the approved redemptions
    badges: int
    badge_holders: int


def reward_summary(session: Session, project_id: int) -> RewardSummary | None:
    """The office's reward totals; None while the ledger is empty."""
    e = reward_entries.c
    earned = e.source.not_in(SPENDING)
    entries = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((earned, e.points), else_=0)), 0),
            func.coalesce(
                func.sum(case(((e.project_id == project_id) & earned, e.points), else_=0)), 0
            ),
        )
    ).one()
    if not entries[0]:
        return None
    earners = session.scalar(
        select(func.count()).select_from(
            select(e.staff_id)
            .where(earned)
            .group_by(e.staff_id)
            .having(func.sum(e.points) > 0)
            .subquery()
        )
    )
    r = reward_recognitions.c
    recognitions = session.execute(select(func.count(), func.coalesce(func.sum(r.points), 0))).one()
    d = reward_redemptions.c
    approved = d.status == RedemptionStatus.APPROVED
    redemptions = session.execute(
        select(
            func.count().filter(approved),
            func.count().filter(d.status == RedemptionStatus.PENDING),
            func.coalesce(func.sum(d.price).filter(approved), 0),
        )
    ).one()
    earned_badges = badges(session)
    return RewardSummary(
        points_in_project=int(entries[2]),
        points_total=int(entries[1]),
        earners=int(earners or 0),
        recognitions=int(recognitions[0]),
        recognition_points=int(recognitions[1]),
        redemptions=int(redemptions[0]),
        redemptions_pending=int(redemptions[1]),
        points_spent=int(redemptions[2]),
        badges=sum(len(found) for found in earned_badges.values()),
        badge_holders=sum(1 for found in earned_badges.values() if found),
    )
