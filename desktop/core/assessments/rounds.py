"""Assessment rounds: creating, finding and listing them, and setting scores."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import Table, and_, delete, func, insert, select, update
from sqlalchemy.engine import CursorResult, Result

from desktop.core.assessments.elements import AdkarElement, parse_score
from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, parse_date, require_text
from desktop.core.db.tables import assessment_rounds, assessment_scores, projects, staff
from desktop.core.rewards.award_hooks import on_scores

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db.engine import Executor


class RoundRow(NamedTuple):
    id: int
    name: str
    held_on: date
    project_id: int | None
    project_name: str | None
    people: int  # staff members with at least one score


def create_round(
    session: Executor,
    name: str,
    held_on: date | str | None,
    project: str | int | None = None,
) -> int:
    """A new round; the name is unique, the date required, the project optional (by name or id)."""
    name = require_text(name, "name", translate("Assessments", "Name"))
    check_length(name, assessment_rounds.c.name)
    day = parse_date(held_on, "held_on")
    if day is None:
        raise ValidationError(translate("Assessments", "A round needs a date."), "held_on")
    project_id = _project_id(session, project)
    if session.scalar(select(assessment_rounds.c.id).where(assessment_rounds.c.name == name)):
        raise ConflictError(
            translate("Assessments", "There is already a round named {name}.").format(name=name)
        )
    return session.execute(
        insert(assessment_rounds)
        .values(name=name, held_on=day, project_id=project_id)
        .returning(assessment_rounds.c.id)
    ).scalar_one()


def _project_id(session: Executor, project: str | int | None) -> int | None:
    if project is None or (isinstance(project, str) and not project.strip()):
        return None
    column = projects.c.id if isinstance(project, int) else projects.c.name
    key = project if isinstance(project, int) else project.strip()
    found = session.scalar(select(projects.c.id).where(column == key))
    if found is None:
        raise NotFoundError(
            translate("Assessments", "There is no project named {name}.").format(name=project)
        )
    return found


def list_rounds(session: Executor) -> list[RoundRow]:
    """All rounds, oldest first (by date, then by when they were made)."""
    people = (
        select(
            assessment_scores.c.round_id,
            func.count(func.distinct(assessment_scores.c.staff_id)).label("people"),
        )
        .group_by(assessment_scores.c.round_id)
        .subquery()
    )
    query = (
        select(
            assessment_rounds.c.id,
            assessment_rounds.c.name,
            assessment_rounds.c.held_on,
            assessment_rounds.c.project_id,
            projects.c.name,
            func.coalesce(people.c.people, 0),
        )
        .outerjoin(projects, projects.c.id == assessment_rounds.c.project_id)
        .outerjoin(people, people.c.round_id == assessment_rounds.c.id)
        .order_by(assessment_rounds.c.held_on, assessment_rounds.c.id)
    )
    return [RoundRow(*row) for row in session.execute(query)]


def find_round(session: Executor, name: str) -> RoundRow:
    """The round with this name; NotFoundError naming it otherwise."""
    for row in list_rounds(session):
        if row.name == name.strip():
            return row
    raise NotFoundError(
        translate("Assessments", "There is no assessment round named {name}.").format(name=name)
    )


def previous_round_id(session: Executor, round_id: int) -> int | None:
    """The round held just before this one (same order as list_rounds), if any."""
    ids = list(
        session.scalars(
            select(assessment_rounds.c.id).order_by(
                assessment_rounds.c.held_on, assessment_rounds.c.id
            )
        )
    )
    position = ids.index(round_id) if round_id in ids else -1
    return ids[position - 1] if position > 0 else None


def set_scores(
    session: Executor,
    round_id: int,
    staff_id: int,
    scores: Mapping[AdkarElement, object],
) -> None:
    """Set (or, for an empty value, clear) a person's scores on the given elements in a round.

    Every value is validated before anything is written; the caller commits."""
    parsed = {AdkarElement(key): parse_score(value, str(key)) for key, value in scores.items()}
    _require(
        session,
        assessment_rounds,
        round_id,
        translate("Assessments", "This round no longer exists."),
    )
    _require(
        session, staff, staff_id, translate("Assessments", "This staff member no longer exists.")
    )
    for element, score in parsed.items():
        where = and_(
            assessment_scores.c.round_id == round_id,
            assessment_scores.c.staff_id == staff_id,
            assessment_scores.c.element == element,
        )
        if score is None:
            session.execute(delete(assessment_scores).where(where))
        elif (
            _rowcount(session.execute(update(assessment_scores).where(where).values(score=score)))
            == 0
        ):
            session.execute(
                insert(assessment_scores).values(
                    round_id=round_id, staff_id=staff_id, element=element, score=score
                )
            )
    on_scores(cast("Session", session), round_id, staff_id)  # a completed assessment earns


def _require(session: Executor, table: Table, row_id: int, message: str) -> None:
    if session.scalar(select(table.c.id).where(table.c.id == row_id)) is None:
        raise NotFoundError(message)


def _rowcount(result: Result[Any]) -> int:
    # An UPDATE's result is a CursorResult at run time; Session.execute is typed for selects.
    return cast("CursorResult[Any]", result).rowcount
