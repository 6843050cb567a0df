"""Office-wide records: the office's own settings, its staff and its client segments."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from desktop.core.common.vocab import StaffRole
from desktop.core.db.tables.base import (
    created_column,
    enum_type,
    id_column,
    metadata,
    updated_by_column,
    updated_column,
)

office_settings = Table(
    "office_settings",
    metadata,
    id_column(),
    Column("name", String(200), nullable=False, default=""),
    Column("language", String(8), nullable=False, default="nl"),
    Column("logo_path", String(500)),
    Column("backup_folder", String(500)),  # None: <database folder>/backups
    Column("retention_months", Integer),  # archived clients older than this: anonymise?
    updated_column(nullable=True),
    updated_by_column(),
)

staff = Table(
    "staff",
    metadata,
    id_column(),
    Column("name", String(200), nullable=False),
    Column("initials", String(16), nullable=False, unique=True),
    Column("email", String(254)),
    Column("role", enum_type(StaffRole, "staff_role"), nullable=False),
    Column("team", String(100)),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("is_champion", Boolean, nullable=False, default=False),
    Column("champion_since", Date),
    Column("focus_area", String(200)),
    Column("capacity", Integer),
    created_column(),
    updated_column(),
    updated_by_column(),
    Index("ix_staff_name", "name"),
    CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
)

segments = Table(
    "segments",
    metadata,
    id_column(),
    Column("name", String(100), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
)
