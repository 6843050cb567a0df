"""The audit log: who changed which field of a client or staff member, from what to what."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Text

from desktop.core.db.tables.base import UTCDateTime, id_column, metadata, utcnow

# Append-only: rows are written by the core edit functions in the edit's own transaction and
# never updated, except that anonymising a client blanks the values of its rows (the right to
# erasure outranks the log; the row itself, who and when, stays).
audit_log = Table(
    "audit_log",
    metadata,
    id_column(),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("by_staff_id", ForeignKey("staff.id")),
    Column("record_type", String(16), nullable=False),  # "client" or "staff"
    Column("record_id", Integer, nullable=False),
    Column("field", String(64), nullable=False),
    Column("old_value", Text),
    Column("new_value", Text),
    Index("ix_audit_log_record_type_record_id_at", "record_type", "record_id", "at"),
    Index("ix_audit_log_by_staff_id", "by_staff_id"),
)
