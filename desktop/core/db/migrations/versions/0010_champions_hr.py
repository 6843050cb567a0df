"""the champion network and the staff flow

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 06:10:00.000000

Champion nominations (proposed, then approved or declined, with focus area and capacity), the
history of clients' champion changes (a leaver's hand-over, a bulk assignment), the office's
onboarding checklist for new staff and the items ticked off per person. New tables only:
existing rows are untouched.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "champion_nominations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("nominated_by", sa.Integer(), nullable=True),
        sa.Column("focus_area", sa.String(length=200), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("motivation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0",
            name=op.f("ck_champion_nominations_capacity_not_negative"),
        ),
        _fk("champion_nominations", "staff_id", "staff"),
        _fk("champion_nominations", "nominated_by", "staff"),
        _fk("champion_nominations", "decided_by", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_champion_nominations")),
    )
    op.create_index("ix_champion_nominations_staff_id", "champion_nominations", ["staff_id"])
    op.create_index("ix_champion_nominations_status", "champion_nominations", ["status"])
    op.create_table(
        "champion_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("from_staff_id", sa.Integer(), nullable=True),
        sa.Column("to_staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("champion_changes", "client_id", "clients"),
        _fk("champion_changes", "from_staff_id", "staff"),
        _fk("champion_changes", "to_staff_id", "staff"),
        _fk("champion_changes", "by_staff_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_champion_changes")),
    )
    op.create_index("ix_champion_changes_client_id_at", "champion_changes", ["client_id", "at"])
    op.create_index("ix_champion_changes_from_staff_id", "champion_changes", ["from_staff_id"])
    op.create_index("ix_champion_changes_to_staff_id", "champion_changes", ["to_staff_id"])
    op.create_table(
        "onboarding_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onboarding_items")),
    )
    op.create_table(
        "staff_onboarding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        _fk("staff_onboarding", "staff_id", "staff"),
        _fk("staff_onboarding", "item_id", "onboarding_items"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_onboarding")),
        sa.UniqueConstraint("staff_id", "item_id", name=op.f("uq_staff_onboarding_staff_id")),
    )
    op.create_index("ix_staff_onboarding_item_id", "staff_onboarding", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_staff_onboarding_item_id", table_name="staff_onboarding")
    op.drop_table("staff_onboarding")
    op.drop_table("onboarding_items")
    op.drop_index("ix_champion_changes_to_staff_id", table_name="champion_changes")
    op.drop_index("ix_champion_changes_from_staff_id", table_name="champion_changes")
    op.drop_index("ix_champion_changes_client_id_at", table_name="champion_changes")
    op.drop_table("champion_changes")
    op.drop_index("ix_champion_nominations_status", table_name="champion_nominations")
    op.drop_index("ix_champion_nominations_staff_id", table_name="champion_nominations")
    op.drop_table("champion_nominations")
