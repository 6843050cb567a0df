"""Stalled clients and days in stage.

A client is stalled when it sits in an OPEN stage and either has no next action, or has been in
the stage more whole days than the stage allows (a per-segment override of the project wins over
the stage's own maximum). Clients in WON or LOST stages are never stalled.

Days are whole calendar days on the local clock: a client moved yesterday evening has been in its
stage 1 day this morning. "More than max_days days" therefore means the local date it entered is
before ``today - max_days``; the SQL form compares ``stage_since`` with the UTC instant of that
local midnight, so it needs no date functions of a particular database and can use indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, case, false, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.core.common.vocab import StageKind
from desktop.core.db.models import Client, Enrollment
from desktop.core.pipelines.stages import list_stages, segment_limits


def local_today() -> date:
    """Today on the local clock."""
    return datetime.now().astimezone().date()


def local_date(moment: datetime) -> date:
    """The local calendar date of a stored (aware UTC) moment."""
    return moment.astimezone().date()


def days_between(start: datetime, end: date) -> int:
    """Whole local calendar days from the moment ``start`` to the date ``end``."""
    return (end - local_date(start)).days


def local_midnight_utc(day: date) -> datetime:
    """The UTC instant at which the local calendar day ``day`` begins."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


class LocalDays:
    """Local calendar dates of many stored moments, fast: one time-zone lookup per UTC hour.

    Besides aware datetimes it accepts what a UTC column gives when read with
    ``type_coerce(column, String)``: SQLite's stored text ("2026-03-01 12:00:00.000000", UTC)
    or, on other databases, a naive UTC datetime. Skipping the per-row parsing and decorators
    is what makes hundreds of thousands of rows cheap.
    """

    def __init__(self, today: date) -> None:
        self.today_ordinal = today.toordinal()
        self._by_hour: dict[object, int] = {}

    def ordinal(self, moment: datetime | str) -> int:
        """The local date of ``moment`` as a proleptic ordinal (date.toordinal())."""
        if isinstance(moment, str):
            key: object = moment[:13]  # "YYYY-MM-DD HH": the UTC hour
        else:
            if moment.tzinfo is not None and moment.tzinfo is not UTC:
                moment = moment.astimezone(UTC)
            key = (moment.toordinal(), moment.hour)
        local = self._by_hour.get(key)
        if local is None:
            local = self._by_hour[key] = _hour_local_ordinal(_utc(moment))
        if local == -1:
            return _utc(moment).astimezone().date().toordinal()
        return local

    def days(self, moment: datetime | str) -> int:
        """Whole local days from ``moment`` to today."""
        return self.today_ordinal - self.ordinal(moment)

    def within_one_day(self, hour: str) -> bool:
        """Whether the whole UTC hour 'YYYY-MM-DD HH' lies in one local day: not so where a
        local midnight falls inside it (zones with half-hour offsets)."""
        self.ordinal(hour)
        return self._by_hour[hour[:13]] != -1


def _utc(moment: datetime | str) -> datetime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _hour_local_ordinal(moment: datetime) -> int:
    """The local date of the whole UTC hour of ``moment``; -1 if a local midnight falls in it."""
    hour = moment.replace(minute=0, second=0, microsecond=0)
    first = hour.astimezone().date().toordinal()
    last = (hour + timedelta(seconds=3599.999999)).astimezone().date().toordinal()
    return first if first == last else -1  # zones with half-hour offsets: no shortcut there


def has_no_next_action(text: str | None) -> bool:
    """True for a missing or blank next action (the SQL form treats blanks the same)."""
    return not (text or "").strip()


def needs_next_action(kind: StageKind) -> bool:
    """Only a client in an open stage needs a next action: a won or lost one is finished."""
    return kind is StageKind.OPEN


@dataclass(frozen=True)
class StallRules:
    """A project's stall limits, loaded once and applied to many enrollments."""

    open_stage_ids: frozenset[int]
    stage_max_days: dict[int, int]
    segment_max_days: dict[tuple[int, int], int]

    def limit(self, stage_id: int, segment_id: int | None) -> int | None:
        """Maximum days in the stage for a client of this segment; None = no limit."""
        if segment_id is not None and (stage_id, segment_id) in self.segment_max_days:
            return self.segment_max_days[(stage_id, segment_id)]
        return self.stage_max_days.get(stage_id)

    def is_stalled(
        self,
        stage_id: int,
        segment_id: int | None,
        stage_since: datetime,
        next_action: str | None,
        today: date,
    ) -> bool:
        days = days_between(stage_since, today)
        return self.is_stalled_after(stage_id, segment_id, days, next_action)

    def is_stalled_after(
        self, stage_id: int, segment_id: int | None, days: int, next_action: str | None
    ) -> bool:
        """The same rule for a client that has been ``days`` days in its stage."""
        if stage_id not in self.open_stage_ids:
            return False
        if has_no_next_action(next_action):
            return True
        limit = self.limit(stage_id, segment_id)
        return limit is not None and days > limit

    def clause(self, today: date | None = None) -> ColumnElement[bool]:
        """A WHERE condition true for stalled enrollments.

        Refers to Enrollment and, when segment overrides exist, to Client.segment_id: the select
        must join Client on Enrollment.client_id then.
        """
        today = today or local_today()
        if not self.open_stage_ids:
            return false()
        no_action = func.coalesce(func.trim(Enrollment.next_action), "") == ""
        overdue = [
            and_(Enrollment.stage_id == stage_id, Enrollment.stage_since < deadline)
            for stage_id, deadline in self._deadlines(today)
        ]
        return and_(Enrollment.stage_id.in_(sorted(self.open_stage_ids)), or_(no_action, *overdue))

    def _deadlines(self, today: date) -> list[tuple[int, ColumnElement[datetime] | datetime]]:
        # Per open stage: entered before this instant = over the limit (per segment if overridden).
        result: list[tuple[int, ColumnElement[datetime] | datetime]] = []
        for stage_id in sorted(self.open_stage_ids):
            default = self.stage_max_days.get(stage_id)
            overrides = {
                segment_id: days
                for (limit_stage, segment_id), days in self.segment_max_days.items()
                if limit_stage == stage_id
            }
            default_deadline = (
                local_midnight_utc(today - timedelta(days=default)) if default else None
            )
            if not overrides:
                if default_deadline is not None:
                    result.append((stage_id, default_deadline))
                continue
            # Bound with the column's own type (naive UTC): as a plain DateTime, PostgreSQL
            # would read the CASE as "with time zone" and shift it by the server's time zone.
            column_type = Enrollment.stage_since.type
            whens = [
                (
                    Client.segment_id == segment_id,
                    literal(local_midnight_utc(today - timedelta(days=days)), column_type),
                )
                for segment_id, days in sorted(overrides.items())
            ]
            fallback = None if default_deadline is None else literal(default_deadline, column_type)
            result.append((stage_id, case(*whens, else_=fallback)))
        return result


def load_stall_rules(session: Session, project_id: int) -> StallRules:
    """The stall limits of a project's active stages and their segment overrides."""
    stages = list_stages(session, project_id)
    open_ids = frozenset(s.id for s in stages if needs_next_action(s.kind))
    return StallRules(
        open_stage_ids=open_ids,
        stage_max_days={s.id: s.max_days for s in stages if s.max_days is not None},
        segment_max_days={
            key: days
            for key, days in segment_limits(session, project_id).items()
            if key[0] in open_ids
        },
    )


def is_stalled(session: Session, enrollment_id: int, today: date | None = None) -> bool:
    """Whether one enrollment is stalled today."""
    row = session.execute(
        select(
            Enrollment.project_id,
            Enrollment.stage_id,
            Client.segment_id,
            Enrollment.stage_since,
            Enrollment.next_action,
        )
        .join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.id == enrollment_id)
    ).one_or_none()
    if row is None:
        return False
    project_id, stage_id, segment_id, since, next_action = row
    rules = load_stall_rules(session, project_id)
    return rules.is_stalled(stage_id, segment_id, since, next_action, today or local_today())
