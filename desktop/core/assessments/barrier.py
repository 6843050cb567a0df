"""The barrier point: the first ADKAR element, in order, scoring 3 or lower (not the lowest)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.assessments.elements import BARRIER_THRESHOLD, ELEMENTS, AdkarElement

Scores = Mapping[AdkarElement, float | None]


def barrier_point(scores: Scores) -> AdkarElement | None:
    """The first element in the order A, D, K, A, R whose score is 3 or lower; None when all
    known scores are above 3. An element without a score is passed over: nothing is known
    about it, so it is not called a barrier (the grid shows it as empty)."""
    for element in ELEMENTS:
        score = scores.get(element)
        if score is not None and score <= BARRIER_THRESHOLD:
            return element
    return None
