"""clients.search_text compares by code point on PostgreSQL

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 10:00:00.000000

The folded search text is also the one name order of clients (the client list and the board;
see desktop/core/common/search_text.py). SQLite compares text by code point, as Python does;
PostgreSQL used the database's locale, so the board, which inserts moved cards in Python order,
and the client list could disagree. On PostgreSQL the column gets collation "C" (its index is
rebuilt in that order); SQLite is left as it is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _set_collation(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column(
        "clients",
        "search_text",
        type_=sa.String(collation=collation),
        existing_nullable=False,
        existing_server_default="",
    )


def upgrade() -> None:
    _set_collation("C")


def downgrade() -> None:
    _set_collation("default")
