"""readiness assessments

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:50:00.000000

Assessment rounds (name, date, optionally the project they belong to) and one score per staff
member per ADKAR element per round. Scores are floats because a score may be the average of
several questions (3.4); the check keeps them within 1-5.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_assessment_rounds_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_rounds")),
        sa.UniqueConstraint("name", name=op.f("uq_assessment_rounds_name")),
    )
    op.create_index("ix_assessment_rounds_held_on", "assessment_rounds", ["held_on"])
    op.create_table(
        "assessment_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("element", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "score >= 1 AND score <= 5", name=op.f("ck_assessment_scores_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["assessment_rounds.id"],
            name=op.f("fk_assessment_scores_round_id_assessment_rounds"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_assessment_scores_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_scores")),
        sa.UniqueConstraint(
            "round_id", "staff_id", "element", name=op.f("uq_assessment_scores_round_id")
        ),
    )
    op.create_index("ix_assessment_scores_staff_id", "assessment_scores", ["staff_id"])


def downgrade() -> None:
    op.drop_index("ix_assessment_scores_staff_id", table_name="assessment_scores")
    op.drop_table("assessment_scores")
    op.drop_index("ix_assessment_rounds_held_on", table_name="assessment_rounds")
    op.drop_table("assessment_rounds")
