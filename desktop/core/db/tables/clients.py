"""Clients and the contact log kept about them."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
)

from desktop.core.common.vocab import ClientType, ContactChannel
from desktop.core.db.tables.base import (
    SEARCH_TEXT_TYPE,
    UTCDateTime,
    created_column,
    enum_type,
    id_column,
    metadata,
    updated_by_column,
    updated_column,
    utcnow,
)

clients = Table(
    "clients",
    metadata,
    id_column(),
    Column("client_number", String(50), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column(
        "client_type",
        enum_type(ClientType, "client_type"),
        nullable=False,
        default=ClientType.OTHER,
    ),
    Column("segment_id", ForeignKey("segments.id")),
    Column("champion_id", ForeignKey("staff.id")),
    Column("contact_person", String(200)),
    Column("email", String(254)),
    Column("phone", String(50)),
    Column("postcode", String(16)),
    Column("city", String(100)),
    Column("kvk_number", String(8)),
    Column("notes", Text, nullable=False, default=""),
    Column("mobile", String(50)),
    Column("address", String(200)),
    Column("country", String(100)),
    Column("client_since", Date),
    Column("archived", Boolean, nullable=False, default=False),
    Column("archived_at", UTCDateTime),  # when it was last archived (retention period)
    Column("anonymised_at", UTCDateTime),  # set once its personal data was erased
    # Name, number, city and e-mail folded for case and accents: see desktop/core/common/search_text.py.
    # Compared by code point on PostgreSQL as on SQLite (collation "C"), whatever the database's
    # locale: it is also the name order of the client list and the board (NAME_ORDER).
    Column("search_text", SEARCH_TEXT_TYPE, nullable=False, default="", server_default=""),
    created_column(),
    updated_column(),
    updated_by_column(),
    Index("ix_clients_name", "name"),
    Index("ix_clients_search_text", "search_text"),  # also the name order: see client_list
    Index("ix_clients_city", "city"),
    Index("ix_clients_email", "email"),
    Index("ix_clients_kvk_number", "kvk_number"),
    Index("ix_clients_name_postcode", "name", "postcode"),
    Index("ix_clients_segment_id", "segment_id"),
    Index("ix_clients_champion_id", "champion_id"),
    Index("ix_clients_client_type", "client_type"),
    Index("ix_clients_archived_name", "archived", "name"),
)

contact_log = Table(
    "contact_log",
    metadata,
    id_column(),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("by_staff_id", ForeignKey("staff.id")),
    Column("channel", enum_type(ContactChannel, "contact_channel"), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Index("ix_contact_log_client_id_at", "client_id", "at"),
    Index("ix_contact_log_by_staff_id", "by_staff_id"),
)
