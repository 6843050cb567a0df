"""fields users expect on a client: street address, country, client since, a second phone

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 10:00:00.000000

Imports from other software carry a street address, a country, the date someone became a client
and often a mobile number next to the phone. All columns are nullable, so existing clients are
kept as they are (their "client since" was written into the notes by earlier imports and stays
there).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mobile", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("address", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("country", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("client_since", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("client_since")
        batch_op.drop_column("country")
        batch_op.drop_column("address")
        batch_op.drop_column("mobile")
