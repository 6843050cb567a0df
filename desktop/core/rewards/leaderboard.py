"""Fair leaderboards: points earned per period (month, quarter, project) and per team, shown
around me (five above, five below: the default), as team totals, in full, or not at all. People
who opted out are not ranked; no list ever starts from the bottom."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import delete, func, insert, or_, select

from desktop.core.db.tables import reward_entries, reward_opt_outs, staff
from desktop.core.rewards.ledger import earned_between
from desktop.core.rewards.recognitions import get_reward_settings
from desktop.core.rewards.vocab import BoardMode, BoardPeriod

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

AROUND = 5


class Place(NamedTuple):
    rank: int
    staff_id: int | None  # None for a team total
    name: str  # the person, or the team
    team: str | None
    points: int
    is_me: bool


class Board(NamedTuple):
    mode: BoardMode
    places: list[Place]
    my_points: int | None  # mine, also when I am not ranked (opted out)


def period_bounds(period: BoardPeriod, today: date) -> tuple[datetime | None, datetime | None]:
    """[start, end) of this month or quarter; a project's board covers all time."""
    if period is BoardPeriod.MONTH:
        first = today.month
    elif period is BoardPeriod.QUARTER:
        first = (today.month - 1) // 3 * 3 + 1
    else:
        return None, None
    span = 1 if period is BoardPeriod.MONTH else 3
    end_month = first + span
    return (
        datetime(today.year, first, 1, tzinfo=UTC),
        datetime(today.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1, tzinfo=UTC),
    )


def set_opt_out(session: Session, staff_id: int, opted_out: bool) -> None:
    """A person chooses not to be ranked (their points stay theirs)."""
    session.execute(delete(reward_opt_outs).where(reward_opt_outs.c.staff_id == staff_id))
    if opted_out:
        session.execute(insert(reward_opt_outs).values(staff_id=staff_id))


def is_opted_out(session: Session | Connection, staff_id: int) -> bool:
    return (
        session.scalar(
            select(reward_opt_outs.c.staff_id).where(reward_opt_outs.c.staff_id == staff_id)
        )
        is not None
    )


def leaderboard(
    session: Session,
    me: int | None,
    period: BoardPeriod = BoardPeriod.MONTH,
    *,
    today: date | None = None,
    project_id: int | None = None,
    team: str | None = None,
    mode: BoardMode | None = None,
) -> Board:
    """The board as the office's mode shows it to ``me`` (``mode`` overrides, for a preview)."""
    mode = mode or get_reward_settings(session).board_mode
    today = today or datetime.now(UTC).date()
    start, end = period_bounds(period, today)
    earned = earned_between(session, start, end)
    if period is BoardPeriod.PROJECT and project_id is not None:
        earned = earned.where(reward_entries.c.project_id == project_id)
    earned_sub = earned.subquery()
    points = func.coalesce(earned_sub.c.points, 0)
    query = (
        select(staff.c.id, staff.c.name, staff.c.team, points, reward_opt_outs.c.staff_id)
        .outerjoin(earned_sub, earned_sub.c.staff_id == staff.c.id)
        .outerjoin(reward_opt_outs, reward_opt_outs.c.staff_id == staff.c.id)
        .where(or_(staff.c.end_date.is_(None), staff.c.end_date >= today))
        .order_by(points.desc(), staff.c.name, staff.c.id)
    )
    if team is not None:
        query = query.where(staff.c.team == team)
    rows = session.execute(query).all()
    my_points = next((int(row[3]) for row in rows if row[0] == me), None)
    if mode is BoardMode.OFF:
        return Board(mode, [], my_points)
    ranked = [row for row in rows if row[4] is None]
    if mode is BoardMode.TEAMS:
        return Board(mode, _team_totals(ranked, me, rows), my_points)
    places = _ranks(ranked, me)
    if mode is BoardMode.RELATIVE:
        places = _around_me(places)
    return Board(mode, places, my_points)


def _ranks(rows: Sequence[Any], me: int | None) -> list[Place]:
    """Competition ranks (equal points, equal rank: 1, 2, 2, 4)."""
    places: list[Place] = []
    for index, (staff_id, name, team, points, _) in enumerate(rows):
        rank = places[-1].rank if places and places[-1].points == points else index + 1
        places.append(Place(rank, staff_id, name, team, int(points), staff_id == me))
    return places


def _around_me(places: list[Place]) -> list[Place]:
    """Five above me, me, five below; someone not ranked (or no one) sees the top eleven."""
    mine = next((i for i, place in enumerate(places) if place.is_me), None)
    if mine is None:
        return places[: 2 * AROUND + 1]
    return places[max(0, mine - AROUND) : mine + AROUND + 1]


def _team_totals(ranked: Sequence[Any], me: int | None, everyone: Sequence[Any]) -> list[Place]:
    my_team = next((row[2] for row in everyone if row[0] == me), None)
    totals: dict[str, int] = {}
    for _, _, team, points, _ in ranked:
        if team:
            totals[team] = totals.get(team, 0) + int(points)
    ordered = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    places: list[Place] = []
    for index, (team, points) in enumerate(ordered):
        rank = places[-1].rank if places and places[-1].points == points else index + 1
        places.append(Place(rank, None, team, team, points, team == my_team))
    return places


def teams(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(staff.c.team).where(staff.c.team.is_not(None)).distinct().order_by(staff.c.team)
        )
    )
