"""Staff list with champion client counts, staff editing with validation, champions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, archive_client, create_client
from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.vocab import StaffRole, staff_role_label
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from desktop.core.staff.editing import (
    StaffData,
    create_staff,
    get_staff,
    set_champion,
    update_staff,
)
from desktop.core.staff.listing import (
    champion_client_counts,
    list_champion_choices,
    list_staff,
)

TODAY = date(2026, 3, 7)


@pytest.fixture
def team(session: Session) -> dict[str, int]:
    ids = {
        "anna": create_staff(
            session,
            StaffData(
                name="Anna Bakker",
                initials="AB",
                role=StaffRole.PARTNER,
                is_champion=True,
                champion_since="01-02-2026",
                focus_area="Agriculture",
                capacity="40",
            ),
        ),
        "kees": create_staff(session, StaffData(name="Kees de Vries", initials="KdV")),
        "lotte": create_staff(
            session,
            StaffData(
                name="Lotte Smit",
                initials="LS",
                role="assistant",
                start_date="2020-01-01",
                end_date="28-02-2026",
            ),
        ),
    }
    for index, champion in enumerate(["anna", "anna", "anna", "kees"]):
        ids[f"client{index}"] = create_client(
            session,
            ClientData(
                client_number=f"K{index}", name=f"Client {index}", champion_id=ids[champion]
            ),
        )
    return ids


def test_list_staff_with_client_counts(session: Session, team: dict[str, int]) -> None:
    archive_client(session, team["client0"])  # archived clients do not count
    rows = list_staff(session, today=TODAY)
    assert [row.name for row in rows] == ["Anna Bakker", "Kees de Vries", "Lotte Smit"]
    anna, kees, lotte = rows
    assert anna.client_count == 2 and kees.client_count == 1 and lotte.client_count == 0
    assert anna.is_champion and anna.champion_since == date(2026, 2, 1)
    assert (anna.focus_area, anna.capacity, anna.role) == ("Agriculture", 40, StaffRole.PARTNER)
    assert not kees.is_champion and kees.champion_since is None
    assert lotte.has_left(TODAY) and not anna.has_left(TODAY)
    assert not lotte.has_left(date(2026, 2, 28))  # still working on the last day
    assert champion_client_counts(session) == {team["anna"]: 2, team["kees"]: 1}


def test_leavers_can_be_hidden(session: Session, team: dict[str, int]) -> None:
    names = [row.name for row in list_staff(session, include_leavers=False, today=TODAY)]
    assert names == ["Anna Bakker", "Kees de Vries"]
    earlier = list_staff(session, include_leavers=False, today=date(2026, 2, 28))
    assert len(earlier) == 3


def test_champion_choices(session: Session, team: dict[str, int]) -> None:
    # Kees is no champion but still has a client, so filters must offer him.
    assert [row.initials for row in list_champion_choices(session)] == ["AB", "KdV"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"initials": " "}, "initials"),
        ({"email": "anna@"}, "email"),
        ({"role": "boss"}, "role"),
        ({"start_date": "31-02-2026"}, "start_date"),
        ({"start_date": "01-03-2026", "end_date": "28-02-2026"}, "end_date"),
        ({"capacity": "-1"}, "capacity"),
        ({"capacity": "lots"}, "capacity"),
    ],
)
def test_validation_names_the_field(
    session: Session, changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"name": "Nieuw", "initials": "NW"} | changes
    with pytest.raises(ValidationError) as raised:
        create_staff(session, StaffData(**values))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert list_staff(session) == []


def test_initials_unique_ignoring_case(session: Session, team: dict[str, int]) -> None:
    with pytest.raises(ConflictError, match="KDV are already used by Kees de Vries"):
        create_staff(session, StaffData(name="Karel de Vos", initials="KDV"))
    with pytest.raises(ConflictError):
        anna = get_staff(session, team["anna"])
        update_staff(session, team["anna"], replace(anna, initials="ls"), read=anna)
    kees = get_staff(session, team["kees"])
    changed = update_staff(session, team["kees"], replace(kees, initials="KDV"), read=kees)
    assert changed == ["initials"]


def test_update_and_end_date(session: Session, team: dict[str, int]) -> None:
    kees = get_staff(session, team["kees"])
    changed = update_staff(
        session,
        team["kees"],
        replace(kees, team="Noord", end_date="30-06-2026", email=" "),
        read=kees,
    )
    assert changed == ["team", "end_date"]
    assert get_staff(session, team["kees"]).end_date == date(2026, 6, 30)


def test_set_champion(session: Session, team: dict[str, int]) -> None:
    set_champion(
        session, team["kees"], True, since=date(2026, 1, 5), focus_area=" BV ", capacity=25
    )
    kees = get_staff(session, team["kees"])
    assert (kees.is_champion, kees.champion_since) == (True, date(2026, 1, 5))
    assert (kees.focus_area, kees.capacity) == ("BV", 25)
    set_champion(session, team["kees"], True)  # marking again keeps the original date
    assert get_staff(session, team["kees"]).champion_since == date(2026, 1, 5)
    set_champion(session, team["kees"], False)
    kees = get_staff(session, team["kees"])
    assert (kees.is_champion, kees.champion_since, kees.focus_area) == (False, None, "BV")
    set_champion(session, team["kees"], True)
    assert get_staff(session, team["kees"]).champion_since == date.today()
    with pytest.raises(ValidationError) as raised:
        set_champion(session, team["kees"], True, capacity=-3)
    assert raised.value.field == "capacity"
    with pytest.raises(NotFoundError):
        set_champion(session, 999, True)


def test_new_champion_defaults_to_today(session: Session) -> None:
    staff_id = create_staff(session, StaffData(name="Sem", initials="S", is_champion=True))
    assert get_staff(session, staff_id).champion_since == date.today()


def test_role_labels_cover_every_role() -> None:
    assert {staff_role_label(role) for role in StaffRole} >= {"Partner", "Relationship manager"}
    assert len({staff_role_label(role) for role in StaffRole}) == len(StaffRole)


def test_segments_in_configured_order(session: Session) -> None:
    initialise_office(session, "Office", "en")
    assert [row.name for row in list_segments(session)] == [
        "Front-runner",
        "Willing",
        "Wait-and-see",
        "Resistant",
    ]
