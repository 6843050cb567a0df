"""Coverage warnings: champions per staff, segments and teams without one, over capacity."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.champions.coverage import (
    CoverageProblem,
    champions_needed,
    coverage_report,
)
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from tests.core.champions.office import add_clients, add_staff

TODAY = date(2026, 3, 7)


def problems(session: Session) -> list[tuple[CoverageProblem, str]]:
    return [(w.problem, w.message) for w in coverage_report(session, TODAY).warnings]


def test_one_champion_per_ten_staff_rounded_up() -> None:
    assert [champions_needed(n) for n in (0, 1, 10, 11, 25, 30)] == [0, 1, 1, 2, 3, 3]


def test_too_few_champions_for_the_staff(session: Session) -> None:
    add_staff(session, "Anna Champion", "AC", champion=True, team="Audit")
    for index in range(11):
        add_staff(session, f"Staff {index:02d}", f"S{index:02d}", team="Audit")
    add_staff(session, "Old Leaver", "OL", end_date=date(2025, 12, 31))  # not counted
    report = coverage_report(session, TODAY)
    assert (report.staff, report.champions, report.needed) == (12, 1, 2)
    assert problems(session) == [
        (
            CoverageProblem.RATIO,
            "1 champion for 12 staff: about one per 10 is advised, so at least 2.",
        )
    ]


def test_a_champion_over_capacity_warns_147_against_120(session: Session) -> None:
    anna = add_staff(session, "Anna Bakker", "AB", champion=True, capacity=120)
    add_clients(session, anna, 147)
    add_clients(session, anna, 5, prefix="A", archived=True)  # archived clients do not count
    bert = add_staff(session, "Bert Full", "BF", champion=True, capacity=3)
    add_clients(session, bert, 3, prefix="B")  # exactly full: fine
    assert problems(session) == [
        (CoverageProblem.CAPACITY, "Anna Bakker holds 147 clients against a capacity of 120.")
    ]


def test_segment_and_team_without_a_champion_and_a_leaver_still_holding_clients(
    session: Session,
) -> None:
    initialise_office(session, "Kantoor", "en")
    front, willing, *_rest = list_segments(session)
    anna = add_staff(session, "Anna Bakker", "AB", champion=True, team="Audit")
    gone = add_staff(
        session, "Gone Champion", "GC", champion=True, team="Tax", end_date=date(2026, 1, 31)
    )
    add_staff(session, "Tess Tax", "TT", team="Tax")
    add_clients(session, anna, 2, prefix="F", segment_id=front.id)
    add_clients(session, gone, 3, prefix="W", segment_id=willing.id)
    add_clients(session, None, 1, prefix="N", segment_id=willing.id)
    assert problems(session) == [
        (CoverageProblem.SEGMENT, f"No champion for the segment {willing.name} (4 clients)."),
        (CoverageProblem.TEAM, "No champion in the team Tax (1 staff member)."),
        (
            CoverageProblem.LEFT,
            "Gone Champion has left but is still champion of 3 clients: hand them over.",
        ),
    ]
