"""Creating, changing and listing measures.

A measure is planned for one staff member or for a group, has an owner and a due date, and moves
from planned through in progress to done (or cancelled). Marking one done records the day;
a later status clears it again. Edits name the version they started from (``updated_at``), so
two people changing the same measure cannot silently overwrite each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, case, delete, insert, select, update
from sqlalchemy.orm import Session, aliased

from desktop.core.assessments.elements import AdkarElement
from desktop.core.common.errors import NotFoundError, StaleEditError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, clean_text, require_text
from desktop.core.common.vocab import MeasureKind, MeasureStatus
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import measures, projects, segments, staff
from desktop.core.rewards.award_hooks import on_measure_status

Choice = TypeVar("Choice", MeasureKind, MeasureStatus, AdkarElement)


@dataclass(frozen=True)
class MeasureData:
    """What a person fills in for a measure; ``validated()`` cleans and checks it."""

    title: str
    kind: MeasureKind | str
    project_id: int | None = None
    target_staff_id: int | None = None
    target_group: str | None = None
    segment_id: int | None = None
    element: AdkarElement | str | None = None
    owner_id: int | None = None
    due_on: date | None = None
    notes: str = ""

    def validated(self) -> MeasureData:
        title = require_text(self.title, "title", translate("Measures", "Title"))
        check_length(title, measures.c.title)
        group = clean_text(self.target_group)
        check_length(group, measures.c.target_group, "target_group")
        return MeasureData(
            title=title,
            kind=_parse(MeasureKind, self.kind, "kind"),
            project_id=self.project_id,
            target_staff_id=self.target_staff_id,
            target_group=group,
            segment_id=self.segment_id,
            element=None if self.element is None else _parse(AdkarElement, self.element, "element"),
            owner_id=self.owner_id,
            due_on=self.due_on,
            notes=(self.notes or "").strip(),
        )


class MeasureRow(NamedTuple):
    id: int
    title: str
    kind: MeasureKind
    status: MeasureStatus
    project_id: int | None
    project_name: str | None
    target_staff_id: int | None
    target_name: str | None
    target_group: str | None
    segment_id: int | None
    segment_name: str | None
    element: AdkarElement | None
    owner_id: int | None
    owner_name: str | None
    due_on: date | None
    done_on: date | None
    notes: str
    updated_at: datetime


def _parse(cls: type[Choice], value: object, field: str) -> Choice:
    try:
        return cls(str(value))
    except ValueError:
        raise ValidationError(
            translate("Measures", "Unknown value: {value}.").format(value=value), field
        ) from None


def _check_references(session: Session, data: MeasureData) -> None:
    """A clear error instead of a foreign-key failure when a person, project or segment is gone."""
    checks = (
        (projects, data.project_id, "project_id"),
        (staff, data.target_staff_id, "target_staff_id"),
        (staff, data.owner_id, "owner_id"),
        (segments, data.segment_id, "segment_id"),
    )
    for table, key, field in checks:
        if key is not None and session.scalar(select(table.c.id).where(table.c.id == key)) is None:
            raise ValidationError(translate("Measures", "This no longer exists."), field)


def create_measure(session: Session, data: MeasureData, by_staff_id: int | None = None) -> int:
    """A new planned measure; returns its id."""
    data = data.validated()
    _check_references(session, data)
    return session.execute(
        insert(measures)
        .values(**asdict(data), status=MeasureStatus.PLANNED, updated_by=by_staff_id)
        .returning(measures.c.id)
    ).scalar_one()


def update_measure(
    session: Session,
    measure_id: int,
    data: MeasureData,
    read_at: datetime | None = None,
    by_staff_id: int | None = None,
) -> None:
    """Replace the measure's fields; StaleEditError when it changed since ``read_at``."""
    data = data.validated()
    _lock(session, measure_id, read_at)
    _check_references(session, data)
    session.execute(
        update(measures)
        .where(measures.c.id == measure_id)
        .values(**asdict(data), updated_by=by_staff_id)
    )


def set_measure_status(
    session: Session,
    measure_id: int,
    status: MeasureStatus | str,
    on: date | None = None,
    by_staff_id: int | None = None,
) -> MeasureStatus:
    """Move a measure to ``status``; done records the day (default today). Returns the status
    it had before, so a caller can tell a measure that just became done."""
    new = _parse(MeasureStatus, status, "status")
    old = _lock(session, measure_id, None)
    done_on = (on or date.today()) if new is MeasureStatus.DONE else None
    session.execute(
        update(measures)
        .where(measures.c.id == measure_id)
        .values(status=new, done_on=done_on, updated_by=by_staff_id)
    )
    done = MeasureStatus.DONE
    on_measure_status(session, measure_id, old is done, new is done, by_staff_id)  # points
    return old


def delete_measure(session: Session, measure_id: int) -> None:
    """Remove a measure entered by mistake (a measure that did not happen is cancelled instead)."""
    _lock(session, measure_id, None)
    session.execute(delete(measures).where(measures.c.id == measure_id))


def _lock(session: Session, measure_id: int, read_at: datetime | None) -> MeasureStatus:
    begin_write(session)
    found = session.execute(
        select(measures.c.status, measures.c.updated_at)
        .where(measures.c.id == measure_id)
        .with_for_update()
    ).one_or_none()
    if found is None:
        raise NotFoundError(translate("Measures", "This measure no longer exists."))
    if read_at is not None and found.updated_at != read_at:
        raise StaleEditError(
            translate("Measures", "Someone else changed this measure meanwhile; read it again."),
            "title",
        )
    return MeasureStatus(found.status)


def list_measures(
    session: Session,
    project_id: int | None = None,
    target_staff_id: int | None = None,
    statuses: tuple[MeasureStatus, ...] | None = None,
) -> list[MeasureRow]:
    """Measures, open ones first, then by due date (none last) and title."""
    query = _measure_select()
    if project_id is not None:
        query = query.where(measures.c.project_id == project_id)
    if target_staff_id is not None:
        query = query.where(measures.c.target_staff_id == target_staff_id)
    if statuses is not None:
        query = query.where(measures.c.status.in_(statuses))
    return [MeasureRow(*row) for row in session.execute(query)]


def get_measure(session: Session, measure_id: int) -> MeasureRow:
    row = session.execute(_measure_select().where(measures.c.id == measure_id)).one_or_none()
    if row is None:
        raise NotFoundError(translate("Measures", "This measure no longer exists."))
    return MeasureRow(*row)


def _measure_select() -> Select[Any]:
    target = aliased(staff)
    owner = aliased(staff)
    finished = measures.c.status.in_((MeasureStatus.DONE, MeasureStatus.CANCELLED))
    return (
        select(
            measures.c.id,
            measures.c.title,
            measures.c.kind,
            measures.c.status,
            measures.c.project_id,
            projects.c.name,
            measures.c.target_staff_id,
            target.c.name,
            measures.c.target_group,
            measures.c.segment_id,
            segments.c.name,
            measures.c.element,
            measures.c.owner_id,
            owner.c.name,
            measures.c.due_on,
            measures.c.done_on,
            measures.c.notes,
            measures.c.updated_at,
        )
        .outerjoin(projects, projects.c.id == measures.c.project_id)
        .outerjoin(target, target.c.id == measures.c.target_staff_id)
        .outerjoin(owner, owner.c.id == measures.c.owner_id)
        .outerjoin(segments, segments.c.id == measures.c.segment_id)
        .order_by(
            case((finished, 1), else_=0),
            case((measures.c.due_on.is_(None), 1), else_=0),
            measures.c.due_on,
            measures.c.title,
            measures.c.id,
        )
    )
