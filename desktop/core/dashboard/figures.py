"""A project's dashboard figures, each one grouped SQL aggregate (no per-row queries).

- ``enrolled``: enrolled clients that are not archived; ``active``: those of them in a won stage.
- ``stages``: per stage the clients in it now and the funnel (each client counted once, however
  often it moved back and forth; see pipelines/stats.py), from one grouped query read from an
  index alone.
- ``champions``: per champion the enrolled, active and stalled clients and overdue next actions
  (a second query, by the enrollments' copies of their client's champion: see
  desktop/core/db/client_copies.py); ``stalled`` and ``overdue`` are their sums, so they come
  with the champions (the stall rules read every enrollment's row, the counts above do not).
- ``moves_week`` / ``moves_month``: real moves (not enrolling, not undone, no undos) in this
  calendar week (from Monday) and this calendar month, today included, on the local clock. Early
  in a month "this month" can be smaller than "this week" (the week began in the last month).
- ``burn_up``: Active clients at the end of the day, once a week back to the first enrollment.
- ``forecast``: see forecast.py; ``readiness``: the firm's average per ADKAR element per round.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.common.vocab import UNASSIGNED, StageKind, Unassigned
from desktop.core.dashboard.forecast import (
    DEFAULT_WEEKS,
    BurnUpPoint,
    Forecast,
    make_forecast,
)
from desktop.core.dashboard.periods import month_start, week_start
from desktop.core.db.models import Client, Enrollment, Staff, Stage, StageTransition
from desktop.core.db.tables import assessment_rounds, assessment_scores, stage_transitions
from desktop.core.pipelines.overdue import overdue_action
from desktop.core.pipelines.projects import get_project
from desktop.core.pipelines.stages import list_stages
from desktop.core.pipelines.stalled import (
    LocalDays,
    StallRules,
    load_stall_rules,
    local_midnight_utc,
    local_today,
)
from desktop.core.pipelines.stats import StageCounter, StageStats
from desktop.core.pipelines.stays import utc_text


@dataclass(frozen=True)
class ChampionFigures:
    """One champion's clients in the project (UNASSIGNED: clients without a champion)."""

    champion_id: int | Unassigned
    name: str
    enrolled: int
    active: int
    stalled: int
    overdue: int

    @property
    def share(self) -> float | None:
        return self.active / self.enrolled if self.enrolled else None


@dataclass(frozen=True)
class ReadinessRound:
    round_id: int
    name: str
    held_on: date
    averages: tuple[float | None, ...]  # per element, in ELEMENTS order


@dataclass(frozen=True)
class ProjectFigures:
    project_id: int
    project_name: str
    goal_percent: int | None
    target_date: date | None
    today: date
    enrolled: int
    active: int
    stages: list[StageStats]
    moves_week: int
    moves_month: int
    stalled: int | None  # None until with_details
    overdue: int | None
    champions: list[ChampionFigures]
    burn_up: list[BurnUpPoint]
    forecast: Forecast
    readiness: list[ReadinessRound]

    @property
    def share(self) -> float | None:
        """Active clients as a share of the enrolled (0..1); None when nobody is enrolled."""
        return self.active / self.enrolled if self.enrolled else None


def project_figures(
    session: Session, project_id: int, today: date | None = None, weeks: int = DEFAULT_WEEKS
) -> ProjectFigures:
    """Everything the dashboard and `draagvlak status` show for one project."""
    return with_details(session, key_figures(session, project_id, today, weeks))


def key_figures(
    session: Session, project_id: int, today: date | None = None, weeks: int = DEFAULT_WEEKS
) -> ProjectFigures:
    """The figures of the headline, the tiles, the burn-up and the funnel: what the dashboard
    paints first. ``champions`` and ``readiness`` stay empty and ``stalled`` and ``overdue``
    None (``with_details`` adds them).

    The queries leave the archived clients out by the enrollments' copies of their client's
    archived flag instead of joining every client."""
    today = today or local_today()
    project = get_project(session, project_id)
    stages = list_stages(session, project_id)
    won = _won_stages(session, project_id)
    query = (
        select(Enrollment.stage_id, Enrollment.reached_stages, func.count())
        .where(Enrollment.project_id == project_id, Enrollment.client_archived == false())
        .group_by(Enrollment.stage_id, Enrollment.reached_stages)
    )
    counter = StageCounter(stages)
    won_ids = set(won)
    enrolled = active = 0
    for stage_id, reached, count in session.execute(query):
        counter.add(stage_id, reached, count)
        enrolled += count
        active += count if stage_id in won_ids else 0
    burn_up = _burn_up(session, project_id, won, today, active)
    moves_week, moves_month = _moves(session, project_id, today)
    return ProjectFigures(
        project_id=project_id,
        project_name=project.name,
        goal_percent=project.goal_percent,
        target_date=project.target_date,
        today=today,
        enrolled=enrolled,
        active=active,
        stages=counter.result(),
        moves_week=moves_week,
        moves_month=moves_month,
        stalled=None,
        overdue=None,
        champions=[],
        burn_up=burn_up,
        forecast=make_forecast(burn_up, enrolled, project.goal_percent, project.target_date, weeks),
        readiness=[],
    )


def with_details(session: Session, figures: ProjectFigures) -> ProjectFigures:
    """``figures`` with the champions' results, the stalled and overdue counts (their sums)
    and the readiness trend added."""
    champions = champion_figures(session, figures.project_id, figures.today)
    return replace(
        figures,
        champions=champions,
        stalled=sum(c.stalled for c in champions),
        overdue=sum(c.overdue for c in champions),
        readiness=readiness_trend(session, figures.project_id),
    )


def _won_stages(session: Session, project_id: int) -> list[int]:
    query = select(Stage.id).where(Stage.project_id == project_id, Stage.kind == StageKind.WON)
    return sorted(session.scalars(query))


def _attention(rules: StallRules, today: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The conditions of a stalled enrollment and of an overdue next action."""
    return rules.clause(today), overdue_action(rules.open_stage_ids, today)


def champion_figures(
    session: Session, project_id: int, today: date | None = None
) -> list[ChampionFigures]:
    """Each champion's clients in the project, by name (clients without one last)."""
    today = today or local_today()
    won_ids = set(_won_stages(session, project_id))
    rules = load_stall_rules(session, project_id)
    stalled, overdue = _attention(rules, today)
    query = (
        select(
            Enrollment.client_champion_id,
            Enrollment.stage_id,
            func.count(),
            func.sum(_flag(stalled)),
            func.sum(_flag(overdue)),
        )
        .where(Enrollment.project_id == project_id, Enrollment.client_archived == false())
        .group_by(Enrollment.client_champion_id, Enrollment.stage_id)
    )
    if rules.segment_max_days:  # the stall rule then reads the client's segment
        query = query.join(Client, Client.id == Enrollment.client_id)
    totals: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for champion_id, stage_id, count, stalled_here, late in session.execute(query):
        row = totals[champion_id]
        row[0] += count
        row[1] += count if stage_id in won_ids else 0
        row[2] += stalled_here or 0
        row[3] += late or 0
    names = dict(
        session.execute(
            select(Staff.id, Staff.name).where(Staff.id.in_([k for k in totals if k is not None]))
        ).all()
    )
    champions = [
        ChampionFigures(
            UNASSIGNED if champion_id is None else champion_id,
            "" if champion_id is None else names.get(champion_id, ""),
            *values,
        )
        for champion_id, values in totals.items()
    ]
    champions.sort(key=lambda c: (c.champion_id is UNASSIGNED, c.name.casefold()))
    return champions


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def _real_moves() -> ColumnElement[bool]:
    """Moves between stages that count: not an enrollment, not an undo, not taken back."""
    undo = aliased(StageTransition)
    taken_back = select(undo.id).where(undo.reverts_id == StageTransition.id).exists()
    return and_(
        StageTransition.from_stage_id.is_not(None),
        StageTransition.reverts_id.is_(None),
        ~taken_back,
    )


def _of_project(project_id: int) -> ColumnElement[bool]:
    """Transitions of the project's non-archived clients. EXISTS rather than a join: the
    database then starts from the transitions' own index (moment, stage) and looks up only
    their enrollments, instead of walking every client's history."""
    return (
        select(Enrollment.id)
        .where(
            Enrollment.id == StageTransition.enrollment_id,
            Enrollment.project_id == project_id,
            Enrollment.client_archived == false(),
        )
        .exists()
    )


def _enrollment_not_archived() -> ColumnElement[bool]:
    """Transitions of clients that are not archived. The won stages already pick the project
    (a stage belongs to one project); leaving the few archived clients' enrollments out by id
    spares a lookup of every transition's enrollment and client."""
    archived = (  # from the archived clients' index: few rows
        select(Enrollment.id)
        .join(Client, Client.id == Enrollment.client_id)
        .where(Client.archived.is_(True))
    )
    return StageTransition.enrollment_id.not_in(archived)


def _moves(session: Session, project_id: int, today: date) -> tuple[int, int]:
    """Real moves in this calendar week and this calendar month. The conditions other than the
    moment are counted, not filtered on, so that the index on the moment is the one used."""
    week = local_midnight_utc(week_start(today))
    month = local_midnight_utc(month_start(today))
    real = _real_moves()
    query = select(
        func.sum(_flag(and_(real, StageTransition.at >= week))),
        func.sum(_flag(and_(real, StageTransition.at >= month))),
    ).where(StageTransition.at >= min(week, month), _of_project(project_id))
    in_week, in_month = session.execute(query).one()
    return int(in_week or 0), int(in_month or 0)


def _burn_up(
    session: Session, project_id: int, won: list[int], today: date, active_now: int
) -> list[BurnUpPoint]:
    """Active clients at the end of the day, weekly back from today to the first enrollment.

    Every transition into a won stage adds one, every one out of it takes one away; undos and
    the moves they took back cancel out, so all transitions count and no history is replayed.
    """
    first = session.scalar(  # the first enrollment: along the index on the moment
        select(StageTransition.at)
        .where(_of_project(project_id))
        .order_by(StageTransition.at)
        .limit(1)
    )
    if first is None:
        return []
    days = LocalDays(today)
    first_day = days.ordinal(first)
    hour = utc_text(session, stage_transitions.c.at, minutes=False)
    change: dict[int, int] = defaultdict(int)
    if won:
        delta = _flag(StageTransition.to_stage_id.in_(won)) - _flag(
            StageTransition.from_stage_id.in_(won)
        )
        query = (
            select(hour, func.sum(delta))
            .where(
                or_(StageTransition.to_stage_id.in_(won), StageTransition.from_stage_id.in_(won)),
                _enrollment_not_archived(),
            )
            .group_by(hour)
        )
        for moment, total in session.execute(query):
            change[days.ordinal(moment)] += int(total or 0)
    today_ordinal = today.toordinal()
    later = sum(v for k, v in change.items() if k > today_ordinal)  # dated in the future
    points: list[BurnUpPoint] = []
    running = active_now - later
    ordered = sorted((k for k in change if k <= today_ordinal), reverse=True)
    index = 0
    day = today_ordinal
    while True:
        # ``running`` is the count at the end of ``day``: take off what came after it.
        while index < len(ordered) and ordered[index] > day:
            running -= change[ordered[index]]
            index += 1
        points.append(BurnUpPoint(date.fromordinal(day), running))
        if day <= first_day:
            break
        day -= 7
    points.reverse()
    return points


def readiness_trend(session: Session, project_id: int | None) -> list[ReadinessRound]:
    """The firm's average per element for each round of the project (and the office-wide
    rounds), oldest first; empty when no round has scores."""
    r, s = assessment_rounds.c, assessment_scores.c
    query = (
        select(r.id, r.name, r.held_on, s.element, func.avg(s.score))
        .join(assessment_scores, s.round_id == r.id)
        .group_by(r.id, r.name, r.held_on, s.element)
        .order_by(r.held_on, r.id)
    )
    if project_id is not None:
        query = query.where(or_(r.project_id == project_id, r.project_id.is_(None)))
    rounds: dict[int, tuple[str, date, list[float | None]]] = {}
    index = {element: i for i, element in enumerate(ELEMENTS)}
    for round_id, name, held_on, element, average in session.execute(query):
        entry = rounds.setdefault(round_id, (name, held_on, [None] * len(ELEMENTS)))
        entry[2][index[element]] = round(float(average), 2)
    return [
        ReadinessRound(round_id, name, held_on, tuple(values))
        for round_id, (name, held_on, values) in rounds.items()
    ]
