"""The figures a rollout plan shows, gathered in a handful of aggregate queries.

Runs on a worker in the GUI. Nothing here is per-client work in Python except bucketing the
first day each client reached a won stage (one row per client that did) and, when asked for,
the champions' call lists.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, and_, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import AdkarElement
from desktop.core.assessments.results import ScoreTuple, firm_averages, round_results
from desktop.core.common.search_text import NAME_ORDER
from desktop.core.common.vocab import UNASSIGNED, StageKind
from desktop.core.db.tables import (
    assessment_rounds,
    clients,
    enrollments,
    projects,
    segment_approaches,
    staff,
    stage_transitions,
    stages,
)
from desktop.core.measures.editing import MeasureRow, list_measures
from desktop.core.office.settings import get_settings
from desktop.core.pipelines.approaches import SegmentApproachRow, list_segment_approaches
from desktop.core.pipelines.stalled import LocalDays, local_today
from desktop.core.pipelines.stats import PipelineNumbers, StageStats, pipeline_numbers
from desktop.core.rewards.summary import RewardSummary, reward_summary

FORECAST_WINDOW_DAYS = 56  # the pace of the last eight weeks predicts the date the goal is met


@dataclass(frozen=True)
class ChampionPortfolio:
    staff_id: int | None  # None: clients without a champion
    name: str
    team: str | None
    stages: tuple[StageStats, ...]

    @property
    def total(self) -> int:
        return sum(stage.current for stage in self.stages)

    @property
    def active(self) -> int:
        return sum(s.current for s in self.stages if s.kind is StageKind.WON)


@dataclass(frozen=True)
class Readiness:
    round_name: str
    held_on: date
    people: int
    teams: tuple[tuple[str, int, ScoreTuple], ...]  # team, people, averages per element
    averages: ScoreTuple
    barrier_counts: dict[AdkarElement | None, int]


@dataclass(frozen=True)
class CallRow:
    client: str
    contact: str | None
    phone: str | None
    email: str | None
    stage: str
    days_in_stage: int
    next_action: str | None
    due: date | None


@dataclass(frozen=True)
class PlanFigures:
    office_name: str
    logo_path: str | None
    project_id: int
    project_name: str
    description: str
    goal_percent: int | None
    target_date: date | None
    today: date
    numbers: PipelineNumbers
    progress: tuple[tuple[date, int], ...]  # (week's last day, clients active by then)
    champions: tuple[ChampionPortfolio, ...]
    approaches: tuple[SegmentApproachRow, ...]
    measures: tuple[MeasureRow, ...]
    readiness: Readiness | None
    call_lists: dict[str, list[CallRow]] = field(default_factory=dict)
    rewards: RewardSummary | None = None  # None while the ledger is empty

    @property
    def enrolled(self) -> int:
        return sum(stage.current for stage in self.numbers.stages)

    @property
    def active(self) -> int:
        return sum(s.current for s in self.numbers.stages if s.kind is StageKind.WON)

    @property
    def active_percent(self) -> float:
        return 100 * self.active / self.enrolled if self.enrolled else 0.0

    @property
    def goal_count(self) -> int | None:
        if self.goal_percent is None:
            return None
        return math.ceil(self.enrolled * self.goal_percent / 100)

    def forecast(self) -> date | None:
        """The day the goal is met at the pace of the last eight weeks; None when there is no
        goal, no pace, or the goal is met already (see ``goal_met``)."""
        goal = self.goal_count
        if goal is None or self.active >= goal or not self.progress:
            return None
        since = self.today - timedelta(days=FORECAST_WINDOW_DAYS)
        before = next((count for day, count in reversed(self.progress) if day <= since), 0)
        pace = (self.active - before) / FORECAST_WINDOW_DAYS
        if pace <= 0:
            return None
        return self.today + timedelta(days=math.ceil((goal - self.active) / pace))

    @property
    def goal_met(self) -> bool:
        goal = self.goal_count
        return goal is not None and self.enrolled > 0 and self.active >= goal


def plan_figures(
    session: Session, project_id: int, today: date | None = None, call_lists: bool = False
) -> PlanFigures:
    """Everything the plan document shows about the project's state today."""
    today = today or local_today()
    office = get_settings(session)
    project = session.execute(
        select(
            projects.c.name,
            projects.c.description,
            projects.c.goal_percent,
            projects.c.target_date,
        ).where(projects.c.id == project_id)
    ).one()
    numbers = pipeline_numbers(session, project_id, today)
    return PlanFigures(
        office_name=office.name if office else "",
        logo_path=office.logo_path if office else None,
        project_id=project_id,
        project_name=project.name,
        description=project.description,
        goal_percent=project.goal_percent,
        target_date=project.target_date,
        today=today,
        numbers=numbers,
        progress=_progress(session, project_id, today),
        champions=_portfolios(session, numbers),
        approaches=tuple(_approaches(session, project_id)),
        measures=tuple(list_measures(session, project_id=project_id)),
        readiness=_readiness(session, project_id),
        call_lists=_call_lists(session, project_id, today) if call_lists else {},
        rewards=reward_summary(session, project_id),
    )


def _progress(session: Session, project_id: int, today: date) -> tuple[tuple[date, int], ...]:
    """Per week since the first move: how many of today's clients had become active by then.

    A client counts from the first real move into a won stage (undone moves do not count).
    """
    undone = select(stage_transitions.c.reverts_id).where(
        stage_transitions.c.reverts_id.is_not(None)
    )
    first_active = (
        # As text on SQLite: LocalDays reads it without parsing each row (see stats.py).
        select(type_coerce(func.min(stage_transitions.c.at), String))
        .join(stages, stages.c.id == stage_transitions.c.to_stage_id)
        .join(enrollments, enrollments.c.id == stage_transitions.c.enrollment_id)
        .join(clients, clients.c.id == enrollments.c.client_id)
        .where(
            enrollments.c.project_id == project_id,
            stages.c.kind == StageKind.WON,
            clients.c.archived.is_(False),
            stage_transitions.c.reverts_id.is_(None),
            stage_transitions.c.id.not_in(undone),
        )
        .group_by(stage_transitions.c.enrollment_id)
    )
    start = session.scalar(
        select(func.min(stage_transitions.c.at))
        .join(enrollments, enrollments.c.id == stage_transitions.c.enrollment_id)
        .where(enrollments.c.project_id == project_id)
    )
    if start is None:
        return ()
    days = LocalDays(today)
    first_day = date.fromordinal(days.ordinal(start))
    per_day: dict[int, int] = defaultdict(int)
    for (at,) in session.execute(first_active):
        per_day[days.ordinal(at)] += 1
    # Weeks end on Sundays; the last point is today.
    week_end = first_day + timedelta(days=6 - first_day.weekday())
    ends = []
    while week_end < today:
        ends.append(week_end)
        week_end += timedelta(days=7)
    ends.append(today)
    points, running, ordered = [], 0, sorted(per_day.items())
    index = 0
    for end in ends:
        while index < len(ordered) and ordered[index][0] <= end.toordinal():
            running += ordered[index][1]
            index += 1
        points.append((end, running))
    return tuple(points)


def _portfolios(session: Session, numbers: PipelineNumbers) -> tuple[ChampionPortfolio, ...]:
    ids = [key for key in numbers.per_champion if key is not UNASSIGNED]
    people = {
        row.id: row
        for row in session.execute(
            select(staff.c.id, staff.c.name, staff.c.team).where(staff.c.id.in_(ids))
        )
    }
    named = sorted(
        (
            ChampionPortfolio(key, people[key].name, people[key].team, tuple(stats))
            for key, stats in numbers.per_champion.items()
            if isinstance(key, int) and key in people
        ),
        key=lambda portfolio: (portfolio.name.casefold(), portfolio.staff_id),
    )
    unassigned = numbers.per_champion.get(UNASSIGNED)
    if unassigned:
        named.append(ChampionPortfolio(None, "", None, tuple(unassigned)))
    return tuple(named)


def _approaches(session: Session, project_id: int) -> list[SegmentApproachRow]:
    """The segments the project has an approach for (segments never written about are left out)."""
    written = set(
        session.scalars(
            select(segment_approaches.c.segment_id).where(
                segment_approaches.c.project_id == project_id
            )
        )
    )
    return [
        row for row in list_segment_approaches(session, project_id) if row.segment_id in written
    ]


def _readiness(session: Session, project_id: int) -> Readiness | None:
    """The latest assessment round of the project, else the latest office-wide one."""
    found = session.execute(
        select(assessment_rounds.c.id, assessment_rounds.c.name, assessment_rounds.c.held_on)
        .where(
            (assessment_rounds.c.project_id == project_id)
            | assessment_rounds.c.project_id.is_(None)
        )
        .order_by(
            (assessment_rounds.c.project_id == project_id).desc(),
            assessment_rounds.c.held_on.desc(),
            assessment_rounds.c.id.desc(),
        )
        .limit(1)
    ).first()
    if found is None:
        return None
    results = round_results(session, found.id)
    if not results.people:
        return None
    by_team: dict[str, list[Any]] = defaultdict(list)
    for person in results.people:
        by_team[person.team or ""].append(person)
    teams = tuple(
        (team, len(people), firm_averages(people))
        for team, people in sorted(by_team.items(), key=lambda item: (not item[0], item[0]))
    )
    return Readiness(
        found.name,
        found.held_on,
        len(results.people),
        teams,
        results.averages,
        results.barrier_counts,
    )


def _call_lists(session: Session, project_id: int, today: date) -> dict[str, list[CallRow]]:
    """Per champion (by name), their open clients: overdue and soonest next actions first."""
    query = (
        select(
            staff.c.name,
            clients.c.name,
            clients.c.contact_person,
            clients.c.phone,
            clients.c.email,
            stages.c.name,
            type_coerce(enrollments.c.stage_since, String),
            enrollments.c.next_action,
            enrollments.c.next_action_due,
        )
        .join(clients, clients.c.id == enrollments.c.client_id)
        .join(staff, staff.c.id == clients.c.champion_id)
        .join(stages, and_(stages.c.id == enrollments.c.stage_id, stages.c.kind == StageKind.OPEN))
        .where(enrollments.c.project_id == project_id, clients.c.archived.is_(False))
        .order_by(
            staff.c.name,
            staff.c.id,
            enrollments.c.next_action_due.is_(None),
            enrollments.c.next_action_due,
            NAME_ORDER,
        )
    )
    days = LocalDays(today)
    today_ordinal = today.toordinal()
    result: dict[str, list[CallRow]] = {}
    for champion, name, contact, phone, email, stage, since, action, due in session.execute(query):
        result.setdefault(champion, []).append(
            CallRow(
                name,
                contact,
                phone,
                email,
                stage,
                max(today_ordinal - days.ordinal(since), 0),
                action,
                due,
            )
        )
    return result
