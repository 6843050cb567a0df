"""What the dashboard shows, read on a worker with its own session."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.dashboard.figures import ProjectFigures, project_figures
from desktop.core.dashboard.overview import office_overview
from desktop.core.db.engine import Database


@dataclass(frozen=True)
class DashboardData:
    """One project's figures, or (``project_id`` None) every project's, office-wide."""

    project_id: int | None
    weeks: int
    figures: ProjectFigures | None
    projects: list[ProjectFigures]


def load_dashboard(database: Database, project_id: int | None, weeks: int) -> DashboardData:
    """Runs on a worker."""
    with database.session() as session:
        if project_id is None:
            return DashboardData(None, weeks, None, office_overview(session, weeks=weeks))
        return DashboardData(
            project_id, weeks, project_figures(session, project_id, weeks=weeks), []
        )
