"""The main window's menu bar: File (three groups, then Quit), Edit (the current area's own
actions, filled by the window), View (the language, then one entry per area, added by the
window's add_area) and Help.

The File actions are wired to file_commands.py by the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop import __version__
from desktop.core.common import i18n
from desktop.ui.shell import settings

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


class MainMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import clients…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_history_action = QAction(self.tr("Import &history…"), window)
        self.print_plan_action = QAction(self.tr("&Print rollout plan…"), window)
        self.print_plan_action.setShortcut(QKeySequence.StandardKey.Print)
        self.call_lists_action = QAction(self.tr("Export &call lists…"), window)
        self.overview_action = QAction(self.tr("Export o&verview…"), window)
        self.backups_action = QAction(self.tr("&Backups…"), window)
        self.retention_action = QAction(self.tr("&Retention…"), window)
        self.office_action = QAction(self.tr("&Office settings…"), window)
        groups = (
            (self.import_action, self.import_history_action),
            (self.print_plan_action, self.call_lists_action, self.overview_action),
            (self.backups_action, self.retention_action, self.office_action),
        )
        for group in groups:
            self.file_menu.addActions(list(group))
            self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.file_menu.addAction(self.quit_action)
        # The Edit menu shows the current area's own actions (see MainWindow._fill_edit_menu).
        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setEnabled(False)
        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.language_menu = self._build_language_menu()
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Draagvlak"), window)
        self.help_menu.addAction(self.about_action)
        self.about_action.triggered.connect(self._show_about)

    def _build_language_menu(self) -> QMenu:
        window = self._window
        menu = QMenu(self.tr("&Language"), window)
        group = QActionGroup(window)
        for code, label in i18n.LANGUAGE_NAMES:
            action = QAction(label, group)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.setData(code)
            menu.addAction(action)
        group.triggered.connect(self._on_language_chosen)
        self.view_menu.addMenu(menu)
        self.view_menu.addSeparator()
        return menu

    def _on_language_chosen(self, action: QAction) -> None:
        settings.set_value(settings.LANGUAGE, action.data())
        QMessageBox.information(
            self._window,
            self.tr("Language"),
            self.tr("The new language is used the next time you start Draagvlak."),
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self._window,
            self.tr("About Draagvlak"),
            self.tr(
                "<h3>Draagvlak {version}</h3>"
                "<p>Bring an accounting firm's staff and clients along with new ICT, such as a "
                "client portal: readiness assessments (ADKAR), staff champions, the client list "
                "and its import, onboarding projects with stages and an approach per segment, a "
                "board to move clients on, a dashboard with a forecast, rewards, the rollout "
                "plan as a PDF and Excel overviews, and backups.</p>"
                "<p>All data stays on your own PC or server.</p>"
                "<p>Database: {database}</p>"
            ).format(version=__version__, database=self._window.database_text()),
        )
