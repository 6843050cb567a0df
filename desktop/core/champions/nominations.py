"""Champion nominations: someone is proposed (by themselves or a manager), then approved or
declined by someone else; approving makes them a champion with the focus area and capacity.

Suggestions: current staff who are not champions and have no open nomination, whose scores in
the latest assessment round are 4 or higher on Desire, Knowledge and Ability (they want the
change, know it and can do it). Relationship managers and partners come first (they serve the
clients a champion brings along), then the highest average of those three scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.orm import Session, aliased

from desktop.core.assessments.elements import AdkarElement
from desktop.core.champions.people import is_current, staff_ref
from desktop.core.champions.vocab import NominationStatus
from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import clean_text, column_text, parse_non_negative_int
from desktop.core.common.vocab import StaffRole
from desktop.core.db.tables import (
    assessment_rounds,
    assessment_scores,
    champion_nominations,
    staff,
    utcnow,
)
from desktop.core.staff.editing import set_champion

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

SUGGESTION_MIN_SCORE = 4.0
SUGGESTION_ELEMENTS = (AdkarElement.DESIRE, AdkarElement.KNOWLEDGE, AdkarElement.ABILITY)
CLIENT_ROLES = (StaffRole.RELATIONSHIP_MANAGER, StaffRole.PARTNER)


class NominationRow(NamedTuple):
    id: int
    staff_id: int
    staff_name: str
    nominated_by_name: str | None
    self_nominated: bool
    focus_area: str | None
    capacity: int | None
    motivation: str
    status: NominationStatus
    created_at: datetime
    decided_by_name: str | None
    decided_at: datetime | None
    decision_note: str


@dataclass(frozen=True)
class NominationData:
    focus_area: str | None = None
    capacity: int | str | None = None
    motivation: str = ""

    def validated(self) -> NominationData:
        return NominationData(
            focus_area=column_text(self.focus_area, champion_nominations.c.focus_area),
            capacity=parse_non_negative_int(self.capacity, "capacity"),
            motivation=clean_text(self.motivation) or "",
        )


def nominate(
    session: Session,
    staff_id: int,
    data: NominationData = NominationData(),  # noqa: B008 (frozen)
    by: int | None = None,
    today: date | None = None,
) -> int:
    """Propose a staff member as champion; ``by`` None or the same person: self-nominated."""
    person = staff_ref(session, staff_id)
    clean = data.validated()
    current = session.execute(
        select(staff.c.is_champion, is_current(today or date.today())).where(staff.c.id == staff_id)
    ).one()
    if not current[1]:
        raise ValidationError(
            translate("Champions", "{name} has left the office.").format(name=person.name)
        )
    if current[0]:
        raise ConflictError(
            translate("Champions", "{name} is a champion already.").format(name=person.name)
        )
    if _open_nomination(session, staff_id) is not None:
        raise ConflictError(
            translate("Champions", "{name} has been nominated already.").format(name=person.name)
        )
    if by is not None:
        staff_ref(session, by)
    new_id = session.execute(
        insert(champion_nominations)
        .returning(champion_nominations.c.id)
        .values(
            staff_id=staff_id,
            nominated_by=by if by is not None else staff_id,
            focus_area=clean.focus_area,
            capacity=clean.capacity,
            motivation=clean.motivation,
            status=NominationStatus.PENDING,
        )
    ).scalar_one()
    return int(new_id)


def _open_nomination(executor: Executor, staff_id: int) -> int | None:
    return executor.execute(
        select(champion_nominations.c.id).where(
            champion_nominations.c.staff_id == staff_id,
            champion_nominations.c.status == NominationStatus.PENDING,
        )
    ).scalar()


def decide(
    session: Session,
    nomination_id: int,
    approve: bool,
    by: int | None = None,
    note: str = "",
    data: NominationData | None = None,
) -> None:
    """Approve (the person becomes champion, with the focus area and capacity, possibly as
    changed by ``data``) or decline an open nomination. Nobody decides on their own."""
    row = session.execute(
        select(
            champion_nominations.c.staff_id,
            champion_nominations.c.status,
            champion_nominations.c.focus_area,
            champion_nominations.c.capacity,
        ).where(champion_nominations.c.id == nomination_id)
    ).one_or_none()
    if row is None:
        raise NotFoundError(translate("Champions", "This nomination no longer exists."))
    if row.status != NominationStatus.PENDING:
        raise ConflictError(translate("Champions", "This nomination has been decided already."))
    if by is not None and by == row.staff_id:
        raise ValidationError(
            translate("Champions", "Someone else decides on your own nomination.")
        )
    focus_area, capacity = row.focus_area, row.capacity
    if data is not None:
        clean = data.validated()
        focus_area, capacity = clean.focus_area, clean.capacity
    session.execute(
        update(champion_nominations)
        .where(champion_nominations.c.id == nomination_id)
        .values(
            status=NominationStatus.APPROVED if approve else NominationStatus.DECLINED,
            decided_by=by,
            decided_at=utcnow(),
            decision_note=clean_text(note) or "",
            focus_area=focus_area,
            capacity=capacity,
        )
    )
    if approve:
        set_champion(session, row.staff_id, True, focus_area=focus_area, capacity=capacity)


def list_nominations(
    executor: Executor, status: NominationStatus | None = None
) -> list[NominationRow]:
    """Nominations, open ones first, newest first."""
    person, nominator, decider = aliased(staff), aliased(staff), aliased(staff)
    n = champion_nominations.c
    statement = (
        select(
            n.id,
            n.staff_id,
            person.c.name,
            nominator.c.name,
            n.nominated_by == n.staff_id,
            n.focus_area,
            n.capacity,
            n.motivation,
            n.status,
            n.created_at,
            decider.c.name,
            n.decided_at,
            n.decision_note,
        )
        .join(person, person.c.id == n.staff_id)
        .outerjoin(nominator, nominator.c.id == n.nominated_by)
        .outerjoin(decider, decider.c.id == n.decided_by)
        .order_by((n.status == NominationStatus.PENDING).desc(), n.created_at.desc(), n.id.desc())
    )
    if status is not None:
        statement = statement.where(n.status == status)
    result = []
    for row in executor.execute(statement):
        values = list(row)
        values[4] = bool(values[4])
        result.append(NominationRow._make(values))
    return result


def _has_open_nomination() -> ColumnElement[bool]:
    """True for a staff row someone has nominated and nobody has decided on yet."""
    return (
        select(champion_nominations.c.id)
        .where(
            champion_nominations.c.staff_id == staff.c.id,
            champion_nominations.c.status == NominationStatus.PENDING,
        )
        .exists()
    )


def nominable_staff(executor: Executor, today: date | None = None) -> list[tuple[int, str, str]]:
    """(id, name, initials) of current staff who are not champions and not nominated now."""
    rows = executor.execute(
        select(staff.c.id, staff.c.name, staff.c.initials)
        .where(~staff.c.is_champion, is_current(today or date.today()), ~_has_open_nomination())
        .order_by(staff.c.name, staff.c.id)
    )
    return [(row.id, row.name, row.initials) for row in rows]


class Suggestion(NamedTuple):
    staff_id: int
    name: str
    role: StaffRole
    team: str | None
    desire: float
    knowledge: float
    ability: float
    round_name: str

    @property
    def average(self) -> float:
        return (self.desire + self.knowledge + self.ability) / 3


def champion_suggestions(executor: Executor, today: date | None = None) -> list[Suggestion]:
    """Who could be nominated, from the latest round's scores and role (see the module)."""
    latest = executor.execute(
        select(assessment_rounds.c.id, assessment_rounds.c.name)
        .where(
            select(assessment_scores.c.id)
            .where(assessment_scores.c.round_id == assessment_rounds.c.id)
            .exists()
        )
        .order_by(assessment_rounds.c.held_on.desc(), assessment_rounds.c.id.desc())
        .limit(1)
    ).one_or_none()
    if latest is None:
        return []
    rows = executor.execute(
        select(
            staff.c.id,
            staff.c.name,
            staff.c.role,
            staff.c.team,
            assessment_scores.c.element,
            assessment_scores.c.score,
        )
        .join(assessment_scores, assessment_scores.c.staff_id == staff.c.id)
        .where(
            assessment_scores.c.round_id == latest.id,
            assessment_scores.c.element.in_(SUGGESTION_ELEMENTS),
            staff.c.is_champion.is_(False),
            is_current(today or date.today()),
            ~_has_open_nomination(),
        )
    )
    people: dict[int, tuple[str, StaffRole, str | None, dict[AdkarElement, float]]] = {}
    for staff_id, name, role, team, element, score in rows:
        people.setdefault(staff_id, (name, role, team, {}))[3][element] = score
    suggestions = [
        Suggestion(
            staff_id,
            name,
            role,
            team,
            scores[AdkarElement.DESIRE],
            scores[AdkarElement.KNOWLEDGE],
            scores[AdkarElement.ABILITY],
            latest.name,
        )
        for staff_id, (name, role, team, scores) in people.items()
        if all(scores.get(e, 0) >= SUGGESTION_MIN_SCORE for e in SUGGESTION_ELEMENTS)
    ]
    return sorted(
        suggestions,
        key=lambda s: (s.role not in CLIENT_ROLES, -s.average, s.name.casefold()),
    )
