"""Readiness beyond the scores: adopter-category overrides and the intervention library."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table

from desktop.core.assessments.categories import AdopterCategory
from desktop.core.assessments.elements import AdkarElement
from desktop.core.common.vocab import MeasureKind
from desktop.core.db.tables.base import (
    created_column,
    enum_type,
    id_column,
    metadata,
    updated_column,
)

# A category the office chose for a person, overriding the one derived from their scores.
adopter_overrides = Table(
    "adopter_overrides",
    metadata,
    id_column(),
    Column("staff_id", ForeignKey("staff.id"), nullable=False, unique=True),
    Column("category", enum_type(AdopterCategory, "adopter_category"), nullable=False),
    updated_column(),
)

# The intervention library: the steps that help a person past a barrier point, in order of
# preference per element (the first is the suggested next step). Seeded in the office language.
interventions = Table(
    "interventions",
    metadata,
    id_column(),
    Column("element", enum_type(AdkarElement, "adkar_element"), nullable=False),
    Column("kind", enum_type(MeasureKind, "measure_kind"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    created_column(),
    Index("ix_interventions_element_position", "element", "position"),
)
