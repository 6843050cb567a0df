"""The client detail's Privacy menu: change history, export all data, anonymise."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from desktop.core.db.engine import Database
from desktop.core.privacy.audit import CLIENT
from desktop.core.privacy.erasure import anonymise_clients, compact
from desktop.core.privacy.export import write_client_export
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.workers import CancelCheck, ProgressCallback, run_with_progress
from desktop.ui.shell import settings


class ClientPrivacy(QObject):
    """Builds the Privacy button of one client's detail; ``anonymised`` after an erasure."""

    anonymised = Signal(int)

    def __init__(self, database: Database, client_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self.client_id = client_id
        self.parent_widget = parent
        self.name = ""
        self.number = ""
        self.worker: object = None
        self.button = QPushButton(self.tr("&Privacy"), parent)
        self.button.setToolTip(self.tr("Change history, all data of this client, erasure"))
        menu = QMenu(self.button)
        self.history_action = menu.addAction(self.tr("Change &history…"))
        self.export_action = menu.addAction(self.tr("&Export all data…"))
        menu.addSeparator()
        self.anonymise_action = menu.addAction(self.tr("&Anonymise…"))
        self.button.setMenu(menu)
        self.history_action.triggered.connect(self.show_history)
        self.export_action.triggered.connect(self.export)
        self.anonymise_action.triggered.connect(self.anonymise)

    def set_client(self, name: str, number: str, anonymised: bool) -> None:
        self.name, self.number = name, number
        self.anonymise_action.setEnabled(not anonymised)

    def show_history(self) -> QWidget:
        from desktop.ui.privacy.audit_dialog import AuditDialog

        dialog = AuditDialog(self.database, CLIENT, self.client_id, self.name, self.parent_widget)
        dialog.open()
        return dialog

    def export(self) -> None:
        start = Path(settings.last_folder() or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export all data of {name}").format(name=self.name),
            str(start / f"{self.number or self.client_id}.xlsx"),
            self.tr("Excel workbooks (*.xlsx);;JSON files (*.json)"),
        )
        if name:
            settings.set_last_folder(str(Path(name).parent))
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> Path:
            with self.database.connect() as connection:
                return write_client_export(connection, self.client_id, target)

        def done(path: Path) -> None:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Data exported"),
                self.tr("Everything about {name} was written to {path}.").format(
                    name=self.name, path=path
                ),
            )

        self.worker = run_with_progress(
            self.parent_widget, self.tr("Exporting…"), task, done, cancellable=False
        )

    def anonymise(self) -> None:
        answer = QMessageBox.warning(
            self.parent_widget,
            self.tr("Anonymise client"),
            self.tr(
                "Erase the personal data of {name} for good?\n\n"
                "Name, client number, contact details, notes and the free text of its history "
                "are erased; the history itself stays, anonymous, so counts and figures do not "
                "change. This cannot be undone.\n\n"
                "Backups made before now still hold the data until the rotation removes them "
                "(after about a year). Export the data first if the client asked for it."
            ).format(name=self.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        by = current_editor(self.database)
        changes = commit_change(
            self.parent_widget,
            self.database,
            lambda session: anonymise_clients(session, [self.client_id], by),
            Changes.CLIENTS,
        )
        if not changes:
            return
        self.anonymised.emit(self.client_id)
        self.worker = compact_in_background(self.parent_widget, self.database)


def compact_in_background(parent: QWidget, database: Database) -> object:
    """After an erasure: rewrite the database on a worker, so the old bytes leave the file."""

    def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> None:
        compact(database.engine)

    return run_with_progress(
        parent,
        QCoreApplication.translate("ClientPrivacy", "Erasing…"),
        task,
        lambda _result: None,
        cancellable=False,
    )
