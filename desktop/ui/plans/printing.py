"""File ▸ Print rollout plan…: the PDF goes through the exports' runner (export_runner.py).

The file is chosen in the last folder used, built on a worker with progress and Cancel under a
temporary name and moved into place by the core, so a failure or a target held open by a PDF
viewer never leaves half a file; such a target offers the choice of another name, and the saved
plan can be opened in the PDF viewer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.common import i18n
from desktop.core.db.engine import Database
from desktop.core.plans.document import PlanOptions, PrintedPlan, print_plan
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes
from desktop.ui.common.workers import CancelCheck, ProgressCallback, Worker
from desktop.ui.exports.export_runner import Saved, run_export

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class PlanPrinter(QObject):
    """Prints one project's plan; ``printed`` carries the PrintedPlan once it is saved."""

    printed = Signal(object)
    changed = Signal(object)  # Changes committed (a new version)

    def __init__(
        self,
        parent: QWidget,
        database: Database,
        project_id: int,
        project_name: str,
        call_lists: bool = False,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.database = database
        self.project_id = project_id
        self.project_name = project_name
        self.call_lists = call_lists

    def start(self, target: Path | None = None) -> Worker | None:
        """Ask for a file name (unless ``target`` is given), then print there."""
        project_id = self.project_id
        options = PlanOptions(language=i18n.current_language(), call_lists=self.call_lists)
        by = current_editor(self.database)

        def export(
            session: Session, path: Path, report: ProgressCallback, cancelled: CancelCheck
        ) -> PrintedPlan:
            printed = print_plan(session, project_id, path, options, by, report, cancelled)
            session.commit()
            return printed

        name = self.tr("Rollout plan {project}.pdf").format(project=_file_safe(self.project_name))
        return run_export(
            self.parent_widget,
            self.database,
            self.tr("Print rollout plan"),
            name,
            export,
            target=target,
            on_saved=self._on_printed,
        )

    def _on_printed(self, printed: Saved) -> None:
        self.changed.emit(Changes.MEASURES)
        self.printed.emit(printed)


def _file_safe(name: str) -> str:
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip() or "plan"
