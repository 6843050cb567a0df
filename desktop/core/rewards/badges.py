"""Badges: thresholds and milestones, each with the day it was earned, worked out from the
ledger and the records themselves (so a reversed award takes its badge with it)."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import and_, exists, func, select

from desktop.core.common.i18n import translate
from desktop.core.common.vocab import StageKind
from desktop.core.db.tables import (
    assessment_rounds,
    assessment_scores,
    clients,
    enrollments,
    reward_entries,
    staff,
    stage_transitions,
    stages,
)
from desktop.core.rewards.vocab import EntrySource

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

POINT_THRESHOLDS = (100, 500, 1000)
ROUNDS_FOR_BADGE = 4
ACTIVE_FOR_BADGE = 10
# An enrollment's reached_stages (",3,5,") with a stage besides the one it started in: the
# client was really moved (reached.py keeps undone moves out of it).
TWO_OR_MORE_STAGES = ",%,%,"


class BadgeKind(enum.StrEnum):
    FIRST_ACTIVE = "first_active"
    TEN_ACTIVE = "ten_active"
    PORTFOLIO_APPROACHED = "portfolio_approached"
    FOUR_ROUNDS = "four_rounds"
    POINTS_100 = "points_100"
    POINTS_500 = "points_500"
    POINTS_1000 = "points_1000"


class Badge(NamedTuple):
    kind: BadgeKind
    earned_on: date

    @property
    def label(self) -> str:
        return badge_label(self.kind)


def badge_label(kind: BadgeKind) -> str:
    labels = {
        BadgeKind.FIRST_ACTIVE: translate("Rewards", "First client Active"),
        BadgeKind.TEN_ACTIVE: translate("Rewards", "Ten clients Active"),
        BadgeKind.PORTFOLIO_APPROACHED: translate("Rewards", "Whole portfolio approached"),
        BadgeKind.FOUR_ROUNDS: translate("Rewards", "Four assessment rounds completed"),
        BadgeKind.POINTS_100: translate("Rewards", "100 points earned"),
        BadgeKind.POINTS_500: translate("Rewards", "500 points earned"),
        BadgeKind.POINTS_1000: translate("Rewards", "1,000 points earned"),
    }
    return labels[kind]


def badges(session: Session, staff_ids: Sequence[int] | None = None) -> dict[int, list[Badge]]:
    """Every badge of these people (everyone when None), oldest first, by person."""
    found: dict[int, list[Badge]] = defaultdict(list)
    for staff_id, kind, earned in (
        *_active_clients(session, staff_ids),
        *_rounds(session, staff_ids),
        *_points(session, staff_ids),
        *_portfolio(session, staff_ids),
    ):
        found[staff_id].append(Badge(kind, _day(earned)))
    for earned_list in found.values():
        earned_list.sort(key=lambda badge: (badge.earned_on, list(BadgeKind).index(badge.kind)))
    return dict(found)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _who(column: Any, staff_ids: Sequence[int] | None) -> Any:
    return column.in_(staff_ids) if staff_ids is not None else and_(True)


def _paid_entries() -> Any:
    """Rule awards and approvals that paid and were not reversed."""
    reversal = reward_entries.alias("reversal")
    return (
        reward_entries.outerjoin(reversal, reversal.c.reverses_id == reward_entries.c.id),
        and_(
            reward_entries.c.source.in_([EntrySource.RULE, EntrySource.DECISION]),
            reward_entries.c.points > 0,
            reversal.c.id.is_(None),
        ),
    )


def _active_clients(session: Session, staff_ids: Sequence[int] | None) -> list[Any]:
    joined, paid = _paid_entries()
    e = reward_entries.c
    number = func.row_number().over(partition_by=e.staff_id, order_by=(e.at, e.id))
    ranked = (
        select(e.staff_id, e.at, number.label("n"))
        .select_from(joined.join(stages, stages.c.id == e.stage_id))
        .where(paid, stages.c.kind == StageKind.WON, _who(e.staff_id, staff_ids))
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.staff_id, ranked.c.n, ranked.c.at).where(
            ranked.c.n.in_([1, ACTIVE_FOR_BADGE])
        )
    )
    return [
        (staff_id, BadgeKind.FIRST_ACTIVE if n == 1 else BadgeKind.TEN_ACTIVE, at)
        for staff_id, n, at in rows
    ]


def _rounds(session: Session, staff_ids: Sequence[int] | None) -> list[Any]:
    s = assessment_scores.c
    complete = (
        select(s.staff_id, assessment_rounds.c.held_on)
        .join(assessment_rounds, assessment_rounds.c.id == s.round_id)
        .where(_who(s.staff_id, staff_ids))
        .group_by(s.staff_id, s.round_id, assessment_rounds.c.held_on)
        .having(func.count() == 5)
        .subquery()
    )
    number = func.row_number().over(partition_by=complete.c.staff_id, order_by=complete.c.held_on)
    ranked = select(complete.c.staff_id, complete.c.held_on, number.label("n")).subquery()
    rows = session.execute(
        select(ranked.c.staff_id, ranked.c.held_on).where(ranked.c.n == ROUNDS_FOR_BADGE)
    )
    return [(staff_id, BadgeKind.FOUR_ROUNDS, held_on) for staff_id, held_on in rows]


def _points(session: Session, staff_ids: Sequence[int] | None) -> list[Any]:
    e = reward_entries.c
    running = func.sum(e.points).over(partition_by=e.staff_id, order_by=(e.at, e.id))
    earned = (
        select(e.staff_id, e.at, running.label("total"))
        .where(
            e.source.not_in([EntrySource.REDEMPTION, EntrySource.REFUND]),
            _who(e.staff_id, staff_ids),
        )
        .subquery()
    )
    kinds = (BadgeKind.POINTS_100, BadgeKind.POINTS_500, BadgeKind.POINTS_1000)
    result: list[Any] = []
    for threshold, kind in zip(POINT_THRESHOLDS, kinds, strict=True):
        rows = session.execute(
            select(earned.c.staff_id, func.min(earned.c.at))
            .where(earned.c.total >= threshold)
            .group_by(earned.c.staff_id)
        )
        result.extend((staff_id, kind, at) for staff_id, at in rows)
    return result


def _portfolio(session: Session, staff_ids: Sequence[int] | None) -> list[Any]:
    """Champions all of whose clients were approached, dated by the last one's first real move.

    Whether a client was approached comes from its enrollments' reached stages, so a portfolio
    with a client not yet approached costs one lookup that stops at that client. Only a whole
    portfolio is dated, from each enrollment's first real move: its history is read from the
    start through the index on (enrollment, at) and only up to that move.
    """
    c = clients.c
    approached = exists().where(
        enrollments.c.client_id == c.id, enrollments.c.reached_stages.like(TWO_OR_MORE_STAGES)
    )
    mine = and_(c.champion_id == staff.c.id, c.archived.is_(False))
    whole = list(
        session.scalars(
            select(staff.c.id).where(
                _who(staff.c.id, staff_ids),
                exists().where(mine),
                ~exists().where(mine, ~approached),
            )
        )
    )
    if not whole:
        return []
    t = stage_transitions.c
    undo = stage_transitions.alias("undo")
    first_move = (
        select(t.at)
        .where(
            t.enrollment_id == enrollments.c.id,
            t.from_stage_id.is_not(None),
            t.reverts_id.is_(None),
            ~exists().where(undo.c.reverts_id == t.id),
        )
        .order_by(t.at, t.id)
        .limit(1)
        .correlate(enrollments)
        .scalar_subquery()
    )
    per_client = (
        select(c.champion_id, func.min(first_move).label("at"))
        .join(enrollments, enrollments.c.client_id == c.id)
        .where(c.champion_id.in_(whole), c.archived.is_(False))
        .group_by(c.id, c.champion_id)
        .subquery()
    )
    rows = session.execute(
        select(per_client.c.champion_id, func.max(per_client.c.at)).group_by(
            per_client.c.champion_id
        )
    )
    return [(staff_id, BadgeKind.PORTFOLIO_APPROACHED, last) for staff_id, last in rows]
