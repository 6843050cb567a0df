"""The board query: cards per stage, filters in SQL, stage counts."""

from __future__ import annotations

from datetime import date

from desktop.core.clients.listing import ClientFilter, list_clients
from desktop.core.common.vocab import UNASSIGNED, ClientType
from desktop.core.db.models import Client
from desktop.core.pipelines.board import BoardFilter, board_cards, stage_cards, stage_counts
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.stages import delete_stage
from tests.core.pipeline_helpers import enrollment_of, make_office, utc

TODAY = date(2026, 3, 10)


def board_names(session, office, **filters):
    board = board_cards(session, office.project_id, BoardFilter(today=TODAY, **filters))
    return {stage: [c.client_name for c in cards] for stage, cards in board.items() if cards}


def setup_board(session):
    """Clients 1-2 (Fast/Slow, AB) and 3-4 (Fast/Slow, CD); 1 and 3 moved on to Informed."""
    office = make_office(session, clients=4)
    enroll_clients(session, office.project_id, at=utc(1))
    for name in ("Client 1", "Client 3"):
        move_client(
            session,
            enrollment_of(session, office, name).id,
            office.stages["Informed"],
            None,
            at=utc(8),
        )
    set_next_action(
        session, enrollment_of(session, office, "Client 1").id, "Call", date(2026, 3, 12)
    )
    set_next_action(session, enrollment_of(session, office, "Client 2").id, "Visit", None)
    return office


def test_cards_per_stage_with_all_fields(session):
    office = setup_board(session)
    board = board_cards(session, office.project_id, BoardFilter(today=TODAY))
    assert list(board) == list(office.stages.values())  # every active stage, in order
    informed = board[office.stages["Informed"]]
    assert [c.client_name for c in informed] == ["Client 1", "Client 3"]
    card = informed[0]
    assert (card.client_number, card.champion_initials, card.champion_name) == (
        "C001",
        "AB",
        "Anna Bakker",
    )
    assert (card.segment_name, card.client_type, card.days_in_stage) == ("Fast", ClientType.BV, 2)
    assert (card.next_action, card.next_action_due, card.stalled) == (
        "Call",
        date(2026, 3, 12),
        False,
    )
    assert informed[1].stalled  # Client 3 has no next action
    waiting = board[office.stages["Not approached"]]
    assert [(c.client_name, c.days_in_stage) for c in waiting] == [("Client 2", 9), ("Client 4", 9)]
    assert stage_counts(session, office.project_id)[office.stages["Informed"]] == 2
    assert stage_counts(session, office.project_id)[office.stages["Active"]] == 0


def test_filters(session):
    office = setup_board(session)
    informed, waiting = office.stages["Informed"], office.stages["Not approached"]
    assert board_names(session, office, champion_id=office.staff["CD"]) == {
        waiting: ["Client 4"],
        informed: ["Client 3"],
    }
    assert board_names(session, office, segment_id=office.segments["Slow"]) == {
        waiting: ["Client 2", "Client 4"]
    }
    assert board_names(session, office, client_type=ClientType.BV) == {
        informed: ["Client 1", "Client 3"]
    }
    assert board_names(session, office, stalled_only=True) == {
        waiting: ["Client 4"],
        informed: ["Client 3"],
    }
    assert board_names(session, office, search="client 4") == {waiting: ["Client 4"]}
    assert board_names(session, office, search="c00") == board_names(session, office)
    assert board_names(session, office, search="%") == {}  # a literal percent sign, not a wildcard
    counts = stage_counts(
        session,
        office.project_id,
        BoardFilter(stalled_only=True, champion_id=office.staff["CD"], today=TODAY),
    )
    assert (counts[waiting], counts[informed], counts[office.stages["Active"]]) == (1, 1, 0)


def test_archived_clients_and_stages_are_left_off(session):
    office = setup_board(session)
    session.get(Client, office.clients["Client 4"]).archived = True
    for name in ("Client 1", "Client 3"):
        enrollment = enrollment_of(session, office, name)
        move_client(session, enrollment.id, office.stages["Invited"], None, at=utc(9))
    assert delete_stage(session, office.stages["Informed"]) == "archived"
    board = board_cards(session, office.project_id, BoardFilter(today=TODAY))
    assert office.stages["Informed"] not in board
    assert [c.client_name for c in board[office.stages["Not approached"]]] == ["Client 2"]
    assert office.stages["Informed"] not in stage_counts(session, office.project_id)
    assert stage_counts(session, office.project_id)[office.stages["Not approached"]] == 1


def test_first_cards_per_stage_and_the_rest_of_a_column(session):
    office = setup_board(session)
    waiting, informed = office.stages["Not approached"], office.stages["Informed"]
    first = board_cards(session, office.project_id, BoardFilter(today=TODAY), limit_per_stage=1)
    assert [c.client_name for c in first[waiting]] == ["Client 2"]
    assert [c.client_name for c in first[informed]] == ["Client 1"]
    assert (
        first[informed][0]
        == board_cards(session, office.project_id, BoardFilter(today=TODAY))[informed][0]
    )
    rest = stage_cards(session, office.project_id, waiting, BoardFilter(today=TODAY), offset=1)
    assert [(c.client_name, c.days_in_stage, c.stalled) for c in rest] == [("Client 4", 9, True)]
    only_cd = stage_cards(
        session, office.project_id, informed, BoardFilter(champion_id=office.staff["CD"])
    )
    assert [c.client_name for c in only_cd] == ["Client 3"]


def test_columns_page_in_the_order_the_board_sorts_cards(session):
    # The board view inserts moved cards by Python's (sort key, id) order into pages read with
    # ORDER BY; a PostgreSQL database in a Dutch or English locale must not sort differently.
    office = make_office(session, clients=4)
    names = ["adam", "Bakker", "Éclair", "de Vries"]
    for client_id, name in zip(office.clients.values(), names, strict=True):
        session.get(Client, client_id).name = name
    enroll_clients(session, office.project_id, at=utc(1))
    waiting = office.stages["Not approached"]
    pages = [
        stage_cards(session, office.project_id, waiting, BoardFilter(today=TODAY), offset, 1)
        for offset in range(4)
    ]
    paged = [page[0].client_name for page in pages]
    assert paged == ["adam", "Bakker", "de Vries", "Éclair"]
    keys = [(page[0].sort_key, page[0].client_id) for page in pages]
    assert keys == sorted(keys)
    full = board_cards(session, office.project_id, BoardFilter(today=TODAY))[waiting]
    assert [card.client_name for card in full] == paged


def test_unassigned_champion_filter_shows_clients_without_one(session):
    office = setup_board(session)
    session.get(Client, enrollment_of(session, office, "Client 2").client_id).champion_id = None
    session.flush()
    assert board_names(session, office, champion_id=UNASSIGNED) == {
        office.stages["Not approached"]: ["Client 2"]
    }
    assert "Client 2" in board_names(session, office)[office.stages["Not approached"]]


def test_the_board_sorts_names_as_the_client_list(session):
    office = make_office(session, clients=5)
    # "Alfa Bouw" after "Alfa" also where the database's locale ignores the field separator.
    names = ["Zeeman", "Özdemir", "Alfa Bouw", "Alfa", "van Dijk"]
    for client_id, name in zip(office.clients.values(), names, strict=True):
        session.get(Client, client_id).name = name
    enroll_clients(session, office.project_id, at=utc(1))
    session.flush()
    waiting = office.stages["Not approached"]
    expected = ["Alfa", "Alfa Bouw", "Özdemir", "van Dijk", "Zeeman"]  # not by code point
    listed = [row.name for row in list_clients(session.connection(), ClientFilter(), "name")]
    assert listed == expected
    board = board_cards(session, office.project_id, BoardFilter(today=TODAY))[waiting]
    assert [card.client_name for card in board] == expected
    first = board_cards(session, office.project_id, BoardFilter(today=TODAY), limit_per_stage=3)
    rest = stage_cards(session, office.project_id, waiting, BoardFilter(today=TODAY), offset=3)
    assert [card.client_name for card in first[waiting] + rest] == expected
