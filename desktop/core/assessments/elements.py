"""The five ADKAR elements in their fixed order, their labels, and what a valid score is."""

from __future__ import annotations

import enum
import math

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import translate

MIN_SCORE = 1.0
MAX_SCORE = 5.0
# A score of this or lower makes an element a barrier point.
BARRIER_THRESHOLD = 3.0


class AdkarElement(enum.StrEnum):
    AWARENESS = "awareness"
    DESIRE = "desire"
    KNOWLEDGE = "knowledge"
    ABILITY = "ability"
    REINFORCEMENT = "reinforcement"


# The order matters: a person moves through the elements one after the other.
ELEMENTS: tuple[AdkarElement, ...] = tuple(AdkarElement)


def element_label(element: AdkarElement) -> str:
    """The translated name of an element."""
    labels = {
        AdkarElement.AWARENESS: translate("Adkar", "Awareness"),
        AdkarElement.DESIRE: translate("Adkar", "Desire"),
        AdkarElement.KNOWLEDGE: translate("Adkar", "Knowledge"),
        AdkarElement.ABILITY: translate("Adkar", "Ability"),
        AdkarElement.REINFORCEMENT: translate("Adkar", "Reinforcement"),
    }
    return labels[element]


def parse_score(value: object, field: str = "score") -> float | None:
    """A score from 1 to 5 (averages such as 3.4 allowed, "3,4" too), rounded to two decimals;
    None for an empty value. Raises ValidationError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value.strip().replace(",", ".")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or not MIN_SCORE <= number <= MAX_SCORE:
        raise ValidationError(
            translate("Assessments", "A score is a number from 1 to 5, not {value}.").format(
                value=value
            ),
            field,
        )
    return round(number, 2)
