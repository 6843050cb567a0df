"""readiness depth: adopter-category overrides, the intervention library, the questionnaire

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00.000000

New tables only: a per-person override of the adopter category; the intervention library and
the questionnaire, both seeded with the defaults in the office's language (English when no
office is set up yet; the office's first set-up switches untouched defaults to its language);
the answers per round, person and question; a client's readiness check (five answers, the
suggested and the chosen segment).
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desktop.core.assessments.interventions import default_interventions
from desktop.core.assessments.questionnaire import default_questions

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adopter_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_adopter_overrides_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adopter_overrides")),
        sa.UniqueConstraint("staff_id", name=op.f("uq_adopter_overrides_staff_id")),
    )
    library = op.create_table(
        "interventions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("element", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interventions")),
    )
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.create_index("ix_interventions_element_position", ["element", "position"])
    questions = op.create_table(
        "assessment_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("element", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_questions")),
    )
    op.create_table(
        "assessment_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "score >= 1 AND score <= 5", name=op.f("ck_assessment_answers_answer_range")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["assessment_rounds.id"],
            name=op.f("fk_assessment_answers_round_id_assessment_rounds"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_assessment_answers_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["assessment_questions.id"],
            name=op.f("fk_assessment_answers_question_id_assessment_questions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_answers")),
        sa.UniqueConstraint(
            "round_id",
            "staff_id",
            "question_id",
            name=op.f("uq_assessment_answers_round_id"),
        ),
    )
    with op.batch_alter_table("assessment_answers", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_answers_question_id", ["question_id"])
    op.create_table(
        "client_readiness",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("uses_email", sa.Boolean(), nullable=False),
        sa.Column("uses_online_banking", sa.Boolean(), nullable=False),
        sa.Column("wants_digital", sa.Boolean(), nullable=False),
        sa.Column("shares_documents", sa.Boolean(), nullable=False),
        sa.Column("logs_in_alone", sa.Boolean(), nullable=False),
        sa.Column("suggested_segment_id", sa.Integer(), nullable=True),
        sa.Column("chosen_segment_id", sa.Integer(), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("checked_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_readiness_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["suggested_segment_id"],
            ["segments.id"],
            name=op.f("fk_client_readiness_suggested_segment_id_segments"),
        ),
        sa.ForeignKeyConstraint(
            ["chosen_segment_id"],
            ["segments.id"],
            name=op.f("fk_client_readiness_chosen_segment_id_segments"),
        ),
        sa.ForeignKeyConstraint(
            ["checked_by"], ["staff.id"], name=op.f("fk_client_readiness_checked_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_readiness")),
        sa.UniqueConstraint("client_id", name=op.f("uq_client_readiness_client_id")),
    )
    language = op.get_bind().scalar(
        sa.text("SELECT language FROM office_settings ORDER BY id LIMIT 1")
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = default_interventions(language or "en")
    for position, row in enumerate(rows):
        op.execute(
            library.insert().values(
                element=row.element.value,
                kind=row.kind.value,
                title=row.title,
                position=position,
                created_at=now,
            )
        )
    for position, question in enumerate(default_questions(language or "en")):
        op.execute(
            questions.insert().values(
                element=question.element.value,
                text=question.text,
                position=position,
                created_at=now,
            )
        )


def downgrade() -> None:
    op.drop_table("client_readiness")
    with op.batch_alter_table("assessment_answers", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_answers_question_id")
    op.drop_table("assessment_answers")
    op.drop_table("assessment_questions")
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.drop_index("ix_interventions_element_position")
    op.drop_table("interventions")
    op.drop_table("adopter_overrides")
