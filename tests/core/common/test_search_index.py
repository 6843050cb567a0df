"""The trigram index finds exactly what a LIKE on the folded text finds, in the same order, and
stays in step with every way clients are written (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.clients.editing import (
    ClientData,
    archive_client,
    create_client,
    get_client,
    update_client,
)
from desktop.core.clients.listing import ClientFilter, count_clients, list_clients
from desktop.core.clients.search_page import first_page
from desktop.core.common.search_text import NAME_ORDER, fold, like_matches, search_key, uses_index
from desktop.core.db import search_index
from desktop.core.db.bulk_insert import BulkInserter
from desktop.core.db.engine import dialect_name
from desktop.core.db.models import Enrollment
from desktop.core.db.tables import clients
from desktop.core.pipelines import board_scan
from desktop.core.pipelines.board import BoardFilter, board_cards, stage_counts
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import list_stages

PEOPLE = [
    ("K1", "Özdemir Bouw", "Zaandam", "info@ozdemir.nl"),
    ("K2", "Café De Zwaan", "Delft", None),
    ("K3", "Geïnformeerd B.V.", "Groß Gerau", "post@geinformeerd.nl"),
    ("K4", "Jansen & Jansen", "Ede", "JANSEN@Example.NL"),
    ("K5", 'Bakkerij "Het 100% Brood"', "Den_Haag", "brood/bakker@x.nl"),
    ("K6", "Łukasz Øvergaard", "Assen", None),
    ("K7", "van der Berg", "Amsterdam", "info@vdberg.nl"),
    ("K8", "Jansen Bouw", "Amsterdam", None),
]
TERMS = [
    "e",  # one character: most clients
    "Ö",
    "ja",  # two characters: a scan
    "%",
    "_",
    "öz",
    "özd",  # three: the index
    "OZDEMIR",
    "cafe de",  # with a space
    "café",
    "gross",  # ß typed as ss
    "lukasz",
    "overg",
    "jansen",
    "jansen & j",
    "100%",
    "100% b",
    "den_h",
    "den h",  # "_" is no wildcard
    '"het',  # a double quote in an index phrase
    "/bak",
    "@example.nl",
    "k4",
    "bouwk",  # never across two fields
    "zzq",
]


def _add_people(session: Session) -> dict[str, int]:
    return {
        number: create_client(
            session, ClientData(client_number=number, name=name, city=city, email=email)
        )
        for number, name, city, email in PEOPLE
    }


def _by_like(session: Session, term: str, archived: bool | None = False) -> list[int]:
    """The plain LIKE's answer, in the list's order."""
    statement = select(clients.c.id).where(like_matches(fold(term)))
    if archived is not None:
        statement = statement.where(clients.c.archived.is_(archived))
    return list(session.scalars(statement.order_by(NAME_ORDER, clients.c.id)))


def _assert_as_like(session: Session, term: str) -> None:
    expected = _by_like(session, term)
    client_filter = ClientFilter(search=term)
    assert [row.id for row in list_clients(session, client_filter, limit=100)] == expected, term
    assert count_clients(session, client_filter) == len(expected), term
    for limit in (1, 3, 100):
        page = first_page(session, client_filter, limit=limit)
        assert page.total == len(expected), term
        assert [row.id for row in page.rows] == expected[:limit], term
    descending = list_clients(session, client_filter, descending=True, limit=100)
    assert [row.id for row in descending] == expected[::-1], term


def test_the_database_has_its_index(session: Session) -> None:
    assert search_index.has_index(session)
    assert uses_index("jan", session) is (dialect_name(session) == "sqlite")
    assert not uses_index("ja", session)


@pytest.mark.parametrize("term", TERMS)
def test_a_search_finds_what_like_finds_in_the_same_order(session: Session, term: str) -> None:
    ids = _add_people(session)
    archive_client(session, ids["K8"])  # active clients only, and no archived one counted
    _assert_as_like(session, term)


def test_the_index_follows_edits_archiving_and_deletes(session: Session) -> None:
    ids = _add_people(session)
    read = get_client(session, ids["K1"]).data
    update_client(
        session,
        ids["K1"],
        ClientData(client_number="K1", name="Yilmaz Installatie", city="Zaandam"),
        read=read,
    )
    assert _by_like(session, "ozdem") == []
    for term in ("ozdem", "yilmaz", "installatie", "zaandam", "info@ozd"):
        _assert_as_like(session, term)
    archive_client(session, ids["K8"])
    _assert_as_like(session, "jansen")
    session.execute(delete(clients).where(clients.c.id == ids["K7"]))
    _assert_as_like(session, "amsterdam")
    _assert_as_like(session, "berg")


def test_the_index_follows_bulk_inserts_and_core_updates(session: Session) -> None:
    _add_people(session)
    rows = [
        {
            "client_number": f"B{n}",
            "name": f"Bulkbedrijf {n}",
            "city": "Tilburg",
            "search_text": search_key(f"Bulkbedrijf {n}", f"B{n}", "Tilburg", None),
        }
        for n in range(30)
    ]
    BulkInserter(session.connection(), clients).insert(rows)
    session.execute(insert(clients).values(client_number="X1", name="Xenia", search_text="xenia"))
    session.execute(
        update(clients)
        .where(clients.c.city == "Tilburg", clients.c.client_number < "B2")
        .values(search_text="verhuisd")
    )
    for term in ("bulkbedrijf", "tilburg", "xenia", "verhuisd", "bulkbedrijf 2"):
        _assert_as_like(session, term)


def test_without_the_index_searches_scan_with_the_same_results(session: Session) -> None:
    _add_people(session)
    expected = {term: _by_like(session, term) for term in TERMS}
    search_index.drop(session.connection())
    search_index.forget(session.get_bind())
    try:
        assert not search_index.has_index(session)
        for term in TERMS:
            assert _by_like(session, term) == expected[term]
            _assert_as_like(session, term)
    finally:
        search_index.create(session.connection())  # others share a PostgreSQL schema
        search_index.forget(session.get_bind())


# Costs that make board_scan.py choose one way for every column of a short search (SQLite).
PLANS = {
    "chosen": {},
    "chosen from a sample": {"SAMPLE_ENOUGH": 1, "SAMPLE_RUN": 2},
    "walk the names": {"ONCE_MATCH_US": 1e12, "SORT_US": 1e12, "JOINT_MATCH_US": 1e12},
    "walk the names together": {"ONCE_MATCH_US": 1e12, "SORT_US": 1e12, "WALK_MATCH_US": 1e12},
    "read by stage": {
        "ONCE_MATCH_US": 1e12,
        "WALK_MATCH_US": 1e12,
        "JOINT_MATCH_US": 1e12,
        "LIKE_US": 1e12,
    },
    "all columns at once": {"ONCE_MATCH_US": 0.0, "LIKE_US": 0.0},
}


@pytest.mark.parametrize("plan", list(PLANS))
@pytest.mark.parametrize("limit", [1, 2, None])
def test_the_board_finds_what_like_finds_in_each_column_in_the_same_order(
    session: Session, monkeypatch: pytest.MonkeyPatch, limit: int | None, plan: str
) -> None:
    for name, cost in PLANS[plan].items():
        monkeypatch.setattr(board_scan, name, cost)
    ids = _add_people(session)
    archive_client(session, ids["K8"])
    project = create_project(session, "Portaal")
    enroll_clients(session, project.id)
    stages = [stage.id for stage in list_stages(session, project.id)]
    # Spread the clients over three columns, so each column's first cards are its own.
    for position, enrollment in enumerate(
        session.scalars(select(Enrollment).where(Enrollment.project_id == project.id))
    ):
        enrollment.stage_id = stages[position % 3]
    session.flush()
    stage_of = {
        client: stage
        for client, stage in session.execute(
            select(Enrollment.client_id, Enrollment.stage_id).where(
                Enrollment.project_id == project.id
            )
        )
    }
    for term in TERMS:
        expected = {stage: [] for stage in stages}
        for client in _by_like(session, term):
            expected[stage_of[client]].append(client)
        columns = board_cards(session, project.id, BoardFilter(search=term), limit)
        found = {stage: [card.client_id for card in cards] for stage, cards in columns.items()}
        assert found == {stage: ids[:limit] for stage, ids in expected.items()}, term
        counts = stage_counts(session, project.id, BoardFilter(search=term))
        assert counts == {stage: len(ids) for stage, ids in expected.items()}, term
