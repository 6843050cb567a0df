"""The champion network and the staff flow: nominations, champion changes of clients (the
hand-over of a leaver, a bulk assignment) and the onboarding checklist of new staff."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desktop.core.champions.vocab import ChampionChangeReason, NominationStatus
from desktop.core.db.tables.base import (
    UTCDateTime,
    created_column,
    enum_type,
    id_column,
    metadata,
    utcnow,
)

# Someone proposed (themselves or by a manager) as champion; a manager approves or declines.
champion_nominations = Table(
    "champion_nominations",
    metadata,
    id_column(),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("nominated_by", ForeignKey("staff.id")),
    Column("focus_area", String(200)),
    Column("capacity", Integer),
    Column("motivation", Text, nullable=False, default=""),
    Column(
        "status",
        enum_type(NominationStatus, "nomination_status"),
        nullable=False,
        default=NominationStatus.PENDING,
    ),
    Column("decided_by", ForeignKey("staff.id")),
    Column("decided_at", UTCDateTime),
    Column("decision_note", Text, nullable=False, default=""),
    created_column(),
    Index("ix_champion_nominations_staff_id", "staff_id"),
    Index("ix_champion_nominations_status", "status"),
    CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
)

# A client's champion changed: the history a hand-over or a bulk assignment leaves behind.
# History is never removed by a cascade (see tables/__init__.py).
champion_changes = Table(
    "champion_changes",
    metadata,
    id_column(),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("from_staff_id", ForeignKey("staff.id")),
    Column("to_staff_id", ForeignKey("staff.id")),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("by_staff_id", ForeignKey("staff.id")),
    Column("reason", enum_type(ChampionChangeReason, "champion_change_reason"), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Index("ix_champion_changes_client_id_at", "client_id", "at"),
    Index("ix_champion_changes_from_staff_id", "from_staff_id"),
    Index("ix_champion_changes_to_staff_id", "to_staff_id"),
)

# The office's onboarding checklist for new staff (the new way of working); editable.
onboarding_items = Table(
    "onboarding_items",
    metadata,
    id_column(),
    Column("position", Integer, nullable=False, default=0),
    Column("text", String(200), nullable=False),
    Column("archived", Boolean, nullable=False, default=False),
    created_column(),
)

# An item ticked off for one staff member, with the day it was done.
staff_onboarding = Table(
    "staff_onboarding",
    metadata,
    id_column(),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("item_id", ForeignKey("onboarding_items.id"), nullable=False),
    Column("done_on", Date, nullable=False),
    UniqueConstraint("staff_id", "item_id"),
    Index("ix_staff_onboarding_item_id", "item_id"),
)
