"""The database schema as SQLAlchemy Core tables: the one definition of every table.

Lists and start-up queries use these tables directly, so they need no ORM import (which costs
start-up time); desktop/core/db/models.py maps ORM classes onto the same tables for editing.
History tables (stage transitions, contact log) are never removed by a cascade: their foreign
keys use the database default (no action), so deleting a referenced row fails instead of silently
erasing history. Timestamps are stored as naive UTC and come back as aware UTC datetimes.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    null,
)

from desktop.core.assessments.elements import AdkarElement
from desktop.core.common.vocab import ClientType, ContactChannel, StaffRole, StageKind

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


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _created() -> Column[datetime]:
    return Column("created_at", UTCDateTime, nullable=False, default=utcnow)


def _updated(nullable: bool = False) -> Column[datetime]:
    # Nullable where the column came after the rows (migration 0003): "when" is unknown there.
    return Column("updated_at", UTCDateTime, nullable=nullable, default=utcnow, onupdate=utcnow)


def _updated_by() -> Column[int]:
    # Who last edited the record (the person at the PC, when known). An update that does not
    # say who (an import, a bulk change) clears it, so a conflict message never names the
    # wrong person: see services/records.py.
    return Column("updated_by", ForeignKey("staff.id"), onupdate=null())


office_settings = Table(
    "office_settings",
    metadata,
    _id(),
    Column("name", String(200), nullable=False, default=""),
    Column("language", String(8), nullable=False, default="nl"),
    Column("logo_path", String(500)),
    _updated(nullable=True),
    _updated_by(),
)

staff = Table(
    "staff",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("initials", String(16), nullable=False, unique=True),
    Column("email", String(254)),
    Column("role", _enum(StaffRole, "staff_role"), nullable=False),
    Column("team", String(100)),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("is_champion", Boolean, nullable=False, default=False),
    Column("champion_since", Date),
    Column("focus_area", String(200)),
    Column("capacity", Integer),
    _created(),
    _updated(),
    _updated_by(),
    Index("ix_staff_name", "name"),
    CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_not_negative"),
)

segments = Table(
    "segments",
    metadata,
    _id(),
    Column("name", String(100), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
)

clients = Table(
    "clients",
    metadata,
    _id(),
    Column("client_number", String(50), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column(
        "client_type", _enum(ClientType, "client_type"), nullable=False, default=ClientType.OTHER
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
    # Name, number, city and e-mail folded for case and accents: see desktop/core/common/search_text.py.
    # Compared by code point on PostgreSQL as on SQLite (collation "C"), whatever the database's
    # locale: it is also the name order of the client list and the board (NAME_ORDER).
    Column("search_text", SEARCH_TEXT_TYPE, nullable=False, default="", server_default=""),
    _created(),
    _updated(),
    _updated_by(),
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

projects = Table(
    "projects",
    metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("goal_percent", Integer),
    Column("target_date", Date),
    Column("phase", String(100), nullable=False, default=""),
    _created(),
    _updated(nullable=True),
    _updated_by(),
    CheckConstraint(
        "goal_percent IS NULL OR (goal_percent >= 0 AND goal_percent <= 100)",
        name="goal_percent_range",
    ),
)

# A stage of a project's pipeline. Stages that hold history are archived, never deleted.
stages = Table(
    "stages",
    metadata,
    _id(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", String(100), nullable=False),
    Column("kind", _enum(StageKind, "stage_kind"), nullable=False, default=StageKind.OPEN),
    Column("max_days", Integer),
    Column("archived", Boolean, nullable=False, default=False),
    _updated(nullable=True),
    _updated_by(),
    Index("ix_stages_project_id_position", "project_id", "position"),
    CheckConstraint("max_days IS NULL OR max_days > 0", name="max_days_positive"),
)

# Per-segment override of a stage's maximum days.
stage_segment_limits = Table(
    "stage_segment_limits",
    metadata,
    _id(),
    Column("stage_id", ForeignKey("stages.id"), nullable=False),
    Column("segment_id", ForeignKey("segments.id"), nullable=False),
    Column("max_days", Integer, nullable=False),
    UniqueConstraint("stage_id", "segment_id"),
    CheckConstraint("max_days > 0", name="max_days_positive"),
)

# How a project treats clients of one segment: approach, channels and incentive.
segment_approaches = Table(
    "segment_approaches",
    metadata,
    _id(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("segment_id", ForeignKey("segments.id"), nullable=False),
    Column("approach", Text, nullable=False, default=""),
    # Comma-separated channel keys chosen by the user (visit, phone, webinar, ...).
    Column("channels", String(200), nullable=False, default=""),
    Column("incentive", Text, nullable=False, default=""),
    _updated(nullable=True),
    _updated_by(),
    UniqueConstraint("project_id", "segment_id"),
)

# A client taking part in a project: where it is now and what happens next.
enrollments = Table(
    "enrollments",
    metadata,
    _id(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("stage_id", ForeignKey("stages.id"), nullable=False),
    Column("stage_since", UTCDateTime, nullable=False, default=utcnow),
    Column("next_action", String(500)),
    Column("next_action_due", Date),
    # Who set the next action, and when: moves change the row too, so these are its own.
    Column("next_action_at", UTCDateTime),
    Column("next_action_by", ForeignKey("staff.id")),
    _created(),
    UniqueConstraint("project_id", "client_id"),
    Index("ix_enrollments_client_id", "client_id"),
    Index("ix_enrollments_stage_id", "stage_id"),
    Index("ix_enrollments_project_id_stage_id", "project_id", "stage_id"),
)

# One recorded move. An undo is a new transition that points at the one it reverts.
stage_transitions = Table(
    "stage_transitions",
    metadata,
    _id(),
    Column("enrollment_id", ForeignKey("enrollments.id"), nullable=False),
    Column("from_stage_id", ForeignKey("stages.id")),
    Column("to_stage_id", ForeignKey("stages.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("by_staff_id", ForeignKey("staff.id")),
    Column("note", Text, nullable=False, default=""),
    Column("reason", String(500)),
    Column("reverts_id", ForeignKey("stage_transitions.id")),
    Index("ix_stage_transitions_enrollment_id_at", "enrollment_id", "at"),
    Index("ix_stage_transitions_to_stage_id", "to_stage_id"),
    Index("ix_stage_transitions_from_stage_id", "from_stage_id"),
    Index("ix_stage_transitions_by_staff_id", "by_staff_id"),
    Index("ix_stage_transitions_reverts_id", "reverts_id"),
)

contact_log = Table(
    "contact_log",
    metadata,
    _id(),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("by_staff_id", ForeignKey("staff.id")),
    Column("channel", _enum(ContactChannel, "contact_channel"), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Index("ix_contact_log_client_id_at", "client_id", "at"),
    Index("ix_contact_log_by_staff_id", "by_staff_id"),
)

# A saved column mapping, found again by the signature of a file's headers.
import_mappings = Table(
    "import_mappings",
    metadata,
    _id(),
    Column("header_signature", String(64), nullable=False, unique=True),
    Column("headers_json", Text, nullable=False),
    Column("mapping_json", Text, nullable=False),
    _updated(),
)

# A readiness assessment round (organisatiemeting); rounds repeat over a project.
assessment_rounds = Table(
    "assessment_rounds",
    metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    Column("held_on", Date, nullable=False),
    Column("project_id", ForeignKey("projects.id")),
    _created(),
    Index("ix_assessment_rounds_held_on", "held_on"),
)

# One staff member's score (1-5, possibly an average of questions) on one ADKAR element.
assessment_scores = Table(
    "assessment_scores",
    metadata,
    _id(),
    Column("round_id", ForeignKey("assessment_rounds.id"), nullable=False),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("element", _enum(AdkarElement, "adkar_element"), nullable=False),
    Column("score", Float, nullable=False),
    UniqueConstraint("round_id", "staff_id", "element"),
    Index("ix_assessment_scores_staff_id", "staff_id"),
    CheckConstraint("score >= 1 AND score <= 5", name="score_range"),
)

# One committed import (see desktop/core/imports/history.py); undone_at is set by its undo.
imports = Table(
    "imports",
    metadata,
    _id(),
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
    _id(),
    Column("import_id", ForeignKey("imports.id"), nullable=False),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("action", String(16), nullable=False),
    Column("previous_json", Text, nullable=False),
    Column("updated_at", UTCDateTime),
    Index("ix_import_clients_import_id", "import_id"),
    Index("ix_import_clients_client_id", "client_id"),
)
