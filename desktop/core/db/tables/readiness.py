"""Readiness beyond the scores: adopter-category overrides, the intervention library, the
questionnaire with its answers, and the clients' readiness checks."""

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
    UniqueConstraint,
)

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

# The office's questionnaire: several questions per element, answered 1-5; a person's element
# score is the average of their answers (assessment_scores stays the one score per element).
assessment_questions = Table(
    "assessment_questions",
    metadata,
    id_column(),
    Column("element", enum_type(AdkarElement, "adkar_element"), nullable=False),
    Column("text", String(300), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    created_column(),
)

# One person's answer to one question in a round.
assessment_answers = Table(
    "assessment_answers",
    metadata,
    id_column(),
    Column("round_id", ForeignKey("assessment_rounds.id"), nullable=False),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("question_id", ForeignKey("assessment_questions.id"), nullable=False),
    Column("score", Integer, nullable=False),
    UniqueConstraint("round_id", "staff_id", "question_id"),
    Index("ix_assessment_answers_question_id", "question_id"),
    CheckConstraint("score >= 1 AND score <= 5", name="answer_range"),
)

# A client's readiness check: five yes/no answers, the segment they suggest and the segment the
# champion chose (which is also set on the client). One per client, the latest check.
client_readiness = Table(
    "client_readiness",
    metadata,
    id_column(),
    Column("client_id", ForeignKey("clients.id"), nullable=False, unique=True),
    Column("uses_email", Boolean, nullable=False),
    Column("uses_online_banking", Boolean, nullable=False),
    Column("wants_digital", Boolean, nullable=False),
    Column("shares_documents", Boolean, nullable=False),
    Column("logs_in_alone", Boolean, nullable=False),
    Column("suggested_segment_id", ForeignKey("segments.id")),
    Column("chosen_segment_id", ForeignKey("segments.id")),
    Column("checked_on", Date, nullable=False),
    Column("checked_by", ForeignKey("staff.id")),
    updated_column(),
)
