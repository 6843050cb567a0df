"""Readiness assessments (ADKAR): rounds and their scores."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Table,
    UniqueConstraint,
)

from desktop.core.assessments.elements import AdkarElement
from desktop.core.db.tables.base import (
    created_column,
    enum_type,
    id_column,
    metadata,
)

# A readiness assessment round (organisatiemeting); rounds repeat over a project.
assessment_rounds = Table(
    "assessment_rounds",
    metadata,
    id_column(),
    Column("name", String(200), nullable=False, unique=True),
    Column("held_on", Date, nullable=False),
    Column("project_id", ForeignKey("projects.id")),
    created_column(),
    Index("ix_assessment_rounds_held_on", "held_on"),
)

# One staff member's score (1-5, possibly an average of questions) on one ADKAR element.
assessment_scores = Table(
    "assessment_scores",
    metadata,
    id_column(),
    Column("round_id", ForeignKey("assessment_rounds.id"), nullable=False),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("element", enum_type(AdkarElement, "adkar_element"), nullable=False),
    Column("score", Float, nullable=False),
    UniqueConstraint("round_id", "staff_id", "element"),
    Index("ix_assessment_scores_staff_id", "staff_id"),
    CheckConstraint("score >= 1 AND score <= 5", name="score_range"),
)
