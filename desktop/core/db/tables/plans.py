"""The rollout plan of a project: its context, goals, growth phases with milestones, standing
agenda items for the board and HR, and a record of every printed version."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
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

from desktop.core.db.tables.base import (
    UTCDateTime,
    enum_type,
    id_column,
    metadata,
    updated_by_column,
    updated_column,
    utcnow,
)
from desktop.core.plans.kinds import PlanItemKind

# One row per project that has a plan: the "why we change" text.
plans = Table(
    "plans",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False, unique=True),
    Column("context", Text, nullable=False, default=""),
    updated_column(),
    updated_by_column(),
)

# Goals and agenda items share one shape: a title, an optional date and notes.
plan_items = Table(
    "plan_items",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("kind", enum_type(PlanItemKind, "plan_item_kind"), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("title", String(200), nullable=False),
    Column("due_on", Date),
    Column("notes", Text, nullable=False, default=""),
    updated_column(),
    updated_by_column(),
    Index("ix_plan_items_project_id_kind", "project_id", "kind"),
)

plan_phases = Table(
    "plan_phases",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("name", String(100), nullable=False),
    Column("starts_on", Date),
    Column("ends_on", Date),
    Column("description", Text, nullable=False, default=""),
    updated_column(),
    updated_by_column(),
    Index("ix_plan_phases_project_id", "project_id"),
)

plan_milestones = Table(
    "plan_milestones",
    metadata,
    id_column(),
    Column("phase_id", ForeignKey("plan_phases.id"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("due_on", Date),
    Column("done", Boolean, nullable=False, default=False),
    updated_column(),
    updated_by_column(),
    Index("ix_plan_milestones_phase_id", "phase_id"),
)

# Each printed plan: its number within the project, when, by whom, in which language.
plan_versions = Table(
    "plan_versions",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("printed_at", UTCDateTime, nullable=False, default=utcnow),
    Column("printed_by", ForeignKey("staff.id")),
    Column("language", String(8), nullable=False),
    Column("pages", Integer, nullable=False),
    UniqueConstraint("project_id", "version"),
)
