"""The Clients area: search-as-you-type, filters, a sortable table and add / edit / archive."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clients.listing import ClientFilter, ClientRow
from desktop.core.clients.pipeline_filters import project_name, reached_stage
from desktop.core.common.vocab import ChampionFilter
from desktop.core.db import search_index
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.core.staff.listing import list_champion_choices
from desktop.ui.clients.bulk_assignment import BulkAssignment
from desktop.ui.clients.client_filter_bar import ClientFilterBar
from desktop.ui.clients.client_table_model import ClientTableModel
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.record_table import (
    current_record,
    record_table,
    select_record,
    select_row,
    visible_columns,
)
from desktop.ui.common.workers import Worker
from desktop.ui.shell import settings
from desktop.ui.shell.startup_probe import CLIENT_TABLE

# The pause after a key before the list searches. With the trigram index a search takes a
# few milliseconds at any size, so every key searches at once (an older search still under way
# is dropped); without it a search scans every client, and waiting for a pause in the typing
# saves scans nobody would see.
SEARCH_DELAY_MS = 150
INDEXED_SEARCH_DELAY_MS = 0
HEADER_NAME = "clients"
# Widths for a first start (the user's own widths are remembered after that).
DEFAULT_WIDTHS = {
    "client_number": 80, "name": 240, "client_type": 130, "segment": 110, "champion": 140,
    "contact_person": 150, "email": 210, "phone": 110, "postcode": 80, "city": 120,
    "kvk_number": 85, "updated_at": 120,
}  # fmt: skip


class ClientsView(AreaView):
    watches = Changes.CLIENTS | Changes.STAFF  # staff: the champion filter and column

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.model = ClientTableModel(database, self)
        self._pending_selection: tuple[int | None, int] = (None, -1)
        self._scroll_home = False
        self._build_ui()
        self._connect_signals()
        self.refresh()

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = QLabel(self.tr("Clients"), self)
        title.setObjectName("view_title")
        # Title with the actions on one line, search and filters on the next.
        actions = QHBoxLayout()
        actions.addWidget(title)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.filter_bar = ClientFilterBar(self)
        # A filter set from the dashboard sits beside the title: the filter row is full.
        actions.insertSpacing(1, 12)
        actions.insertWidget(2, self.filter_bar.pinned_button)
        self.search_edit = self.filter_bar.search_edit
        combos = self.filter_bar.combos
        self.segment_combo, self.champion_combo, self.type_combo, self.archived_combo = combos
        self.new_button = QPushButton(self.tr("&New client…"), self)
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.enroll_button = QPushButton(self.tr("Enroll in &project…"), self)
        self.enroll_button.setToolTip(self.tr("Enroll the clients in the list, as filtered now"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(
            self.tr("Save the list as shown (search, filters, order, columns) as Excel (Ctrl+E)")
        )
        self.assign_button = QPushButton(self.tr("A&ssign…"), self)
        self.assign_button.setToolTip(
            self.tr("Assign a champion or a segment to the selected clients (Ctrl+Shift+A)")
        )
        self.undo_assign_button = QPushButton(self.tr("&Undo assignment"), self)
        self.undo_assign_button.hide()
        buttons = (
            self.new_button,
            self.edit_button,
            self.archive_button,
            self.enroll_button,
            self.export_button,
            self.assign_button,
            self.undo_assign_button,
        )
        for button in buttons:
            actions.addWidget(button)
        layout.addWidget(self.filter_bar)

        widths = [DEFAULT_WIDTHS.get(column.sort_key, 100) for column in self.model.columns]
        self.table = record_table(self, self.model, HEADER_NAME, widths, self.model.sort_column)
        # Many clients can be selected (Shift, Ctrl, Ctrl+A) to assign a champion to at once.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setObjectName(CLIENT_TABLE)  # what the start-up probe waits for
        layout.addWidget(self.table, 1)
        self.assignment = BulkAssignment(self)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        with self.database.connect() as connection:
            indexed = search_index.has_index(connection)
        self.search_timer.setInterval(INDEXED_SEARCH_DELAY_MS if indexed else SEARCH_DELAY_MS)

        self.find_action = self._action(self.tr("Find client"), QKeySequence.StandardKey.Find)
        self.new_action = self._action(self.tr("New client"), QKeySequence.StandardKey.New)
        self.export_action = self._action(self.tr("Export list to Excel…"), QKeySequence("Ctrl+E"))
        self.assign_action = self._action(
            self.tr("Assign champion or segment"), QKeySequence("Ctrl+Shift+A")
        )
        # Del archives the chosen client, but only from the table: in the search field it
        # must keep deleting text.
        self.archive_action = QAction(self.tr("Archive client"), self.table)
        self.archive_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.archive_action)
        self.setTabOrder(self.archived_combo, self.table)

    def _action(self, text: str, key: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.installEventFilter(self)
        self.search_edit.returnPressed.connect(self._apply_filter)
        self.search_timer.timeout.connect(self._apply_filter)
        for combo in (self.segment_combo, self.champion_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.archived_combo.currentIndexChanged.connect(self._apply_filter)
        self.filter_bar.pinned_removed.connect(self._apply_filter)
        self.find_action.triggered.connect(self.focus_search)
        self.new_action.triggered.connect(self.new_client)
        self.archive_action.triggered.connect(self.toggle_archived)
        self.new_button.clicked.connect(self.new_client)
        self.edit_button.clicked.connect(self.edit_client)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.enroll_button.clicked.connect(self.enroll_filtered)
        self.export_button.clicked.connect(lambda: self.export_list())
        self.export_action.triggered.connect(lambda: self.export_list())
        self.assign_button.clicked.connect(self.assignment.assign_selected)
        self.assign_action.triggered.connect(self.assignment.assign_selected)
        self.undo_assign_button.clicked.connect(self.assignment.undo)
        self.table.activated.connect(lambda _index: self.edit_client())
        self.model.reloaded.connect(self._on_reloaded)
        self.model.counted.connect(self._on_reloaded)
        self.model.modelReset.connect(self._on_rows_replaced)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- filter -------------------------------------------------------------------------------

    def reload(self, changes: Changes) -> None:
        self.refresh()

    def refresh(self, select_client_id: int | None = None) -> None:
        """Reload the filter choices and the rows; keeps the filter and the chosen client (or
        selects ``select_client_id``) once the rows are in."""
        with self.database.connect() as connection:
            segments = list_segments(connection)
            champions = list_champion_choices(connection)
        self.filter_bar.set_choices(segments, champions)
        keep = select_client_id if select_client_id is not None else self.current_client_id()
        self._pending_selection = (keep, self.table.currentIndex().row())
        self._apply_filter(reload=True)

    def current_filter(self) -> ClientFilter:
        return self.filter_bar.current_filter()

    def show_reached(self, stage_id: int) -> None:
        """Only the clients that reached this stage or a later one: a funnel bar's clients."""
        with self.database.connect() as connection:
            stage = reached_stage(connection, stage_id)
        if stage is not None:
            self.filter_bar.show_only_reached(stage)
            self._apply_filter()

    def show_overdue(self, project_id: int, champion: ChampionFilter = None) -> None:
        """Only the clients with an overdue next action in the project (of one champion)."""
        with self.database.connect() as connection:
            name = project_name(connection, project_id)
        if name is not None:
            self.filter_bar.show_only_overdue(project_id, name, champion)
            self._apply_filter()

    def _apply_filter(self, *_args: object, reload: bool = False) -> None:
        self.search_timer.stop()
        client_filter = self.current_filter()
        if client_filter != self.model.client_filter:
            self._scroll_home = True  # new results start at the top-left, not the old place
            self.model.set_filter(client_filter)
        elif reload:
            self.model.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Down in the search field goes to the list, so the keyboard alone finds and opens.
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.currentIndex().isValid():
                select_row(self.table, 0)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- selection and status -----------------------------------------------------------------

    def current_client(self) -> ClientRow | None:
        return current_record(self.table)

    def current_client_id(self) -> int | None:
        return getattr(self.current_client(), "id", None)

    def select_client(self, client_id: int) -> bool:
        return select_record(self.table, self.model.row_of_client(client_id))

    def _on_rows_replaced(self) -> None:
        if self._scroll_home:
            self._scroll_home = False
            self.table.verticalScrollBar().setValue(self.table.verticalScrollBar().minimum())
            self.table.horizontalScrollBar().setValue(self.table.horizontalScrollBar().minimum())
        client_id, row = self._pending_selection
        self._pending_selection = (None, -1)
        if client_id is None or self.select_client(client_id):
            return
        if self.model.rowCount() and row >= 0:
            # The client left this list (archived, or no longer matching): keep the place.
            select_row(self.table, min(row, self.model.rowCount() - 1))

    def _on_reloaded(self, _count: int) -> None:
        self._update_buttons()
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        count = self.model.rowCount()
        if self.model.counting:
            return self.tr("At least %n clients (counting…)", "", count)
        return self.tr("%n clients", "", count)

    def _update_buttons(self, *_args: object) -> None:
        client = self.current_client()
        self.edit_button.setEnabled(client is not None)
        self.archive_button.setEnabled(client is not None)
        self.assign_button.setEnabled(bool(self.selected_ranges()))
        archived = client is not None and client.archived
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("&Archive"))

    # -- actions ------------------------------------------------------------------------------

    # The dialogs are imported when first needed: the window opens that much sooner.

    def new_client(self) -> None:
        from desktop.ui.clients.client_dialog import ClientDialog

        dialog = ClientDialog(self.database, None, self)
        if dialog.exec() and dialog.client_id is not None:
            self._after_change(dialog.client_id)

    def edit_client(self) -> None:
        client_id = self.current_client_id()
        if client_id is None:
            return
        from desktop.ui.clients.client_dialog import ClientDialog

        dialog = ClientDialog(self.database, client_id, self)
        if dialog.exec():
            self._after_change(client_id)

    def selected_ranges(self) -> list[tuple[int, int]]:
        """The (first, last) rows selected, merged; rows count whether loaded or not."""
        ranges = {(r.top(), r.bottom()) for r in self.table.selectionModel().selection()}
        return sorted(ranges)

    def enroll_filtered(self) -> None:
        from desktop.ui.projects.enroll_dialog import enroll_filtered_clients

        if enroll_filtered_clients(self, self.database, self.current_filter()):
            self.report(Changes.PIPELINE)

    def export_list(self, target: Path | None = None) -> Worker | None:
        """Save the clients as the list shows them now: same search and filters, same order,
        the visible columns in their order."""
        from desktop.core.exports.xlsx.client_list import export_client_list
        from desktop.ui.exports.export_runner import run_export

        client_filter = self.current_filter()
        columns = [
            self.model.columns[column].sort_key
            for column in visible_columns(self.table.horizontalHeader())
        ]
        sort_key = self.model.columns[self.model.sort_column].sort_key
        descending = self.model.descending
        return run_export(
            self,
            self.database,
            self.tr("Export clients"),
            self.tr("Clients {day}.xlsx").format(day=date.today().isoformat()),
            lambda session, path, report, cancelled: export_client_list(
                session, path, client_filter, sort_key, descending, columns, report, cancelled
            ),
            target,
        )

    def toggle_archived(self) -> None:
        client = self.current_client()
        if client is None:
            return
        if client.archived:
            question = self.tr("Restore {name}? The client shows in the active lists again.")
        else:
            question = self.tr(
                "Archive {name}? The client disappears from the active lists; its history is "
                "kept and it can be restored later."
            )
        title = self.tr("Restore client") if client.archived else self.tr("Archive client")
        answer = QMessageBox.question(self, title, question.format(name=client.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Editing needs the ORM, which is left out of start-up (see desktop/core/db/engine.py).
        from desktop.core.clients.editing import set_archived
        from desktop.ui.board.identity import current_editor

        by = current_editor(self.database)
        changes = commit_change(
            self,
            self.database,
            lambda session: set_archived(session, client.id, not client.archived, by=by),
            Changes.CLIENTS,
        )
        self._after_change(client.id, changes)

    def _after_change(self, client_id: int, changes: Changes = Changes.CLIENTS) -> None:
        self.refresh(select_client_id=client_id)
        self.report(changes)

    def save_state(self) -> None:
        settings.save_header(HEADER_NAME, self.table.horizontalHeader())
