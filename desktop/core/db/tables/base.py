"""Shared pieces of the table definitions: the metadata, naming convention and column helpers."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    null,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

SEARCH_TEXT_TYPE = String().with_variant(String(collation="C"), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores datetimes as naive UTC; returns aware UTC. Naive input is taken to be UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def enum_type(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as plain strings (values, not names) so the schema is portable and readable.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def id_column() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def created_column() -> Column[datetime]:
    return Column("created_at", UTCDateTime, nullable=False, default=utcnow)


def updated_column(nullable: bool = False) -> Column[datetime]:
    # Nullable where the column came after the rows (migration 0003): "when" is unknown there.
    return Column("updated_at", UTCDateTime, nullable=nullable, default=utcnow, onupdate=utcnow)


def updated_by_column() -> Column[int]:
    # Who last edited the record (the person at the PC, when known). An update that does not
    # say who (an import, a bulk change) clears it, so a conflict message never names the
    # wrong person: see desktop/core/db/records.py.
    return Column("updated_by", ForeignKey("staff.id"), onupdate=null())
