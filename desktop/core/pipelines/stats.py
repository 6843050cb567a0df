"""Pipeline numbers per stage, for the whole project and per champion.

The numbers are computed from the *real* history of each client: moves taken back by an undo,
and the undo moves themselves, are left out, so an accidental drag counts for nothing. Clients
are grouped by their current champion; archived clients and archived stages are left out.

Per stage:
- ``current``: clients in the stage now.
- ``reached``: clients that were ever in the stage, each counted once however often it came back.
- ``reached_or_beyond``: clients that reached this stage or any later stage that is not a lost
  stage (the funnel: a client moved straight from "Informed" to "Active" has passed "Invited").
  Lost stages count only the clients that reached them.
- ``conversion``: for open and won stages, ``reached_or_beyond`` of the next open/won stage
  divided by this stage's; None for the last one, for lost stages and when nobody reached it.
- ``median_days``: median whole local days of all stays in the stage: finished stays (entry to
  the next real move) and ongoing ones (entry to today). None when nobody has been in it.

The counts come from each enrollment's ``reached_stages`` (kept by moves and undos, see
reached.py) in one grouped query; only the median days still walk the history, so a caller that
shows no medians asks for ``median_days=False`` and gets its numbers without that walk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from statistics import median

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core.common.vocab import UNASSIGNED, StageKind, Unassigned
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.pipelines.reached import parse_reached
from desktop.core.pipelines.stages import StageRow, list_stages
from desktop.core.pipelines.stalled import LocalDays, local_today


@dataclass(frozen=True)
class StageStats:
    """The numbers of one stage; see the module docstring for their exact meaning."""

    stage_id: int
    stage_name: str
    kind: StageKind
    current: int
    reached: int
    reached_or_beyond: int
    conversion: float | None
    median_days: float | None


@dataclass(frozen=True)
class PipelineNumbers:
    """The numbers of the whole project and per current champion (UNASSIGNED: no champion)."""

    stages: list[StageStats]
    per_champion: dict[int | Unassigned, list[StageStats]]


def pipeline_numbers(
    session: Session, project_id: int, today: date | None = None, *, median_days: bool = True
) -> PipelineNumbers:
    """Project and per-champion numbers; without ``median_days`` those stay None and no history
    is read (one grouped query over the enrollments)."""
    stages = list_stages(session, project_id)
    groups = _champion_groups(session, project_id, stages, today or local_today(), median_days)
    whole = StageCounter(stages)
    for group in groups.values():
        whole.merge(group)
    return PipelineNumbers(whole.result(), {key: acc.result() for key, acc in groups.items()})


def pipeline_stats(
    session: Session, project_id: int, today: date | None = None
) -> list[StageStats]:
    """The numbers for each active stage of a project, in pipeline order."""
    return pipeline_numbers(session, project_id, today).stages


def _champion_groups(
    session: Session, project_id: int, stages: list[StageRow], today: date, median_days: bool
) -> dict[int | Unassigned, StageCounter]:
    groups: dict[int | Unassigned, StageCounter] = defaultdict(lambda: StageCounter(stages))
    current = (
        select(Enrollment.stage_id, Client.champion_id, Enrollment.reached_stages, func.count())
        .join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.project_id == project_id, Client.archived.is_(False))
        .group_by(Enrollment.stage_id, Client.champion_id, Enrollment.reached_stages)
    )
    for stage_id, champion_id, reached, count in session.execute(current):
        groups[_group(champion_id)].add(stage_id, reached, count)
    if median_days:
        _walk_history(session, project_id, today, groups.__getitem__)
    return dict(groups)


def _group(champion_id: int | None) -> int | Unassigned:
    return UNASSIGNED if champion_id is None else champion_id


def _walk_history(
    session: Session,
    project_id: int,
    today: date,
    group: Callable[[int | Unassigned], StageCounter],
) -> None:
    """Feed each client's real stays in the stages to its group's accumulator.

    Three plain queries instead of one join: the transitions then come straight from the
    (enrollment_id, at) index in the order needed, with no sort and no per-row subquery.
    """
    connection = session.connection()
    champions = {
        enrollment_id: _group(champion_id)
        for enrollment_id, champion_id in connection.execute(
            select(Enrollment.id, Client.champion_id)
            .join(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.project_id == project_id, Client.archived.is_(False))
        )
    }
    undone = set(
        connection.execute(
            select(StageTransition.reverts_id).where(StageTransition.reverts_id.is_not(None))
        ).scalars()
    )
    rows = connection.execute(
        select(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.to_stage_id,
            type_coerce(StageTransition.at, String),  # see LocalDays: no per-row parsing
            StageTransition.reverts_id,
        )
        .where(
            StageTransition.enrollment_id.in_(
                select(Enrollment.id).where(Enrollment.project_id == project_id)
            )
        )
        .order_by(StageTransition.enrollment_id, StageTransition.at, StageTransition.id)
    ).all()
    ordinal = LocalDays(today).ordinal
    today_ordinal = today.toordinal()
    ignored = StageCounter([])  # collects the stays of archived clients, to be dropped
    # One pass over the rows (this loop is the hot spot at 100,000 clients): a stay ends where
    # the next real move of the same client starts; the last stay of a client runs to today.
    group_of_client = ignored
    previous_id, previous_stage, previous_day = None, 0, 0
    for transition_id, enrollment_id, stage_id, at, reverts_id in rows:
        if reverts_id is not None or transition_id in undone:
            continue  # an undo, or a move an undo took back
        day = ordinal(at)
        if enrollment_id == previous_id:
            group_of_client.stays[previous_stage].append(day - previous_day)
        else:
            if previous_id is not None:
                group_of_client.stays[previous_stage].append(max(today_ordinal - previous_day, 0))
            group_of_client = (
                group(champions[enrollment_id]) if enrollment_id in champions else ignored
            )
        previous_id, previous_stage, previous_day = enrollment_id, stage_id, day
    if previous_id is not None:
        group_of_client.stays[previous_stage].append(max(today_ordinal - previous_day, 0))


class StageCounter:
    """Counts for one group of clients (the project, or one champion's clients): feed it
    grouped enrollment rows with ``add``, read the numbers with ``result``."""

    def __init__(self, stages: list[StageRow]) -> None:
        self.stages = stages
        self.funnel_stages = [s for s in stages if s.kind != StageKind.LOST]
        self.rank = {s.id: index for index, s in enumerate(self.funnel_stages)}
        self.current: dict[int, int] = defaultdict(int)
        self.reached: dict[int, int] = defaultdict(int)
        self.furthest: dict[int, int] = defaultdict(int)  # funnel rank -> clients reaching it last
        self.stays: dict[int, list[int]] = defaultdict(list)

    def add(self, stage_id: int, reached_stages: str, clients: int) -> None:
        """``clients`` clients now in ``stage_id`` that reached these stages (stored form)."""
        self.current[stage_id] += clients
        self.add_paths(parse_reached(reached_stages), clients)

    def add_paths(self, stage_ids: frozenset[int], clients: int) -> None:
        """``clients`` clients that really reached exactly these stages."""
        furthest = -1
        for stage_id in stage_ids:
            self.reached[stage_id] += clients
            furthest = max(furthest, self.rank.get(stage_id, -1))
        if furthest >= 0:
            self.furthest[furthest] += clients

    def merge(self, other: StageCounter) -> None:
        for mine, theirs in (
            (self.current, other.current),
            (self.reached, other.reached),
            (self.furthest, other.furthest),
        ):
            for key, count in theirs.items():
                mine[key] += count
        for stage_id, stays in other.stays.items():
            self.stays[stage_id].extend(stays)

    def result(self) -> list[StageStats]:
        beyond: dict[int, int] = {}
        running = 0
        for stage in reversed(self.funnel_stages):
            running += self.furthest[self.rank[stage.id]]
            beyond[stage.id] = running
        next_funnel = {
            a.id: b.id for a, b in zip(self.funnel_stages, self.funnel_stages[1:], strict=False)
        }
        result = []
        for stage in self.stages:
            reached_or_beyond = beyond.get(stage.id, self.reached[stage.id])
            following = next_funnel.get(stage.id)
            conversion = (
                beyond[following] / reached_or_beyond
                if following is not None and reached_or_beyond
                else None
            )
            stays = self.stays.get(stage.id)
            result.append(
                StageStats(
                    stage.id,
                    stage.name,
                    stage.kind,
                    self.current[stage.id],
                    self.reached[stage.id],
                    reached_or_beyond,
                    conversion,
                    float(median(stays)) if stays else None,
                )
            )
        return result
