"""Which backups to keep: like Anki, the newest of each of the last 12 days with a backup, then
of 10 weeks before those, then of 9 months before those (about a year in 31 files). Backups
made on an occasion (before a restore, before a migration) age out on their own terms: the
newest few of each kind, none older than a year."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

DAILY, WEEKLY, MONTHLY = 12, 10, 9
SPECIAL_NEWEST = 3
SPECIAL_MAX_AGE = timedelta(days=365)


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def backups_to_keep(
    moments: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[datetime]:
    """The moments (of backups) to keep; every other backup may be deleted. Pure.

    Walking from the newest back: while daily places remain, the newest backup of each day is
    kept; then the newest of each older week; then the newest of each older month. Applied
    after every backup, the set settles to ``daily + weekly + monthly`` files spanning about a
    year, each the newest of its day, week or month.
    """
    kept: set[datetime] = set()
    last: date | None = None
    for moment in sorted(set(moments), reverse=True):
        day = moment.date()
        if daily:
            keep = last is None or day < last
            daily -= keep
        elif weekly:
            keep = last is None or _week(day) < _week(last)
            weekly -= keep
        elif monthly:
            keep = last is None or (day.year, day.month) < (last.year, last.month)
            monthly -= keep
        else:
            break
        if keep:
            kept.add(moment)
            last = day
    return kept


def special_backups_to_keep(
    moments: Iterable[datetime],
    now: datetime,
    newest: int = SPECIAL_NEWEST,
    max_age: timedelta = SPECIAL_MAX_AGE,
) -> set[datetime]:
    """The moments of backups of one occasion's kind to keep: the ``newest`` ones not older
    than ``max_age`` (the regular rotation's span), so that they too are gone within a year.
    Pure."""
    recent = sorted((moment for moment in set(moments) if now - moment <= max_age), reverse=True)
    return set(recent[:newest])
