"""The calendar periods the dashboard counts moves in, on the local calendar (no database, no
ORM: the GUI imports this when it paints the figures)."""

from __future__ import annotations

from datetime import date, timedelta


def week_start(today: date) -> date:
    """The Monday of the calendar week of ``today``."""
    return today - timedelta(days=today.weekday())


def month_start(today: date) -> date:
    """The first day of the calendar month of ``today``."""
    return today.replace(day=1)
