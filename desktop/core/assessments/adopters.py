"""Trends over rounds and each person's adopter category (Rogers), derived and overridable.

Per person, over the rounds up to the chosen one in which they were scored:

- **average**: the mean of their five scores in the chosen round;
- **speed**: how fast that average rose per round, from the first round they were scored in
  to the chosen one ((average now - average then) / rounds in between; none after one round);
- **stuck**: the number of rounds in a row, ending with the chosen one, with the same barrier
  point; two or more is "stuck".

The adopter category is the first rule that fits:

1. **Innovator** - no barrier point, an average of 4.5 or more, and already 4.5 or more in the
   first round they were scored in (they came in ahead).
2. **Early adopter** - no barrier point and an average of 4 or more, or rising by 0.5 or more
   per round.
3. **Early majority** - an average of 3.5 or more, or rising by 0.25 or more per round.
4. **Late majority** - an average of 2.5 or more, or rising by 0.1 or more per round.
5. **Laggard** - everyone else: an average under 2.5 and not rising.

The office can override the category per person (``adopter_overrides``); the override holds
until it is removed, whatever later rounds say. ``adopter_rule_text`` gives the same rule,
translated, for the help text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from desktop.core.assessments.barrier import barrier_point
from desktop.core.assessments.categories import AdopterCategory, adopter_label  # noqa: F401 (re-export)
from desktop.core.assessments.elements import ELEMENTS, AdkarElement, element_label
from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import Context, translate
from desktop.core.db.tables import assessment_rounds, assessment_scores, staff
from desktop.core.db.tables.readiness import adopter_overrides

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

Adopters = Context("Adopters")  # lupdate files Adopters.tr(...) texts under "Adopters"
INNOVATOR_AVERAGE = 4.5
EARLY_ADOPTER_AVERAGE, EARLY_ADOPTER_SPEED = 4.0, 0.5
EARLY_MAJORITY_AVERAGE, EARLY_MAJORITY_SPEED = 3.5, 0.25
LATE_MAJORITY_AVERAGE, LATE_MAJORITY_SPEED = 2.5, 0.1
# A fast learner rises at least this much per round; stuck means this many rounds or more.
FAST_LEARNER_SPEED = 0.5
STUCK_ROUNDS = 2


def adopter_rule_text() -> str:
    """The rule of derive_category in words, for the help text (keep the two in step)."""
    return translate(
        "Adopters",
        "Speed is how much a person's average score rose per round since the first round they "
        "were scored in. The first rule that fits gives the category:\n"
        "1. Innovator: no barrier point and an average of 4.5 or more, already in their first "
        "round.\n"
        "2. Early adopter: no barrier point and an average of 4 or more, or rising by 0.5 or "
        "more per round.\n"
        "3. Early majority: an average of 3.5 or more, or rising by 0.25 or more per round.\n"
        "4. Late majority: an average of 2.5 or more, or rising by 0.1 or more per round.\n"
        "5. Laggard: everyone else.\n"
        "A category you choose for a person overrides the rule until you remove it.",
    )


def derive_category(
    average: float, barrier: AdkarElement | None, speed: float | None, first_average: float
) -> AdopterCategory:
    """The category by the rule in the module docstring (speed None: only one round)."""
    rising = speed or 0.0
    if barrier is None and average >= INNOVATOR_AVERAGE and first_average >= INNOVATOR_AVERAGE:
        return AdopterCategory.INNOVATOR
    if (barrier is None and average >= EARLY_ADOPTER_AVERAGE) or rising >= EARLY_ADOPTER_SPEED:
        return AdopterCategory.EARLY_ADOPTER
    if average >= EARLY_MAJORITY_AVERAGE or rising >= EARLY_MAJORITY_SPEED:
        return AdopterCategory.EARLY_MAJORITY
    if average >= LATE_MAJORITY_AVERAGE or rising >= LATE_MAJORITY_SPEED:
        return AdopterCategory.LATE_MAJORITY
    return AdopterCategory.LAGGARD


@dataclass(frozen=True)
class PersonTrend:
    staff_id: int
    rounds: int  # rounds up to the chosen one in which the person was scored
    average: float
    first_average: float
    speed: float | None  # rise of the average per round; None after a single round
    barrier: AdkarElement | None
    stuck_rounds: int  # rounds in a row (ending now) with this same barrier point; 0 for none
    derived: AdopterCategory
    override: AdopterCategory | None

    @property
    def category(self) -> AdopterCategory:
        return self.override or self.derived

    @property
    def is_stuck(self) -> bool:
        return self.barrier is not None and self.stuck_rounds >= STUCK_ROUNDS

    @property
    def is_fast_learner(self) -> bool:
        return self.speed is not None and self.speed >= FAST_LEARNER_SPEED


def _mean(values: Iterable[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


def person_trend(
    staff_id: int,
    history: Sequence[tuple[int, tuple[float | None, ...]]],
    override: AdopterCategory | None = None,
) -> PersonTrend | None:
    """The trend from (round position, scores) pairs, oldest first, the last being the chosen
    round; None when the person has no score in the chosen round."""
    if not history or _mean(history[-1][1]) is None:
        return None
    scored = [(position, scores, _mean(scores)) for position, scores in history]
    scored = [(p, s, m) for p, s, m in scored if m is not None]
    last_position, last_scores, average = scored[-1]
    first_position, _, first_average = scored[0]
    assert average is not None and first_average is not None
    speed = (
        round((average - first_average) / (last_position - first_position), 2)
        if last_position > first_position
        else None
    )
    barrier = _barrier(last_scores)
    stuck = 0
    if barrier is not None:
        for _, scores, _mean_value in reversed(scored):
            if _barrier(scores) != barrier:
                break
            stuck += 1
    return PersonTrend(
        staff_id=staff_id,
        rounds=len(scored),
        average=round(average, 2),
        first_average=round(first_average, 2),
        speed=speed,
        barrier=barrier,
        stuck_rounds=stuck,
        derived=derive_category(average, barrier, speed, first_average),
        override=override,
    )


def _barrier(scores: tuple[float | None, ...]) -> AdkarElement | None:
    return barrier_point(dict(zip(ELEMENTS, scores, strict=True)))


def round_trends(session: Executor, round_id: int) -> dict[int, PersonTrend]:
    """Staff id -> trend for everyone scored in the round (two queries, whatever the size)."""
    round_ids = list(
        session.scalars(
            select(assessment_rounds.c.id).order_by(
                assessment_rounds.c.held_on, assessment_rounds.c.id
            )
        )
    )
    if round_id not in round_ids:
        raise NotFoundError(translate("Assessments", "This round no longer exists."))
    positions = {rid: index for index, rid in enumerate(round_ids[: round_ids.index(round_id) + 1])}
    index = {element: position for position, element in enumerate(ELEMENTS)}
    table: dict[int, dict[int, list[float | None]]] = {}
    for staff_id, rid, element, score in session.execute(
        select(
            assessment_scores.c.staff_id,
            assessment_scores.c.round_id,
            assessment_scores.c.element,
            assessment_scores.c.score,
        ).where(assessment_scores.c.round_id.in_(list(positions)))
    ):
        row = table.setdefault(staff_id, {}).setdefault(positions[rid], [None] * len(ELEMENTS))
        row[index[AdkarElement(element)]] = score
    overrides = adopter_override_map(session)
    last = positions[round_id]
    trends = {}
    for staff_id, rounds in table.items():
        if last not in rounds:
            continue
        history = [(position, tuple(rounds[position])) for position in sorted(rounds)]
        trend = person_trend(staff_id, history, overrides.get(staff_id))
        if trend is not None:
            trends[staff_id] = trend
    return trends


def fast_learners(trends: Iterable[PersonTrend]) -> list[PersonTrend]:
    """The people rising 0.5 or more per round, fastest first."""
    return sorted(
        (trend for trend in trends if trend.is_fast_learner),
        key=lambda trend: (-(trend.speed or 0.0), trend.staff_id),
    )


def stuck_people(trends: Iterable[PersonTrend]) -> list[PersonTrend]:
    """The people at the same barrier point for two rounds or more, longest first."""
    return sorted(
        (trend for trend in trends if trend.is_stuck),
        key=lambda trend: (-trend.stuck_rounds, trend.staff_id),
    )


def stuck_text(trend: PersonTrend) -> str:
    """For example "Knowledge, 3 rounds"."""
    assert trend.barrier is not None
    return Adopters.tr("{element}, %n rounds", "", trend.stuck_rounds).format(
        element=element_label(trend.barrier)
    )


def adopter_override_map(session: Executor) -> dict[int, AdopterCategory]:
    return {
        staff_id: AdopterCategory(category)
        for staff_id, category in session.execute(
            select(adopter_overrides.c.staff_id, adopter_overrides.c.category)
        )
    }


def set_adopter_override(
    session: Executor, staff_id: int, category: AdopterCategory | str | None
) -> None:
    """Fix a person's category (None removes the override, so the rule decides again)."""
    if session.scalar(select(staff.c.id).where(staff.c.id == staff_id)) is None:
        raise NotFoundError(translate("Assessments", "This staff member no longer exists."))
    if category is None:
        session.execute(delete(adopter_overrides).where(adopter_overrides.c.staff_id == staff_id))
        return
    try:
        chosen = AdopterCategory(str(category))
    except ValueError:
        raise ValidationError(
            translate("Adopters", "Unknown adopter category: {value}.").format(value=category),
            "category",
        ) from None
    where = adopter_overrides.c.staff_id == staff_id
    if session.scalar(select(adopter_overrides.c.id).where(where)) is None:
        session.execute(insert(adopter_overrides).values(staff_id=staff_id, category=chosen))
    else:
        session.execute(update(adopter_overrides).where(where).values(category=chosen))
