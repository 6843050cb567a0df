"""Stalled clients: too long in an open stage (per-segment override wins) or no next action."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.common.vocab import StageKind
from desktop.core.db.models import Client, Enrollment
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.stages import set_segment_limit, set_stage_max_days
from desktop.core.pipelines.stalled import (
    LocalDays,
    days_between,
    is_stalled,
    load_stall_rules,
    local_midnight_utc,
    needs_next_action,
)
from tests.core.pipeline_helpers import enrollment_of, make_office, utc


def stalled_names(session, office, today):
    query = (
        select(Client.name)
        .join(Enrollment, Enrollment.client_id == Client.id)
        .where(Enrollment.project_id == office.project_id)
        .where(load_stall_rules(session, office.project_id).clause(today))
        .order_by(Client.name)
    )
    return list(session.scalars(query))


def prepared(session, clients=4):
    """Everybody in Informed (max 21 days) since 1 March, each with a next action."""
    office = make_office(session, clients=clients)
    enroll_clients(session, office.project_id, at=utc(1))
    for number in range(1, clients + 1):
        enrollment = enrollment_of(session, office, f"Client {number}")
        move_client(session, enrollment.id, office.stages["Informed"], None, at=utc(1, 13))
        set_next_action(session, enrollment.id, "Call", None)
    return office


def test_days_are_local_calendar_days():
    late = local_midnight_utc(date(2026, 3, 1)) - timedelta(minutes=1)
    assert days_between(late, date(2026, 3, 1)) == 1  # one minute before midnight: yesterday
    assert days_between(local_midnight_utc(date(2026, 3, 1)), date(2026, 3, 1)) == 0


def test_stalled_after_max_days_in_stage(session):
    office = prepared(session)
    # Entered Informed on 1 March; 21 days allowed: 22 March is day 21, 23 March day 22.
    assert stalled_names(session, office, date(2026, 3, 22)) == []
    assert len(stalled_names(session, office, date(2026, 3, 23))) == 4
    enrollment = enrollment_of(session, office, "Client 1")
    assert not is_stalled(session, enrollment.id, date(2026, 3, 22))
    assert is_stalled(session, enrollment.id, date(2026, 3, 23))


def test_segment_override_wins_over_the_stage_limit(session):
    office = prepared(session)  # odd clients are "Fast", even ones "Slow"
    informed = office.stages["Informed"]
    set_segment_limit(session, informed, office.segments["Fast"], 5)
    set_segment_limit(session, informed, office.segments["Slow"], 40)
    assert stalled_names(session, office, date(2026, 3, 7)) == ["Client 1", "Client 3"]
    assert stalled_names(session, office, date(2026, 3, 30)) == ["Client 1", "Client 3"]
    assert not is_stalled(session, enrollment_of(session, office, "Client 2").id, date(2026, 3, 30))
    # An override also applies where the stage itself has no limit.
    set_stage_max_days(session, informed, None)
    set_segment_limit(session, informed, office.segments["Slow"], None)
    assert stalled_names(session, office, date(2026, 4, 30)) == ["Client 1", "Client 3"]


def test_no_next_action_is_stalled_in_open_stages_only(session):
    office = prepared(session)
    one, two = (
        enrollment_of(session, office, "Client 1"),
        enrollment_of(session, office, "Client 2"),
    )
    set_next_action(session, one.id, "", None)
    set_next_action(session, two.id, None, None)
    move_client(session, two.id, office.stages["Active"], None, at=utc(2))
    assert stalled_names(session, office, date(2026, 3, 2)) == ["Client 1"]
    assert is_stalled(session, one.id, date(2026, 3, 2))
    # Won and lost stages are never stalled, however long and without next action.
    move_client(session, one.id, office.stages["Declined"], None, reason="Paper", at=utc(3))
    assert stalled_names(session, office, date(2027, 1, 1)) == ["Client 3", "Client 4"]
    assert not is_stalled(session, one.id, date(2027, 1, 1))


def test_stage_without_limit_never_stalls_on_time(session):
    office = prepared(session, clients=1)
    set_stage_max_days(session, office.stages["Informed"], None)
    assert stalled_names(session, office, date(2030, 1, 1)) == []


@pytest.fixture
def local_zone(monkeypatch):
    """Switch the process's local time zone (POSIX only; the logic is the same on Windows)."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")

    def switch(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Asia/Kolkata", "America/St_Johns", "UTC"])
def test_fast_local_days_agree_with_the_time_zone(local_zone, zone):
    local_zone(zone)
    days = LocalDays(date(2026, 12, 31))
    start = datetime(2026, 3, 28, 0, 0, tzinfo=UTC)  # spans the spring DST change in Europe
    for step in range(0, 4 * 24 * 60, 7):  # every 7 minutes for four days
        moment = start + timedelta(minutes=step)
        expected = moment.astimezone().date().toordinal()
        stored = moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        assert days.ordinal(moment) == expected, moment
        assert days.ordinal(stored) == expected, stored
        assert days.ordinal(moment.replace(tzinfo=None)) == expected, moment


def test_stall_clause_binds_naive_utc_on_postgresql(session) -> None:
    # As a plain DateTime the CASE of segment overrides compiles "WITH TIME ZONE" for
    # psycopg, and PostgreSQL then shifts the deadline by the server's time zone.
    from datetime import date

    from sqlalchemy.dialects import postgresql

    from desktop.core.pipelines.stalled import StallRules

    rules = StallRules(
        open_stage_ids=frozenset({1}),
        stage_max_days={1: 10},
        segment_max_days={(1, 7): 3},
    )
    sql = str(rules.clause(date(2026, 11, 26)).compile(dialect=postgresql.dialect()))
    assert "CASE" in sql
    assert "WITH TIME ZONE" not in sql.upper()


def test_a_finished_client_needs_no_next_action():
    assert needs_next_action(StageKind.OPEN)
    assert not needs_next_action(StageKind.WON) and not needs_next_action(StageKind.LOST)
