"""Client imports: saved column mappings and the history that lets an import be undone."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from desktop.core.db.tables.base import (
    UTCDateTime,
    id_column,
    metadata,
    updated_column,
)

# A saved column mapping, found again by the signature of a file's headers.
import_mappings = Table(
    "import_mappings",
    metadata,
    id_column(),
    Column("header_signature", String(64), nullable=False, unique=True),
    Column("headers_json", Text, nullable=False),
    Column("mapping_json", Text, nullable=False),
    updated_column(),
)

# One committed import (see desktop/core/imports/history.py); undone_at is set by its undo.
imports = Table(
    "imports",
    metadata,
    id_column(),
    Column("file_name", String(260), nullable=False),
    Column("sheet", String(100)),
    Column("at", UTCDateTime, nullable=False),
    Column("by_staff_id", ForeignKey("staff.id")),
    Column("by_name", String(200), nullable=False),
    Column("rows_read", Integer, nullable=False),
    Column("created", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("unchanged", Integer, nullable=False),
    Column("skipped", Integer, nullable=False),
    Column("project_id", ForeignKey("projects.id")),
    Column("undone_at", UTCDateTime),
)

# What one import did to one client: "created", or "updated" with the previous values of the
# fields it changed (JSON); updated_at is the client's as the import left it.
import_clients = Table(
    "import_clients",
    metadata,
    id_column(),
    Column("import_id", ForeignKey("imports.id"), nullable=False),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("action", String(16), nullable=False),
    Column("previous_json", Text, nullable=False),
    Column("updated_at", UTCDateTime),
    Index("ix_import_clients_import_id", "import_id"),
    Index("ix_import_clients_client_id", "client_id"),
)
