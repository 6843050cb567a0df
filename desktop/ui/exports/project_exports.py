"""File ▸ Export call lists… and File ▸ Export overview…: the workbooks of one project."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.core.common.i18n import translate
from desktop.core.db.engine import Database
from desktop.ui.common.workers import Worker
from desktop.ui.exports.export_runner import run_export

if TYPE_CHECKING:
    from desktop.core.exports.xlsx.client_list import ExportResult


def choose_project(parent: QWidget, database: Database) -> str | None:
    """The project to export: the only one, or the one the user picks; None when there is none
    (said) or the user cancelled."""
    from desktop.core.pipelines.projects import list_projects

    with database.session() as session:
        names = [project.name for project in list_projects(session)]
    if not names:
        QMessageBox.information(
            parent,
            translate("Exports", "No project"),
            translate("Exports", "Create a project first: exports are per project."),
        )
        return None
    if len(names) == 1:
        return names[0]
    name, chosen = QInputDialog.getItem(
        parent,
        translate("Exports", "Choose a project"),
        translate("Exports", "Project:"),
        names,
        0,
        False,
    )
    return name if chosen else None


def export_call_lists(parent: QWidget, database: Database) -> Worker | None:
    from desktop.core.exports.xlsx.call_lists import export_call_lists as export

    return _export_project(
        parent,
        database,
        translate("Exports", "Export call lists"),
        translate("Exports", "Call lists {project} {day}.xlsx"),
        export,
    )


def export_overview(parent: QWidget, database: Database) -> Worker | None:
    from desktop.core.exports.xlsx.overview import export_overview as export

    return _export_project(
        parent,
        database,
        translate("Exports", "Export overview"),
        translate("Exports", "Overview {project} {day}.xlsx"),
        export,
    )


def _export_project(
    parent: QWidget,
    database: Database,
    title: str,
    file_name: str,
    export: Callable[..., ExportResult],
) -> Worker | None:
    """Ask for the project, then export(session, path, project, report=…, is_cancelled=…)."""
    project = choose_project(parent, database)
    if project is None:
        return None
    suggested = file_name.format(project=project, day=date.today().isoformat())
    return run_export(
        parent,
        database,
        title,
        suggested,
        lambda session, path, report, cancelled: export(
            session, path, project, report=report, is_cancelled=cancelled
        ),
    )
