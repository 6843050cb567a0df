"""Measures: the interventions an office plans to move people along (readiness, the rollout plan).

A measure is aimed at one staff member (``target_staff_id``), or at a group described in words
(``target_group``: a team, a role, "all staff") and optionally a client segment. ``element`` is
the ADKAR barrier it addresses, when it came from one.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, ForeignKey, Index, String, Table, Text

from desktop.core.assessments.elements import AdkarElement
from desktop.core.common.vocab import MeasureKind, MeasureStatus
from desktop.core.db.tables.base import (
    created_column,
    enum_type,
    id_column,
    metadata,
    updated_by_column,
    updated_column,
)

measures = Table(
    "measures",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id")),
    Column("title", String(200), nullable=False),
    Column("kind", enum_type(MeasureKind, "measure_kind"), nullable=False),
    Column("target_staff_id", ForeignKey("staff.id")),
    Column("target_group", String(200)),
    Column("segment_id", ForeignKey("segments.id")),
    Column("element", enum_type(AdkarElement, "adkar_element")),
    Column("owner_id", ForeignKey("staff.id")),
    Column("due_on", Date),
    Column(
        "status",
        enum_type(MeasureStatus, "measure_status"),
        nullable=False,
        default=MeasureStatus.PLANNED,
    ),
    Column("done_on", Date),
    Column("notes", Text, nullable=False, default=""),
    created_column(),
    updated_column(),
    updated_by_column(),
    Index("ix_measures_project_id_status", "project_id", "status"),
    Index("ix_measures_target_staff_id", "target_staff_id"),
    Index("ix_measures_owner_id", "owner_id"),
)
