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
reached.py) in one grouped query, which also counts the ongoing stays by stage and UTC hour of
entry; the finished stays come from ``stage_stays`` (kept by moves and undos, see stays.py),
counted by stage, champion and days. Each group's medians are read from those counts, so the
cost does not grow with the length of the history.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from desktop.core.common.vocab import UNASSIGNED, StageKind, Unassigned
from desktop.core.db.models import Enrollment
from desktop.core.db.tables import enrollments
from desktop.core.pipelines.reached import parse_reached
from desktop.core.pipelines.stages import StageRow, list_stages
from desktop.core.pipelines.stalled import LocalDays, local_today
from desktop.core.pipelines.stays import finished_stay_counts, utc_text


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
    """Project and per-champion numbers; without ``median_days`` those stay None and no stays
    are counted (one grouped query over the enrollments)."""
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
    if not median_days:
        for stage_id, champion_id, reached, count in session.execute(
            _current(project_id).group_by(*_CURRENT_KEY)
        ):
            groups[_group(champion_id)].add(stage_id, reached, count)
        return dict(groups)
    days = LocalDays(today)
    rows = _current_by_entry(session, project_id, minutes=False)
    if not all(days.within_one_day(entered) for *_, entered, _count in rows):
        rows = _current_by_entry(session, project_id, minutes=True)  # exact local dates there
    for stage_id, champion_id, reached, entered, count in rows:
        group = groups[_group(champion_id)]
        group.add(stage_id, reached, count)
        group.stays[stage_id][max(days.days(entered), 0)] += count
    for (stage_id, champion_id, stayed), count in finished_stay_counts(session, project_id).items():
        groups[_group(champion_id)].stays[stage_id][stayed] += count
    return dict(groups)


_CURRENT_KEY = (Enrollment.stage_id, Enrollment.client_champion_id, Enrollment.reached_stages)


def _current(project_id: int, *extra: Any) -> Any:
    """The project's non-archived enrollments counted per stage, champion, stages reached:
    from the enrollments' copies of their client's champion and archived flag alone."""
    return select(*_CURRENT_KEY, *extra, func.count()).where(
        Enrollment.project_id == project_id, Enrollment.client_archived == false()
    )


def _current_by_entry(session: Session, project_id: int, minutes: bool) -> list[Any]:
    """The counts of ``_current``, also per UTC hour (or minute) the clients entered their
    stage: each distinct hour is converted to a local date once, not each client's moment."""
    entered = utc_text(session, enrollments.c.stage_since, minutes)
    return list(session.execute(_current(project_id, entered).group_by(*_CURRENT_KEY, entered)))


def _group(champion_id: int | None) -> int | Unassigned:
    return UNASSIGNED if champion_id is None else champion_id


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
        self.stays: dict[int, Counter[int]] = defaultdict(Counter)  # stage -> days -> stays

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
            self.stays[stage_id].update(stays)

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
            result.append(
                StageStats(
                    stage.id,
                    stage.name,
                    stage.kind,
                    self.current[stage.id],
                    self.reached[stage.id],
                    reached_or_beyond,
                    conversion,
                    counted_median(self.stays.get(stage.id, {})),
                )
            )
        return result


def counted_median(counts: Mapping[int, int]) -> float | None:
    """The median of values given as value -> how often (None when there are none): the
    middle value, or the mean of the two middle ones."""
    total = sum(counts.values())
    if not total:
        return None
    low_at, high_at = (total - 1) // 2, total // 2  # the middle positions, counted from 0
    low = None
    seen = 0
    for value, count in sorted(counts.items()):
        seen += count
        if low is None and seen > low_at:
            low = value
        if seen > high_at:
            assert low is not None
            return (low + value) / 2
    raise AssertionError("unreachable: the counts add up to total")
