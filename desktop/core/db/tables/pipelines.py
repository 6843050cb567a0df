"""Projects and their pipelines: stages, limits, approaches, enrollments and moves."""

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
    false,
)

from desktop.core.common.vocab import StageKind
from desktop.core.db.tables.base import (
    UTCDateTime,
    created_column,
    enum_type,
    id_column,
    metadata,
    updated_by_column,
    updated_column,
    utcnow,
)

projects = Table(
    "projects",
    metadata,
    id_column(),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("goal_percent", Integer),
    Column("target_date", Date),
    Column("phase", String(100), nullable=False, default=""),
    created_column(),
    updated_column(nullable=True),
    updated_by_column(),
    CheckConstraint(
        "goal_percent IS NULL OR (goal_percent >= 0 AND goal_percent <= 100)",
        name="goal_percent_range",
    ),
)

# A stage of a project's pipeline. Stages that hold history are archived, never deleted.
stages = Table(
    "stages",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", String(100), nullable=False),
    Column("kind", enum_type(StageKind, "stage_kind"), nullable=False, default=StageKind.OPEN),
    Column("max_days", Integer),
    Column("archived", Boolean, nullable=False, default=False),
    updated_column(nullable=True),
    updated_by_column(),
    Index("ix_stages_project_id_position", "project_id", "position"),
    CheckConstraint("max_days IS NULL OR max_days > 0", name="max_days_positive"),
)

# Per-segment override of a stage's maximum days.
stage_segment_limits = Table(
    "stage_segment_limits",
    metadata,
    id_column(),
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
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("segment_id", ForeignKey("segments.id"), nullable=False),
    Column("approach", Text, nullable=False, default=""),
    # Comma-separated channel keys chosen by the user (visit, phone, webinar, ...).
    Column("channels", String(200), nullable=False, default=""),
    Column("incentive", Text, nullable=False, default=""),
    updated_column(nullable=True),
    updated_by_column(),
    UniqueConstraint("project_id", "segment_id"),
)

# A client taking part in a project: where it is now and what happens next.
enrollments = Table(
    "enrollments",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("stage_id", ForeignKey("stages.id"), nullable=False),
    Column("stage_since", UTCDateTime, nullable=False, default=utcnow),
    Column("next_action", String(500)),
    Column("next_action_due", Date),
    # Who set the next action, and when: moves change the row too, so these are its own.
    Column("next_action_at", UTCDateTime),
    Column("next_action_by", ForeignKey("staff.id")),
    created_column(),
    # The stages the client was ever really in (undone moves left out), as ",3,5,7,": kept by
    # enrolling, moves and undos in the same transaction, so the funnel needs no history replay.
    Column("reached_stages", Text, nullable=False, default="", server_default=""),
    # Copies of the client's champion and archived flag, kept by triggers (client_copies.py):
    # the pipeline numbers group by them without a lookup of every client.
    Column("client_champion_id", Integer),
    Column("client_archived", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("project_id", "client_id"),
    Index("ix_enrollments_client_id", "client_id"),
    Index("ix_enrollments_stage_id", "stage_id"),
    Index("ix_enrollments_project_id_stage_id", "project_id", "stage_id"),
    # Covering: the pipeline numbers' grouped counts read no table rows.
    Index(
        "ix_enrollments_numbers",
        "project_id",
        "client_archived",
        "stage_id",
        "client_champion_id",
        "reached_stages",
        "stage_since",
    ),
)

# One recorded move. An undo is a new transition that points at the one it reverts.
stage_transitions = Table(
    "stage_transitions",
    metadata,
    id_column(),
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
    Index("ix_stage_transitions_at", "at"),  # the dashboard's moves this week / this month
)

# A finished stay of a client in a stage: from entering it to the real move that ended it (the
# transition), in whole local days. Moves add one, an undo deletes the one its move added (an
# undone move ended nothing), so the median days need no history replay; the transitions stay
# the truth these are derived from.
stage_stays = Table(
    "stage_stays",
    metadata,
    Column(
        "transition_id",
        ForeignKey("stage_transitions.id"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("enrollment_id", ForeignKey("enrollments.id"), nullable=False),
    Column("stage_id", ForeignKey("stages.id"), nullable=False),
    Column("days", Integer, nullable=False),
    # Copies of the enrollment's (so the client's), kept by triggers (client_copies.py).
    Column("client_champion_id", Integer),
    Column("client_archived", Boolean, nullable=False, server_default=false()),
    Index("ix_stage_stays_enrollment_id_stage_id_days", "enrollment_id", "stage_id", "days"),
    Index("ix_stage_stays_stage_id", "stage_id"),
    # Covering: the grouped count per stage, champion and days reads no table rows.
    Index("ix_stage_stays_numbers", "client_archived", "stage_id", "client_champion_id", "days"),
)
