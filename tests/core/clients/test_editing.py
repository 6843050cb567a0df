"""Client list (filter, search, sort, paging) and client editing with validation."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from desktop.core.clients import search_page
from desktop.core.clients.editing import (
    ClientData,
    archive_client,
    create_client,
    get_client,
    restore_client,
    update_client,
)
from desktop.core.clients.listing import (
    SORT_KEYS,
    ArchiveState,
    ClientFilter,
    count_clients,
    list_clients,
)
from desktop.core.clients.search_page import first_page
from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.vocab import UNASSIGNED, ClientType
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from desktop.core.staff.editing import StaffData, create_staff


@pytest.fixture
def office(session: Session) -> dict[str, int]:
    """Four clients, two champions, the default segments."""
    initialise_office(session, "Test office", "en")
    segments = {row.name: row.id for row in list_segments(session)}
    anna = create_staff(session, StaffData(name="Anna Bakker", initials="AB", is_champion=True))
    kees = create_staff(session, StaffData(name="Kees de Vries", initials="KV", is_champion=True))
    ids = {
        "anna": anna,
        "kees": kees,
        "front": segments["Front-runner"],
        "resistant": segments["Resistant"],
    }
    for number, name, client_type, segment, champion, city, email in [
        ("K003", "Zeeman Bouw B.V.", ClientType.BV, "front", anna, "Utrecht", "info@zeeman.nl"),
        ("K001", "Bakkerij Jansen", ClientType.SOLE_TRADER, "resistant", kees, "Amersfoort", None),
        ("K002", "Melkveebedrijf Mulder", ClientType.AGRICULTURAL, "front", None, "Zwolle", None),
        ("K010", "Stichting Het Anker", ClientType.ASSOCIATION_FOUNDATION, None, anna, None,
         "secretaris@hetanker.org"),
    ]:  # fmt: skip
        ids[number] = create_client(
            session,
            ClientData(
                client_number=number,
                name=name,
                client_type=client_type,
                segment_id=ids[segment] if segment else None,
                champion_id=champion,
                city=city,
                email=email,
            ),
        )
    return ids


def names(session: Session, client_filter: ClientFilter, **kwargs: object) -> list[str]:
    return [row.name for row in list_clients(session, client_filter, **kwargs)]  # type: ignore[arg-type]


def test_list_default_is_active_clients_by_name(session: Session, office: dict[str, int]) -> None:
    rows = list_clients(session, ClientFilter())
    assert [row.client_number for row in rows] == ["K001", "K002", "K010", "K003"]
    zeeman = rows[-1]
    assert zeeman.segment_name == "Front-runner"
    assert (zeeman.champion_name, zeeman.champion_initials) == ("Anna Bakker", "AB")
    assert zeeman.client_type is ClientType.BV
    assert zeeman.archived is False
    assert rows[1].champion_name is None and rows[2].segment_name is None
    assert count_clients(session, ClientFilter()) == 4


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("bakkerij", ["Bakkerij Jansen"]),  # name, other case
        ("k00", ["Bakkerij Jansen", "Melkveebedrijf Mulder", "Zeeman Bouw B.V."]),  # number
        ("ZWOLLE", ["Melkveebedrijf Mulder"]),  # city
        ("hetanker.org", ["Stichting Het Anker"]),  # e-mail
        ("  bouw ", ["Zeeman Bouw B.V."]),  # trimmed
        ("%", []),  # wildcards are literal characters
        ("_", []),
        ("nothing like it", []),
    ],
)
def test_search_each_field(
    session: Session, office: dict[str, int], search: str, expected: list[str]
) -> None:
    client_filter = ClientFilter(search=search)
    assert names(session, client_filter) == expected
    assert count_clients(session, client_filter) == len(expected)


def test_search_is_sorted_like_the_list(session: Session, office: dict[str, int]) -> None:
    client_filter = ClientFilter(search="e")
    assert names(session, client_filter, sort="client_number", descending=True) == [
        "Stichting Het Anker",
        "Zeeman Bouw B.V.",
        "Melkveebedrijf Mulder",
        "Bakkerij Jansen",
    ]


def test_filters(session: Session, office: dict[str, int]) -> None:
    assert names(session, ClientFilter(segment_id=office["front"])) == [
        "Melkveebedrijf Mulder",
        "Zeeman Bouw B.V.",
    ]
    assert names(session, ClientFilter(champion_id=office["anna"])) == [
        "Stichting Het Anker",
        "Zeeman Bouw B.V.",
    ]
    assert names(session, ClientFilter(champion_id=UNASSIGNED)) == ["Melkveebedrijf Mulder"]
    assert names(session, ClientFilter(client_type=ClientType.SOLE_TRADER)) == ["Bakkerij Jansen"]
    combined = ClientFilter(segment_id=office["front"], champion_id=office["anna"], search="bouw")
    assert names(session, combined) == ["Zeeman Bouw B.V."]
    assert count_clients(session, ClientFilter(segment_id=office["resistant"], search="x")) == 0


def test_archive_hides_and_restore_shows(session: Session, office: dict[str, int]) -> None:
    archive_client(session, office["K001"])
    assert "Bakkerij Jansen" not in names(session, ClientFilter())
    assert count_clients(session, ClientFilter()) == 3
    assert names(session, ClientFilter(archived=ArchiveState.ARCHIVED)) == ["Bakkerij Jansen"]
    assert count_clients(session, ClientFilter(archived=ArchiveState.ALL)) == 4
    assert get_client(session, office["K001"]).archived is True
    restore_client(session, office["K001"])
    assert count_clients(session, ClientFilter()) == 4
    assert names(session, ClientFilter(archived=ArchiveState.ARCHIVED)) == []


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        ("client_number", ["K001", "K002", "K003", "K010"]),
        ("name", ["K001", "K002", "K010", "K003"]),
        ("city", ["K010", "K001", "K003", "K002"]),  # no city first
        ("segment", ["K010", "K003", "K002", "K001"]),  # by segment order, not name
        ("champion", ["K002", "K003", "K010", "K001"]),  # ties (Anna twice) by id
        ("client_type", ["K002", "K010", "K003", "K001"]),
    ],
)
def test_sort_both_ways(
    session: Session, office: dict[str, int], sort: str, ascending: list[str]
) -> None:
    def numbers(descending: bool) -> list[str]:
        rows = list_clients(session, ClientFilter(), sort=sort, descending=descending)
        return [row.client_number for row in rows]

    assert numbers(False) == ascending
    assert numbers(True) == ascending[::-1]


@pytest.mark.parametrize("search", ["", "e", "ee", "nothing like it", "bakker"])
@pytest.mark.parametrize("sort", ["name", "segment", "champion", "city"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("walk_factor", [0, 10**9])  # never / always walk the name index
def test_first_page_is_count_and_list_together(
    session: Session,
    office: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    search: str,
    sort: str,
    descending: bool,
    walk_factor: int,
) -> None:
    monkeypatch.setattr(search_page, "_WALK_FACTOR", walk_factor)
    client_filter = ClientFilter(search=search)
    for limit in (2, 10):
        page = first_page(session, client_filter, sort, descending, limit)
        assert page.total == count_clients(session, client_filter)
        assert page.rows == list_clients(session, client_filter, sort, descending, 0, limit)


def test_a_short_search_can_leave_its_count_for_later(
    session: Session, office: dict[str, int]
) -> None:
    page = first_page(session, ClientFilter(search="e"), limit=2, count=False)
    assert not page.counted and page.total == 2 and len(page.rows) == 2
    assert count_clients(session, ClientFilter(search="e")) == 4
    # A page that is not full is all there is; an indexed search counts in milliseconds.
    assert first_page(session, ClientFilter(search="e"), limit=10, count=False).counted
    assert first_page(session, ClientFilter(search="k00"), limit=2, count=False).counted


def test_a_full_plain_page_can_leave_its_count_for_later(
    session: Session, office: dict[str, int]
) -> None:
    page = first_page(session, ClientFilter(), limit=2, count=False)
    assert not page.counted and page.total == 2
    assert page.rows == list_clients(session, ClientFilter(), limit=2)
    assert first_page(session, ClientFilter(), limit=2) == (4, page.rows, True)
    assert first_page(session, ClientFilter(), limit=10, count=False).counted  # all there is


def test_every_sort_key_runs(session: Session, office: dict[str, int]) -> None:
    for key in SORT_KEYS:
        assert len(list_clients(session, ClientFilter(search="k"), sort=key)) == 4
    with pytest.raises(ValueError, match="unknown sort key"):
        list_clients(session, ClientFilter(), sort="notes")


def test_paging_is_stable_with_ties(session: Session, office: dict[str, int]) -> None:
    for index in range(7):
        create_client(session, ClientData(client_number=f"T{index}", name="Same Name"))
    full = [row.id for row in list_clients(session, ClientFilter(), limit=100)]
    pages = [
        row.id
        for offset in range(0, 11, 3)
        for row in list_clients(session, ClientFilter(), offset=offset, limit=3)
    ]
    assert pages == full and len(full) == 11


def test_create_normalises(session: Session, office: dict[str, int]) -> None:
    client_id = create_client(
        session,
        ClientData(
            client_number=" K020 ",
            name="  De Boer Advies ",
            client_type="bv",
            postcode="1234ab",
            kvk_number="1234 5678",
            email="boer@example.nl",
            phone="",
        ),
    )
    data = get_client(session, client_id).data
    assert (data.client_number, data.name, data.client_type) == ("K020", "De Boer Advies", "bv")
    assert (data.postcode, data.kvk_number, data.phone) == ("1234 AB", "12345678", None)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"client_number": ""}, "client_number"),
        ({"email": "not-an-address"}, "email"),
        ({"postcode": "12345"}, "postcode"),
        ({"kvk_number": "1234567"}, "kvk_number"),
        ({"client_type": "ngo"}, "client_type"),
        ({"segment_id": 9999}, "segment_id"),
        ({"champion_id": 9999}, "champion_id"),
    ],
)
def test_validation_names_the_field(
    session: Session, office: dict[str, int], changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"client_number": "K099", "name": "Nieuw"} | changes
    with pytest.raises(ValidationError) as raised:
        create_client(session, ClientData(**values))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert str(raised.value)
    assert count_clients(session, ClientFilter()) == 4


def test_client_number_is_unique(session: Session, office: dict[str, int]) -> None:
    with pytest.raises(ConflictError, match="K001 is already used by Bakkerij Jansen"):
        create_client(session, ClientData(client_number="K001", name="Other"))
    with pytest.raises(ConflictError, match="K001"):
        read = get_client(session, office["K002"]).data
        update_client(session, office["K002"], replace(read, client_number="K001"), read=read)
    # Keeping one's own number is fine.
    read = get_client(session, office["K001"]).data
    update_client(session, office["K001"], replace(read, name="Jansen"), read=read)


def test_update_returns_changed_fields(session: Session, office: dict[str, int]) -> None:
    data = get_client(session, office["K001"]).data
    changed = update_client(
        session,
        office["K001"],
        replace(data, city="Amersfoort", postcode="3811 aa", phone="0334567890"),
        read=data,
    )
    assert changed == ["phone", "postcode"]
    assert get_client(session, office["K001"]).data.postcode == "3811 AA"
    again = get_client(session, office["K001"]).data
    assert update_client(session, office["K001"], again, read=again) == []


def test_missing_client(session: Session, office: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        get_client(session, 12345)
    with pytest.raises(NotFoundError):
        archive_client(session, 12345)


def test_core_refuses_text_longer_than_its_column(session) -> None:
    """SQLite would store it, PostgreSQL would raise a raw DataError: both get the message."""
    from desktop.core.common import i18n
    from desktop.core.common.errors import ValidationError, ValidationErrors
    from desktop.core.staff.editing import StaffData, create_staff

    with pytest.raises(ValidationError) as caught:
        create_client(session, ClientData(client_number="K1", name="x" * 300))
    assert (caught.value.field, str(caught.value)) == ("name", "Longer than 200 characters.")
    i18n.set_language("nl")
    with pytest.raises(ValidationErrors) as several:
        create_client(session, ClientData(client_number="K" * 51, name="x" * 201, city="c" * 101))
    assert [(e.field, str(e)) for e in several.value.errors] == [
        ("client_number", "Langer dan 50 tekens."),
        ("name", "Langer dan 200 tekens."),
        ("city", "Langer dan 100 tekens."),
    ]
    with pytest.raises(ValidationErrors) as staff_errors:
        create_staff(session, StaffData(name="n" * 201, initials="i" * 17, team="t" * 101))
    assert [e.field for e in staff_errors.value.errors] == ["name", "initials", "team"]
    assert create_client(session, ClientData(client_number="K1", name="x" * 200))


def test_create_and_edit_the_address_country_since_and_mobile(
    session: Session, office: dict[str, int]
) -> None:
    from datetime import date

    client_id = create_client(
        session,
        ClientData(
            client_number="K030",
            name="Van Dijk Installaties",
            phone="030-1234567",
            mobile="06 12345678",
            address=" Dorpsstraat 1 ",
            country="Nederland",
            client_since=date(2015, 3, 1),
        ),
    )
    data = get_client(session, client_id).data
    assert (data.phone, data.mobile) == ("030 123 4567", "06 12345678")
    assert (data.address, data.country, data.client_since) == (
        "Dorpsstraat 1",
        "Nederland",
        date(2015, 3, 1),
    )
    changed = update_client(
        session,
        client_id,
        replace(data, mobile="+32 470 12 34 56", country="België", client_since=None),
        read=data,
    )
    assert changed == ["mobile", "country", "client_since"]
    data = get_client(session, client_id).data
    assert (data.mobile, data.country, data.client_since) == ("+32 470 12 34 56", "België", None)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"phone": "-1692"}, "phone"),
        ({"mobile": "call me"}, "mobile"),
        ({"address": "a" * 201}, "address"),
        ({"country": "c" * 101}, "country"),
        ({"client_since": "31-02-2020"}, "client_since"),
    ],
)
def test_the_new_fields_are_checked(
    session: Session, office: dict[str, int], changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        create_client(session, ClientData(client_number="K099", name="Nieuw", **changes))  # type: ignore[arg-type]
    assert raised.value.field == field


def test_a_number_imported_as_written_survives_an_edit_of_another_field(
    session: Session, office: dict[str, int]
) -> None:
    from desktop.core.db.models import Client

    session.get(Client, office["K001"]).mobile = "0612 345"  # as the importer keeps it
    session.flush()
    read = get_client(session, office["K001"]).data
    assert update_client(session, office["K001"], replace(read, city="Baarn"), read=read) == [
        "city"
    ]
    assert get_client(session, office["K001"]).data.mobile == "0612 345"
    with pytest.raises(ValidationError) as raised:
        update_client(session, office["K001"], replace(read, mobile="0612 3456"), read=read)
    assert raised.value.field == "mobile"


def test_a_stale_edit_of_the_mobile_is_refused(session: Session, office: dict[str, int]) -> None:
    from desktop.core.common.errors import StaleEditError

    read = get_client(session, office["K001"]).data
    update_client(session, office["K001"], replace(read, mobile="0612345678"), read=read)
    with pytest.raises(StaleEditError) as raised:
        update_client(session, office["K001"], replace(read, mobile="0687654321"), read=read)
    assert raised.value.field == "mobile"
    assert str(raised.value).startswith("Mobile was changed")
    assert get_client(session, office["K001"]).data.mobile == "06 12345678"
