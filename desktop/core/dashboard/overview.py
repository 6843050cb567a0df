"""The office-wide view: every project's headline figures side by side."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.dashboard.figures import ProjectFigures, project_figures
from desktop.core.dashboard.forecast import DEFAULT_WEEKS
from desktop.core.db.models import Project
from desktop.core.pipelines.projects import list_projects


def project_ids(session: Session, name: str | None = None) -> list[int]:
    """All projects by name, or the one with this name (NotFoundError naming it otherwise)."""
    if name is None:
        return [project.id for project in list_projects(session)]
    found = session.scalar(select(Project.id).where(Project.name == name.strip()))
    if found is None:
        raise NotFoundError(
            translate("Dashboard", "There is no project named {name}.").format(name=name)
        )
    return [found]


def office_overview(
    session: Session, today: date | None = None, weeks: int = DEFAULT_WEEKS
) -> list[ProjectFigures]:
    """Each project's figures, by name (an office has a handful of projects)."""
    return [project_figures(session, i, today, weeks) for i in project_ids(session)]
