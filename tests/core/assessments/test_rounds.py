"""Rounds, validated scores, barrier counts, the firm's averages and change per person."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, parse_score
from desktop.core.assessments.results import round_results, score_sheet
from desktop.core.assessments.rounds import create_round, find_round, list_rounds, set_scores
from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.pipelines.projects import create_project
from desktop.core.staff.editing import StaffData, create_staff

A, D, K, AB, R = ELEMENTS


def _people(session: Session) -> dict[str, int]:
    return {
        "anna": create_staff(session, StaffData(name="Anna Bakker", initials="AB", team="Audit")),
        "kees": create_staff(session, StaffData(name="Kees de Vries", initials="KdV")),
        "lotte": create_staff(
            session, StaffData(name="Lotte Smit", initials="LS", end_date="2026-01-31")
        ),
    }


def _five(session: Session, round_id: int, staff_id: int, *values: object) -> None:
    set_scores(session, round_id, staff_id, dict(zip(ELEMENTS, values, strict=True)))


def test_rounds_are_listed_by_date_with_their_project(session: Session) -> None:
    create_project(session, "Klantportaal")
    later = create_round(session, "Voorjaar 2026", "2026-04-01", "Klantportaal")
    earlier = create_round(session, "Nulmeting", date(2026, 1, 15))
    rows = list_rounds(session)
    assert [row.id for row in rows] == [earlier, later]
    assert rows[1].project_name == "Klantportaal"
    assert find_round(session, "Nulmeting").held_on == date(2026, 1, 15)


def test_round_needs_a_unique_name_a_date_and_a_known_project(session: Session) -> None:
    create_round(session, "Nulmeting", "2026-01-15")
    with pytest.raises(ConflictError):
        create_round(session, "Nulmeting", "2026-02-15")
    with pytest.raises(ValidationError):
        create_round(session, "Zonder datum", None)
    with pytest.raises(NotFoundError):
        create_round(session, "Ander project", "2026-02-15", "Bestaat niet")
    with pytest.raises(NotFoundError):
        find_round(session, "Bestaat niet")


@pytest.mark.parametrize("value", [0, 5.5, "zes", "-1", float("nan")])
def test_scores_outside_one_to_five_are_refused(value: object) -> None:
    with pytest.raises(ValidationError):
        parse_score(value)


def test_averaged_scores_are_kept_with_decimals() -> None:
    assert parse_score("3,4") == 3.4
    assert parse_score(3.456) == 3.46
    assert parse_score(" ") is None


def test_a_bad_score_writes_none_of_the_persons_scores(session: Session) -> None:
    people = _people(session)
    round_id = create_round(session, "Nulmeting", "2026-01-15")
    with pytest.raises(ValidationError):
        _five(session, round_id, people["anna"], 4, 4, 4, 4, 9)
    assert round_results(session, round_id).people == ()


def test_results_barriers_counts_averages_and_change(session: Session) -> None:
    people = _people(session)
    first = create_round(session, "Nulmeting", "2026-01-15")
    second = create_round(session, "Voorjaar", "2026-04-01")
    _five(session, first, people["anna"], 4, 3, 2, 2, 2)
    _five(session, first, people["kees"], 2, 2, 2, 2, 2)
    _five(session, second, people["anna"], 4, 4, 3.4, 2, 1)  # 3.4 is above 3: Ability
    _five(session, second, people["kees"], 4, 4, 4, 4, 4)  # all above 3: no barrier
    results = round_results(session, second)
    anna, kees = results.people
    assert (anna.name, anna.barrier, anna.previous_barrier) == ("Anna Bakker", AB, D)
    assert kees.barrier is None
    assert anna.change(ELEMENTS.index(D)) == 1
    assert anna.change(ELEMENTS.index(R)) == -1
    assert kees.mean_change() == 2
    assert results.averages == (4, 4, 3.7, 3, 2.5)
    assert results.previous_averages == (3, 2.5, 2, 2, 2)
    assert results.barrier_counts == {A: 0, D: 0, K: 0, AB: 1, R: 0, None: 1}
    first_results = round_results(session, first)
    assert first_results.previous_round_id is None
    assert all(person.change(0) is None for person in first_results.people)


def test_clearing_a_score_and_the_score_sheet(session: Session) -> None:
    people = _people(session)
    round_id = create_round(session, "Voorjaar", "2026-04-01")
    set_scores(session, round_id, people["kees"], {A: 4, D: 2})
    set_scores(session, round_id, people["kees"], {D: None, K: "3,5"})
    sheet = score_sheet(session, round_id)
    # Lotte left before the round: not on the sheet; the others are, scored or not.
    assert [row.name for row in sheet] == ["Anna Bakker", "Kees de Vries"]
    assert sheet[1].scores == (4, None, 3.5, None, None)
    assert round_results(session, round_id).people[0].barrier is None
