"""A project's plan content: context, goals, agenda items, growth phases and milestones.

Each function changes one thing and leaves committing to the caller (one user action, one
transaction). Dates are optional everywhere: a plan is written before every date is known; a
phase that ends before it starts is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, Result, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, require_text
from desktop.core.db.tables import (
    plan_items,
    plan_milestones,
    plan_phases,
    plans,
    projects,
)
from desktop.core.plans.kinds import PlanItemKind, default_phase_names


@dataclass(frozen=True)
class PlanItem:
    id: int
    kind: PlanItemKind
    title: str
    due_on: date | None
    notes: str


@dataclass(frozen=True)
class Milestone:
    id: int
    phase_id: int
    title: str
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class Phase:
    id: int
    name: str
    starts_on: date | None
    ends_on: date | None
    description: str
    milestones: tuple[Milestone, ...]


@dataclass(frozen=True)
class PlanContent:
    """Everything a person wrote for a project's plan, in display order."""

    project_id: int
    context: str
    items: tuple[PlanItem, ...]
    phases: tuple[Phase, ...]

    def of_kind(self, kind: PlanItemKind) -> list[PlanItem]:
        return [item for item in self.items if item.kind is kind]


def get_plan(session: Session, project_id: int) -> PlanContent:
    """The plan of a project (empty texts and lists when nothing was written yet)."""
    _require_project(session, project_id)
    context = session.scalar(select(plans.c.context).where(plans.c.project_id == project_id))
    items = tuple(
        PlanItem(row.id, PlanItemKind(row.kind), row.title, row.due_on, row.notes)
        for row in session.execute(
            select(
                plan_items.c.id,
                plan_items.c.kind,
                plan_items.c.title,
                plan_items.c.due_on,
                plan_items.c.notes,
            )
            .where(plan_items.c.project_id == project_id)
            .order_by(plan_items.c.position, plan_items.c.id)
        )
    )
    milestones: dict[int, list[Milestone]] = {}
    for row in session.execute(
        select(
            plan_milestones.c.id,
            plan_milestones.c.phase_id,
            plan_milestones.c.title,
            plan_milestones.c.due_on,
            plan_milestones.c.done,
        )
        .join(plan_phases, plan_phases.c.id == plan_milestones.c.phase_id)
        .where(plan_phases.c.project_id == project_id)
        .order_by(
            plan_milestones.c.due_on.is_(None), plan_milestones.c.due_on, plan_milestones.c.id
        )
    ):
        milestones.setdefault(row.phase_id, []).append(Milestone(*row))
    phases = tuple(
        Phase(
            row.id,
            row.name,
            row.starts_on,
            row.ends_on,
            row.description,
            tuple(milestones.get(row.id, ())),
        )
        for row in session.execute(
            select(
                plan_phases.c.id,
                plan_phases.c.name,
                plan_phases.c.starts_on,
                plan_phases.c.ends_on,
                plan_phases.c.description,
            )
            .where(plan_phases.c.project_id == project_id)
            .order_by(plan_phases.c.position, plan_phases.c.id)
        )
    )
    return PlanContent(project_id, context or "", items, phases)


def set_context(
    session: Session, project_id: int, text: str, by_staff_id: int | None = None
) -> None:
    """Write the plan's "why we change" text."""
    _require_project(session, project_id)
    text = (text or "").strip()
    exists = session.scalar(select(plans.c.id).where(plans.c.project_id == project_id))
    if exists is None:
        session.execute(
            insert(plans).values(project_id=project_id, context=text, updated_by=by_staff_id)
        )
    else:
        session.execute(
            update(plans).where(plans.c.id == exists).values(context=text, updated_by=by_staff_id)
        )


def add_item(
    session: Session,
    project_id: int,
    kind: PlanItemKind | str,
    title: str,
    due_on: date | None = None,
    notes: str = "",
    by_staff_id: int | None = None,
) -> int:
    """A new goal or agenda item at the end of its list; returns its id."""
    _require_project(session, project_id)
    kind = _kind(kind)
    position = session.scalar(
        select(func.coalesce(func.max(plan_items.c.position), 0)).where(
            plan_items.c.project_id == project_id
        )
    )
    return session.execute(
        insert(plan_items)
        .values(
            project_id=project_id,
            kind=kind,
            position=(position or 0) + 1,
            title=_title(title, plan_items.c.title),
            due_on=due_on,
            notes=(notes or "").strip(),
            updated_by=by_staff_id,
        )
        .returning(plan_items.c.id)
    ).scalar_one()


def update_item(
    session: Session,
    item_id: int,
    title: str,
    due_on: date | None = None,
    notes: str = "",
    by_staff_id: int | None = None,
) -> None:
    _changed(
        session.execute(
            update(plan_items)
            .where(plan_items.c.id == item_id)
            .values(
                title=_title(title, plan_items.c.title),
                due_on=due_on,
                notes=(notes or "").strip(),
                updated_by=by_staff_id,
            )
        )
    )


def delete_item(session: Session, item_id: int) -> None:
    _changed(session.execute(delete(plan_items).where(plan_items.c.id == item_id)))


def add_phase(
    session: Session,
    project_id: int,
    name: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    description: str = "",
    by_staff_id: int | None = None,
) -> int:
    """A new growth phase after the existing ones; returns its id."""
    _require_project(session, project_id)
    _check_period(starts_on, ends_on)
    position = session.scalar(
        select(func.coalesce(func.max(plan_phases.c.position), 0)).where(
            plan_phases.c.project_id == project_id
        )
    )
    return session.execute(
        insert(plan_phases)
        .values(
            project_id=project_id,
            position=(position or 0) + 1,
            name=_title(name, plan_phases.c.name),
            starts_on=starts_on,
            ends_on=ends_on,
            description=(description or "").strip(),
            updated_by=by_staff_id,
        )
        .returning(plan_phases.c.id)
    ).scalar_one()


def add_default_phases(session: Session, project_id: int) -> list[int]:
    """Preparation, pilot, rollout and embedding, when the project has no phases yet."""
    _require_project(session, project_id)
    if session.scalar(select(plan_phases.c.id).where(plan_phases.c.project_id == project_id)):
        return []
    return [add_phase(session, project_id, name) for name in default_phase_names()]


def update_phase(
    session: Session,
    phase_id: int,
    name: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    description: str = "",
    by_staff_id: int | None = None,
) -> None:
    _check_period(starts_on, ends_on)
    _changed(
        session.execute(
            update(plan_phases)
            .where(plan_phases.c.id == phase_id)
            .values(
                name=_title(name, plan_phases.c.name),
                starts_on=starts_on,
                ends_on=ends_on,
                description=(description or "").strip(),
                updated_by=by_staff_id,
            )
        )
    )


def delete_phase(session: Session, phase_id: int) -> None:
    """Remove a phase and its milestones."""
    session.execute(delete(plan_milestones).where(plan_milestones.c.phase_id == phase_id))
    _changed(session.execute(delete(plan_phases).where(plan_phases.c.id == phase_id)))


def add_milestone(
    session: Session,
    phase_id: int,
    title: str,
    due_on: date | None = None,
    by_staff_id: int | None = None,
) -> int:
    if session.scalar(select(plan_phases.c.id).where(plan_phases.c.id == phase_id)) is None:
        raise NotFoundError(translate("Plans", "This phase no longer exists."))
    return session.execute(
        insert(plan_milestones)
        .values(
            phase_id=phase_id,
            title=_title(title, plan_milestones.c.title),
            due_on=due_on,
            done=False,
            updated_by=by_staff_id,
        )
        .returning(plan_milestones.c.id)
    ).scalar_one()


def update_milestone(
    session: Session,
    milestone_id: int,
    title: str,
    due_on: date | None = None,
    done: bool = False,
    by_staff_id: int | None = None,
) -> None:
    _changed(
        session.execute(
            update(plan_milestones)
            .where(plan_milestones.c.id == milestone_id)
            .values(
                title=_title(title, plan_milestones.c.title),
                due_on=due_on,
                done=done,
                updated_by=by_staff_id,
            )
        )
    )


def delete_milestone(session: Session, milestone_id: int) -> None:
    _changed(session.execute(delete(plan_milestones).where(plan_milestones.c.id == milestone_id)))


def _require_project(session: Session, project_id: int) -> None:
    if session.scalar(select(projects.c.id).where(projects.c.id == project_id)) is None:
        raise NotFoundError(translate("Projects", "This project no longer exists."))


def _kind(value: PlanItemKind | str) -> PlanItemKind:
    try:
        return PlanItemKind(str(value))
    except ValueError:
        raise ValidationError(
            translate("Plans", "Unknown kind of plan item: {value}.").format(value=value), "kind"
        ) from None


def _title(value: str, column: object) -> str:
    text = require_text(value, "title", translate("Plans", "Title"))
    check_length(text, column, "title")  # type: ignore[arg-type]
    return text


def _check_period(starts_on: date | None, ends_on: date | None) -> None:
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise ValidationError(translate("Plans", "A phase cannot end before it starts."), "ends_on")


def _changed(result: Result[Any]) -> None:
    # An UPDATE's result is a CursorResult at run time; Session.execute is typed for selects.
    if not cast("CursorResult[Any]", result).rowcount:
        raise NotFoundError(translate("Plans", "This part of the plan no longer exists."))
