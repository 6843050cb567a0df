"""Pipeline numbers on a small hand-built history with exact expected values."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.db.models import StageTransition
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stats import (
    pipeline_numbers,
    pipeline_stats,
)
from desktop.core.pipelines.undo import undo_move
from tests.core.pipeline_helpers import enrollment_of, make_office, utc

TODAY = date(2026, 3, 21)
STAGES = ["Not approached", "Informed", "Invited", "Activated", "First use", "Active", "Declined"]


@pytest.fixture
def office(session):
    """Client 1 goes back and forth to Active, Client 2 declines after an undone slip,
    Client 3 skips Invited, Client 4 is never approached. AB has 1-2, CD has 3-4."""
    office = make_office(session, clients=4)
    enroll_clients(session, office.project_id, at=utc(1))
    s = office.stages

    def moves(name, *steps):
        enrollment = enrollment_of(session, office, name)
        for stage, day, *reason in steps:
            move_client(
                session, enrollment.id, s[stage], None, reason=(reason or [None])[0], at=utc(day)
            )
        return enrollment

    moves(
        "Client 1",
        ("Informed", 3),
        ("Invited", 5),
        ("Informed", 6),
        ("Invited", 8),
        ("Activated", 10),
        ("Active", 15),
    )
    two = moves("Client 2", ("Informed", 4), ("Active", 6))
    latest = select(func.max(StageTransition.id)).where(StageTransition.enrollment_id == two.id)
    undo_move(session, session.scalar(latest), None, at=utc(6, 13))
    moves("Client 2", ("Declined", 9, "Prefers paper"))
    moves("Client 3", ("Informed", 2), ("Activated", 12))
    return office


def table(stats):
    return {
        row.stage_name: (
            row.current,
            row.reached,
            row.reached_or_beyond,
            row.conversion,
            row.median_days,
        )
        for row in stats
    }


def test_project_numbers(session, office):
    assert [row.stage_name for row in pipeline_stats(session, office.project_id, TODAY)] == STAGES
    assert table(pipeline_stats(session, office.project_id, TODAY)) == {
        # stage: (current, reached, reached or beyond, conversion to next, median days)
        "Not approached": (1, 4, 4, 0.75, 2.5),
        "Informed": (0, 3, 3, pytest.approx(2 / 3), 3.5),  # Client 1 counted once
        "Invited": (0, 1, 2, 1.0, 1.5),  # Client 3 skipped it but passed it
        "Activated": (1, 2, 2, 0.5, 7.0),
        "First use": (0, 0, 1, 1.0, None),
        "Active": (1, 1, 1, None, 6.0),  # Client 2's undone slip into Active does not count
        "Declined": (1, 1, 1, None, 12.0),
    }


def test_numbers_per_champion(session, office):
    per_champion = pipeline_numbers(session, office.project_id, TODAY).per_champion
    assert set(per_champion) == {office.staff["AB"], office.staff["CD"]}
    assert table(per_champion[office.staff["AB"]]) == {
        "Not approached": (0, 2, 2, 1.0, 2.5),
        "Informed": (0, 2, 2, 0.5, 2.0),  # stays of 2, 2 and 5 days
        "Invited": (0, 1, 1, 1.0, 1.5),
        "Activated": (0, 1, 1, 1.0, 5.0),
        "First use": (0, 0, 1, 1.0, None),
        "Active": (1, 1, 1, None, 6.0),
        "Declined": (1, 1, 1, None, 12.0),
    }
    assert table(per_champion[office.staff["CD"]]) == {
        "Not approached": (1, 2, 2, 0.5, 10.5),
        "Informed": (0, 1, 1, 1.0, 10.0),
        "Invited": (0, 0, 1, 1.0, None),
        "Activated": (1, 1, 1, 0.0, 9.0),
        "First use": (0, 0, 0, None, None),
        "Active": (0, 0, 0, None, None),
        "Declined": (0, 0, 0, None, None),
    }


def test_empty_project_has_zero_rows(session):
    project = create_project(session, "Receipts")
    stats = pipeline_stats(session, project.id, TODAY)
    assert [(r.current, r.reached, r.conversion, r.median_days) for r in stats] == [
        (0, 0, None, None)
    ] * 7


def test_one_pass_gives_both_views(session, office):
    numbers = pipeline_numbers(session, office.project_id, TODAY)
    assert numbers.stages == pipeline_stats(session, office.project_id, TODAY)


def test_clients_without_a_champion_are_grouped_as_unassigned(session, office):
    from desktop.core.common.vocab import UNASSIGNED
    from desktop.core.db.models import Client

    for client in session.query(Client):
        client.champion_id = None
    session.flush()
    per_champion = pipeline_numbers(session, office.project_id, TODAY).per_champion
    assert set(per_champion) == {UNASSIGNED}
    everyone = pipeline_stats(session, office.project_id, TODAY)
    assert per_champion[UNASSIGNED] == everyone
