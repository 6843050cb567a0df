"""Enumerations stored in the database as their string values."""

from __future__ import annotations

import enum


class StaffRole(enum.StrEnum):
    PARTNER = "partner"
    RELATIONSHIP_MANAGER = "relationship_manager"
    ASSISTANT = "assistant"
    OFFICE_MANAGER = "office_manager"
    HR = "hr"
    IT = "it"


class ClientType(enum.StrEnum):
    SOLE_TRADER = "sole_trader"
    PARTNERSHIP = "partnership"  # vof, maatschap, cv
    BV = "bv"
    PRIVATE_PERSON = "private_person"
    ASSOCIATION_FOUNDATION = "association_foundation"
    AGRICULTURAL = "agricultural"
    OTHER = "other"


class StageKind(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class ContactChannel(enum.StrEnum):
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    LETTER = "letter"
    WEBINAR = "webinar"
