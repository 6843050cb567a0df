"""What the board does with its current card: open the client, mark the next action done, and
the card's context menu. The board owns the actions; this knows what they do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from desktop.core.pipelines.board import BoardCard, cards_for
from desktop.ui.board import next_action_done
from desktop.ui.common.changes import Changes

if TYPE_CHECKING:
    from desktop.ui.board.board_view import BoardView


class CardActions(QObject):
    def __init__(self, board: BoardView) -> None:
        super().__init__(board)
        self.board = board

    def current_card(self) -> BoardCard | None:
        column = self.board.columns_area.active_column()
        index = column.list_view.currentIndex() if column is not None else None
        return column.model.card(index.row()) if column and index and index.isValid() else None

    def open_current(self) -> None:
        card = self.current_card()
        if card is not None:
            self.open_card(card)

    def complete_current(self) -> None:
        """The current card's next action is done (points when on time: desktop/core/rewards)."""
        board = self.board
        card = self.current_card()
        if card is not None and next_action_done.mark_done(board, board.database, card):
            board.report(Changes.PIPELINE | Changes.REWARDS)
        if card is not None:
            self.reload_card(card)  # done, or refused because it changed: show it as it is

    def open_card(self, card: BoardCard) -> None:
        from desktop.ui.clients.client_detail_dialog import ClientDetailDialog

        board = self.board
        dialog = ClientDetailDialog(
            board.database, card.client_id, board, project_id=board.current_project_id()
        )
        dialog.client_changed.connect(lambda _client_id: self.reload_card(card))
        dialog.client_changed.connect(lambda _id: board.report(Changes.CLIENTS | Changes.PIPELINE))
        dialog.exec()

    def reload_card(self, card: BoardCard) -> None:
        """Show the card as it is now in the database."""
        project_id = self.board.current_project_id()
        if project_id is None:
            return
        with self.board.database.session() as session:
            fresh = cards_for(session, project_id, [card.enrollment_id])
        self.board.apply_moves({card.stage_id: [card.enrollment_id]}, fresh)

    def menu(self) -> QMenu:
        """The current card's context menu."""
        board = self.board
        menu = QMenu(board)
        menu.addAction(board.open_action)
        card = self.current_card()
        board.done_action.setEnabled(card is not None and card.next_action is not None)
        menu.addAction(board.done_action)
        menu.addSeparator()
        for item in (board.move_to_action, board.move_next_action, board.move_previous_action):
            menu.addAction(item)
        menu.addSeparator()
        menu.addAction(board.undo_action)
        return menu
