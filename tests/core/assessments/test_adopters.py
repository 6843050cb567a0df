"""Trends over rounds (fast learners, stuck at a barrier) and adopter categories."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desktop.core.assessments.adopters import (
    AdopterCategory,
    derive_category,
    fast_learners,
    person_trend,
    round_trends,
    set_adopter_override,
    stuck_people,
)
from desktop.core.assessments.elements import ELEMENTS, AdkarElement
from desktop.core.assessments.rounds import create_round, set_scores
from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.staff.editing import StaffData, create_staff

C = AdopterCategory
K = AdkarElement.KNOWLEDGE


@pytest.mark.parametrize(
    ("average", "barrier", "speed", "first", "expected"),
    [
        (4.8, None, None, 4.6, C.INNOVATOR),
        (4.8, None, 0.4, 4.0, C.EARLY_ADOPTER),  # high now, but came in below 4.5
        (4.2, None, None, 4.2, C.EARLY_ADOPTER),
        (4.6, AdkarElement.REINFORCEMENT, None, 4.6, C.EARLY_MAJORITY),  # a barrier: not ahead
        (2.0, K, 0.5, 1.0, C.EARLY_ADOPTER),  # low, but rising fast
        (3.5, K, 0.0, 3.5, C.EARLY_MAJORITY),
        (2.0, K, 0.25, 1.5, C.EARLY_MAJORITY),
        (2.5, K, None, 2.5, C.LATE_MAJORITY),
        (1.8, K, 0.1, 1.6, C.LATE_MAJORITY),
        (2.4, K, 0.0, 2.4, C.LAGGARD),
        (2.4, K, -0.5, 3.4, C.LAGGARD),
    ],
)
def test_the_category_rule(average, barrier, speed, first, expected) -> None:
    assert derive_category(average, barrier, speed, first) is expected


def test_speed_is_the_rise_per_round_and_stuck_counts_rounds_in_a_row() -> None:
    history = [
        (0, (4.0, 4.0, 2.0, 2.0, 2.0)),  # barrier Knowledge, average 2.8
        (1, (4.0, 2.0, 4.0, 4.0, 4.0)),  # barrier Desire
        (3, (4.0, 4.0, 3.0, 3.0, 3.0)),  # Knowledge (round 2 was missed)
        (4, (5.0, 5.0, 3.0, 4.0, 4.0)),  # Knowledge again, average 4.2
    ]
    trend = person_trend(7, history)
    assert trend is not None
    assert (trend.rounds, trend.average, trend.first_average) == (4, 4.2, 2.8)
    assert trend.speed == 0.35  # (4.2 - 2.8) / 4 rounds
    assert (trend.barrier, trend.stuck_rounds, trend.is_stuck) == (K, 2, True)
    assert trend.category is C.EARLY_MAJORITY
    single = person_trend(8, [(0, (5.0, 5.0, 5.0, 4.5, None))])
    assert single is not None and single.speed is None and single.stuck_rounds == 0
    assert single.category is C.INNOVATOR
    assert person_trend(9, [(0, (None,) * 5)]) is None


def test_round_trends_fast_learners_stuck_and_overrides(session: Session) -> None:
    people = {
        name: create_staff(session, StaffData(name=name, initials=name[:2]))
        for name in ("Anna", "Bram", "Cor", "Daan")
    }
    rounds = [create_round(session, f"R{n}", f"2026-0{n}-01") for n in (1, 2, 3)]

    def score(round_id: int, name: str, *values: float) -> None:
        set_scores(session, round_id, people[name], dict(zip(ELEMENTS, values, strict=True)))

    for round_id, anna in zip(rounds, (1, 3, 5), strict=True):
        score(round_id, "Anna", *(anna,) * 5)  # 1 -> 3 -> 5: rises 2 per round
        score(round_id, "Bram", 4, 4, 3, 4, 4)  # stuck at Knowledge
    score(rounds[0], "Cor", 2, 2, 2, 2, 2)  # only in the first round
    score(rounds[2], "Daan", 5, 5, 5, 5, 5)  # new, already there

    trends = round_trends(session, rounds[2])
    assert set(trends) == {people["Anna"], people["Bram"], people["Daan"]}
    assert trends[people["Anna"]].speed == 2.0
    assert trends[people["Anna"]].category is C.EARLY_ADOPTER
    assert trends[people["Daan"]].category is C.INNOVATOR
    assert [t.staff_id for t in fast_learners(trends.values())] == [people["Anna"]]
    assert [(t.staff_id, t.stuck_rounds) for t in stuck_people(trends.values())] == [
        (people["Bram"], 3)
    ]
    # The second round does not see the third.
    earlier = round_trends(session, rounds[1])
    assert earlier[people["Bram"]].stuck_rounds == 2 and people["Daan"] not in earlier

    set_adopter_override(session, people["Bram"], "laggard")
    set_adopter_override(session, people["Bram"], C.LATE_MAJORITY)  # changed, not added twice
    bram = round_trends(session, rounds[2])[people["Bram"]]
    assert (bram.derived, bram.override, bram.category) == (
        C.EARLY_MAJORITY,
        C.LATE_MAJORITY,
        C.LATE_MAJORITY,
    )
    set_adopter_override(session, people["Bram"], None)
    assert round_trends(session, rounds[2])[people["Bram"]].category is C.EARLY_MAJORITY
    with pytest.raises(ValidationError):
        set_adopter_override(session, people["Bram"], "pioneer")
    with pytest.raises(NotFoundError):
        set_adopter_override(session, 9999, C.LAGGARD)
