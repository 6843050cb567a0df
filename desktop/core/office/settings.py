"""The office itself: its settings and the defaults a new office starts with.

Written with Core statements (no ORM) because the main window asks ``needs_setup`` at start-up.
Functions accept a Session or a Connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Connection, func, insert, select, update

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import LANGUAGES, translate
from desktop.core.common.validation import FieldChecks, column_text
from desktop.core.db.tables import clients, office_settings, segments, staff, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


LOGO_PATTERNS = "*.png *.jpg *.jpeg *.svg"  # the image files an office logo may be


class OfficeInfo(NamedTuple):
    name: str
    language: str
    logo_path: str | None


def _default_segment_texts() -> list[tuple[str, str]]:
    # Spelled out so pyside6-lupdate sees every string.
    return [
        (
            translate("Segments", "Front-runner"),
            translate("Segments", "Digitally savvy; wants to be first."),
        ),
        (translate("Segments", "Willing"), translate("Segments", "Open to it once shown how.")),
        (
            translate("Segments", "Wait-and-see"),
            translate("Segments", "Waits until others have gone first."),
        ),
        (
            translate("Segments", "Resistant"),
            translate("Segments", "Prefers paper and personal contact."),
        ),
    ]


def get_settings(executor: Session | Connection) -> OfficeInfo | None:
    """The office's settings, or None before the office was set up."""
    row = executor.execute(
        select(office_settings.c.name, office_settings.c.language, office_settings.c.logo_path)
        .order_by(office_settings.c.id)
        .limit(1)
    ).first()
    return OfficeInfo(*row) if row is not None else None


def initialise_office(
    executor: Session | Connection, name: str, language: str, logo_path: str | None = None
) -> None:
    """Create (or rename) the office and add the default segments in the current UI language."""
    name, language, logo_path = clean_settings(OfficeInfo(name, language, logo_path))
    values = {"name": name, "language": language, "logo_path": logo_path}
    if get_settings(executor) is None:
        executor.execute(insert(office_settings).values(**values))
    else:
        executor.execute(update(office_settings).values(**values))
    if not executor.scalar(select(func.count()).select_from(segments)):
        executor.execute(
            insert(segments),
            [
                {"name": segment_name, "description": description, "position": position}
                for position, (segment_name, description) in enumerate(_default_segment_texts())
            ],
        )


def needs_setup(executor: Session | Connection) -> bool:
    """True for a brand-new database: no office settings, clients or staff (welcome screen)."""
    if get_settings(executor) is not None:
        return False
    has_clients = executor.scalar(select(clients.c.id).limit(1)) is not None
    return not has_clients and executor.scalar(select(staff.c.id).limit(1)) is None


def office_field_labels() -> dict[str, str]:
    """The translated name of each office setting, as conflict messages name it."""
    return {
        "name": translate("Office", "Office name"),
        "language": translate("Office", "Language"),
        "logo_path": translate("Office", "Logo"),
    }


def clean_settings(wanted: OfficeInfo) -> OfficeInfo:
    """The settings as stored: trimmed, a name required, lengths and the language checked
    (every failure at once)."""
    check = FieldChecks()
    name = check(column_text, wanted.name, office_settings.c.name, office_field_labels()["name"])
    logo_path = check(column_text, wanted.logo_path, office_settings.c.logo_path)
    language = check(_language, wanted.language)
    check.raise_errors()
    return OfficeInfo(name or "", language or "", logo_path)


def _language(value: object) -> str:
    if value not in LANGUAGES:
        raise ValidationError(
            translate("Office", "'{value}' is not a language Draagvlak speaks.").format(
                value=value
            ),
            "language",
        )
    return str(value)


def update_settings(
    session: Session, read: OfficeInfo, wanted: OfficeInfo, by: int | None = None
) -> list[str]:
    """Write the settings the user changed (``wanted`` against ``read``); returns their names.

    StaleEditError when one of them was changed by someone else since it was read;
    ValidationError for a missing name, too long a text or an unknown language.
    """
    from desktop.core.db.engine import begin_write
    from desktop.core.db.records import refuse_stale

    wanted = clean_settings(wanted)
    begin_write(session)
    current = session.execute(
        select(office_settings).order_by(office_settings.c.id).limit(1).with_for_update()
    ).first()
    if current is None:
        raise NotFoundError(translate("Office", "The office has not been set up yet."))
    edits = {
        field: value
        for field, value in wanted._asdict().items()
        if value != getattr(read, field) and value != getattr(current, field)
    }
    refuse_stale(session, current, read._asdict(), edits, office_field_labels())
    if edits:
        session.execute(
            update(office_settings)
            .where(office_settings.c.id == current.id)
            .values(**edits, updated_at=utcnow(), updated_by=by)
        )
    return list(edits)
