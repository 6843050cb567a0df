"""backups, privacy and the audit log

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 06:00:00.000000

``audit_log`` records who changed which field of a client or staff member, from what to what
(append-only). Clients get ``archived_at`` (the retention period runs from it) and
``anonymised_at``; the office settings get the backup folder and the retention period.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("record_type", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_staff_id"], ["staff.id"], name=op.f("fk_audit_log_by_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_log_record_type_record_id_at", ["record_type", "record_id", "at"]
        )
        batch_op.create_index("ix_audit_log_by_staff_id", ["by_staff_id"])
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("office_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("backup_folder", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("retention_months", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("office_settings", schema=None) as batch_op:
        batch_op.drop_column("retention_months")
        batch_op.drop_column("backup_folder")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
        batch_op.drop_column("archived_at")
    op.drop_table("audit_log")
