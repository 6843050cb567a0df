"""The Kanban board of a project: one column per stage, cards moved by drag-and-drop or keyboard.

Loading runs on a worker and reads one page per column (a 100,000-client project opens quickly);
columns read further pages as they scroll. A move saves, then updates the two column models in
place. Filters are applied in SQL by the core board query.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import ChampionFilter
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.core.pipelines.board import BoardCard, BoardFilter
from desktop.core.pipelines.projects import busiest_project, project_choices
from desktop.core.pipelines.stages import StageRow
from desktop.core.staff.listing import list_champion_choices
from desktop.ui.board import move_dialogs
from desktop.ui.board.board_reader import BoardReader
from desktop.ui.board.card_actions import CardActions
from desktop.ui.board.column_model import DraggedCards
from desktop.ui.board.column_widget import BoardColumn
from desktop.ui.board.columns_area import BoardColumnsArea
from desktop.ui.board.filter_bar import FilterBar, focus_search
from desktop.ui.board.identity_button import IdentityButton
from desktop.ui.board.loading import BoardSnapshot, PageReader
from desktop.ui.board.moves import MoveController
from desktop.ui.board.style import BOARD_STYLE
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import show_error


class BoardView(AreaView):
    watches = Changes.CLIENTS | Changes.STAFF | Changes.PIPELINE
    board_loaded = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.reader = BoardReader(database, self)  # the latest read; older ones are dropped
        self.card_actions = CardActions(self)
        self._status = ""
        self._shown: tuple[int, BoardFilter] | None = None  # the project and filters on screen
        self._pending_stage: int | None = None  # show_filtered's stage, brought into view
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
        self.identity_button = IdentityButton(self.database, self)
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.filter_bar.project_combo)
        # The count sits with the project it counts; the filter row needs its width.
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("view_subtitle")
        top.addSpacing(8)
        top.addWidget(self.summary_label)
        top.addStretch(1)
        top.addWidget(self.filter_bar.portfolio_button)
        top.addWidget(self.identity_button)
        top.addWidget(self.move_button)
        top.addWidget(self.undo_button)
        second = QHBoxLayout()
        second.addWidget(self.filter_bar, 1)
        self.columns_area = BoardColumnsArea(self)
        self.empty_label = QLabel(
            self.tr("No projects yet. Create a project under Projects and enroll clients in it."),
            self,
        )
        self.empty_label.setObjectName("view_subtitle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.columns_area, 1)
        layout.addWidget(self.empty_label, 1)

    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot) -> QAction:  # noqa: ANN001
            new = QAction(text, self)
            if shortcut is not None:
                new.setShortcut(QKeySequence(shortcut))
            new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            new.triggered.connect(slot)
            self.addAction(new)
            return new

        cards = self.card_actions
        self.open_action = action(self.tr("&Open client"), None, cards.open_current)
        self.done_action = action(self.tr("Next action &done"), None, cards.complete_current)
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

    def edit_actions(self) -> list[QAction]:
        """What the main window's Edit menu offers while the board is shown."""
        return [
            self.undo_action,
            self.move_to_action,
            self.move_next_action,
            self.move_previous_action,
            self.open_action,
        ]

    def _connect_signals(self) -> None:
        self.filter_bar.project_changed.connect(self._on_project_changed)
        self.filter_bar.filters_changed.connect(self.reload_board)
        self.filter_bar.my_clients_toggled.connect(self._on_my_clients_toggled)
        self.filter_bar.portfolio_requested.connect(self.open_portfolio)
        self.move_button.clicked.connect(self.move_selected_to)
        self.undo_button.clicked.connect(self.undo)
        self.identity_button.identity_changed.connect(self._on_identity_changed)
        self.columns_area.cards_dropped.connect(self._on_cards_dropped)
        self.columns_area.card_activated.connect(self.card_actions.open_card)
        self.columns_area.card_menu_requested.connect(self._show_card_menu)
        self.columns_area.totals_changed.connect(self._show_summary)
        self.moves.moved.connect(self._on_moved)
        self.reader.loaded.connect(self._on_loaded)
        self.reader.counted.connect(self.columns_area.show_counts)
        self.reader.failed.connect(lambda error: show_error(self, error))
        self.moves.undo_available.connect(self.undo_action.setEnabled)
        self.moves.undo_available.connect(self.undo_button.setEnabled)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload choices and cards (now if visible; a hidden board reads when it is shown)."""
        if self.isVisible():
            self._load()
        else:
            self.mark_stale()

    def reload(self, changes: Changes) -> None:
        self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Colleagues at other PCs move cards too (a shared PostgreSQL office), which no change
        # signal here reports: coming back to the board reads afresh, on a worker, so it never
        # waits. Changes made in this window arrive through on_changes as well.
        self.mark_stale()
        super().showEvent(event)

    def _load(self) -> None:
        self._show_choices(self.filter_bar.project_id())
        self.identity_button.show_identity()
        self.reload_board()

    def _show_choices(self, project_id: int | None) -> None:
        """Fresh projects, champions and segments in the filter bar, ``project_id`` chosen."""
        with self.database.session() as session:
            projects = project_choices(session)
            champions = list_champion_choices(session)
            segments = list_segments(session)
            if project_id is None:
                # The project most clients take part in is the one people work in (counted
                # only when it is to be chosen: 13 ms at 300,000 enrollments).
                project_id = busiest_project(session)
        self.filter_bar.set_projects(projects, project_id)
        self.filter_bar.set_choices(champions, segments)

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
        self.reader.supersede()  # an older read: the user changed the filters meanwhile
        self.columns_area.setVisible(project_id is not None)
        self.empty_label.setVisible(project_id is None)
        if project_id is None:
            self.columns_area.set_stages([], None)
            self._set_status("")
            self.board_loaded.emit()
            return
        self.reader.read(project_id, self.current_filters())

    def _on_loaded(self, snapshot: BoardSnapshot) -> None:
        reader = PageReader(self.database, snapshot.project_id, snapshot.filters)
        self.columns_area.show_snapshot(snapshot, reader)
        shown = (snapshot.project_id, snapshot.filters)
        if shown != self._shown:  # a new search: its results start at the top-left
            self.columns_area.scroll_home()
        self._shown = shown
        self._show_summary()
        self._show_pending_stage()
        self.board_loaded.emit()

    def show_filtered(
        self,
        project_id: int,
        champion: ChampionFilter = None,
        stalled_only: bool = False,
        stage_id: int | None = None,
    ) -> None:
        """Show a project's board with only these filters set (from elsewhere, such as the
        dashboard), the column of ``stage_id`` in view once the cards are in."""
        self._show_choices(project_id)
        self.filter_bar.set_filters(champion, stalled_only)
        self._pending_stage = stage_id
        self.refresh()

    def _show_pending_stage(self) -> None:
        stage_id, self._pending_stage = self._pending_stage, None
        column = self.columns_area.columns.get(stage_id) if stage_id is not None else None
        if column is not None:
            self.columns_area.ensureWidgetVisible(column)
            column.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- board interface for moves ------------------------------------------------------------

    @property
    def columns(self) -> dict[int, BoardColumn]:
        return self.columns_area.columns

    def stage(self, stage_id: int) -> StageRow | None:
        return self.columns_area.stage(stage_id)

    def apply_moves(self, left: dict[int, list[int]], cards: Sequence[BoardCard]) -> None:
        self.columns_area.apply_moves(left, cards)
        self.reader.cards_changed()

    # -- moving -------------------------------------------------------------------------------

    def _on_cards_dropped(self, dragged: DraggedCards, to_stage_id: int) -> None:
        if dragged.project_id == self.current_project_id():
            self.moves.move(
                list(dragged.enrollment_ids), to_stage_id, from_stage_id=dragged.from_stage_id
            )

    def selected_cards(self) -> list[BoardCard]:
        column = self.columns_area.active_column()
        return column.selected_cards() if column is not None else []

    def move_selected_to(self) -> None:
        cards = self.selected_cards()
        if not cards:
            self._set_status(self.tr("Select one or more cards to move first."))
            return
        stages = self.columns_area.stages()
        request = move_dialogs.ask_move(self, stages, cards[0].stage_id, len(cards))
        if request is not None:
            ids = [card.enrollment_id for card in cards]
            self.moves.move(
                ids,
                request.stage_id,
                request.note,
                request.reason,
                from_stage_id=cards[0].stage_id,
            )

    def move_selected_by(self, step: int) -> None:
        cards = self.selected_cards()
        if not cards:
            return
        order = [stage.id for stage in self.columns_area.stages()]
        position = order.index(cards[0].stage_id) + step
        if 0 <= position < len(order):
            ids = [card.enrollment_id for card in cards]
            self.moves.move(ids, order[position], from_stage_id=cards[0].stage_id)

    def undo(self) -> None:
        self.moves.undo()

    # -- cards --------------------------------------------------------------------------------

    def current_card(self) -> BoardCard | None:
        return self.card_actions.current_card()

    def card_menu(self) -> QMenu:
        """The current card's context menu."""
        return self.card_actions.menu()

    def _show_card_menu(self, view: QListView, position: QPoint) -> None:
        self.card_menu().exec(view.viewport().mapToGlobal(position))

    # -- identity and filters -----------------------------------------------------------------

    def open_portfolio(self, champion_id: int) -> None:
        """The champion's own page (from the champion filter)."""
        from desktop.ui.champions.portfolio_dialog import PortfolioDialog

        dialog = PortfolioDialog(self.database, champion_id, self)
        dialog.client_changed.connect(lambda _client_id: self.report(Changes.PIPELINE))
        dialog.exec()
        self.refresh()

    def _on_project_changed(self) -> None:
        self.moves.forget_history()
        self.reload_board()

    def _on_my_clients_toggled(self, checked: bool) -> None:
        if checked and not self.identity_button.confirm_identity():
            self.filter_bar.set_my_clients(False)
            return
        self.reload_board()

    def _on_identity_changed(self) -> None:
        if self.filter_bar.my_clients_button.isChecked():
            self.reload_board()

    # -- status -------------------------------------------------------------------------------

    def _show_summary(self) -> None:
        total = self.columns_area.total()
        self.summary_label.setText(self.tr("%n clients on the board", "", total))

    def status_text(self) -> str:
        return self._status

    def _on_moved(self, text: str) -> None:
        self._set_status(text)
        self.report(Changes.PIPELINE)

    def _set_status(self, text: str) -> None:
        self._status = text
        self.status_changed.emit(text)
