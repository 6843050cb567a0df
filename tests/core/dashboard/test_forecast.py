"""The forecast on constructed weekly histories: steady, accelerating, stalled, goal already met
and no data yet."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.dashboard.forecast import (
    BurnUpPoint,
    ForecastStatus,
    goal_count,
    make_forecast,
)

TODAY = date(2026, 6, 1)


def weekly(*active: int) -> list[BurnUpPoint]:
    """Points a week apart, the last one today."""
    start = TODAY - timedelta(weeks=len(active) - 1)
    return [BurnUpPoint(start + timedelta(weeks=i), value) for i, value in enumerate(active)]


def test_steady_growth_reaches_the_goal_on_a_predictable_date():
    # 10 more Active clients each week; 100 enrolled, goal 80% = 80 clients, now 40.
    points = weekly(*range(0, 50, 10)[:4], 40)
    forecast = make_forecast(points, 100, 80, TODAY + timedelta(weeks=5))
    assert forecast.velocity == 10
    assert (forecast.slowest, forecast.fastest) == (10, 10)
    assert forecast.expected == TODAY + timedelta(weeks=4)
    assert forecast.earliest == forecast.latest == forecast.expected
    assert forecast.status is ForecastStatus.ON_TRACK
    late = make_forecast(points, 100, 80, TODAY + timedelta(weeks=3))
    assert late.status is ForecastStatus.OFF_TRACK  # even the fastest week is too slow


def test_accelerating_growth_gives_a_band_and_at_risk_when_only_the_fastest_week_makes_it():
    points = weekly(0, 2, 6, 12, 20)  # gains 2, 4, 6, 8: average 5
    forecast = make_forecast(points, 100, 60, TODAY + timedelta(weeks=6))
    assert forecast.velocity == 5
    assert forecast.expected == TODAY + timedelta(weeks=8)  # 40 to go at 5 a week
    assert forecast.earliest == TODAY + timedelta(weeks=5)  # at 8 a week
    assert forecast.latest == TODAY + timedelta(weeks=20)  # at 2 a week
    assert forecast.status is ForecastStatus.AT_RISK


def test_only_the_last_n_weeks_count():
    points = weekly(0, 50, 50, 51, 52)  # one big week long ago, then 1 a week
    forecast = make_forecast(points, 100, 80, TODAY + timedelta(weeks=4), weeks=3)
    assert forecast.weeks_used == 3
    assert forecast.velocity == 2 / 3
    assert forecast.fastest == 1
    assert forecast.status is ForecastStatus.OFF_TRACK


def test_a_stalled_project_has_no_date_and_is_off_track():
    points = weekly(30, 30, 30, 30)
    forecast = make_forecast(points, 100, 80, TODAY + timedelta(weeks=50))
    assert forecast.velocity == 0
    assert forecast.expected is forecast.earliest is forecast.latest is None
    assert forecast.status is ForecastStatus.OFF_TRACK
    shrinking = make_forecast(weekly(30, 29, 28), 100, 80, None)
    assert shrinking.expected is None and shrinking.status is ForecastStatus.NO_TARGET


def test_a_goal_already_met_says_so_whatever_the_pace():
    forecast = make_forecast(weekly(80, 81, 81), 100, 80, TODAY - timedelta(days=1))
    assert forecast.status is ForecastStatus.GOAL_MET
    assert forecast.expected == TODAY


def test_no_data_yet():
    assert make_forecast([], 0, 80, TODAY).status is ForecastStatus.NO_DATA
    nobody = make_forecast(weekly(0), 0, 80, TODAY)
    assert nobody.status is ForecastStatus.NO_DATA
    one_day = make_forecast(weekly(3), 10, 80, TODAY)  # enrolled today: no week behind it
    assert one_day.status is ForecastStatus.NO_DATA and one_day.velocity is None
    no_goal = make_forecast(weekly(1, 2), 10, None, TODAY)
    assert no_goal.status is ForecastStatus.NO_GOAL and no_goal.expected is None


def test_the_goal_is_rounded_up_to_whole_clients():
    assert goal_count(101, 80) == 81
    assert goal_count(100, 80) == 80
    assert goal_count(0, 80) == 0
    assert goal_count(10, None) is None
