"""each client's champion and archived flag, copied onto its enrollments and stays

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 20:00:00.000000

The pipeline numbers group enrollments and finished stays by the client's current champion and
leave archived clients out, which made them look up every client. Enrollments and stays now
carry copies of both, kept by triggers (see desktop/core/db/client_copies.py) and filled here,
with an index each that answers the grouped counts on its own.
"""

import sqlalchemy as sa
from alembic import op

from desktop.core.db import client_copies

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TABLES = ("enrollments", "stage_stays")


def upgrade() -> None:
    for table in _TABLES:  # added in place, also on SQLite: no table is rebuilt
        op.add_column(table, sa.Column("client_champion_id", sa.Integer(), nullable=True))
        op.add_column(
            table,
            sa.Column("client_archived", sa.Boolean(), server_default=sa.false(), nullable=False),
        )
    client_copies.create(op.get_bind())
    op.create_index(
        "ix_enrollments_numbers",
        "enrollments",
        [
            "project_id",
            "client_archived",
            "stage_id",
            "client_champion_id",
            "reached_stages",
            "stage_since",
        ],
    )
    op.create_index(
        "ix_stage_stays_numbers",
        "stage_stays",
        ["client_archived", "stage_id", "client_champion_id", "days"],
    )


def downgrade() -> None:
    client_copies.drop(op.get_bind())
    op.drop_index("ix_stage_stays_numbers", table_name="stage_stays")
    op.drop_index("ix_enrollments_numbers", table_name="enrollments")
    for table in _TABLES:  # in place (SQLite 3.35+): a rebuild would trip the foreign keys
        op.execute(f"ALTER TABLE {table} DROP COLUMN client_archived")
        op.execute(f"ALTER TABLE {table} DROP COLUMN client_champion_id")
