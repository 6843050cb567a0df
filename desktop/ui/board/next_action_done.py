"""Marking a card's next action done from the board, through the same core function as the
client window's "Mark done": on or before its due date it earns points in that transaction."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.common.errors import DraagvlakError, OperationCancelled
from desktop.core.db.engine import Database
from desktop.core.pipelines.board import BoardCard
from desktop.core.pipelines.next_actions import complete_next_action
from desktop.ui.board import identity
from desktop.ui.shell.error_handler import show_error


def mark_done(parent: QWidget, database: Database, card: BoardCard) -> bool:
    """Complete the card's next action as it was shown (refused if changed meanwhile); asks who
    you are the first time, like a move. True when it was saved."""
    if card.next_action is None:
        return False
    try:
        staff_id = identity.who_am_i(parent, database)
    except OperationCancelled:
        return False
    read = (card.next_action, card.next_action_due)
    with database.session() as session:
        try:
            complete_next_action(session, card.enrollment_id, read=read, by=staff_id)
            session.commit()
        except DraagvlakError as error:
            session.rollback()
            show_error(parent, error)
            return False
    return True
