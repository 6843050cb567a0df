"""plans: the rollout plan of a project and a record of each printed version

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 10:00:00.000000

A project's context text, its goals and agenda items (plan_items), growth phases with
milestones, and plan_versions (one row per printed plan). New tables: existing data is untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _edited(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f(f"fk_{table}_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _project(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f(f"fk_{table}_project_id_projects")
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        *_project("plans"),
        sa.Column("context", sa.Text(), nullable=False),
        *_edited("plans"),
        sa.UniqueConstraint("project_id", name=op.f("uq_plans_project_id")),
    )
    op.create_table(
        "plan_items",
        sa.Column("id", sa.Integer(), nullable=False),
        *_project("plan_items"),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_edited("plan_items"),
    )
    op.create_table(
        "plan_phases",
        sa.Column("id", sa.Integer(), nullable=False),
        *_project("plan_phases"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        *_edited("plan_phases"),
    )
    op.create_table(
        "plan_milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_id"], ["plan_phases.id"], name=op.f("fk_plan_milestones_phase_id_plan_phases")
        ),
        *_edited("plan_milestones"),
    )
    op.create_table(
        "plan_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        *_project("plan_versions"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("printed_by", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["printed_by"], ["staff.id"], name=op.f("fk_plan_versions_printed_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_versions")),
        sa.UniqueConstraint("project_id", "version", name=op.f("uq_plan_versions_project_id")),
    )
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.create_index("ix_plan_items_project_id_kind", ["project_id", "kind"])
    with op.batch_alter_table("plan_phases", schema=None) as batch_op:
        batch_op.create_index("ix_plan_phases_project_id", ["project_id"])
    with op.batch_alter_table("plan_milestones", schema=None) as batch_op:
        batch_op.create_index("ix_plan_milestones_phase_id", ["phase_id"])


def downgrade() -> None:
    with op.batch_alter_table("plan_milestones", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_milestones_phase_id")
    with op.batch_alter_table("plan_phases", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_phases_project_id")
    with op.batch_alter_table("plan_items", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_items_project_id_kind")
    for table in ("plan_versions", "plan_milestones", "plan_phases", "plan_items", "plans"):
        op.drop_table(table)
