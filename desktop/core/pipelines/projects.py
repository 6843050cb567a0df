"""Projects (ICT initiatives): creating one from a template, editing it, listing them.

A project's pipeline stages and per-segment limits live in stages.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.lookup import find_named
from desktop.core.common.validation import check_length, require_text
from desktop.core.db import tables
from desktop.core.db.models import (
    Enrollment,
    Project,
    Stage,
)
from desktop.core.db.records import lock_for_edit as _lock
from desktop.core.db.records import write_changes
from desktop.core.pipelines.templates import TEMPLATES


class Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = Unchanged()
"""Default of update_project's keyword arguments: leave that field as it is."""


@dataclass(frozen=True)
class ProjectRow:
    """A project for lists; ``enrolled`` counts its clients."""

    id: int
    name: str
    description: str
    goal_percent: int | None
    target_date: date | None
    phase: str
    enrolled: int


def create_project(
    session: Session,
    name: str,
    description: str = "",
    goal_percent: int | None = None,
    target_date: date | None = None,
    phase: str = "",
    template: str = "client_portal",
) -> Project:
    """A new project with the stages of a template ("client_portal" or "empty")."""
    if template not in TEMPLATES:
        raise ValidationError(
            translate("Projects", "Unknown stage template '{template}'.").format(template=template),
            "template",
        )
    project = Project(
        name=_project_name(session, name, None),
        description=(description or "").strip(),
        goal_percent=_goal_percent(goal_percent),
        target_date=target_date,
        phase=_phase(phase),
    )
    session.add(project)
    session.flush()
    for position, stage in enumerate(TEMPLATES[template]()):
        session.add(
            Stage(
                project_id=project.id,
                position=position,
                name=stage.name,
                kind=stage.kind,
                max_days=stage.max_days,
            )
        )
    session.flush()
    return project


def update_project(
    session: Session,
    project_id: int,
    *,
    name: str | Unchanged = UNCHANGED,
    description: str | Unchanged = UNCHANGED,
    goal_percent: int | None | Unchanged = UNCHANGED,
    target_date: date | None | Unchanged = UNCHANGED,
    phase: str | Unchanged = UNCHANGED,
    read: Mapping[str, object] | None = None,
    by: int | None = None,
) -> Project:
    """Change the given fields of a project; fields left out stay as they are.

    With ``read`` (project_values as the form loaded them) only the fields that differ from it
    are written, and StaleEditError refuses one that someone else changed since.
    """
    project = _lock(
        session, Project, project_id, translate("Projects", "This project no longer exists.")
    )
    given = {
        "name": name,
        "description": description,
        "goal_percent": goal_percent,
        "target_date": target_date,
        "phase": phase,
    }
    wanted = {
        field: _clean_project_field(session, field, value, project_id)
        for field, value in given.items()
        if not isinstance(value, Unchanged)
    }
    if read is None:
        read = project_values(project)
    else:
        wanted = {field: value for field, value in wanted.items() if value != read[field]}
    write_changes(session, project, read, wanted, project_field_labels(), by)
    return project


def project_values(project: Project) -> dict[str, object]:
    """The editable fields of a project by name, as an edit form reads them."""
    return {
        "name": project.name,
        "description": project.description,
        "goal_percent": project.goal_percent,
        "target_date": project.target_date,
        "phase": project.phase,
    }


def project_field_labels() -> dict[str, str]:
    """The translated name of each editable project field, as conflict messages name it."""
    return {
        "name": translate("Projects", "Project name"),
        "description": translate("Projects", "Description"),
        "goal_percent": translate("Projects", "Goal"),
        "target_date": translate("Projects", "Target date"),
        "phase": translate("Projects", "Phase"),
    }


def _clean_project_field(session: Session, field: str, value: object, project_id: int) -> object:
    if field == "name":
        return _project_name(session, value, project_id)  # type: ignore[arg-type]
    if field == "description":
        return (value or "").strip()  # type: ignore[attr-defined]
    if field == "goal_percent":
        return _goal_percent(value)  # type: ignore[arg-type]
    if field == "phase":
        return _phase(value)  # type: ignore[arg-type]
    return value


def get_project(session: Session, project_id: int) -> Project:
    """The project, or NotFoundError."""
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(translate("Projects", "This project no longer exists."))
    return project


def list_projects(session: Session) -> list[ProjectRow]:
    """All projects by name, each with its number of enrolled clients."""
    enrolled = (
        select(func.count())
        .where(Enrollment.project_id == Project.id)
        .correlate(Project)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Project.id,
            Project.name,
            Project.description,
            Project.goal_percent,
            Project.target_date,
            Project.phase,
            enrolled,
        ).order_by(Project.name)
    )
    return [ProjectRow(*row) for row in rows]


def project_choices(session: Session) -> list[tuple[int, str]]:
    """Every project's id and name, by name: a project chooser's, with nothing counted."""
    return [(pid, name) for pid, name in session.execute(_BY_NAME)]


def busiest_project(session: Session) -> int | None:
    """The project most clients are enrolled in (the first by name of those tied), as
    list_projects would tell; an only project is not counted."""
    ids = list(session.scalars(select(Project.id).order_by(Project.name)))
    if len(ids) < 2:
        return ids[0] if ids else None
    counts = dict(
        session.execute(
            select(Enrollment.project_id, func.count()).group_by(Enrollment.project_id)
        ).all()
    )
    return max(ids, key=lambda project_id: counts.get(project_id, 0))


_BY_NAME = select(Project.id, Project.name).order_by(Project.name)


def _project_name(session: Session, name: str, project_id: int | None) -> str:
    text = require_text(name, "name", translate("Projects", "Project name"))
    check_length(text, tables.projects.c.name)
    query = select(Project.id).where(func.lower(Project.name) == text.lower())
    if project_id is not None:
        query = query.where(Project.id != project_id)
    if session.scalar(query) is not None:
        raise ConflictError(
            translate("Projects", "A project named '{name}' already exists.").format(name=text)
        )
    return text


def _phase(phase: str | None) -> str:
    text = (phase or "").strip()
    check_length(text, tables.projects.c.phase)
    return text


def _goal_percent(value: int | None) -> int | None:
    if value is None:
        return None
    if not 0 <= value <= 100:
        raise ValidationError(
            translate("Projects", "The goal must be a percentage from 0 to 100."), "goal_percent"
        )
    return value


def find_project(session: Session, name: str | None) -> ProjectRow:
    """The project of this name (case-insensitive), or the only project when no name is given;
    NotFoundError naming the projects there are otherwise."""
    projects = list_projects(session)
    if name is None and len(projects) == 1:
        return projects[0]
    if name is None:
        message = translate("Projects", "Name the project. Projects: {names}.")
    else:
        message = translate("Projects", "There is no project named '{name}'. Projects: {names}.")
    return find_named(projects, name or "", lambda row: row.name, message)
