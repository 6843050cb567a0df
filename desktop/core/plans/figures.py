"""The figures a rollout plan shows, gathered in a handful of aggregate queries.

Runs on a worker in the GUI. The project's state (counts, weekly burn-up, forecast) is the
dashboard's own, so the plan, the dashboard and `draagvlak status` never disagree. Nothing here is
per-client work in Python except, when asked for, the champions' call lists.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, and_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import AdkarElement
from desktop.core.assessments.results import ScoreTuple, firm_averages, round_results
from desktop.core.common.search_text import NAME_ORDER
from desktop.core.common.vocab import UNASSIGNED, StageKind
from desktop.core.dashboard.figures import ProjectFigures, project_figures
from desktop.core.dashboard.forecast import Forecast
from desktop.core.db.tables import (
    assessment_rounds,
    clients,
    enrollments,
    projects,
    segment_approaches,
    staff,
    stages,
)
from desktop.core.measures.editing import MeasureRow, list_measures
from desktop.core.office.settings import get_settings
from desktop.core.pipelines.approaches import SegmentApproachRow, list_segment_approaches
from desktop.core.pipelines.stalled import LocalDays, local_today
from desktop.core.pipelines.stats import PipelineNumbers, StageStats, pipeline_numbers
from desktop.core.rewards.summary import RewardSummary, reward_summary


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
    state: ProjectFigures  # what the dashboard shows: counts, weekly burn-up, forecast
    numbers: PipelineNumbers  # the counts per stage, for the project and per champion
    champions: tuple[ChampionPortfolio, ...]
    approaches: tuple[SegmentApproachRow, ...]
    measures: tuple[MeasureRow, ...]
    readiness: Readiness | None
    call_lists: dict[str, list[CallRow]] = field(default_factory=dict)
    rewards: RewardSummary | None = None  # None while the ledger is empty

    @property
    def enrolled(self) -> int:
        return self.state.enrolled

    @property
    def active(self) -> int:
        return self.state.active

    @property
    def active_percent(self) -> float:
        return 100 * self.active / self.enrolled if self.enrolled else 0.0

    @property
    def forecast(self) -> Forecast:
        """The dashboard's forecast (and `draagvlak status`'s): the same date and verdict."""
        return self.state.forecast


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
    # Counts only (from each enrollment's reached stages): the plan shows no median days, so
    # the history is not walked.
    numbers = pipeline_numbers(session, project_id, today, median_days=False)
    return PlanFigures(
        office_name=office.name if office else "",
        logo_path=office.logo_path if office else None,
        project_id=project_id,
        project_name=project.name,
        description=project.description,
        goal_percent=project.goal_percent,
        target_date=project.target_date,
        today=today,
        state=project_figures(session, project_id, today),
        numbers=numbers,
        champions=_portfolios(session, numbers),
        approaches=tuple(_approaches(session, project_id)),
        measures=tuple(list_measures(session, project_id=project_id)),
        readiness=_readiness(session, project_id),
        call_lists=_call_lists(session, project_id, today) if call_lists else {},
        rewards=reward_summary(session, project_id),
    )


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
