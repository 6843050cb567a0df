from __future__ import annotations

from datetime import date, timedelta

from desktop.core.pipelines.board import board_cards, cards_for
from desktop.core.pipelines.moves import move_clients
from tests.board_office import make_office


def test_cards_for_matches_the_board_and_follows_a_move(database) -> None:
    office = make_office(database)
    wanted = [office.enrollments["Delta Zorg"], office.enrollments["Alfa Bouw BV"]]
    with database.session() as session:
        board = {
            c.enrollment_id: c for c in board_cards(session, office.project_id)[office.stages[0].id]
        }
        fresh = cards_for(session, office.project_id, wanted)
        assert fresh == [board[wanted[1]], board[wanted[0]]]  # by client name

        move_clients(session, wanted, office.stages[2].id, office.anna)
        later = date.today() + timedelta(days=3)
        moved = cards_for(session, office.project_id, wanted, today=later)
    assert {card.stage_id for card in moved} == {office.stages[2].id}
    assert [card.days_in_stage for card in moved] == [3, 3]
    assert [card.stalled for card in moved] == [False, True]  # Delta has no next action


def test_cards_for_ignores_other_projects_and_empty_input(database) -> None:
    office = make_office(database)
    with database.session() as session:
        assert cards_for(session, office.project_id, []) == []
        assert cards_for(session, office.project_id + 1, list(office.enrollments.values())) == []
