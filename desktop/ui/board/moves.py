"""Moving cards on the board: who moves, the reason for a lost stage, one transaction, undo.

A move saves through the pipeline core (every move a recorded transition), then hands the
fresh cards to the board, which updates the two column models in place. Undo takes back the
latest move(s) with ``undo_moves``: new transitions that point at the ones they revert, so the
history stays truthful.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.common.errors import (
    ConflictError,
    DraagvlakError,
    NotFoundError,
    OperationCancelled,
)
from desktop.core.common.vocab import StageKind
from desktop.core.db.engine import Database
from desktop.core.db.models import StageTransition
from desktop.core.pipelines.board import BoardCard, BoardFilter, cards_for
from desktop.core.pipelines.moves import Move, move_clients
from desktop.core.pipelines.stages import StageRow
from desktop.core.pipelines.undo import undo_moves
from desktop.ui.board import identity, move_dialogs
from desktop.ui.shell.error_handler import show_error

UNDO_DEPTH = 20


class Board(Protocol):
    def current_project_id(self) -> int | None: ...
    def stage(self, stage_id: int) -> StageRow | None: ...
    def current_filters(self) -> BoardFilter: ...
    def apply_moves(self, left: dict[int, list[int]], cards: Sequence[BoardCard]) -> None: ...
    def reload_board(self) -> None: ...


@dataclass(frozen=True)
class MoveRecord:
    project_id: int
    filters: BoardFilter
    transition_ids: tuple[int, ...]
    enrollment_ids: tuple[int, ...]


class MoveController(QObject):
    moved = Signal(str)  # a status line: what just happened
    undo_available = Signal(bool)

    def __init__(self, database: Database, board: Board, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.database = database
        self.board = board
        self.parent_widget = parent_widget
        self._history: list[MoveRecord] = []

    def can_undo(self) -> bool:
        return bool(self._history)

    def forget_history(self) -> None:
        self._history.clear()
        self.undo_available.emit(False)

    def move(
        self,
        enrollment_ids: Sequence[int],
        to_stage_id: int,
        note: str = "",
        reason: str | None = None,
        *,
        from_stage_id: int | None = None,
    ) -> bool:
        """Move these clients; asks who you are (once) and, for a lost stage, the reason.

        ``from_stage_id`` is the column the cards were in on screen: if another PC has moved
        one of them since, nothing moves, the refusal is shown and the board is read afresh.
        """
        project_id = self.board.current_project_id()
        stage = self.board.stage(to_stage_id)
        ids = tuple(dict.fromkeys(enrollment_ids))
        if project_id is None or stage is None or not ids:
            return False
        try:
            staff_id = identity.who_am_i(self.parent_widget, self.database)
        except OperationCancelled:
            return False
        if stage.kind == StageKind.LOST and reason is None:
            answer = move_dialogs.ask_reason(self.parent_widget, stage, len(ids))
            if answer is None:
                return False  # Cancel: nothing moves
            reason, note = answer[0], answer[1] or note
        with self.database.session() as session:
            try:
                transitions = move_clients(
                    session,
                    ids,
                    to_stage_id,
                    staff_id,
                    note,
                    reason,
                    expected_stage_id=from_stage_id,
                )
                cards = cards_for(session, project_id, ids)
                session.commit()
            except DraagvlakError as error:
                session.rollback()
                self._refused(error)
                return False
        if not transitions:
            return False
        moved_ids = tuple(t.enrollment_id for t in transitions)
        filters = self.board.current_filters()
        self._remember(
            MoveRecord(project_id, filters, tuple(t.transition_id for t in transitions), moved_ids)
        )
        moved = set(moved_ids)
        self.board.apply_moves(
            _left_stages(transitions), [card for card in cards if card.enrollment_id in moved]
        )
        self.moved.emit(self._moved_text(len(moved_ids), stage.name))
        return True

    def undo(self) -> bool:
        """Take back the latest move on this board (all clients of a bulk move at once)."""
        if not self._history:
            return False
        record = self._history[-1]
        try:
            staff_id = identity.who_am_i(self.parent_widget, self.database)
        except OperationCancelled:
            return False
        with self.database.session() as session:
            try:
                undone = undo_moves(session, record.transition_ids, staff_id)
                cards = cards_for(session, record.project_id, record.enrollment_ids)
                session.commit()
            except DraagvlakError as error:
                session.rollback()
                # Usually the client moved again meanwhile: this move can no longer be undone.
                self._history.pop()
                self.undo_available.emit(self.can_undo())
                self._refused(error)
                return False
        self._history.pop()
        self.undo_available.emit(self.can_undo())
        if record.project_id != self.board.current_project_id():
            pass  # another project is on screen: it shows the result when chosen again
        elif record.filters != self.board.current_filters():
            self.board.reload_board()  # the cards may not match today's filters: read afresh
        else:
            self.board.apply_moves(_left_stages(undone), cards)
        self.moved.emit(self.tr("Move undone for %n clients.", "", len(record.enrollment_ids)))
        return True

    def _refused(self, error: DraagvlakError) -> None:
        show_error(self.parent_widget, error)
        if isinstance(error, ConflictError | NotFoundError):
            # Someone else moved (or removed) these clients: show the cards where they are now.
            self.board.reload_board()

    def _remember(self, record: MoveRecord) -> None:
        self._history.append(record)
        del self._history[:-UNDO_DEPTH]
        self.undo_available.emit(True)

    def _moved_text(self, count: int, stage_name: str) -> str:
        return self.tr("Moved %n clients to {stage}.", "", count).format(stage=stage_name)


def _left_stages(transitions: Sequence[Move] | Sequence[StageTransition]) -> dict[int, list[int]]:
    """Stage id -> the enrollments that left it with these transitions."""
    left: dict[int, list[int]] = {}
    for transition in transitions:
        if transition.from_stage_id is not None:
            left.setdefault(transition.from_stage_id, []).append(transition.enrollment_id)
    return left
