"""The Kanban board of a project: one column per stage, cards moved by drag-and-drop or keyboard.

Loading runs on a worker and reads one page per column (a 100,000-client project opens quickly);
columns read further pages as they scroll. A move saves, then updates the two column models in
place. Filters are applied in SQL by the core board query.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Database
from desktop.core.errors import OperationCancelled
from desktop.core.services.board import BoardCard, BoardFilter
from desktop.core.services.board_updates import cards_for
from desktop.core.services.projects import StageRow, list_projects
from desktop.core.services.segments import list_segments
from desktop.core.services.staff import list_champion_choices
from desktop.ui import settings
from desktop.ui.board import identity, move_dialogs
from desktop.ui.board.column_model import BoardColumnModel, DraggedCards
from desktop.ui.board.column_widget import BoardColumn
from desktop.ui.board.filter_bar import FilterBar, focus_search
from desktop.ui.board.loading import BoardSnapshot, PageReader, read_board
from desktop.ui.board.moves import MoveController
from desktop.ui.board.style import BOARD_STYLE
from desktop.ui.error_handler import show_error
from desktop.ui.workers import Worker, start

CLIENT_DETAIL_MODULE = "desktop.ui.client_detail_dialog"


class BoardView(QWidget):
    status_changed = Signal(str)
    board_loaded = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.columns: dict[int, BoardColumn] = {}
        self._stages: dict[int, StageRow] = {}
        self._snapshot: BoardSnapshot | None = None
        self._loading: Worker | None = None  # the latest read; older ones are ignored
        self._status = ""
        self.moves = MoveController(database, self, self)
        self._build_ui()
        self._build_actions()
        self._connect_signals()

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("board_view")
        self.setStyleSheet(BOARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Board"), self)
        title.setObjectName("view_title")
        self.filter_bar = FilterBar(self)
        self.move_button = QPushButton(self.tr("Move to…"), self)
        self.undo_button = QPushButton(self.tr("Undo move"), self)
        self.identity_button = QPushButton(self)
        self.identity_button.setObjectName("identity_button")
        self.identity_button.setFlat(True)
        self.identity_button.setToolTip(self.tr("Moves are recorded under this name"))
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.filter_bar.project_combo)
        top.addStretch(1)
        top.addWidget(self.identity_button)
        top.addWidget(self.move_button)
        top.addWidget(self.undo_button)
        second = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("view_subtitle")
        second.addWidget(self.filter_bar, 1)
        second.addWidget(self.summary_label)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("board_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.columns_widget = QWidget(self.scroll_area)
        self.columns_widget.setObjectName("board_columns")
        self.columns_layout = QHBoxLayout(self.columns_widget)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(10)
        self.columns_layout.addStretch(1)
        self.scroll_area.setWidget(self.columns_widget)
        self.empty_label = QLabel(
            self.tr("No projects yet. Create a project under Projects and enroll clients in it."),
            self,
        )
        self.empty_label.setObjectName("view_subtitle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.empty_label, 1)
        self._show_identity()

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot) -> QAction:  # noqa: ANN001
            new = QAction(text, self)
            if shortcut is not None:
                new.setShortcut(QKeySequence(shortcut))
            new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.triggered.connect(slot)
            self.addAction(new)
            return new

        self.open_action = action(self.tr("&Open client"), None, self.open_current_card)
        self.move_to_action = action(self.tr("&Move to…"), "Ctrl+M", self.move_selected_to)
        self.move_next_action = action(
            self.tr("Move to &next stage"), "Ctrl+Right", lambda: self.move_selected_by(1)
        )
        self.move_previous_action = action(
            self.tr("Move to &previous stage"), "Ctrl+Left", lambda: self.move_selected_by(-1)
        )
        self.undo_action = action(self.tr("&Undo move"), QKeySequence.StandardKey.Undo, self.undo)
        self.find_action = action(
            self.tr("Find"), QKeySequence.StandardKey.Find, lambda: focus_search(self.filter_bar)
        )
        self.refresh_action = action(
            self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.undo_action.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.move_button.setToolTip(
            self.move_to_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.undo_button.setToolTip(
            self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.open_action.setEnabled(importlib.util.find_spec(CLIENT_DETAIL_MODULE) is not None)

    def _connect_signals(self) -> None:
        self.filter_bar.project_changed.connect(self._on_project_changed)
        self.filter_bar.filters_changed.connect(self.reload_board)
        self.filter_bar.my_clients_toggled.connect(self._on_my_clients_toggled)
        self.move_button.clicked.connect(self.move_selected_to)
        self.undo_button.clicked.connect(self.undo)
        self.identity_button.clicked.connect(self._change_identity)
        self.moves.moved.connect(self._set_status)
        self.moves.undo_available.connect(self.undo_action.setEnabled)
        self.moves.undo_available.connect(self.undo_button.setEnabled)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload choices and cards (now if visible; a hidden board reads when it is shown)."""
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Other areas may have enrolled, edited or moved clients meanwhile: read afresh (on a
        # worker, so coming back to the board never waits).
        self._load()

    def _load(self) -> None:
        with self.database.session() as session:
            projects = list_projects(session)
            champions = list_champion_choices(session)
            segments = list_segments(session)
        preferred = self.filter_bar.project_id()
        if preferred is None and projects:
            # The project most clients take part in is the one people work in.
            preferred = max(projects, key=lambda p: p.enrolled).id
        self.filter_bar.set_projects(projects, preferred)
        self.filter_bar.set_choices(champions, segments)
        self._show_identity()
        self.reload_board()

    def current_project_id(self) -> int | None:
        return self.filter_bar.project_id()

    def current_filters(self) -> BoardFilter:
        champion = self.filter_bar.champion_id()
        if self.filter_bar.my_clients_button.isChecked():
            champion = settings.current_staff_id()
        return BoardFilter(
            champion_id=champion,
            segment_id=self.filter_bar.segment_id(),
            client_type=self.filter_bar.client_type(),
            stalled_only=self.filter_bar.stalled_only(),
            search=self.filter_bar.search_text(),
        )

    def reload_board(self) -> None:
        project_id = self.current_project_id()
        self._loading = None
        self.scroll_area.setVisible(project_id is not None)
        self.empty_label.setVisible(project_id is None)
        if project_id is None:
            self._set_columns([], None)
            self._set_status("")
            self.board_loaded.emit()
            return
        filters = self.current_filters()
        worker = Worker(
            lambda _progress, _cancelled: read_board(self.database, project_id, filters)
        )
        # Bound methods: Qt drops the connections if the board is closed before the read ends.
        worker.signals.succeeded.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_load_failed)
        self._loading = worker
        start(worker)

    def _on_loaded(self, snapshot: BoardSnapshot) -> None:
        if self._loading is None or self.sender() is not self._loading.signals:
            return  # an older read: the user changed the filters meanwhile
        self._snapshot = snapshot
        self._set_columns(snapshot.stages, snapshot.project_id)
        reader = PageReader(self.database, snapshot.project_id, snapshot.filters)
        for stage in snapshot.stages:
            column = self.columns[stage.id]
            column.delegate.today = snapshot.today
            column.model.set_cards(
                snapshot.pages.get(stage.id, []), snapshot.counts.get(stage.id, 0), reader
            )
        self._show_summary()
        self.board_loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        if self._loading is not None and self.sender() is self._loading.signals:
            show_error(self, error)

    def _set_columns(self, stages: Sequence[StageRow], project_id: int | None) -> None:
        same = [self._stages.get(s.id) for s in stages] == list(stages) and len(stages) == len(
            self.columns
        )
        if same and all(c.model.project_id == project_id for c in self.columns.values()):
            return
        for column in self.columns.values():
            column.setParent(None)
            column.deleteLater()
        self.columns = {}
        self._stages = {stage.id: stage for stage in stages}
        for position, stage in enumerate(stages):
            model = BoardColumnModel(project_id or 0, stage, self)
            column = BoardColumn(model, self.columns_widget)
            self.columns_layout.insertWidget(position, column)
            self.columns[stage.id] = column
            model.cards_dropped.connect(self._on_cards_dropped, Qt.ConnectionType.QueuedConnection)
            model.total_changed.connect(self._show_summary)
            column.card_activated.connect(self.open_card)
            column.selection_started.connect(self._on_selection_started)
            column.list_view.neighbour_requested.connect(self._focus_neighbour)
            column.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.list_view.customContextMenuRequested.connect(self._show_card_menu)
        # The scroll area sizes its widget only when told: make room for the new columns.
        self.columns_layout.activate()
        self.columns_widget.resize(
            max(self.columns_widget.minimumSizeHint().width(), self.scroll_area.viewport().width()),
            self.scroll_area.viewport().height(),
        )

    # -- board interface for moves ------------------------------------------------------------

    def stage(self, stage_id: int) -> StageRow | None:
        return self._stages.get(stage_id)

    def apply_moves(self, left: dict[int, list[int]], cards: Sequence[BoardCard]) -> None:
        """Cards left these stages (stage id -> enrollment ids) and now look like ``cards``."""
        had_focus = any(c.list_view.hasFocus() for c in self.columns.values())
        for stage_id, enrollment_ids in left.items():
            column = self.columns.get(stage_id)
            if column is not None:
                column.model.remove_enrollments(enrollment_ids)
        by_stage: dict[int, list[BoardCard]] = {}
        for card in cards:
            by_stage.setdefault(card.stage_id, []).append(card)
        for stage_id, stage_cards in by_stage.items():
            column = self.columns.get(stage_id)
            if column is None:
                continue
            rows = column.model.insert_cards(stage_cards)
            self._on_selection_started(column)
            column.select_rows(rows)
            if had_focus and rows:
                column.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- moving -------------------------------------------------------------------------------

    def _on_cards_dropped(self, dragged: DraggedCards, to_stage_id: int) -> None:
        if dragged.project_id == self.current_project_id():
            self.moves.move(list(dragged.enrollment_ids), to_stage_id)

    def selected_cards(self) -> list[BoardCard]:
        column = self._active_column()
        return column.selected_cards() if column is not None else []

    def move_selected_to(self) -> None:
        cards = self.selected_cards()
        if not cards:
            self._set_status(self.tr("Select one or more cards to move first."))
            return
        stages = list(self._stages.values())
        request = move_dialogs.ask_move(self, stages, cards[0].stage_id, len(cards))
        if request is not None:
            ids = [card.enrollment_id for card in cards]
            self.moves.move(ids, request.stage_id, request.note, request.reason)

    def move_selected_by(self, step: int) -> None:
        cards = self.selected_cards()
        if not cards:
            return
        order = list(self._stages)
        position = order.index(cards[0].stage_id) + step
        if 0 <= position < len(order):
            self.moves.move([card.enrollment_id for card in cards], order[position])

    def undo(self) -> None:
        self.moves.undo()

    # -- cards --------------------------------------------------------------------------------

    def open_current_card(self) -> None:
        column = self._active_column()
        if column is None:
            return
        index = column.list_view.currentIndex()
        if index.isValid():
            self.open_card(column.model.card(index.row()))

    def open_card(self, card: BoardCard) -> None:
        if not self.open_action.isEnabled():
            return
        dialog_class = importlib.import_module(CLIENT_DETAIL_MODULE).ClientDetailDialog
        dialog = dialog_class(
            self.database, card.client_id, self, project_id=self.current_project_id()
        )
        dialog.client_changed.connect(lambda _client_id: self._reload_card(card))
        dialog.exec()

    def _reload_card(self, card: BoardCard) -> None:
        project_id = self.current_project_id()
        if project_id is None:
            return
        with self.database.session() as session:
            fresh = cards_for(session, project_id, [card.enrollment_id])
        self.apply_moves({card.stage_id: [card.enrollment_id]}, fresh)

    def _show_card_menu(self, position) -> None:  # noqa: ANN001 (QPoint)
        view = self.sender()
        menu = QMenu(self)
        if self.open_action.isEnabled():
            menu.addAction(self.open_action)
            menu.addSeparator()
        for item in (self.move_to_action, self.move_next_action, self.move_previous_action):
            menu.addAction(item)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.exec(view.viewport().mapToGlobal(position))

    # -- selection and focus ------------------------------------------------------------------

    def _active_column(self) -> BoardColumn | None:
        for column in self.columns.values():
            if column.list_view.hasFocus():
                return column
        for column in self.columns.values():
            if column.list_view.selectionModel().hasSelection():
                return column
        return None

    def _on_selection_started(self, keep: BoardColumn | None = None) -> None:
        # Selections live in one column at a time, like a bulk move does.
        keep = keep if isinstance(keep, BoardColumn) else self.sender()
        for column in self.columns.values():
            if column is not keep:
                column.clear_selection()

    def _focus_neighbour(self, step: int) -> None:
        order = list(self.columns.values())
        current = next((c for c in order if c.list_view is self.sender()), None)
        if current is None:
            return
        position = order.index(current) + step
        if 0 <= position < len(order):
            target = order[position]
            target.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if target.model.rowCount() and not target.list_view.currentIndex().isValid():
                target.list_view.setCurrentIndex(target.model.index(0))
            self.scroll_area.ensureWidgetVisible(target)

    # -- identity and filters -----------------------------------------------------------------

    def _on_project_changed(self) -> None:
        self.moves.forget_history()
        self.reload_board()

    def _on_my_clients_toggled(self, checked: bool) -> None:
        if checked:
            try:
                staff_id = identity.who_am_i(self, self.database)
            except OperationCancelled:
                self.filter_bar.set_my_clients(False)
                return
            self._show_identity()
            if staff_id is None:
                self.filter_bar.set_my_clients(False)
                return
        self.reload_board()

    def _change_identity(self) -> None:
        try:
            identity.who_am_i(self, self.database, ask_again=True)
        except OperationCancelled:
            return
        self._show_identity()
        if self.filter_bar.my_clients_button.isChecked():
            self.reload_board()

    def _show_identity(self) -> None:
        name = identity.remembered_name(self.database)
        self.identity_button.setText(
            self.tr("Working as {name}").format(name=name) if name else self.tr("Who are you?")
        )

    # -- status -------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        total = sum(column.model.total for column in self.columns.values())
        if total == 1:
            text = self.tr("1 client on the board")
        else:
            text = self.tr("{count} clients on the board").format(count=QLocale().toString(total))
        self.summary_label.setText(text)

    def status_text(self) -> str:
        return self._status

    def _set_status(self, text: str) -> None:
        self._status = text
        self.status_changed.emit(text)
