"""A round's results: each person's scores, barrier point and change since the previous round,
and the firm's averages and barrier counts per element. Core selects only (house rule 4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import or_, select

from desktop.core.assessments.barrier import barrier_point
from desktop.core.assessments.elements import ELEMENTS, AdkarElement
from desktop.core.assessments.rounds import previous_round_id
from desktop.core.common.vocab import StaffRole
from desktop.core.db.tables import assessment_rounds, assessment_scores, staff

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

ScoreTuple = tuple[float | None, ...]  # one per element, in ELEMENTS order
_INDEX = {element: index for index, element in enumerate(ELEMENTS)}


class PersonResult(NamedTuple):
    staff_id: int
    name: str
    initials: str
    team: str | None
    role: StaffRole
    scores: ScoreTuple
    barrier: AdkarElement | None
    previous: ScoreTuple | None  # None when the person was not scored in the previous round
    previous_barrier: AdkarElement | None

    def change(self, index: int) -> float | None:
        """This element's change since the previous round; None when either score is missing."""
        if self.previous is None:
            return None
        now, before = self.scores[index], self.previous[index]
        return None if now is None or before is None else round(now - before, 2)

    def mean(self) -> float | None:
        return _mean(self.scores)

    def mean_change(self) -> float | None:
        """Change of the mean over the elements scored in both rounds."""
        if self.previous is None:
            return None
        pairs = [
            (a, b)
            for a, b in zip(self.scores, self.previous, strict=True)
            if a is not None and b is not None
        ]
        if not pairs:
            return None
        return round(sum(a - b for a, b in pairs) / len(pairs), 2)


@dataclass(frozen=True)
class RoundResults:
    round_id: int
    previous_round_id: int | None
    people: tuple[PersonResult, ...]
    averages: ScoreTuple  # the firm's average per element (None when nobody scored it)
    previous_averages: ScoreTuple | None
    barrier_counts: dict[AdkarElement | None, int]  # None counts the people without a barrier


def _mean(values: Sequence[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return round(sum(known) / len(known), 2) if known else None


def _score_tuples(session: Executor, round_id: int) -> dict[int, ScoreTuple]:
    rows = session.execute(
        select(
            assessment_scores.c.staff_id, assessment_scores.c.element, assessment_scores.c.score
        ).where(assessment_scores.c.round_id == round_id)
    )
    result: dict[int, list[float | None]] = {}
    for staff_id, element, score in rows:
        result.setdefault(staff_id, [None] * len(ELEMENTS))[_INDEX[element]] = score
    return {staff_id: tuple(values) for staff_id, values in result.items()}


def firm_averages(people: Sequence[PersonResult], previous: bool = False) -> ScoreTuple:
    """The average per element over the people who have a score on it."""
    columns = (
        [p.previous for p in people if p.previous is not None]
        if previous
        else [p.scores for p in people]
    )
    return tuple(_mean([row[index] for row in columns]) for index in range(len(ELEMENTS)))


def round_results(session: Executor, round_id: int) -> RoundResults:
    """Everyone scored in the round, by name, with the firm's figures."""
    current = _score_tuples(session, round_id)
    before_id = previous_round_id(session, round_id)
    before = _score_tuples(session, before_id) if before_id is not None else {}
    people_rows = (
        session.execute(
            select(staff.c.id, staff.c.name, staff.c.initials, staff.c.team, staff.c.role)
            .where(staff.c.id.in_(list(current)))
            .order_by(staff.c.name, staff.c.id)
        ).all()
        if current
        else []
    )
    people = []
    for staff_id, name, initials, team, role in people_rows:
        scores = current[staff_id]
        previous = before.get(staff_id)
        people.append(
            PersonResult(
                staff_id,
                name,
                initials,
                team,
                role,
                scores,
                _barrier(scores),
                previous,
                _barrier(previous) if previous is not None else None,
            )
        )
    counts: Counter[AdkarElement | None] = Counter(person.barrier for person in people)
    return RoundResults(
        round_id=round_id,
        previous_round_id=before_id,
        people=tuple(people),
        averages=firm_averages(people),
        previous_averages=firm_averages(people, previous=True) if before_id is not None else None,
        barrier_counts={key: counts.get(key, 0) for key in (*ELEMENTS, None)},
    )


def _barrier(scores: ScoreTuple) -> AdkarElement | None:
    return barrier_point(dict(zip(ELEMENTS, scores, strict=True)))


class SheetRow(NamedTuple):
    """One line of the score grid: a staff member and their scores in the round."""

    staff_id: int
    name: str
    team: str | None
    scores: ScoreTuple


def score_sheet(session: Executor, round_id: int) -> list[SheetRow]:
    """Everyone on the staff on the round's date (plus anyone already scored), by name."""
    held_on: date = session.execute(
        select(assessment_rounds.c.held_on).where(assessment_rounds.c.id == round_id)
    ).scalar_one()
    current = _score_tuples(session, round_id)
    empty: ScoreTuple = (None,) * len(ELEMENTS)
    query = (
        select(staff.c.id, staff.c.name, staff.c.team)
        .where(
            or_(
                staff.c.id.in_(list(current)),
                (or_(staff.c.end_date.is_(None), staff.c.end_date >= held_on))
                & (or_(staff.c.start_date.is_(None), staff.c.start_date <= held_on)),
            )
        )
        .order_by(staff.c.name, staff.c.id)
    )
    return [
        SheetRow(staff_id, name, team, current.get(staff_id, empty))
        for staff_id, name, team in session.execute(query)
    ]
