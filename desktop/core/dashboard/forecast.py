"""When the goal is reached at the recent pace: a pure calculation on a weekly burn-up.

The burn-up is the number of Active clients (clients in a won stage) at the end of a day, once a
week going back from today. The velocity is the average weekly gain over the last N weeks; the
band comes from the slowest and the fastest of those weeks. The status compares the forecast with
the project's target date (see STATUS_RULE).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.common.i18n import QT_TRANSLATE_NOOP, Context, translate

DEFAULT_WEEKS = 8
Dashboard = Context("Dashboard")
_HORIZON_DAYS = 100 * 366  # a pace that needs longer than this is no pace: "not at this pace"


class ForecastStatus(enum.StrEnum):
    GOAL_MET = "goal_met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_TARGET = "no_target"  # a goal without a target date: a forecast, but nothing to judge
    NO_GOAL = "no_goal"  # the project has no goal percentage
    NO_DATA = "no_data"  # nobody enrolled, or less than a week of history


_STATUS_LABELS = {
    ForecastStatus.GOAL_MET: QT_TRANSLATE_NOOP("Dashboard", "goal reached"),
    ForecastStatus.ON_TRACK: QT_TRANSLATE_NOOP("Dashboard", "on track"),
    ForecastStatus.AT_RISK: QT_TRANSLATE_NOOP("Dashboard", "at risk"),
    ForecastStatus.OFF_TRACK: QT_TRANSLATE_NOOP("Dashboard", "off track"),
    ForecastStatus.NO_TARGET: QT_TRANSLATE_NOOP("Dashboard", "no target date"),
    ForecastStatus.NO_GOAL: QT_TRANSLATE_NOOP("Dashboard", "no goal set"),
    ForecastStatus.NO_DATA: QT_TRANSLATE_NOOP("Dashboard", "not enough history yet"),
}


def status_label(status: ForecastStatus) -> str:
    """The status in words, lower case ("on track", "op schema")."""
    return translate("Dashboard", _STATUS_LABELS[status])


def status_rule() -> str:
    """The rule behind the status, in one sentence."""
    return translate(
        "Dashboard",
        "On track when the forecast date falls on or before the target date, at risk when only "
        "the pace of the fastest recent week would reach the goal in time, off track when not "
        "even that pace would.",
    )


def method_text(weeks: int) -> str:
    """How the forecast is made, in one sentence (shown under the chart)."""
    return Dashboard.tr(
        "Forecast: the average weekly growth of Active clients over the last %n weeks continued "
        "from today; the band runs from the fastest to the slowest of those weeks.",
        "",
        weeks,
    )


@dataclass(frozen=True)
class BurnUpPoint:
    day: date
    active: int


@dataclass(frozen=True)
class Forecast:
    status: ForecastStatus
    weeks_used: int  # weeks of history the velocity is based on (at most the N asked for)
    velocity: float | None  # Active clients gained per week on average; None without history
    slowest: int | None  # the smallest weekly gain of those weeks
    fastest: int | None
    goal_count: int | None  # Active clients the goal asks for
    expected: date | None  # the goal reached at the average pace; None if never at this pace
    earliest: date | None  # ... at the fastest week's pace
    latest: date | None  # ... at the slowest week's pace; None when that week gained nothing


def goal_count(enrolled: int, goal_percent: int | None) -> int | None:
    """Active clients needed for the goal: the goal share of the enrolled clients, rounded up."""
    if goal_percent is None:
        return None
    return math.ceil(enrolled * goal_percent / 100 - 1e-9)


def make_forecast(
    points: Sequence[BurnUpPoint],
    enrolled: int,
    goal_percent: int | None,
    target_date: date | None,
    weeks: int = DEFAULT_WEEKS,
) -> Forecast:
    """The forecast from weekly points (oldest first, the last one today)."""
    weeks = max(int(weeks), 1)
    needed = goal_count(enrolled, goal_percent)
    recent = list(points[-(weeks + 1) :])
    gains = [b.active - a.active for a, b in zip(recent, recent[1:], strict=False)]
    if enrolled == 0 or not points:
        return Forecast(ForecastStatus.NO_DATA, 0, None, None, None, needed, None, None, None)
    today, active = points[-1].day, points[-1].active
    if needed is not None and active >= needed:
        return Forecast(
            ForecastStatus.GOAL_MET,
            len(gains),
            _mean(gains),
            min(gains, default=None),
            max(gains, default=None),
            needed,
            today,
            today,
            today,
        )
    if needed is None:
        return Forecast(
            ForecastStatus.NO_GOAL,
            len(gains),
            _mean(gains),
            min(gains, default=None),
            max(gains, default=None),
            None,
            None,
            None,
            None,
        )
    if not gains:
        return Forecast(ForecastStatus.NO_DATA, 0, None, None, None, needed, None, None, None)
    velocity = sum(gains) / len(gains)
    slowest, fastest = min(gains), max(gains)
    remaining = needed - active
    expected, earliest, latest = (
        _reached(today, remaining, pace) for pace in (velocity, fastest, slowest)
    )
    if target_date is None:
        status = ForecastStatus.NO_TARGET
    elif expected is not None and expected <= target_date:
        status = ForecastStatus.ON_TRACK
    elif earliest is not None and earliest <= target_date:
        status = ForecastStatus.AT_RISK
    else:
        status = ForecastStatus.OFF_TRACK
    return Forecast(
        status, len(gains), velocity, slowest, fastest, needed, expected, earliest, latest
    )


def _reached(today: date, remaining: int, per_week: float) -> date | None:
    if per_week <= 0:
        return None
    days = math.ceil(remaining / per_week * 7)
    return today + timedelta(days=days) if days <= _HORIZON_DAYS else None


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None
