"""The first start: the office's name, logo and language, and who works at this PC."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.vocab import StaffRole
from desktop.core.db.tables import staff
from desktop.core.office.settings import get_settings, initialise_office
from desktop.core.staff.editing import StaffData, create_staff
from desktop.core.staff.initials import initials_for


@dataclass(frozen=True)
class OfficeSetup:
    """What the welcome screen asks. An empty ``office_name`` keeps the name the office has
    (the demo office's) or, for a new office, uses ``default_name``."""

    office_name: str
    language: str
    logo_path: str | None = None
    my_name: str = ""
    my_role: StaffRole = StaffRole.OFFICE_MANAGER
    default_name: str = ""


def set_up_office(session: Session, setup: OfficeSetup) -> int | None:
    """Store the office's settings (and its default segments) and add the person at this PC as
    a staff member; returns their staff id, None when no name was given. The caller commits."""
    current = get_settings(session)
    name = setup.office_name.strip() or (current.name if current else setup.default_name)
    initialise_office(session, name, setup.language, setup.logo_path or None)
    my_name = setup.my_name.strip()
    if not my_name:
        return None
    taken = list(session.scalars(select(staff.c.initials)))
    data = StaffData(name=my_name, initials=initials_for(my_name, taken), role=setup.my_role)
    return create_staff(session, data)
