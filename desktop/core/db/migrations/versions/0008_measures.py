"""measures: the interventions planned to move staff along, listed by the rollout plan

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 10:00:00.000000

One row per measure (title, kind, target person or group, optional segment and ADKAR element,
owner, due date, status). A new table: existing data is untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "measures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("target_staff_id", sa.Integer(), nullable=True),
        sa.Column("target_group", sa.String(length=200), nullable=True),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("element", sa.String(length=32), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_measures_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["target_staff_id"], ["staff.id"], name=op.f("fk_measures_target_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name=op.f("fk_measures_segment_id_segments")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_measures_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f("fk_measures_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measures")),
    )
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.create_index("ix_measures_project_id_status", ["project_id", "status"])
        batch_op.create_index("ix_measures_target_staff_id", ["target_staff_id"])
        batch_op.create_index("ix_measures_owner_id", ["owner_id"])


def downgrade() -> None:
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.drop_index("ix_measures_owner_id")
        batch_op.drop_index("ix_measures_target_staff_id")
        batch_op.drop_index("ix_measures_project_id_status")
    op.drop_table("measures")
