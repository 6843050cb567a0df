"""A card's next action is marked done from its context menu: cleared, and on time it earns
the doer points in the same transaction (the client window's "Mark done" rule)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.rewards.ledger import balance
from desktop.ui.board.board_view import BoardView
from desktop.ui.shell import settings
from tests.board_office import Office, make_office


@pytest.fixture
def office(database) -> Iterator[Office]:
    made = make_office(database)
    settings.set_current_staff_id(made.bram)  # Bram is at this PC: nobody is asked
    yield made
    settings.set_current_staff_id(None)


def _menu_actions(board: BoardView, row: int) -> list:
    """Right-click the card in the first column's row: the menu's actions."""
    column = board.columns[board.columns_area.stages()[0].id]
    column.list_view.setFocus()
    column.list_view.setCurrentIndex(column.model.index(row))
    return board.card_menu().actions()


def _row_of(board: BoardView, name: str) -> int:
    cards = board.columns[board.columns_area.stages()[0].id].model.cards()
    return [card.client_name for card in cards].index(name)


def test_marking_done_from_the_card_menu_clears_it_and_pays_on_time(
    qtbot, board, database, office, monkeypatch
) -> None:
    enrollment = office.enrollments["Echo Advies"]
    with database.session() as session:
        set_next_action(session, enrollment, "Send the invitation", date.today() + timedelta(2))
        session.commit()
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.refresh()
    changes: list = []
    board.changed.connect(changes.append)
    actions = _menu_actions(board, _row_of(board, "Echo Advies"))
    assert board.done_action in actions and board.done_action.isEnabled()
    board.done_action.trigger()
    card = board.current_card()
    assert card is not None and card.client_name == "Echo Advies"
    assert card.next_action is None  # the card shows it done at once
    with database.session() as session:
        assert balance(session, office.bram) == 2  # the doer, on time
    assert changes
    # Without a next action the menu offers it disabled.
    _menu_actions(board, _row_of(board, "Echo Advies"))
    assert not board.done_action.isEnabled()


def test_a_next_action_changed_elsewhere_is_not_marked_done(
    qtbot, board, database, office, monkeypatch
) -> None:
    enrollment = office.enrollments["Echo Advies"]
    with database.session() as session:
        set_next_action(session, enrollment, "Send the invitation", date.today())
        session.commit()
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.refresh()
    _menu_actions(board, _row_of(board, "Echo Advies"))
    with database.session() as session:  # a colleague rewrites it meanwhile
        set_next_action(session, enrollment, "Call instead", date.today())
        session.commit()
    refused: list = []
    monkeypatch.setattr(
        "desktop.ui.board.next_action_done.show_error", lambda _parent, error: refused.append(error)
    )
    board.done_action.trigger()
    assert refused
    assert board.current_card().next_action == "Call instead"  # shown as it now is
    with database.session() as session:
        assert balance(session, office.bram) == 0
