"""Staff and champions: adding and editing staff, marking champions (ORM)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import (
    FieldChecks,
    check_length,
    column_text,
    normalise_email,
    parse_date,
    parse_non_negative_int,
)
from desktop.core.common.vocab import StaffRole
from desktop.core.db.models import Staff
from desktop.core.db.records import (
    form_values,
    get_or_not_found,
    lock_for_edit,
    read_form,
)
from desktop.core.db.tables import staff as staff_table
from desktop.core.privacy.audit import CREATED, STAFF, log_event, logged_edit


@dataclass(frozen=True)
class StaffData:
    """The editable fields of a staff member, as entered; ``validated()`` normalises them."""

    name: str = ""
    initials: str = ""
    email: str | None = None
    role: StaffRole | str = StaffRole.RELATIONSHIP_MANAGER
    team: str | None = None
    start_date: date | str | None = None
    end_date: date | str | None = None
    is_champion: bool = False
    champion_since: date | str | None = None
    focus_area: str | None = None
    capacity: int | str | None = None

    def validated(self) -> StaffData:
        """A normalised copy; raises ValidationError, or ValidationErrors naming every bad
        field (in form order)."""
        columns = staff_table.c
        check = FieldChecks()
        name = check(column_text, self.name, columns.name, translate("Staff", "Name"))
        initials = check(
            column_text, self.initials, columns.initials, translate("Staff", "Initials")
        )
        email = check(normalise_email, self.email)
        check(check_length, email, columns.email)
        role = check(_role, self.role)
        team = check(column_text, self.team, columns.team)
        start = check(parse_date, self.start_date, "start_date")
        end = check(parse_date, self.end_date, "end_date")
        if start is not None and end is not None and end < start:
            check.errors.append(
                ValidationError(
                    translate("Staff", "The end date cannot be before the start date."),
                    "end_date",
                )
            )
        since = (
            check(parse_date, self.champion_since, "champion_since") if self.is_champion else None
        )
        focus_area = check(column_text, self.focus_area, columns.focus_area)
        capacity = check(parse_non_negative_int, self.capacity, "capacity")
        check.raise_errors()
        return StaffData(
            name=name or "",
            initials=initials or "",
            email=email,
            role=role or StaffRole.RELATIONSHIP_MANAGER,
            team=team,
            start_date=start,
            end_date=end,
            is_champion=bool(self.is_champion),
            champion_since=since,
            focus_area=focus_area,
            capacity=capacity,
        )


def _role(value: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(value)
    except ValueError:
        raise ValidationError(
            translate("Staff", "'{value}' is not a staff role.").format(value=value), "role"
        ) from None


def _check_unique_initials(session: Session, initials: str, own_id: int | None) -> None:
    # Case-insensitive: "JdV" and "JDV" would be indistinguishable on call lists.
    statement = select(Staff.name).where(func.lower(Staff.initials) == initials.lower())
    if own_id is not None:
        statement = statement.where(Staff.id != own_id)
    clash = session.scalar(statement.limit(1))
    if clash is not None:
        raise ConflictError(
            translate("Staff", "The initials {initials} are already used by {name}.").format(
                initials=initials, name=clash
            )
        )


def _missing(staff_id: int) -> str:
    return translate("Staff", "Staff member {id} no longer exists.").format(id=staff_id)


def _get(session: Session, staff_id: int) -> Staff:
    return get_or_not_found(session, Staff, staff_id, _missing(staff_id))


def create_staff(session: Session, data: StaffData, *, by: int | None = None) -> int:
    """Validate and add a staff member; returns the new id."""
    clean = data.validated()
    _check_unique_initials(session, clean.initials, None)
    if clean.is_champion and clean.champion_since is None:
        clean = replace(clean, champion_since=date.today())
    staff = Staff(**form_values(clean))
    session.add(staff)
    session.flush()
    log_event(session, STAFF, staff.id, CREATED, by)
    return staff.id


def get_staff(session: Session, staff_id: int) -> StaffData:
    """The staff member's current values, as the edit dialog shows them."""
    staff = _get(session, staff_id)
    return read_form(StaffData, staff)


def update_staff(
    session: Session, staff_id: int, data: StaffData, *, read: StaffData, by: int | None = None
) -> list[str]:
    """Store the fields changed from ``read`` (the form as loaded); returns their names.

    StaleEditError when one of them was changed by someone else since.
    """
    staff = lock_for_edit(session, Staff, staff_id, _missing(staff_id))
    clean = data.validated()
    _check_unique_initials(session, clean.initials, staff_id)
    if clean.is_champion and clean.champion_since is None:
        clean = replace(clean, champion_since=staff.champion_since or date.today())
    return logged_edit(session, STAFF, staff, read, clean, staff_field_labels(), by)


def staff_field_labels() -> dict[str, str]:
    """The translated name of each editable staff field, as conflict messages name it."""
    return {
        "name": translate("Staff", "Name"),
        "initials": translate("Staff", "Initials"),
        "email": translate("Staff", "E-mail"),
        "role": translate("Staff", "Role"),
        "team": translate("Staff", "Team"),
        "start_date": translate("Staff", "Start date"),
        "end_date": translate("Staff", "End date"),
        "is_champion": translate("Staff", "Champion"),
        "champion_since": translate("Staff", "Champion since"),
        "focus_area": translate("Staff", "Focus area"),
        "capacity": translate("Staff", "Capacity"),
    }


def set_champion(
    session: Session,
    staff_id: int,
    is_champion: bool,
    since: date | None = None,
    focus_area: str | None = None,
    capacity: int | None = None,
) -> None:
    """Mark or unmark a champion. Marking keeps an earlier 'since' unless a new one is given."""
    staff = _get(session, staff_id)
    if capacity is not None and capacity < 0:
        raise ValidationError(
            translate("Validation", "'{value}' is not a whole number of 0 or more.").format(
                value=capacity
            ),
            "capacity",
        )
    if is_champion:
        staff.champion_since = since or (staff.champion_since if staff.is_champion else None)
        staff.champion_since = staff.champion_since or date.today()
        if focus_area is not None:
            staff.focus_area = column_text(focus_area, staff_table.c.focus_area)
        if capacity is not None:
            staff.capacity = capacity
    else:
        staff.champion_since = None
    staff.is_champion = is_champion
    session.flush()
