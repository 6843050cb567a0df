"""What the File menu's items open: the import wizard and history, the rollout plan's print,
the Excel exports, backups, retention and the office settings.

Each dialog is imported when first opened (the window starts that much sooner) and tells the
main window what it changed, so every area reloads what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.ui.common.changes import Changes

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


def _opened(dialog: QDialog) -> QWidget:
    """Show a window-modal dialog that deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class FileCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def open_import_wizard(self) -> QWidget:
        """The client import wizard; after an import every view reloads."""
        from desktop.ui.import_wizard import ImportWizard

        window = self._window
        wizard = ImportWizard(window.database, window)
        wizard.clients_imported.connect(lambda: window.apply_changes(Changes.ALL))
        return _opened(wizard)

    def print_rollout_plan(self) -> None:
        """File ▸ Print rollout plan: the plan of the project chosen in Projects."""
        from desktop.ui.projects.projects_view import ProjectsView

        window = self._window
        window.show_area("projects")
        view = window.area("projects")
        editor = view.plan_editor if isinstance(view, ProjectsView) else None
        if editor is None or editor.project_id is None:
            QMessageBox.information(
                window,
                self.tr("Print rollout plan"),
                self.tr("Create a project first: the rollout plan belongs to a project."),
            )
            return
        editor.print_plan()

    def open_office_settings(self) -> QWidget:
        """File ▸ Office settings: name, logo and language; the title bar follows the name."""
        from desktop.ui.office.settings_dialog import OfficeSettingsDialog

        window = self._window
        dialog = OfficeSettingsDialog(window.database, window)
        dialog.saved.connect(window.apply_changes)
        return _opened(dialog)

    def open_import_history(self) -> QWidget:
        """The import history; after an undo every view reloads."""
        from desktop.ui.imports.history_dialog import ImportHistoryDialog

        window = self._window
        dialog = ImportHistoryDialog(window.database, window)
        dialog.import_undone.connect(lambda: window.apply_changes(Changes.ALL))
        return _opened(dialog)

    def export_call_lists(self) -> None:
        """File ▸ Export call lists: a sheet per champion with the clients to call."""
        from desktop.ui.exports.project_exports import export_call_lists

        export_call_lists(self._window, self._window.database)

    def export_overview(self) -> None:
        """File ▸ Export overview: a project's figures, clients, staff and readiness."""
        from desktop.ui.exports.project_exports import export_overview

        export_overview(self._window, self._window.database)

    def open_backups(self) -> QWidget:
        """File ▸ Backups…; after a restore every view reads the database again."""
        from desktop.ui.backups.backups_dialog import BackupsDialog

        window = self._window
        dialog = BackupsDialog(window.database, window, window.auto_backup)
        dialog.restored.connect(window.reload_after_restore)
        return _opened(dialog)

    def open_retention(self) -> QWidget:
        """File ▸ Retention…: archived clients past the office's period, to anonymise."""
        from desktop.ui.privacy.retention_dialog import RetentionDialog

        window = self._window
        dialog = RetentionDialog(window.database, window)
        dialog.changed.connect(window.apply_changes)
        return _opened(dialog)
