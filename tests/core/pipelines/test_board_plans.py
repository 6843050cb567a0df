"""The board's faster ways (counts off the index, columns that walk the name order, searches by
the trigram index) give exactly the cards and counts of the plain queries."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.core.clients.editing import archive_client
from desktop.core.db.models import Client, Enrollment
from desktop.core.pipelines import board
from desktop.core.pipelines.board import BoardFilter, first_pages, stage_cards, stage_counts
from desktop.core.pipelines.moves import move_clients
from tests.board_office import make_office


def _plain_counts(session, office) -> dict[int, int]:  # noqa: ANN001
    rows = session.execute(
        select(Enrollment.stage_id, func.count())
        .join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.project_id == office.project_id, Client.archived.is_(False))
        .group_by(Enrollment.stage_id)
    )
    counts = dict.fromkeys((stage.id for stage in office.stages if not stage.archived), 0)
    counts.update(dict(rows.all()))
    return counts


def _client_id(session, name: str) -> int:  # noqa: ANN001
    return session.scalar(select(Client.id).where(Client.name == name))


def test_counts_off_the_index_leave_archived_clients_out(database) -> None:
    office = make_office(database)
    with database.session() as session:
        archive_client(session, _client_id(session, "Bakkerij Bol"))
        session.commit()
        counts = stage_counts(session, office.project_id)
        assert counts == _plain_counts(session, office)
        assert sum(counts.values()) == len(office.enrollments) - 1


@pytest.mark.parametrize("search", ["", "a", "bo", "akker", "bouw bv", "zzq"])
@pytest.mark.parametrize("walk_factor", [0, 10**9])  # never / always walk the name order
def test_walked_and_sorted_columns_are_the_same(database, monkeypatch, search, walk_factor) -> None:
    office = make_office(database)
    monkeypatch.setattr(board, "WALK_FACTOR", walk_factor)
    filters = BoardFilter(search=search)
    with database.session() as session:
        archive_client(session, _client_id(session, "Cafe Centraal"))
        session.commit()
        counts = stage_counts(session, office.project_id, filters)
        for stage_id, count in counts.items():
            every = stage_cards(session, office.project_id, stage_id, filters)
            assert len(every) == count
            for limit in (1, 2, 50):
                page = stage_cards(
                    session, office.project_id, stage_id, filters, limit=limit, expected=count
                )
                assert page == every[:limit]


@pytest.mark.parametrize("walk_factor", [0, 10**9])  # never / always walk the name order
@pytest.mark.parametrize("limit", [1, 2, 3, 50])
def test_first_pages_walked_together_are_each_columns_own(
    database, monkeypatch, walk_factor, limit
) -> None:
    office = make_office(database)
    monkeypatch.setattr(board, "WALK_FACTOR", walk_factor)
    informed, invited = office.stages[1].id, office.stage("Invited").id
    with database.session() as session:
        names = {"Bakkerij Bol": informed, "Delta Zorg": informed, "Fokker Akkerbouw": invited}
        for name, stage_id in names.items():
            move_clients(session, [office.enrollments[name]], stage_id, office.anna)
        archive_client(session, _client_id(session, "Cafe Centraal"))
        archive_client(session, _client_id(session, "Delta Zorg"))
        session.commit()
        counts = stage_counts(session, office.project_id)
        pages = first_pages(session, office.project_id, BoardFilter(), limit, counts)
        assert list(pages) == list(counts)
        for stage_id, page in pages.items():
            every = stage_cards(session, office.project_id, stage_id)
            assert page == every[:limit]
        first = office.stages[0].id
        assert [card.client_name for card in pages[first]] == ["Alfa Bouw BV", "Echo Advies"][
            :limit
        ]
        assert [card.client_name for card in pages[informed]] == ["Bakkerij Bol"]
