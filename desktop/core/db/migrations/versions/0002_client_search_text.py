"""client search text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 19:45:00.000000

Adds clients.search_text (name, number, city and e-mail folded for case and accents) and fills
it for the existing clients; its index also serves the client list's name order. The backfill calls the application's own search_key rather than a
frozen copy: the stored text must be exactly what the application writes and searches for, and
any later change to the folding needs a migration of its own that recomputes the column anyway.
"""

import sqlalchemy as sa
from alembic import op

from desktop.core.common.search_text import search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHUNK = 5_000  # clients read and written per round: bounded memory at any size

_clients = sa.table(
    "clients",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("client_number", sa.String),
    sa.column("city", sa.String),
    sa.column("email", sa.String),
    sa.column("search_text", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_text", sa.String(), server_default="", nullable=False)
        )
    connection = op.get_bind()
    fill = (
        sa.update(_clients)
        .where(_clients.c.id == sa.bindparam("client_id"))
        .values(search_text=sa.bindparam("text"))
    )
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(
                _clients.c.id,
                _clients.c.name,
                _clients.c.client_number,
                _clients.c.city,
                _clients.c.email,
            )
            .where(_clients.c.id > last_id)
            .order_by(_clients.c.id)
            .limit(CHUNK)
        ).all()
        if not rows:
            break
        connection.execute(
            fill,
            [
                {
                    "client_id": row.id,
                    "text": search_key(row.name, row.client_number, row.city, row.email),
                }
                for row in rows
            ],
        )
        last_id = rows[-1].id
    op.create_index("ix_clients_search_text", "clients", ["search_text"])


def downgrade() -> None:
    op.drop_index("ix_clients_search_text", table_name="clients")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("search_text")
