"""The demo office comes with two readiness rounds that show progress."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.assessments.results import round_results
from desktop.core.assessments.rounds import list_rounds
from desktop.core.demo.office import DemoOptions, create_demo_office


def test_demo_office_has_a_baseline_and_a_follow_up(session: Session) -> None:
    today = date(2026, 6, 1)
    create_demo_office(session, DemoOptions(clients=30, staff=18, seed=3, today=today))
    rounds = list_rounds(session)
    assert [(r.name, r.held_on) for r in rounds] == [
        ("Baseline", date(2026, 2, 1)),
        ("Follow-up", date(2026, 5, 2)),
    ]
    assert rounds[0].project_name is not None
    follow_up = round_results(session, rounds[1].id)
    assert len(follow_up.people) == 17  # everyone but the leaver
    assert all(1 <= s <= 5 for p in follow_up.people for s in p.scores if s is not None)
    baseline_averages = round_results(session, rounds[0].id).averages
    assert sum(follow_up.averages) > sum(a for a in baseline_averages if a is not None)
    assert sum(follow_up.barrier_counts.values()) == 17
