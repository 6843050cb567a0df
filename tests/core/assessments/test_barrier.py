"""The barrier point is the FIRST element (A, D, K, A, R) scoring 3 or lower, not the lowest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.assessments.barrier import barrier_point
from desktop.core.assessments.elements import ELEMENTS, AdkarElement

A, D, K, AB, R = ELEMENTS
score = st.floats(min_value=1, max_value=5, allow_nan=False).map(lambda v: round(v, 2))


def scores(*values: float | None) -> dict[AdkarElement, float | None]:
    return dict(zip(ELEMENTS, values, strict=True))


def test_all_fours_have_no_barrier() -> None:
    assert barrier_point(scores(4, 4, 4, 4, 4)) is None


def test_only_reinforcement_at_three_is_the_barrier() -> None:
    assert barrier_point(scores(5, 4, 4, 5, 3)) == R


def test_the_first_element_at_three_or_lower_is_not_the_lowest() -> None:
    # Knowledge (1) is the lowest, but Desire (3) comes first and is where the person is stuck.
    assert barrier_point(scores(4, 3, 1, 2, 5)) == D


def test_averaged_question_scores() -> None:
    assert barrier_point(scores(3.4, 3.01, 3.0, 1, 1)) == K
    assert barrier_point(scores(3.4, 3.2, 4.6, 3.01, 5)) is None


def test_unscored_elements_are_passed_over() -> None:
    assert barrier_point(scores(None, 2, None, None, None)) == D
    assert barrier_point({}) is None


@given(st.lists(score | st.none(), min_size=5, max_size=5))
def test_barrier_is_the_first_low_element(values: list[float | None]) -> None:
    result = barrier_point(scores(*values))
    low = [e for e, v in zip(ELEMENTS, values, strict=True) if v is not None and v <= 3]
    if not low:
        assert result is None
    else:
        assert result == low[0]
        before = ELEMENTS[: ELEMENTS.index(result)]
        assert all(v is None or v > 3 for e, v in zip(ELEMENTS, values, strict=True) if e in before)


@given(st.lists(score, min_size=5, max_size=5), st.integers(0, 4))
def test_raising_a_later_element_never_moves_the_barrier(values: list[float], index: int) -> None:
    result = barrier_point(scores(*values))
    if result is None or ELEMENTS.index(result) >= index:
        return
    values[index] = 5
    assert barrier_point(scores(*values)) == result
