"""The main window: a sidebar of areas beside a stack of views, menus and a status bar.

It wires views together; the views themselves live in their own modules, the menu bar in
main_menus.py and what the File menu opens in file_commands.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.core.common.paths import resources_dir
from desktop.core.db.engine import Database
from desktop.core.office.settings import get_settings, needs_setup
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes
from desktop.ui.shell import settings
from desktop.ui.shell.file_commands import FileCommands
from desktop.ui.shell.main_menus import MainMenus

if TYPE_CHECKING:  # each area's module loads when the area is first shown
    from desktop.ui.clients.clients_view import ClientsView
    from desktop.ui.shell.welcome_view import WelcomeView

AREA_ROLE = Qt.ItemDataRole.UserRole


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    changes_applied = Signal(object)  # Changes every area was told about (see apply_changes)

    def __init__(self, database: Database, first_area: str | None = None) -> None:
        """``first_area`` opens instead of the area that was open last (the start-up probe's
        client list)."""
        super().__init__()
        self.database = database
        self._first_area = first_area
        self.replaced_by: MainWindow | None = None  # after switch_language
        self._areas: dict[str, Callable[[], AreaView]] = {}  # key -> view factory, in order
        self._views: dict[str, AreaView] = {}  # the views built so far
        self._welcome_view: WelcomeView | None = None  # built when first shown
        self._build_ui()
        self._build_menus()
        self._create_areas()
        self._connect_signals()
        self._restore_state()
        self._start_backups()

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._update_title()
        self.setMinimumSize(760, 520)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel(self.database_text(), self)
        self.database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(self.database_label)

    def _build_menus(self) -> None:
        self.menus = MainMenus(self)
        self.file_commands = FileCommands(self)

    def switch_language(self, language: str) -> MainWindow:
        """Show the program in ``language`` now (the first start's language choice): the
        window is built anew in it, at the same place; returns the new window."""
        from PySide6.QtWidgets import QApplication

        from desktop.ui.shell.translator import install_translators

        settings.set_value(settings.LANGUAGE, language)
        install_translators(QApplication.instance(), language)
        replacement = MainWindow(self.database)
        replacement.setGeometry(self.geometry())
        replacement.show()
        self.replaced_by = replacement  # kept alive by whoever holds this window
        self.close()
        return replacement

    def _create_areas(self) -> None:
        """One line per area. Views (and their modules) are built when first shown, which keeps
        start-up down to what the first area needs."""
        self.add_area("dashboard", self.tr("Dashboard"), self._dashboard_view, "dashboard")
        self.add_area("clients", self.tr("Clients"), self._clients_view, "clients")
        self.add_area("staff", self.tr("Staff"), self._staff_view, "staff")
        self.add_area("projects", self.tr("Projects"), self._projects_view, "projects")
        self.add_area("board", self.tr("Board"), self._board_view, "board")
        self.add_area("assessments", self.tr("Readiness"), self._assessments_view, "assessments")
        self.add_area("rewards", self.tr("Rewards"), self._rewards_view, "rewards")

    def _dashboard_view(self) -> AreaView:
        from desktop.ui.dashboard.dashboard_view import DashboardView

        view = DashboardView(self.database)
        view.board_requested.connect(self.open_board_filtered)
        view.clients_requested.connect(self.open_clients_reached)
        view.overdue_requested.connect(self.open_clients_overdue)
        return view

    def _clients(self) -> ClientsView:
        from desktop.ui.clients.clients_view import ClientsView  # noqa: F811

        clients = self.area("clients")
        assert isinstance(clients, ClientsView)
        return clients

    def open_clients_reached(self, stage_id: int) -> None:
        """The client list of the clients that reached a stage (a funnel bar's clients)."""
        self._clients().show_reached(stage_id)
        self.show_area("clients")

    def open_clients_overdue(self, project_id: int, champion: object) -> None:
        """The client list of the overdue next actions in a project (of one champion)."""
        self._clients().show_overdue(project_id, champion)  # type: ignore[arg-type]
        self.show_area("clients")

    def open_board_filtered(
        self, project_id: int, champion: object, stalled_only: bool, stage_id: object
    ) -> None:
        """The board of a project, filtered to a champion (or stalled clients), at a stage."""
        from desktop.ui.board.board_view import BoardView

        board = self.area("board")
        assert isinstance(board, BoardView)
        board.show_filtered(project_id, champion, stalled_only, stage_id)  # type: ignore[arg-type]
        self.show_area("board")

    def _clients_view(self) -> AreaView:
        from desktop.ui.clients.clients_view import ClientsView

        return ClientsView(self.database)

    def _staff_view(self) -> AreaView:
        from desktop.ui.staff.staff_view import StaffView

        return StaffView(self.database)

    def _projects_view(self) -> AreaView:
        from desktop.ui.projects.projects_view import ProjectsView

        return ProjectsView(self.database)

    def _board_view(self) -> AreaView:
        from desktop.ui.board.board_view import BoardView

        return BoardView(self.database)

    def _assessments_view(self) -> AreaView:
        from desktop.ui.assessments.assessments_view import AssessmentsView

        return AssessmentsView(self.database)

    def _rewards_view(self) -> AreaView:
        from desktop.ui.rewards.rewards_view import RewardsView

        return RewardsView(self.database)

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        menus, commands = self.menus, self.file_commands
        menus.import_action.triggered.connect(commands.open_import_wizard)
        menus.office_action.triggered.connect(commands.open_office_settings)
        menus.import_history_action.triggered.connect(commands.open_import_history)
        menus.call_lists_action.triggered.connect(commands.export_call_lists)
        menus.overview_action.triggered.connect(commands.export_overview)
        menus.print_plan_action.triggered.connect(commands.print_rollout_plan)
        menus.backups_action.triggered.connect(commands.open_backups)
        menus.retention_action.triggered.connect(commands.open_retention)
        menus.quit_action.triggered.connect(self.close)

    # -- areas --------------------------------------------------------------------------------

    def add_area(
        self, key: str, title: str, factory: Callable[[], AreaView], icon_name: str
    ) -> None:
        """Register a view in the sidebar and the View menu (Ctrl+1, Ctrl+2, …)."""
        self._areas[key] = factory
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(AREA_ROLE, key)
        self.sidebar.addItem(item)
        action = QAction(icon(icon_name), title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{len(self._areas)}"))
        action.triggered.connect(lambda: self.show_area(key))
        self.menus.view_menu.addAction(action)

    def area(self, key: str) -> AreaView:
        """The view of an area, built on first use."""
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = self._areas[key]()
            self.stack.addWidget(view)
            view.status_changed.connect(self._on_view_status_changed)
            view.changed.connect(partial(self.apply_changes, source=view))
        return view

    def show_area(self, key: str) -> None:
        if key not in self._areas or self.sidebar.isHidden():  # the welcome screen is up
            return
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(AREA_ROLE) == key:
                self.sidebar.setCurrentRow(row)
                return

    def current_area(self) -> str | None:
        item = self.sidebar.currentItem()
        return item.data(AREA_ROLE) if item is not None else None

    def apply_changes(self, changes: Changes, source: AreaView | None = None) -> None:
        """Tell every built view except ``source`` (which shows its own change already) what
        was committed; views built later read fresh data anyway."""
        for view in self._views.values():
            if view is not source:
                view.on_changes(changes)
        if changes & Changes.OFFICE:
            self._update_title()
        self.changes_applied.emit(changes)

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0:
            return
        view = self.area(self.sidebar.item(row).data(AREA_ROLE))
        self.stack.setCurrentWidget(view)
        self._fill_edit_menu(view)
        self.statusBar().showMessage(view.status_text())

    def _fill_edit_menu(self, view: AreaView) -> None:
        edit_menu = self.menus.edit_menu
        edit_menu.clear()
        for action in view.edit_actions():
            edit_menu.addAction(action)
        edit_menu.setEnabled(not edit_menu.isEmpty())

    def _on_view_status_changed(self, text: str) -> None:
        if self.sender() is self.stack.currentWidget():
            self.statusBar().showMessage(text)

    # -- welcome ------------------------------------------------------------------------------

    @property
    def welcome_view(self) -> WelcomeView:
        """The first start's screen, built when first needed: an office that is set up never
        shows it, and its start-up does not pay for it."""
        if self._welcome_view is None:
            from desktop.ui.shell.welcome_view import WelcomeView  # noqa: F811

            view = self._welcome_view = WelcomeView(self.database, self.stack)
            self.stack.addWidget(view)
            view.office_ready.connect(self._on_office_ready)
            view.import_requested.connect(self.file_commands.open_import_wizard)
            view.language_chosen.connect(self.switch_language)
        return self._welcome_view

    def _show_welcome(self, show: bool) -> None:
        self.sidebar.setVisible(not show)
        self.menus.view_menu.setEnabled(not show)
        if show:
            self.stack.setCurrentWidget(self.welcome_view)

    def _on_office_ready(self) -> None:
        self._show_welcome(False)
        self.apply_changes(Changes.ALL)
        self.show_area(self.current_area() or next(iter(self._areas), ""))
        self._on_sidebar_row_changed(self.sidebar.currentRow())

    # -- state --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        if not settings.restore_geometry(settings.MAIN_GEOMETRY, self):
            self.resize(1280, 800)
        with self.database.connect() as connection:
            empty = needs_setup(connection)
        self._show_welcome(empty)
        if not empty:
            stored = self._first_area or settings.value(settings.MAIN_AREA)
            first = next(iter(self._areas), None)
            target = stored if isinstance(stored, str) and stored in self._areas else first
            if target:
                self.show_area(target)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        settings.save_geometry(settings.MAIN_GEOMETRY, self)
        if self.current_area():
            settings.set_value(settings.MAIN_AREA, self.current_area())
        for view in self._views.values():
            view.save_state()
        self.auto_backup.stop()
        self.auto_backup.back_up_if_changed()  # on a worker; the app waits for it at exit
        super().closeEvent(event)

    def _update_title(self) -> None:
        with self.database.connect() as connection:
            office = get_settings(connection)
        if office is not None and office.name:
            self.setWindowTitle(self.tr("Draagvlak — {office}").format(office=office.name))
        else:
            self.setWindowTitle(self.tr("Draagvlak"))
        # The office's logo in the title bar (and the taskbar), when it can be read.
        logo = QIcon(office.logo_path) if office is not None and office.logo_path else QIcon()
        self.setWindowIcon(logo if not logo.isNull() else QApplication.windowIcon())

    def database_text(self) -> str:
        """Where the data is: the file, or the server's address without the password."""
        path = self.database.file_path
        if path is not None:
            return str(path)
        return self.database.engine.url.render_as_string(hide_password=True)

    def _start_backups(self) -> None:
        """Automatic backups (every 30 minutes and at exit, when something changed). A
        database in a synced folder is warned about at start-up (app.py)."""
        from desktop.ui.backups.auto_backup import AutoBackup

        self.auto_backup = AutoBackup(self.database, self)
        self.auto_backup.failed.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("Automatic backup failed: {error}").format(error=text)
            )
        )

    def reload_after_restore(self) -> None:
        """After a backup was restored: the title, the welcome screen and every area anew."""
        self._update_title()
        with self.database.connect() as connection:
            self._show_welcome(needs_setup(connection))
        self.apply_changes(Changes.ALL)
