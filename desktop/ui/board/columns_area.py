"""The scrolling row of board columns: builds them per stage, keeps one selection, moves focus.

It knows cards and columns, not the database: the board view loads and moves, then tells this
area what changed (``show_snapshot``, ``apply_moves``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListView, QScrollArea, QWidget

from desktop.core.pipelines.board import BoardCard
from desktop.core.pipelines.stages import StageRow
from desktop.ui.board.column_model import BoardColumnModel
from desktop.ui.board.column_widget import BoardColumn
from desktop.ui.board.loading import BoardSnapshot, PageReader


class BoardColumnsArea(QScrollArea):
    cards_dropped = Signal(object, int)  # DraggedCards, target stage id (after the drag ends)
    card_activated = Signal(object)  # BoardCard
    card_menu_requested = Signal(QListView, QPoint)
    totals_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: dict[int, BoardColumn] = {}
        self._stages: dict[int, StageRow] = {}
        self.setObjectName("board_scroll")
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.columns_widget = QWidget(self)
        self.columns_widget.setObjectName("board_columns")
        self.columns_layout = QHBoxLayout(self.columns_widget)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(10)
        self.columns_layout.addStretch(1)
        self.setWidget(self.columns_widget)

    # -- content ------------------------------------------------------------------------------

    def stages(self) -> list[StageRow]:
        return list(self._stages.values())

    def stage(self, stage_id: int) -> StageRow | None:
        return self._stages.get(stage_id)

    def total(self) -> int:
        return sum(column.model.total for column in self.columns.values())

    def show_snapshot(self, snapshot: BoardSnapshot, reader: PageReader) -> None:
        self.set_stages(snapshot.stages, snapshot.project_id)
        for stage in snapshot.stages:
            column = self.columns[stage.id]
            column.delegate.today = snapshot.today
            column.model.set_cards(
                snapshot.pages.get(stage.id, []),
                snapshot.counts.get(stage.id, 0),
                reader.for_stage(stage.id),
                counted=stage.id not in snapshot.uncounted,
            )

    def show_counts(self, counts: dict[int, int]) -> None:
        """The columns' counts, counted after their cards were shown."""
        for stage_id, count in counts.items():
            column = self.columns.get(stage_id)
            if column is not None:
                column.model.set_total(count)

    def scroll_home(self) -> None:
        """Show the first column and the top of every column."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        for column in self.columns.values():
            bar = column.list_view.verticalScrollBar()
            bar.setValue(bar.minimum())

    def set_stages(self, stages: Sequence[StageRow], project_id: int | None) -> None:
        """One column per stage; kept as they are when project and stages did not change."""
        unchanged = list(self._stages.values()) == list(stages) and all(
            column.model.project_id == project_id for column in self.columns.values()
        )
        if unchanged:
            return
        for column in self.columns.values():
            column.setParent(None)
            column.deleteLater()
        self.columns = {}
        self._stages = {stage.id: stage for stage in stages}
        for position, stage in enumerate(stages):
            column = BoardColumn(BoardColumnModel(project_id or 0, stage), self.columns_widget)
            column.model.setParent(column)
            self.columns_layout.insertWidget(position, column)
            self.columns[stage.id] = column
            # Queued: the move (and any dialog it needs) runs once the drag has ended.
            column.model.cards_dropped.connect(
                self.cards_dropped, Qt.ConnectionType.QueuedConnection
            )
            column.model.total_changed.connect(self.totals_changed)
            column.card_activated.connect(self.card_activated)
            column.selection_started.connect(self._keep_selection_in_one_column)
            column.list_view.neighbour_requested.connect(self._focus_neighbour)
            column.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.list_view.customContextMenuRequested.connect(self._on_menu_requested)
        # The scroll area sizes its widget only when told: make room for the new columns.
        self.columns_layout.activate()
        self.columns_widget.resize(
            max(self.columns_widget.minimumSizeHint().width(), self.viewport().width()),
            self.viewport().height(),
        )

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
            self._keep_selection_in_one_column(column)
            column.select_rows(rows)
            if had_focus and rows:
                column.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- selection and focus ------------------------------------------------------------------

    def active_column(self) -> BoardColumn | None:
        """The column with the keyboard focus, else the one holding a selection."""
        for column in self.columns.values():
            if column.list_view.hasFocus():
                return column
        for column in self.columns.values():
            if column.list_view.selectionModel().hasSelection():
                return column
        return None

    def _keep_selection_in_one_column(self, keep: BoardColumn | None = None) -> None:
        # Selections live in one column at a time, as a bulk move does.
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
            self.ensureWidgetVisible(target)

    def _on_menu_requested(self, position: QPoint) -> None:
        view = self.sender()
        if isinstance(view, QListView):
            self.card_menu_requested.emit(view, position)
