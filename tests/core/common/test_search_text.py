"""Client search ignores case and accents for every letter, whichever way clients were written."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, func, insert, select
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, create_client, get_client, update_client
from desktop.core.clients.listing import ClientFilter, count_clients
from desktop.core.clients.search_page import first_page
from desktop.core.common.search_text import fold, search_key
from desktop.core.common.vocab import ClientType
from desktop.core.db import migrate as schema
from desktop.core.db.engine import Database, create_db_engine, open_database, sqlite_url
from desktop.core.db.models import Client
from desktop.core.db.tables import clients
from desktop.core.demo.office import DemoOptions, create_demo_office
from desktop.core.imports.importer import ImportOptions, run_import
from tests.core.imports.samples import write_csv


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Özdemir", "ozdemir"),
        ("Café De Zwaan", "cafe de zwaan"),
        ("Geïnformeerd", "geinformeerd"),
        ("Straße", "strasse"),
        ("STRASSE", "strasse"),
        ("Łukasz Øvergaard", "lukasz overgaard"),
        ("Info@Café.NL", "info@cafe.nl"),
        ("ﬁets", "fiets"),  # a ligature, as PDFs and Word paste it
    ],
)
def test_fold_ignores_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_search_key_keeps_fields_apart_and_allows_empty_ones() -> None:
    key = search_key("Café De Zwaan", "K-001", "Zaandam", None)
    assert key.split("\x1f") == ["cafe de zwaan", "k-001", "zaandam", ""]
    assert fold("zwaan\x1fk") == "zwaank"  # typed (pasted) text never spans two fields


PEOPLE = [
    ("K1", "Özdemir Bouw", "Zaandam", "info@ozdemir.nl"),
    ("K2", "Café De Zwaan", "Delft", None),
    ("K3", "Geïnformeerd B.V.", "Groß Gerau", "post@geinformeerd.nl"),
    ("K4", "Jansen", "Ede", "JANSEN@Example.NL"),
]


def _found(session: Session, search: str) -> list[str]:
    page = first_page(session, ClientFilter(search=search))
    assert page.total == count_clients(session, ClientFilter(search=search))
    return sorted(row.client_number for row in page.rows)


def _add_people(session: Session) -> None:
    for number, name, city, email in PEOPLE:
        create_client(session, ClientData(client_number=number, name=name, city=city, email=email))


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("özd", ["K1"]),
        ("OZD", ["K1"]),
        ("cafe", ["K2"]),
        ("CAFÉ", ["K2"]),
        ("geinf", ["K3"]),
        ("GEÏNF", ["K3"]),
        ("gross", ["K3"]),  # city, ß typed as ss
        ("jansen@example", ["K4"]),  # e-mail, any case
        ("k", ["K1", "K2", "K3", "K4"]),  # one character: the count-first path
        ("é", ["K1", "K2", "K3", "K4"]),  # every client has an e
        ("bouwk1", []),  # no match across two fields
    ],
)
def test_client_list_search_ignores_case_and_accents(
    session: Session, search: str, expected: list[str]
) -> None:
    _add_people(session)
    assert _found(session, search) == expected


def _assert_current(session: Session) -> None:
    """Every client's stored search text is what search_key makes of its values now."""
    rows = session.execute(
        select(Client.name, Client.client_number, Client.city, Client.email, Client.search_text)
    ).all()
    assert rows
    for name, number, city, email, stored in rows:
        assert stored == search_key(name, number, city, email), name


def test_editing_a_client_updates_its_search_text(session: Session) -> None:
    client_id = create_client(session, ClientData(client_number="K1", name="Bakkerij Ozturk"))
    assert _found(session, "ozturk") == ["K1"]
    read = get_client(session, client_id).data
    wanted = ClientData(client_number="K9", name="Café Öztürk", city="Düren")
    update_client(session, client_id, wanted, read=read)
    assert _found(session, "bakkerij") == []
    assert _found(session, "cafe ozt") == _found(session, "duren") == _found(session, "k9")
    assert _found(session, "k9") == ["K9"]
    _assert_current(session)


def test_import_fills_search_text_on_insert_and_update(database: Database, tmp_path: Path) -> None:
    header = "Relatiecode;Naam;Plaats;E-mail"
    first = write_csv(
        tmp_path / "eerst.csv",
        [header, "1;Özdemir Bouw;Zaandam;", "2;Jansen;Ede;jansen@example.nl"],
    )
    second = write_csv(
        tmp_path / "daarna.csv",
        [header, "1;Özdemir Bouw;Zaandam;info@özdemir.nl", "2;Café De Zwaan;Ede;"],
    )
    run_import(database, first, None, ImportOptions())
    with database.session() as session:
        assert _found(session, "ÖZD") == ["1"]
        _assert_current(session)
    report = run_import(database, second, None, ImportOptions(update_existing=True))
    assert report.updated == 2
    with database.session() as session:
        assert _found(session, "cafe") == ["2"]
        assert _found(session, "info@ozd") == ["1"]
        assert _found(session, "jansen") == ["2"]  # the e-mail was kept: empty cells never count
        _assert_current(session)


def test_demo_office_fills_search_text(session: Session) -> None:
    create_demo_office(session, DemoOptions(clients=40, staff=8, seed=3, today=date(2026, 3, 2)))
    _assert_current(session)
    name = session.scalars(select(Client.name).order_by(Client.id)).first()
    assert name is not None
    assert count_clients(session, ClientFilter(search=name.upper())) >= 1


@pytest.mark.sqlite_only("backup copy of the database file")
def test_upgrade_from_0001_backs_up_keeps_clients_and_fills_search_text(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(sqlite_url(path))
    schema.upgrade(engine, "0001")
    # The clients table as revision 0001 made it: without search_text.
    old_clients = Table(
        "clients",
        MetaData(),
        *(Column(c.name, c.type) for c in clients.c if c.name != "search_text"),
    )
    now = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(old_clients),
            [
                {
                    "client_number": number,
                    "name": name,
                    "client_type": ClientType.BV,
                    "city": city,
                    "email": email,
                    "notes": "",
                    "archived": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for number, name, city, email in PEOPLE
            ],
        )
    engine.dispose()

    database = open_database(path)
    try:
        assert database.backup_path is not None
        assert "before-0001" in Path(database.backup_path).name
        with database.session() as session:
            _assert_current(session)
            assert session.scalar(select(func.count()).select_from(Client)) == len(PEOPLE)
            assert _found(session, "özd") == ["K1"]
            assert _found(session, "cafe") == ["K2"]
            assert session.get(Client, 1).updated_at == now  # type: ignore[union-attr]
    finally:
        database.dispose()


def test_name_order_ignores_case_and_accents(session: Session) -> None:
    from desktop.core.clients.listing import list_clients

    for number, name in (("1", "Zeeman"), ("2", "van Dijk"), ("3", "Özdemir"), ("4", "Aalders")):
        create_client(session, ClientData(client_number=number, name=name))
    names = [row.name for row in list_clients(session, ClientFilter(), sort="name")]
    assert names == ["Aalders", "Özdemir", "van Dijk", "Zeeman"]
    backwards = list_clients(session, ClientFilter(), sort="name", descending=True)
    assert [row.name for row in backwards] == ["Zeeman", "van Dijk", "Özdemir", "Aalders"]
