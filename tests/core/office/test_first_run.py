"""Setting the office up on the first start, and initials made from a name."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.common.vocab import StaffRole
from desktop.core.office.first_run import OfficeSetup, set_up_office
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import get_settings, initialise_office
from desktop.core.staff.editing import get_staff
from desktop.core.staff.initials import initials_for


def test_initials_follow_the_name_as_written_and_stay_unique() -> None:
    assert initials_for("Anna de Vries", []) == "AdV"
    assert initials_for("J. Smit", []) == "JS"
    assert initials_for("  ", []) == "X"
    assert initials_for("Anna de Vries", ["adv", "ADV2"]) == "AdV3"


def test_a_new_office_with_the_person_at_this_pc(session: Session) -> None:
    me = set_up_office(
        session,
        OfficeSetup("Kantoor Noord", "nl", "C:/logo.png", "Pieter Post", StaffRole.PARTNER),
    )
    office = get_settings(session)
    assert office is not None and office == ("Kantoor Noord", "nl", "C:/logo.png")
    assert me is not None and get_staff(session, me).role is StaffRole.PARTNER
    assert list_segments(session)  # the default segments came with it


def test_an_empty_name_keeps_the_offices_own_or_takes_the_default(session: Session) -> None:
    set_up_office(session, OfficeSetup("", "en", default_name="My office"))
    assert get_settings(session).name == "My office"  # type: ignore[union-attr]
    initialise_office(session, "Demo Accountants", "en")
    assert set_up_office(session, OfficeSetup(" ", "en", default_name="My office")) is None
    assert get_settings(session).name == "Demo Accountants"  # type: ignore[union-attr]
