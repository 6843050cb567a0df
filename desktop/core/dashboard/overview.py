"""The office-wide view: every project's headline figures side by side."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.dashboard.figures import ProjectFigures, project_figures
from desktop.core.dashboard.forecast import DEFAULT_WEEKS
from desktop.core.pipelines.projects import find_project, list_projects


def project_ids(session: Session, name: str | None = None) -> list[int]:
    """All projects by name, or the one with this name (NotFoundError naming it otherwise)."""
    if name is None:
        return [project.id for project in list_projects(session)]
    return [find_project(session, name).id]


def office_overview(
    session: Session, today: date | None = None, weeks: int = DEFAULT_WEEKS
) -> list[ProjectFigures]:
    """Each project's figures, by name (an office has a handful of projects)."""
    return [project_figures(session, i, today, weeks) for i in project_ids(session)]
