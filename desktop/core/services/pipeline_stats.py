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
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.models import Client, Enrollment, StageKind, StageTransition
from desktop.core.services.pipelines import effective_transition
from desktop.core.services.projects import StageRow, list_stages
from desktop.core.services.stalled import local_today


@dataclass(frozen=True)
class StageStats:
    stage_id: int
    stage_name: str
    kind: StageKind
    current: int
    reached: int
    reached_or_beyond: int
    conversion: float | None
    median_days: float | None


_ALL = "all"


def pipeline_stats(
    session: Session, project_id: int, today: date | None = None
) -> list[StageStats]:
    """The numbers for each active stage of a project, in pipeline order."""
    return _stats(session, project_id, today, per_champion=False).get(_ALL) or _empty(
        list_stages(session, project_id)
    )


def champion_pipeline_stats(
    session: Session, project_id: int, today: date | None = None
) -> dict[int | None, list[StageStats]]:
    """The same numbers per current champion id (None: clients without a champion)."""
    return _stats(session, project_id, today, per_champion=True)  # type: ignore[return-value]


def _stats(
    session: Session, project_id: int, today: date | None, *, per_champion: bool
) -> dict[object, list[StageStats]]:
    today = today or local_today()
    stages = list_stages(session, project_id)
    accumulators: dict[object, _Accumulator] = defaultdict(lambda: _Accumulator(stages))

    def group(champion_id: int | None) -> _Accumulator:
        return accumulators[champion_id if per_champion else _ALL]

    current = (
        select(Enrollment.stage_id, Client.champion_id, func.count())
        .join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.project_id == project_id, Client.archived.is_(False))
        .group_by(Enrollment.stage_id, Client.champion_id)
    )
    for stage_id, champion_id, count in session.execute(current):
        group(champion_id).current[stage_id] += count

    history = (
        select(
            StageTransition.enrollment_id,
            Client.champion_id,
            StageTransition.to_stage_id,
            StageTransition.at,
        )
        .join(Enrollment, Enrollment.id == StageTransition.enrollment_id)
        .join(Client, Client.id == Enrollment.client_id)
        .where(
            Enrollment.project_id == project_id,
            Client.archived.is_(False),
            effective_transition(),
        )
        .order_by(StageTransition.enrollment_id, StageTransition.at, StageTransition.id)
    )
    for champion_id, path in _paths(session.execute(history)):
        group(champion_id).add(path, today)
    return {key: acc.result() for key, acc in accumulators.items()}


def _paths(
    rows: Iterable[tuple[int, int | None, int, datetime]],
) -> Iterable[tuple[int | None, list[tuple[int, datetime]]]]:
    """(champion id, [(stage id, entered at), ...]) per enrollment from rows sorted by it."""
    current_id: int | None = None
    champion: int | None = None
    path: list[tuple[int, datetime]] = []
    for enrollment_id, champion_id, stage_id, at in rows:
        if enrollment_id != current_id:
            if path:
                yield champion, path
            current_id, champion, path = enrollment_id, champion_id, []
        path.append((stage_id, at))
    if path:
        yield champion, path


class _Accumulator:
    """Counts for one group of clients (the project, or one champion's clients)."""

    def __init__(self, stages: list[StageRow]) -> None:
        self.stages = stages
        self.funnel_stages = [s for s in stages if s.kind != StageKind.LOST]
        self.rank = {s.id: index for index, s in enumerate(self.funnel_stages)}
        self.current: dict[int, int] = defaultdict(int)
        self.reached: dict[int, int] = defaultdict(int)
        self.furthest: dict[int, int] = defaultdict(int)  # funnel rank -> clients reaching it last
        self.stays: dict[int, list[int]] = defaultdict(list)

    def add(self, path: list[tuple[int, datetime]], today: date) -> None:
        dates = [at.astimezone().date() for _, at in path]
        furthest = -1
        for stage_id in {stage_id for stage_id, _ in path}:
            self.reached[stage_id] += 1
            furthest = max(furthest, self.rank.get(stage_id, -1))
        if furthest >= 0:
            self.furthest[furthest] += 1
        for index, (stage_id, _) in enumerate(path):
            end = dates[index + 1] if index + 1 < len(path) else today
            self.stays[stage_id].append(max((end - dates[index]).days, 0))

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


def _empty(stages: list[StageRow]) -> list[StageStats]:
    return _Accumulator(stages).result()
