"""The database schema: SQLAlchemy 2.x typed declarative models.

History tables (stage transitions, contact log) are never removed by a cascade: their foreign
keys use the database default (no action), so deleting a referenced row fails instead of silently
erasing history. Timestamps are stored as naive UTC and come back as aware UTC datetimes.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
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


class StaffRole(enum.StrEnum):
    PARTNER = "partner"
    RELATIONSHIP_MANAGER = "relationship_manager"
    ASSISTANT = "assistant"
    OFFICE_MANAGER = "office_manager"
    HR = "hr"
    IT = "it"


class ClientType(enum.StrEnum):
    SOLE_TRADER = "sole_trader"
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


class OfficeSettings(Base):
    """One row: the office's own settings (they affect documents, so they live here)."""

    __tablename__ = "office_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="nl")
    logo_path: Mapped[str | None] = mapped_column(String(500))


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(16), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole, "staff_role"))
    team: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    is_champion: Mapped[bool] = mapped_column(Boolean, default=False)
    champion_since: Mapped[date | None] = mapped_column(Date)
    focus_area: Mapped[str | None] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_staff_name", "name"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
    )


class Segment(Base):
    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_number: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    client_type: Mapped[ClientType] = mapped_column(
        _enum(ClientType, "client_type"), default=ClientType.OTHER
    )
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id"))
    champion_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    postcode: Mapped[str | None] = mapped_column(String(16))
    city: Mapped[str | None] = mapped_column(String(100))
    kvk_number: Mapped[str | None] = mapped_column(String(8))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_clients_name", "name"),
        Index("ix_clients_city", "city"),
        Index("ix_clients_email", "email"),
        Index("ix_clients_kvk_number", "kvk_number"),
        Index("ix_clients_name_postcode", "name", "postcode"),
        Index("ix_clients_segment_id", "segment_id"),
        Index("ix_clients_champion_id", "champion_id"),
        Index("ix_clients_client_type", "client_type"),
        Index("ix_clients_archived_name", "archived", "name"),
    )


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    goal_percent: Mapped[int | None] = mapped_column(Integer)
    target_date: Mapped[date | None] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint(
            "goal_percent IS NULL OR (goal_percent >= 0 AND goal_percent <= 100)",
            name="goal_percent_range",
        ),
    )


class Stage(Base):
    """A stage of a project's pipeline. Stages that hold history are archived, never deleted."""

    __tablename__ = "stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[StageKind] = mapped_column(_enum(StageKind, "stage_kind"), default=StageKind.OPEN)
    max_days: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_stages_project_id_position", "project_id", "position"),
        CheckConstraint("max_days IS NULL OR max_days > 0", name="max_days_positive"),
    )


class StageSegmentLimit(Base):
    """Per-segment override of a stage's maximum days (capability 4)."""

    __tablename__ = "stage_segment_limits"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id"))
    max_days: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("stage_id", "segment_id"),
        CheckConstraint("max_days > 0", name="max_days_positive"),
    )


class SegmentApproach(Base):
    """How a project treats clients of one segment: approach, channels and incentive."""

    __tablename__ = "segment_approaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id"))
    approach: Mapped[str] = mapped_column(Text, default="")
    # Comma-separated ContactChannel-like values chosen by the user (visit, phone, webinar, ...).
    channels: Mapped[str] = mapped_column(String(200), default="")
    incentive: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("project_id", "segment_id"),)


class Enrollment(Base):
    """A client taking part in a project: where it is now and what happens next."""

    __tablename__ = "enrollments"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    stage_since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_action: Mapped[str | None] = mapped_column(String(500))
    next_action_due: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("project_id", "client_id"),
        Index("ix_enrollments_client_id", "client_id"),
        Index("ix_enrollments_stage_id", "stage_id"),
        Index("ix_enrollments_project_id_stage_id", "project_id", "stage_id"),
    )


class StageTransition(Base):
    """One recorded move. An undo is a new transition that points at the one it reverts."""

    __tablename__ = "stage_transitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollments.id"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(String(500))
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("stage_transitions.id"))

    __table_args__ = (
        Index("ix_stage_transitions_enrollment_id_at", "enrollment_id", "at"),
        Index("ix_stage_transitions_to_stage_id", "to_stage_id"),
        Index("ix_stage_transitions_from_stage_id", "from_stage_id"),
        Index("ix_stage_transitions_by_staff_id", "by_staff_id"),
        Index("ix_stage_transitions_reverts_id", "reverts_id"),
    )


class ContactLogEntry(Base):
    __tablename__ = "contact_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[ContactChannel] = mapped_column(_enum(ContactChannel, "contact_channel"))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_contact_log_client_id_at", "client_id", "at"),
        Index("ix_contact_log_by_staff_id", "by_staff_id"),
    )


class ImportMapping(Base):
    """A saved column mapping, found again by the signature of a file's headers."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    header_signature: Mapped[str] = mapped_column(String(64), unique=True)
    headers_json: Mapped[str] = mapped_column(Text)
    mapping_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
