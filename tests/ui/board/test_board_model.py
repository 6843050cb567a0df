"""The column model without a view: drag data, drop rules, paging and in-place updates."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType, StageKind
from desktop.core.pipelines.board import BoardCard
from desktop.core.pipelines.stages import StageRow
from desktop.ui.board.card_delegate import DueState, due_state
from desktop.ui.board.column_model import (
    CARD_ROLE,
    MIME_TYPE,
    BoardColumnModel,
    DraggedCards,
    decode_cards,
    encode_cards,
)
from tests.ui.waiting import WORK_TIMEOUT_MS, workers_idle

STAGE = StageRow(10, 1, 0, "Informed", StageKind.OPEN, 30, False)
OTHER = StageRow(11, 1, 1, "Invited", StageKind.OPEN, None, False)
TODAY = date(2026, 3, 7)


def card(client_id: int, name: str, stage_id: int = STAGE.id, **changes: object) -> BoardCard:
    values: dict[str, object] = dict(
        enrollment_id=100 + client_id,
        client_id=client_id,
        client_number=f"K{client_id}",
        client_name=name,
        stage_id=stage_id,
        champion_id=None,
        champion_initials=None,
        champion_name=None,
        segment_id=None,
        segment_name=None,
        client_type=ClientType.BV,
        days_in_stage=3,
        next_action=None,
        next_action_due=None,
        stalled=False,
    )
    values.update(changes)
    values["sort_key"] = search_key(values["client_name"], values["client_number"], None, None)
    return BoardCard(**values)


def loaded(cards: list[BoardCard], total: int | None = None, pages=None) -> BoardColumnModel:
    model = BoardColumnModel(1, STAGE)
    model.set_cards(cards, len(cards) if total is None else total, pages)
    return model


def test_drag_data_round_trips_and_drop_asks_the_board(qtbot) -> None:
    source = loaded([card(1, "Alfa"), card(2, "Bravo"), card(3, "Charlie")])
    data = source.mimeData([source.index(2), source.index(0)])
    assert data.hasFormat(MIME_TYPE)
    assert decode_cards(data) == DraggedCards(1, STAGE.id, (101, 103))

    target = BoardColumnModel(1, OTHER)
    with qtbot.waitSignal(target.cards_dropped) as dropped:
        assert target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert dropped.args == [DraggedCards(1, STAGE.id, (101, 103)), OTHER.id]
    assert source.rowCount() == 3  # nothing moves until the board has saved the move


def test_drops_on_the_own_column_or_from_another_project_are_refused() -> None:
    model = loaded([card(1, "Alfa")])
    own = encode_cards(DraggedCards(1, STAGE.id, (101,)))
    foreign = encode_cards(DraggedCards(2, OTHER.id, (101,)))
    action = Qt.DropAction.MoveAction
    assert not model.canDropMimeData(own, action, -1, -1, QModelIndex())
    assert not model.canDropMimeData(foreign, action, -1, -1, QModelIndex())
    assert not model.dropMimeData(own, action, -1, -1, QModelIndex())
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_insert_keeps_board_order_and_remove_updates_the_total() -> None:
    model = loaded([card(1, "Alfa"), card(3, "Charlie")])
    rows = model.insert_cards([card(2, "Bravo"), card(4, "Delta")])
    assert [c.client_name for c in model.cards()] == ["Alfa", "Bravo", "Charlie", "Delta"]
    assert rows == [1, 3]
    assert model.total == 4
    assert model.remove_enrollments([101, 104]) == 2
    assert [c.client_name for c in model.cards()] == ["Bravo", "Charlie"]
    assert model.total == 2
    assert model.index(0).data(CARD_ROLE).client_name == "Bravo"


def test_pages_are_fetched_after_the_last_loaded_card(qtbot) -> None:
    asked: list[int] = []
    pages = {2: [card(3, "Charlie"), card(4, "Delta")]}

    def next_page(offset: int) -> list[BoardCard]:
        asked.append(offset)
        return pages.get(offset, [])

    model = loaded([card(1, "Alfa"), card(2, "Bravo")], total=4, pages=next_page)
    assert model.canFetchMore(QModelIndex())
    # A card that sorts after the loaded prefix waits for its page instead of jumping the queue.
    assert model.insert_cards([card(5, "Echo")]) == []
    assert model.rowCount() == 2 and model.total == 5
    with qtbot.waitSignal(model.rowsInserted, timeout=WORK_TIMEOUT_MS):
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # one page at a time
    assert asked == [2]
    assert [c.client_name for c in model.cards()] == ["Alfa", "Bravo", "Charlie", "Delta"]
    workers_idle(qtbot)
    assert model.canFetchMore(QModelIndex())  # Echo is still to come


def test_a_page_that_arrives_after_a_move_is_dropped(qtbot) -> None:
    gate = threading.Event()

    def next_page(offset: int) -> list[BoardCard]:
        gate.wait(WORK_TIMEOUT_MS / 1000)
        return [card(3, "Charlie")]

    model = loaded([card(1, "Alfa"), card(2, "Bravo")], total=4, pages=next_page)
    model.fetchMore(QModelIndex())
    model.remove_enrollments([101])  # moved away while the page was being read
    assert model.canFetchMore(QModelIndex())  # the view may ask again from the new end
    gate.set()
    workers_idle(qtbot)
    assert [c.client_name for c in model.cards()] == ["Bravo"]


def test_next_action_colours() -> None:
    assert due_state(card(1, "A"), TODAY) is DueState.NONE
    # A won or lost client without a next action is finished, not a warning.
    assert due_state(card(1, "A"), TODAY, needs_next_action=False) is DueState.FINISHED
    assert due_state(card(1, "A", next_action="Call"), TODAY, needs_next_action=False) is (
        DueState.LATER
    )
    assert due_state(card(1, "A", next_action="Call"), TODAY) is DueState.LATER
    due = {"next_action": "Call"}
    assert due_state(card(1, "A", next_action_due=date(2026, 3, 6), **due), TODAY) is (
        DueState.OVERDUE
    )
    assert due_state(card(1, "A", next_action_due=TODAY, **due), TODAY) is DueState.TODAY
    assert due_state(card(1, "A", next_action_due=date(2026, 3, 9), **due), TODAY) is (
        DueState.LATER
    )
