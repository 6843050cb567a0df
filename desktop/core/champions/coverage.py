"""Is the champion network big enough, and does it reach every client segment and team?

The rules (shown in the Staff area and by ``draagvlak staff coverage``):
- **Ratio**: about one champion per 8-12 staff is advised; the check uses one per
  ``STAFF_PER_CHAMPION`` (10) current staff members, rounded up: 25 staff need 3 champions.
- **Segment**: a segment with active clients none of whom has a current champion.
- **Team**: a team of current staff in which nobody is a current champion.
- **Capacity**: a champion who holds more active clients than their capacity (147 > 120).
- **Leavers**: active clients whose champion has left the office (their hand-over is due).
"Current" means not left: no end date, or one today or later. Everything is counted in SQL.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, and_, case, func, select, true

from desktop.core.champions.people import is_current, is_current_champion
from desktop.core.common.i18n import Context, number_text
from desktop.core.db.tables import clients, segments, staff
from desktop.core.staff.listing import champion_client_counts

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

STAFF_PER_CHAMPION = 10

Coverage = Context("Coverage")


class CoverageProblem(enum.StrEnum):
    RATIO = "ratio"
    SEGMENT = "segment"
    TEAM = "team"
    CAPACITY = "capacity"
    LEFT = "left"


@dataclass(frozen=True)
class CoverageWarning:
    problem: CoverageProblem
    message: str
    staff_id: int | None = None  # the champion concerned (capacity, a leaver)
    segment_id: int | None = None


@dataclass(frozen=True)
class CoverageReport:
    staff: int  # current staff members
    champions: int  # current champions
    needed: int  # champions the ratio rule asks for
    warnings: list[CoverageWarning] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.warnings

    def summary(self) -> str:
        staff_text = Coverage.tr("%n staff members", "", self.staff)
        return Coverage.tr("%n champions", "", self.champions) + " · " + staff_text


def champions_needed(staff_count: int) -> int:
    """One champion per STAFF_PER_CHAMPION staff, rounded up (none for an empty office)."""
    return -(-staff_count // STAFF_PER_CHAMPION)


def coverage_report(executor: Executor, today: date | None = None) -> CoverageReport:
    """The coverage warnings of the office today (see the module for the rules)."""
    today = today or date.today()
    staff_rows = executor.execute(
        select(
            staff.c.id,
            staff.c.name,
            staff.c.team,
            staff.c.is_champion,
            staff.c.capacity,
            is_current(today).label("current"),
        ).order_by(staff.c.name, staff.c.id)
    ).all()
    current = [row for row in staff_rows if row.current]
    champions = [row for row in current if row.is_champion]
    needed = champions_needed(len(current))
    warnings: list[CoverageWarning] = []
    if len(champions) < needed:
        warnings.append(_ratio_warning(len(current), len(champions), needed))
    warnings += _segment_warnings(executor, today)
    warnings += _team_warnings(current)
    counts = champion_client_counts(executor)
    for row in champions:
        held = counts.get(row.id, 0)
        if row.capacity is not None and held > row.capacity:
            message = Coverage.tr(
                "{name} holds {clients} clients against a capacity of %n.", "", row.capacity
            ).format(name=row.name, clients=number_text(held))
            warnings.append(CoverageWarning(CoverageProblem.CAPACITY, message, staff_id=row.id))
    for row in staff_rows:
        held = counts.get(row.id, 0)
        if not row.current and held:
            message = Coverage.tr(
                "{name} has left but is still champion of %n clients: hand them over.", "", held
            ).format(name=row.name)
            warnings.append(CoverageWarning(CoverageProblem.LEFT, message, staff_id=row.id))
    return CoverageReport(len(current), len(champions), needed, warnings)


def _ratio_warning(staff_count: int, champions: int, needed: int) -> CoverageWarning:
    have = Coverage.tr("%n champions", "", champions)
    message = Coverage.tr(
        "{have} for {staff} staff: about one per {per} is advised, so at least %n.", "", needed
    ).format(have=have, staff=number_text(staff_count), per=STAFF_PER_CHAMPION)
    return CoverageWarning(CoverageProblem.RATIO, message)


def _segment_warnings(executor: Executor, today: date) -> list[CoverageWarning]:
    # One pass over the active clients: per segment, how many there are and how many have a
    # current champion.
    covered = func.sum(case((is_current_champion(today), 1), else_=0))
    statement = (
        select(segments.c.id, segments.c.name, func.count(clients.c.id), covered)
        .select_from(segments)
        .join(
            clients,
            and_(clients.c.segment_id == segments.c.id, clients.c.archived.is_not(true())),
        )
        .outerjoin(staff, staff.c.id == clients.c.champion_id)
        .group_by(segments.c.id, segments.c.name, segments.c.position)
        .order_by(segments.c.position, segments.c.name)
    )
    warnings = []
    for segment_id, name, count, with_champion in executor.execute(statement):
        if count and not with_champion:
            message = Coverage.tr(
                "No champion for the segment {segment} (%n clients).", "", count
            ).format(segment=name)
            warnings.append(
                CoverageWarning(CoverageProblem.SEGMENT, message, segment_id=segment_id)
            )
    return warnings


def _team_warnings(current: Sequence[Row[Any]]) -> list[CoverageWarning]:
    teams: dict[str, list[bool]] = {}
    for row in current:
        if row.team:
            teams.setdefault(row.team.strip(), []).append(row.is_champion)
    return [
        CoverageWarning(
            CoverageProblem.TEAM,
            Coverage.tr(
                "No champion in the team {team} (%n staff members).", "", len(flags)
            ).format(team=team),
        )
        for team, flags in sorted(teams.items(), key=lambda item: item[0].casefold())
        if not any(flags)
    ]
