"""Moves this week and this month are counted per calendar week (from Monday) and calendar
month on the local clock: moves a minute either side of a local midnight fall on their own day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core.dashboard.figures import project_figures
from desktop.core.dashboard.periods import week_start
from desktop.core.db.models import Enrollment
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.stalled import local_midnight_utc
from tests.core.pipeline_helpers import make_office, utc

MINUTE = timedelta(minutes=1)


def just_before(day: date):
    return local_midnight_utc(day) - MINUTE


def at_start(day: date):
    return local_midnight_utc(day)


def moves_counted(session, today: date, moments) -> tuple[int, int]:
    """Each moment one real move (alternating between two stages), then the dashboard's count."""
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id, at=utc(1, month=1))
    (enrollment,) = session.scalars(select(Enrollment.id))
    stages = [office.stages["Informed"], office.stages["Invited"]]
    for index, moment in enumerate(sorted(moments)):
        move_clients(session, [enrollment], stages[index % 2], None, at=moment)
    session.flush()
    figures = project_figures(session, office.project_id, today)
    return figures.moves_week, figures.moves_month


@pytest.mark.parametrize(
    ("today", "monday"),
    [(date(2026, 3, 23), date(2026, 3, 23)), (date(2026, 3, 29), date(2026, 3, 23))],
)
def test_the_week_starts_on_monday(today, monday):
    assert week_start(today) == monday


def test_a_week_that_began_in_the_last_month_counts_more_than_this_month(session):
    today = date(2026, 4, 1)  # a Wednesday; the week began on Monday 30 March
    moments = [
        just_before(date(2026, 3, 30)),  # Sunday night: last week
        at_start(date(2026, 3, 30)),  # Monday, first minute: this week
        just_before(date(2026, 4, 1)),  # Tuesday 31 March, last minute: this week
        at_start(date(2026, 4, 1)),  # 1 April: this week and this month
    ]
    assert moves_counted(session, today, moments) == (3, 1)


def test_a_month_counts_its_moves_before_this_week(session):
    today = date(2026, 3, 29)  # a Sunday; the week began on Monday 23 March
    moments = [
        just_before(date(2026, 3, 1)),  # 28 February: neither
        at_start(date(2026, 3, 1)),  # 1 March: this month
        just_before(date(2026, 3, 23)),  # Sunday 22 March: this month only
        at_start(date(2026, 3, 23)),  # Monday: both
        at_start(date(2026, 3, 29)) + timedelta(hours=20),  # today: both
    ]
    assert moves_counted(session, today, moments) == (2, 4)


def test_on_the_first_monday_of_a_month_week_and_month_are_the_same(session):
    today = date(2026, 6, 1)  # a Monday and the first of the month
    moments = [just_before(today), at_start(today), at_start(today) + timedelta(hours=9)]
    assert moves_counted(session, today, moments) == (2, 2)
