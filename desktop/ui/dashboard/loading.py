"""What the dashboard shows, read on a worker with its own session, in two steps: the project
list with the key figures of the project shown (what the first paint needs), then its
champions and readiness trend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the queries (and the ORM) load with the first reading, not at start-up
    from desktop.core.dashboard.figures import ProjectFigures
    from desktop.core.db.engine import Database
    from desktop.core.pipelines.projects import ProjectRow

ALL_PROJECTS = -1  # the office-wide view's choice


@dataclass(frozen=True)
class DashboardData:
    """The projects to choose from and what to show: one project's key figures (``figures``),
    every project's (``overview``, with ``project_id`` ALL_PROJECTS), or nothing (no project)."""

    projects: list[ProjectRow]
    project_id: int | None
    weeks: int
    figures: ProjectFigures | None
    overview: list[ProjectFigures]


def load_key_figures(database: Database, wanted: int | None, weeks: int) -> DashboardData:
    """Runs on a worker. ``wanted``: a project id or ALL_PROJECTS; when that is gone (or None),
    the project with the most enrolled clients."""
    from desktop.core.dashboard.figures import key_figures
    from desktop.core.dashboard.overview import office_overview
    from desktop.core.pipelines.projects import list_projects

    with database.session() as session:
        projects = list_projects(session)
        ids = {project.id for project in projects}
        if wanted == ALL_PROJECTS and len(projects) > 1:
            return DashboardData(
                projects, ALL_PROJECTS, weeks, None, office_overview(session, weeks=weeks)
            )
        if wanted not in ids:
            if not projects:
                return DashboardData(projects, None, weeks, None, [])
            wanted = max(projects, key=lambda p: p.enrolled).id
        assert wanted is not None
        figures = key_figures(session, wanted, weeks=weeks)
        return DashboardData(projects, wanted, weeks, figures, [])


def load_details(database: Database, figures: ProjectFigures) -> ProjectFigures:
    """Runs on a worker: ``figures`` with the champions and the readiness trend."""
    from desktop.core.dashboard.figures import with_details

    with database.session() as session:
        return with_details(session, figures)
