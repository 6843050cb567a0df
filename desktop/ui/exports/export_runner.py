"""One way every export runs from the GUI: the Excel workbooks and the rollout plan's PDF.

The user picks a file (the last folder used is remembered); the export runs on a worker with
progress and Cancel, writing to a temporary file that is moved into place only when complete.
A target that another program holds open (Excel on Windows) gets a clear message and the
choice of another name; afterwards the user may open the file in its program.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.common.i18n import Context, translate
from desktop.core.db.engine import Database
from desktop.core.exports.xlsx.saving import TargetInUseError
from desktop.ui.common.workers import CancelCheck, ProgressCallback, Worker, run_with_progress
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import show_error

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Exports = Context("Exports")


class Saved(Protocol):
    """What an export returns: the file it wrote and one sentence about it."""

    @property
    def path(self) -> Path: ...

    def saved_text(self) -> str: ...


# export(session, path, report, is_cancelled) -> Saved
Export = Callable[["Session", Path, ProgressCallback, CancelCheck], Saved]


def ask_target(parent: QWidget, title: str, suggested_name: str) -> Path | None:
    """The file to write, asked with a save dialog in the last folder used; None: cancelled.
    The suggested name's extension (.xlsx or .pdf) decides the kind of file."""
    suggested = Path(settings.last_folder()) / suggested_name
    suffix = ".pdf" if suggested.suffix.lower() == ".pdf" else ".xlsx"
    kinds = {
        ".pdf": translate("Exports", "PDF document (*.pdf)"),
        ".xlsx": translate("Exports", "Excel workbook (*.xlsx)"),
    }
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds[suffix])
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)


def run_export(
    parent: QWidget,
    database: Database,
    title: str,
    suggested_name: str,
    export: Export,
    target: Path | None = None,
    on_saved: Callable[[Saved], None] | None = None,
) -> Worker | None:
    """Ask for a file (unless ``target`` is given) and write the export on a worker."""
    target = target or ask_target(parent, title, suggested_name)
    if target is None:
        return None

    def task(report: ProgressCallback, is_cancelled: CancelCheck) -> Saved:
        with database.session() as session:
            return export(session, target, report, is_cancelled)

    def saved(result: Saved) -> None:
        settings.set_last_folder(str(result.path.parent))
        if on_saved is not None:
            on_saved(result)
        offer_to_open(parent, result)

    def failed(error: BaseException) -> None:
        if isinstance(error, TargetInUseError) and _choose_another_name(parent, error):
            run_export(parent, database, title, error.path.name, export, None, on_saved)
        else:
            show_error(parent, error)

    label = translate("Exports", "Writing {name}…").format(name=target.name)
    return run_with_progress(parent, label, task, saved, failed)


def _choose_another_name(parent: QWidget, error: TargetInUseError) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("Exports", "File in use"), str(error), parent=parent
    )
    other = box.addButton(
        translate("Exports", "Save under another name…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(other)
    box.exec()
    return box.clickedButton() is other


def offer_to_open(parent: QWidget, result: Saved) -> None:
    """Say what was saved and offer to open it in its program (Excel, the PDF viewer)."""
    text = result.saved_text() + " " + translate("Exports", "Open it now?")
    answer = QMessageBox.question(parent, translate("Exports", "Export saved"), text)
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
