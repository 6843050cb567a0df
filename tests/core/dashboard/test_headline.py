"""The dashboard's sentence: with a target date it opens with the verdict."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.dashboard.figures import ProjectFigures
from desktop.core.dashboard.forecast import Forecast, ForecastStatus
from desktop.core.dashboard.texts import headline

TODAY = date(2026, 3, 27)


def figures(status: ForecastStatus, expected: date | None) -> ProjectFigures:
    forecast = Forecast(status, 8, 2.0, 1, 3, 80, expected, expected, None)
    return ProjectFigures(
        1, "Client portal", 80, date(2026, 6, 1), TODAY, 100, 40, [], 0, 0, 0, 0, [], [],
        forecast, [],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("status", "expected", "sentence"),
    [
        (
            ForecastStatus.ON_TRACK,
            date(2026, 5, 1),
            "On track: 40% of the enrolled clients are Active; at this pace the goal of 80% is "
            "reached around 1 May 2026, in time for the target date of 1 June 2026.",
        ),
        (
            ForecastStatus.AT_RISK,
            date(2026, 7, 1),
            "At risk: 40% of the enrolled clients are Active; at this pace the goal of 80% is "
            "reached around 1 July 2026, after the target date of 1 June 2026.",
        ),
        (
            ForecastStatus.OFF_TRACK,
            None,
            "Off track: 40% of the enrolled clients are Active, against a goal of 80% by "
            "1 June 2026; at the pace of recent weeks the goal is not reached.",
        ),
    ],
)
def test_the_sentence_opens_with_where_the_project_stands(status, expected, sentence):
    assert headline(figures(status, expected)) == sentence
