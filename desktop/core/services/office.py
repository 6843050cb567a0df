"""The office itself: its settings and the defaults a new office starts with."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.core.models import Client, OfficeSettings, Segment, Staff


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


def get_settings(session: Session) -> OfficeSettings | None:
    return session.scalar(select(OfficeSettings).order_by(OfficeSettings.id).limit(1))


def initialise_office(session: Session, name: str, language: str) -> OfficeSettings:
    """Create the settings row and the default segments (in the current UI language)."""
    settings = get_settings(session)
    if settings is None:
        settings = OfficeSettings(name=name, language=language)
        session.add(settings)
    else:
        settings.name, settings.language = name, language
    if not session.scalar(select(func.count()).select_from(Segment)):
        for position, (segment_name, description) in enumerate(_default_segment_texts()):
            session.add(Segment(name=segment_name, description=description, position=position))
    session.flush()
    return settings


def needs_setup(session: Session) -> bool:
    """True for a brand-new database: no office settings, clients or staff (welcome screen)."""
    if get_settings(session) is not None:
        return False
    has_clients = session.scalar(select(Client.id).limit(1)) is not None
    return not has_clients and session.scalar(select(Staff.id).limit(1)) is None
