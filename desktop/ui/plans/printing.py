"""File ▸ Print rollout plan…: choose a file, build the PDF on a worker, open it.

The PDF is built under a temporary name and moved into place by the core, so a failure or a
target held open by a PDF viewer never leaves half a file; a target that cannot be replaced
offers the choice of another name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.common import i18n
from desktop.core.db.engine import Database
from desktop.core.exports.pdf.layout import PdfSaveError
from desktop.core.plans.document import PlanOptions, PrintedPlan, print_plan
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes
from desktop.ui.common.workers import CancelCheck, ProgressCallback, run_with_progress
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import show_error


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
        self.open_when_done = True

    def start(self) -> None:
        """Ask for a file name, then print there."""
        path = self.ask_path()
        if path is not None:
            self.print_to(path)

    def ask_path(self, suggestion: Path | None = None) -> Path | None:
        default = suggestion or Path(settings.last_folder() or Path.home()) / self.tr(
            "Rollout plan {project}.pdf"
        ).format(project=_file_safe(self.project_name))
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Print rollout plan"),
            str(default),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.set_last_folder(str(path.parent))
        return path

    def print_to(self, path: Path) -> None:
        database, project_id = self.database, self.project_id
        options = PlanOptions(language=i18n.current_language(), call_lists=self.call_lists)
        by = current_editor(database)

        def task(progress: ProgressCallback, is_cancelled: CancelCheck) -> PrintedPlan:
            with database.session() as session:
                printed = print_plan(session, project_id, path, options, by, progress, is_cancelled)
                session.commit()
            return printed

        run_with_progress(
            self.parent_widget,
            self.tr("Printing the rollout plan…"),
            task,
            on_success=self._on_printed,
            on_error=lambda error: self._on_error(error, path),
        )

    def _on_printed(self, printed: PrintedPlan) -> None:
        self.changed.emit(Changes.MEASURES)
        self.printed.emit(printed)
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed.path)))

    def _on_error(self, error: BaseException, path: Path) -> None:
        if not isinstance(error, PdfSaveError):
            show_error(self.parent_widget, error)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Print rollout plan"),
            str(error),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        other = box.addButton(self.tr("Choose &another name…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(other)
        box.exec()
        if box.clickedButton() is other:
            again = self.ask_path(path.with_name(path.stem + " (2).pdf"))
            if again is not None:
                self.print_to(again)


def _file_safe(name: str) -> str:
    return "".join("-" if c in '<>:"/\\|?*' else c for c in name).strip() or "plan"
