"""who changed a record, and when

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 10:00:00.000000

Edits write only the fields a user changed and refuse one whose field was changed meanwhile;
the refusal names who changed it and when. Staff and clients had ``updated_at`` already and get
``updated_by``; office settings, projects, stages and segment approaches get both (left empty for
existing rows: when they were last changed is unknown). Enrollments get ``next_action_at`` and
``next_action_by`` of their own, because moves change the row too. All columns are nullable, so
existing rows are kept as they are.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Tables that gain updated_at as well as updated_by.
_NEW_UPDATED_AT = ("office_settings", "projects", "stages", "segment_approaches")
_UPDATED_BY = ("office_settings", "staff", "clients", "projects", "stages", "segment_approaches")


def upgrade() -> None:
    for table in _UPDATED_BY:
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table in _NEW_UPDATED_AT:
                batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
            batch_op.add_column(sa.Column("updated_by", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                op.f(f"fk_{table}_updated_by_staff"), "staff", ["updated_by"], ["id"]
            )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_action_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("next_action_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_enrollments_next_action_by_staff"), "staff", ["next_action_by"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_enrollments_next_action_by_staff"), type_="foreignkey")
        batch_op.drop_column("next_action_by")
        batch_op.drop_column("next_action_at")
    for table in reversed(_UPDATED_BY):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"fk_{table}_updated_by_staff"), type_="foreignkey")
            batch_op.drop_column("updated_by")
            if table in _NEW_UPDATED_AT:
                batch_op.drop_column("updated_at")
