"""Rotation keeps the promised set: 12 daily, 10 weekly, 9 monthly backups."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.backups.rotation import DAILY, MONTHLY, WEEKLY, backups_to_keep


def _simulate(days: int, per_day: int) -> list[datetime]:
    """A backup every 30 minutes from 9:00, ``per_day`` a day, thinned after each one."""
    kept: set[datetime] = set()
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(days):
        for slot in range(per_day):
            kept.add(start + timedelta(days=day, minutes=30 * slot))
            kept = backups_to_keep(kept)
    return sorted(kept, reverse=True)


def _check_promised_set(kept: list[datetime], last_day: datetime) -> None:
    assert len(kept) == DAILY + WEEKLY + MONTHLY
    daily, weekly, monthly = kept[:DAILY], kept[DAILY : DAILY + WEEKLY], kept[DAILY + WEEKLY :]
    # The newest backup of each of the last 12 days.
    assert [moment.date() for moment in daily] == [
        (last_day - timedelta(days=offset)).date() for offset in range(DAILY)
    ]
    weeks = [moment.isocalendar()[:2] for moment in weekly]
    assert len(set(weeks)) == WEEKLY and weeks == sorted(weeks, reverse=True)
    assert max(weeks) < daily[-1].isocalendar()[:2]
    months = [(moment.year, moment.month) for moment in monthly]
    assert len(set(months)) == MONTHLY and months == sorted(months, reverse=True)
    assert max(months) < (weekly[-1].year, weekly[-1].month)
    assert (kept[0] - kept[-1]).days > 300  # about a year back


def test_a_simulated_year_of_daily_backups_keeps_exactly_the_promised_set() -> None:
    kept = _simulate(days=365, per_day=1)
    _check_promised_set(kept, datetime(2026, 1, 1, 9) + timedelta(days=364))


def test_many_backups_a_day_keep_the_newest_of_each_day() -> None:
    kept = _simulate(days=400, per_day=3)
    last = datetime(2026, 1, 1, 10, 0) + timedelta(days=399)
    assert kept[0] == last
    assert all(moment.hour == 10 for moment in kept)  # the day's last one
    _check_promised_set(kept, last)


def test_the_set_is_stable_and_a_few_backups_are_all_kept() -> None:
    few = [datetime(2026, 3, day, 12) for day in (1, 2, 5)]
    assert backups_to_keep(few) == set(few)
    year = _simulate(days=365, per_day=1)
    assert backups_to_keep(year) == set(year)
    assert backups_to_keep([]) == set()
